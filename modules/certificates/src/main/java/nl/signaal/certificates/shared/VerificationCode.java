package nl.signaal.certificates.shared;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The public, unguessable identifier of a certificate: 140 random bits from {@link SecureRandom}
 * (above the 128 bits the product promises), written in Crockford base32, whose alphabet leaves
 * out I, L, O and U so that nobody misreads or mistypes it, and shown in groups of four:
 * {@code 7K3M-Q9TX-…} (seven groups).
 *
 * <p>Reading is tolerant of what people do when they type a code from paper: lower case,
 * spaces, dashes, and O/I/L for 0/1/1. Anything else yields {@link Optional#empty()} without a
 * reason, so that a caller cannot learn from the answer what a valid code looks like.
 *
 * <pre>{@code
 * VerificationCode code = VerificationCode.random();
 * code.readable();                       // "7K3M-Q9TX-4D2H-..."
 * VerificationCode.parse(" 7k3m q9tx … ") // the same code
 * }</pre>
 */
public final class VerificationCode implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Crockford's base32 alphabet: digits and letters without I, L, O, U. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Characters of the canonical form; 28 × 5 = 140 bits. */
    public static final int LENGTH = 28;
    private static final int GROUP = 4;
    /** Longer input than this is rejected before it is looked at (generous for spaces and dashes). */
    private static final int MAX_INPUT = 80;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String canonical;

    private VerificationCode(String canonical) {
        this.canonical = canonical;
    }

    /** A new code from the platform's strong random source. */
    public static VerificationCode random() {
        return random(RANDOM);
    }

    /** A new code from the given source (tests and benchmarks may pass a seeded one). */
    public static VerificationCode random(java.util.Random random) {
        char[] chars = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new VerificationCode(new String(chars));
    }

    /**
     * Reads a code as a person typed or a URL carried it. Case, spaces, dashes and the
     * look-alikes O, I and L are forgiven; a wrong length or any other character gives empty.
     */
    public static Optional<VerificationCode> parse(String input) {
        if (input == null || input.length() > MAX_INPUT) {
            return Optional.empty();
        }
        StringBuilder result = new StringBuilder(LENGTH);
        for (int i = 0; i < input.length(); i++) {
            char c = Character.toUpperCase(input.charAt(i));
            if (c == '-' || c == ' ' || c == '\t') {
                continue;
            }
            c = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (c > 127 || ALPHABET.indexOf(c) < 0 || result.length() == LENGTH) {
                return Optional.empty();
            }
            result.append(c);
        }
        return result.length() == LENGTH ? Optional.of(new VerificationCode(result.toString())) : Optional.empty();
    }

    /** The 28 characters without separators, as stored and as used in URLs. */
    public String value() {
        return canonical;
    }

    /** Groups of four joined by dashes, as printed on the certificate: {@code 7K3M-Q9TX-…}. */
    public String readable() {
        StringBuilder result = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                result.append('-');
            }
            result.append(canonical, i, i + GROUP);
        }
        return result.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerificationCode code && code.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return readable();
    }
}
