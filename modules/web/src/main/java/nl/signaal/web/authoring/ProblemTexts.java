package nl.signaal.web.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.signaal.learning.shared.Problem;
import nl.signaal.web.learn.LearnTexts;

/**
 * A publication problem of the learning context in words: bundle key {@code problem.<CODE>} with
 * where it is as {@code {0}} and the problem's own arguments after it. Shared by the course and
 * the scenario editor.
 */
final class ProblemTexts {

    private ProblemTexts() {
    }

    static String of(Locale locale, Problem problem) {
        List<Object> args = new ArrayList<>();
        args.add(problem.where());
        args.addAll(problem.args());
        return LearnTexts.text(locale, "problem." + problem.code(), args.toArray());
    }
}
