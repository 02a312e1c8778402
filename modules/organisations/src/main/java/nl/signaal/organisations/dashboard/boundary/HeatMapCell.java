package nl.signaal.organisations.dashboard.boundary;

/**
 * How many distinct people of one group judged one signal, and how many of them missed it at
 * least once. All three figures are null when withheld: fewer than five people, or withheld too
 * so that a withheld small group cannot be worked out from the total.
 */
public record HeatMapCell(Integer people, Integer missed, Integer percent) {

    public static final HeatMapCell WITHHELD = new HeatMapCell(null, null, null);

    public boolean withheld() {
        return people == null;
    }
}
