package nl.signaal.learning.shared;

import java.util.List;
import java.util.Objects;

/**
 * One reason why a course or scenario cannot be published, naming where it is. The
 * {@code code} is the bundle key suffix in the web's {@code learning} bundle
 * ({@code problem.<code>}), the {@code args} fill its placeholders in order, so an author
 * reads e.g. "Knoop n3 is vanaf de start niet bereikbaar".
 *
 * @param code  stable machine-readable code, e.g. {@code UNREACHABLE_NODE}
 * @param where the node, choice, lesson or item the problem is about (first arg); may be empty
 * @param args  further arguments
 */
public record Problem(String code, String where, List<String> args) {

    public Problem {
        Objects.requireNonNull(code, "code");
        where = where == null ? "" : where;
        args = List.copyOf(args);
    }

    public static Problem of(String code, String where, String... args) {
        return new Problem(code, where, List.of(args));
    }

    @Override
    public String toString() {
        return code + "(" + where + (args.isEmpty() ? "" : ", " + String.join(", ", args)) + ")";
    }
}
