package nl.signaal.catalogue.campaigns.boundary;

/**
 * The inventory's survey bands for duration (a few days, weeks, months, half a year or longer, no end
 * date), and UNKNOWN where nobody reported it. Bundle keys {@code duration.<NAME>}.
 */
public enum DurationBand {
    DAYS, WEEKS, MONTHS, HALF_YEAR_OR_LONGER, NO_END_DATE, UNKNOWN
}
