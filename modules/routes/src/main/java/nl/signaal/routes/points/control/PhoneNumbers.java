package nl.signaal.routes.points.control;

import java.util.regex.Pattern;

/**
 * Recognises the phone numbers Dutch services publish, in the ways they write them:
 * {@code 112}, {@code 0800-2000}, {@code 0900-8844}, {@code 14 020}, {@code 088-2220500},
 * {@code 033-448 11 86}, {@code +31 70 333 44 44}, and other countries' numbers in {@code +}
 * form. The point is to catch typos before they reach a route card (a digit too many or too
 * few, a letter O for a zero), not to prove a number is in service.
 */
public final class PhoneNumbers {

    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("\\+?[0-9][0-9 \\-]*[0-9]|[0-9]");
    private static final Pattern VALID_DIGITS = Pattern.compile(
            "112"                                 // emergency
            + "|0(800|900|906|909)[0-9]{4,7}"     // free and paid service numbers
            + "|14[0-9]{3,4}"                     // municipal 14 + area code
            + "|0[1-9][0-9]{8}"                   // geographic, mobile, 085/088: 10 digits
            + "|\\+31[1-9][0-9]{8}"               // the same in international form
            + "|\\+(?!31)[1-9][0-9]{6,14}");      // another country, E.164 length

    private PhoneNumbers() {
    }

    public static boolean isValid(String number) {
        if (number == null) {
            return false;
        }
        String trimmed = number.strip();
        if (!ALLOWED_CHARACTERS.matcher(trimmed).matches() || trimmed.contains("--") || trimmed.contains("  ")) {
            return false;
        }
        return VALID_DIGITS.matcher(trimmed.replace(" ", "").replace("-", "")).matches();
    }

    /** The number for a {@code tel:} link: digits and a leading plus only. */
    public static String dialable(String number) {
        return number.strip().replace(" ", "").replace("-", "");
    }
}
