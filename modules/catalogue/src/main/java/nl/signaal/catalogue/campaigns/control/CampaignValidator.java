package nl.signaal.catalogue.campaigns.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.Confidence;
import nl.signaal.catalogue.campaigns.boundary.GeographicScope;
import nl.signaal.catalogue.shared.Message;
import nl.signaal.catalogue.shared.Violation;

/**
 * The rules every stored campaign obeys, whether it comes from the edit form or an import;
 * pure, so the same rules are tested without a database. Field names are the form's and the
 * import's column names ({@code start_year}, ...), so a message lands next to the right input.
 */
public final class CampaignValidator {

    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;

    private static final Pattern PROVINCE = Pattern.compile("PV\\d{2}");
    private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");

    private CampaignValidator() {
    }

    public static List<Violation> validate(CampaignData c) {
        List<Violation> v = new ArrayList<>();
        if (c.getTitle() == null || c.getTitle().isBlank()) {
            v.add(new Violation("title", Message.of("error.required")));
        } else {
            length(v, "title", c.getTitle(), 300);
        }
        length(v, "owner", c.getOwnerOrganisation(), 300);
        year(v, "start_year", c.getStartYear());
        year(v, "end_year", c.getEndYear());
        if (c.getStartYear() != null && c.getEndYear() != null && c.getEndYear() < c.getStartYear()) {
            v.add(new Violation("end_year", Message.of("error.endBeforeStart", c.getStartYear())));
        }
        if (c.isNoEndDate() && c.getEndYear() != null) {
            v.add(new Violation("end_year", Message.of("error.endAndNoEnd")));
        }
        areas(v, c);
        url(v, "source_url", c.getSourceUrl());
        length(v, "reuse_licence", c.getReuseLicence(), 300);
        length(v, "permission_contact", c.getPermissionContact(), 300);
        length(v, "confidence_note", c.getConfidenceNote(), 1000);
        if (c.getConfidence() == Confidence.CONFIRMED && (c.getSourceUrl() == null || c.getSourceUrl().isBlank())) {
            v.add(new Violation("confidence", Message.of("error.confirmedWithoutSource")));
        }
        return v;
    }

    /** http(s) addresses only: a {@code javascript:} link in a catalogue is an attack, not a source. */
    public static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static void areas(List<Violation> v, CampaignData c) {
        if (c.getAreaCodes().isEmpty()) {
            return;
        }
        if (c.getScope() == null || c.getScope() == GeographicScope.NATIONAL) {
            v.add(new Violation("area_codes", Message.of("error.areaWithoutScope")));
            return;
        }
        Pattern pattern = c.getScope() == GeographicScope.PROVINCE ? PROVINCE : MUNICIPALITY;
        for (String code : c.getAreaCodes()) {
            if (!pattern.matcher(code.strip()).matches()) {
                v.add(new Violation("area_codes", Message.of(
                        c.getScope() == GeographicScope.PROVINCE ? "error.provinceCode" : "error.municipalityCode", code)));
            }
        }
    }

    private static void url(List<Violation> v, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.length() > 1000) {
            v.add(new Violation(field, Message.of("error.tooLong", 1000)));
        } else if (!isWebAddress(value)) {
            v.add(new Violation(field, Message.of("error.url", value)));
        }
    }

    private static void year(List<Violation> v, String field, Integer year) {
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            v.add(new Violation(field, Message.of("error.year", String.valueOf(year), FIRST_YEAR, LAST_YEAR)));
        }
    }

    private static void length(List<Violation> v, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            v.add(new Violation(field, Message.of("error.tooLong", max)));
        }
    }
}
