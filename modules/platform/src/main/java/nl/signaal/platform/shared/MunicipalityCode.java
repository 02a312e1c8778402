package nl.signaal.platform.shared;

import java.util.regex.Pattern;

/**
 * A CBS municipality code in its {@code GMnnnn} form, e.g. {@code GM0363} for Amsterdam.
 * Validates the shape only; whether the municipality exists is the routes context's business.
 */
public record MunicipalityCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("GM\\d{4}");

    public MunicipalityCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A municipality code looks like GM0363, not: " + value);
        }
    }

    /** Accepts {@code GM0363}, {@code gm0363} and the bare CBS number {@code 0363} or {@code 363}. */
    public static MunicipalityCode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("A municipality code is required");
        }
        String t = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (t.matches("\\d{1,4}")) {
            t = "GM" + "0".repeat(4 - t.length()) + t;
        }
        return new MunicipalityCode(t);
    }

    @Override
    public String toString() {
        return value;
    }
}
