package nl.signaal.catalogue.transfer.control;

import java.util.List;

/**
 * The file columns, in export order. Multi-valued cells hold enum names separated by commas
 * ({@code CITIZENS,YOUNG_PEOPLE}); {@code partners} separates names with {@code ;}; {@code forms}
 * also accepts {@code ALL} for all four forms. Booleans are {@code true}/{@code false}
 * (also {@code ja}/{@code nee}); empty cells mean "not known".
 */
public final class CampaignColumns {

    public static final String TITLE = "title";
    public static final String OWNER = "owner";
    public static final String PARTNERS = "partners";
    public static final String START_YEAR = "start_year";
    public static final String END_YEAR = "end_year";
    public static final String NO_END_DATE = "no_end_date";
    public static final String AUDIENCES = "audiences";
    public static final String SECTORS = "sectors";
    public static final String FORMS = "forms";
    public static final String SCOPE = "scope";
    public static final String AREA_CODES = "area_codes";
    public static final String CHANNELS = "channels";
    public static final String GOAL = "goal";
    public static final String COST_BAND = "cost_band";
    public static final String DURATION_BAND = "duration_band";
    public static final String REACH = "reach";
    public static final String REUSE_LICENCE = "reuse_licence";
    public static final String PERMISSION_CONTACT = "permission_contact";
    public static final String SOURCE_URL = "source_url";
    public static final String CONFIDENCE = "confidence";
    public static final String CONFIDENCE_NOTE = "confidence_note";
    public static final String DEMO = "demo";

    public static final List<String> ALL = List.of(TITLE, OWNER, PARTNERS, START_YEAR, END_YEAR, NO_END_DATE, AUDIENCES,
            SECTORS, FORMS, SCOPE, AREA_CODES, CHANNELS, GOAL, COST_BAND, DURATION_BAND, REACH, REUSE_LICENCE,
            PERMISSION_CONTACT, SOURCE_URL, CONFIDENCE, CONFIDENCE_NOTE, DEMO);

    /** Columns a file must have; the others may be left out. */
    public static final List<String> REQUIRED = List.of(TITLE, SOURCE_URL);

    private CampaignColumns() {
    }
}
