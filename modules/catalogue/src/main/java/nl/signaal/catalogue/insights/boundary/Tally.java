package nl.signaal.catalogue.insights.boundary;

/**
 * One bar of a chart.
 *
 * @param key   an enum name or a year; null for "not known"
 * @param count how many campaigns
 */
public record Tally(String key, long count) {

    public boolean unknown() {
        return key == null;
    }
}
