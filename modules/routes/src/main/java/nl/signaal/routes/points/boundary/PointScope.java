package nl.signaal.routes.points.boundary;

import java.util.regex.Pattern;

/**
 * How far a point reaches, and so which kind of area code its covered areas must have:
 * none for {@code NATIONAL}, {@code PVnn} for {@code PROVINCE}, safety regions {@code VRnn}
 * for {@code REGION}, {@code GMnnnn} for {@code MUNICIPALITY}. Bundle keys: {@code point.scope.<NAME>}.
 */
public enum PointScope {
    NATIONAL(null),
    PROVINCE(Pattern.compile("PV\\d{2}")),
    REGION(Pattern.compile("VR\\d{2}")),
    MUNICIPALITY(Pattern.compile("GM\\d{4}"));

    private final Pattern areaCode;

    PointScope(Pattern areaCode) {
        this.areaCode = areaCode;
    }

    /** Whether {@code code} has the shape of an area code of this scope (existence is checked elsewhere). */
    public boolean acceptsAreaCode(String code) {
        return areaCode != null && code != null && areaCode.matcher(code).matches();
    }

    /** Most specific first: a municipality's own point before its region's before its province's. */
    public int specificity() {
        return switch (this) {
            case MUNICIPALITY -> 0;
            case REGION -> 1;
            case PROVINCE -> 2;
            case NATIONAL -> 3;
        };
    }
}
