package nl.signaal.catalogue.transfer.control;

import static nl.signaal.catalogue.transfer.control.CampaignColumns.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.catalogue.campaigns.boundary.Channel;
import nl.signaal.catalogue.campaigns.boundary.Confidence;
import nl.signaal.catalogue.campaigns.boundary.CostBand;
import nl.signaal.catalogue.campaigns.boundary.DurationBand;
import nl.signaal.catalogue.campaigns.boundary.GeographicScope;
import nl.signaal.catalogue.campaigns.control.CampaignValidator;
import nl.signaal.catalogue.shared.Message;
import nl.signaal.catalogue.transfer.boundary.ImportError;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/**
 * Interprets the rows of a {@link Sheet} as campaigns, collecting every error instead of
 * stopping at the first, and turns campaigns back into rows for export. Pure: the caller
 * passes the titles already stored.
 */
public final class CampaignRows {

    /** The campaigns to create, or the errors; never both. */
    public record Parsed(List<CampaignData> campaigns, List<ImportError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** How often parsing reports progress: often enough for a smooth bar, rarely enough to cost nothing. */
    public static final int REPORT_EVERY = 50;

    private CampaignRows() {
    }

    /**
     * @param existingTitles titles already in the catalogue, any case
     */
    public static Parsed parse(Sheet sheet, Set<String> existingTitles) {
        return parse(sheet, existingTitles, rows -> { });
    }

    /**
     * As {@link #parse(Sheet, Set)}, telling {@code checked} how many rows are checked so far
     * (every {@link #REPORT_EVERY} rows and after the last), for a progress bar.
     */
    public static Parsed parse(Sheet sheet, Set<String> existingTitles, IntConsumer checked) {
        List<ImportError> errors = new ArrayList<>();
        for (String column : sheet.header()) {
            if (!column.isEmpty() && !ALL.contains(column)) {
                errors.add(new ImportError(1, column, Message.of("import.unknownColumn", column, String.join(", ", ALL))));
            }
        }
        for (String column : REQUIRED) {
            if (!sheet.header().contains(column)) {
                errors.add(new ImportError(1, column, Message.of("import.missingColumn", column)));
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        if (sheet.rows().isEmpty()) {
            return new Parsed(List.of(), List.of(new ImportError(1, "", Message.of("import.noRows"))));
        }
        Set<String> existing = existingTitles.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Integer> seen = new HashMap<>();
        List<CampaignData> campaigns = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            List<ImportError> rowErrors = new ArrayList<>();
            CampaignData c = row(row, rowErrors);
            if (rowErrors.isEmpty()) {
                CampaignValidator.validate(c).forEach(v -> rowErrors.add(new ImportError(row.line(), v.field(), v.message())));
            }
            String title = row.get(TITLE);
            if (!title.isEmpty()) {
                String key = title.toLowerCase(Locale.ROOT);
                Integer first = seen.putIfAbsent(key, row.line());
                if (first != null) {
                    rowErrors.add(new ImportError(row.line(), TITLE, Message.of("import.duplicateInFile", title, first)));
                } else if (existing.contains(key)) {
                    rowErrors.add(new ImportError(row.line(), TITLE, Message.of("error.duplicateTitle", title)));
                }
            }
            if (row.get(SOURCE_URL).isEmpty()) {
                rowErrors.add(new ImportError(row.line(), SOURCE_URL, Message.of("import.sourceRequired")));
            }
            errors.addAll(rowErrors);
            campaigns.add(c);
            if (campaigns.size() % REPORT_EVERY == 0 || campaigns.size() == sheet.rows().size()) {
                checked.accept(campaigns.size());
            }
        }
        return errors.isEmpty() ? new Parsed(campaigns, List.of()) : new Parsed(List.of(), errors);
    }

    private static CampaignData row(SheetRow row, List<ImportError> errors) {
        CampaignData c = new CampaignData();
        String title = row.get(TITLE);
        if (title.isEmpty()) {
            errors.add(new ImportError(row.line(), TITLE, Message.of("error.required")));
        }
        c.setTitle(title);
        c.setOwnerOrganisation(text(row, OWNER));
        c.setPartnerOrganisations(Arrays.stream(row.get(PARTNERS).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        c.setStartYear(year(row, START_YEAR, errors));
        c.setEndYear(year(row, END_YEAR, errors));
        c.setNoEndDate(bool(row, NO_END_DATE, errors));
        c.setAudiences(enums(row, AUDIENCES, Audience.class, errors));
        c.setSectors(enums(row, SECTORS, Sector.class, errors));
        c.setForms("ALL".equalsIgnoreCase(row.get(FORMS)) ? EnumSet.allOf(FormOfExploitation.class)
                : enums(row, FORMS, FormOfExploitation.class, errors));
        c.setScope(one(row, SCOPE, GeographicScope.class, null, errors));
        c.setAreaCodes(Arrays.stream(row.get(AREA_CODES).split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList());
        c.setChannels(enums(row, CHANNELS, Channel.class, errors));
        c.setGoal(text(row, GOAL));
        c.setCostBand(one(row, COST_BAND, CostBand.class, CostBand.UNKNOWN, errors));
        c.setDurationBand(one(row, DURATION_BAND, DurationBand.class, DurationBand.UNKNOWN, errors));
        c.setReach(text(row, REACH));
        c.setReuseLicence(text(row, REUSE_LICENCE));
        c.setPermissionContact(text(row, PERMISSION_CONTACT));
        c.setSourceUrl(text(row, SOURCE_URL));
        c.setConfidence(one(row, CONFIDENCE, Confidence.class, Confidence.UNCONFIRMED, errors));
        c.setConfidenceNote(text(row, CONFIDENCE_NOTE));
        c.setDemo(bool(row, DEMO, errors));
        c.setStatus(CampaignStatus.PUBLISHED);
        return c;
    }

    /** One campaign as cells by column, the inverse of parsing. */
    public static Map<String, String> format(CampaignData c) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put(TITLE, c.getTitle());
        cells.put(OWNER, nullToEmpty(c.getOwnerOrganisation()));
        cells.put(PARTNERS, String.join(";", c.getPartnerOrganisations()));
        cells.put(START_YEAR, c.getStartYear() == null ? "" : c.getStartYear().toString());
        cells.put(END_YEAR, c.getEndYear() == null ? "" : c.getEndYear().toString());
        cells.put(NO_END_DATE, String.valueOf(c.isNoEndDate()));
        cells.put(AUDIENCES, names(c.getAudiences()));
        cells.put(SECTORS, names(c.getSectors()));
        cells.put(FORMS, names(c.getForms()));
        cells.put(SCOPE, c.getScope() == null ? "" : c.getScope().name());
        cells.put(AREA_CODES, String.join(",", c.getAreaCodes()));
        cells.put(CHANNELS, names(c.getChannels()));
        cells.put(GOAL, nullToEmpty(c.getGoal()));
        cells.put(COST_BAND, c.getCostBand().name());
        cells.put(DURATION_BAND, c.getDurationBand().name());
        cells.put(REACH, nullToEmpty(c.getReach()));
        cells.put(REUSE_LICENCE, nullToEmpty(c.getReuseLicence()));
        cells.put(PERMISSION_CONTACT, nullToEmpty(c.getPermissionContact()));
        cells.put(SOURCE_URL, nullToEmpty(c.getSourceUrl()));
        cells.put(CONFIDENCE, c.getConfidence().name());
        cells.put(CONFIDENCE_NOTE, nullToEmpty(c.getConfidenceNote()));
        cells.put(DEMO, String.valueOf(c.isDemo()));
        return cells;
    }

    /** Empty cells are "not known" (null), as the entity stores them. */
    private static String text(SheetRow row, String column) {
        String value = row.get(column);
        return value.isEmpty() ? null : value;
    }

    private static Integer year(SheetRow row, String column, List<ImportError> errors) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!value.matches("\\d{4}")) {
            errors.add(new ImportError(row.line(), column, Message.of("import.notAYear", value)));
            return null;
        }
        return Integer.valueOf(value);
    }

    private static boolean bool(SheetRow row, String column, List<ImportError> errors) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "false", "nee", "no", "0" -> false;
            case "true", "ja", "yes", "1" -> true;
            default -> {
                errors.add(new ImportError(row.line(), column, Message.of("import.notABoolean", row.get(column))));
                yield false;
            }
        };
    }

    private static <E extends Enum<E>> Set<E> enums(SheetRow row, String column, Class<E> type, List<ImportError> errors) {
        Set<E> result = EnumSet.noneOf(type);
        for (String name : row.get(column).split(",")) {
            String n = name.strip().toUpperCase(Locale.ROOT);
            if (n.isEmpty()) {
                continue;
            }
            E value = lookup(type, n);
            if (value == null) {
                errors.add(new ImportError(row.line(), column, Message.of("import.unknownValue", name.strip(), allowed(type))));
            } else {
                result.add(value);
            }
        }
        return result;
    }

    private static <E extends Enum<E>> E one(SheetRow row, String column, Class<E> type, E empty, List<ImportError> errors) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return empty;
        }
        E found = lookup(type, value.toUpperCase(Locale.ROOT));
        if (found == null) {
            errors.add(new ImportError(row.line(), column, Message.of("import.unknownValue", value, allowed(type))));
            return empty;
        }
        return found;
    }

    private static <E extends Enum<E>> E lookup(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
