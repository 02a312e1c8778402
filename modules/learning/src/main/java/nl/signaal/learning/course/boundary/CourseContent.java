package nl.signaal.learning.course.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/**
 * Everything a learner sees of one course version: immutable, so a published version can
 * be shared by every attempt pinned to it. Drafts use the same value; only their row in
 * the database can be replaced.
 *
 * @param title            course title
 * @param summary          one paragraph for the course list
 * @param sector           the sector it is written for (decides the sector home and the route)
 * @param forms            forms of exploitation it covers
 * @param languages        language codes the content is available in, Dutch first ({@code nl}, {@code en})
 * @param estimatedMinutes estimated duration
 * @param learningGoals    what a learner can do afterwards
 * @param passMark         percentage (0–100) of the quiz score needed to pass
 * @param retakePolicy     whether another attempt may be started
 * @param lessons          in order
 * @param quiz             the quiz items in order (a branching scenario and other items)
 */
public record CourseContent(LocalizedText title, LocalizedText summary, Sector sector, Set<FormOfExploitation> forms,
                            List<String> languages, int estimatedMinutes, List<LocalizedText> learningGoals,
                            int passMark, RetakePolicy retakePolicy, List<Lesson> lessons, List<QuizItem> quiz) {

    public CourseContent {
        Objects.requireNonNull(title, "title");
        summary = summary == null ? title : summary;
        Objects.requireNonNull(sector, "sector");
        forms = Set.copyOf(forms);
        languages = List.copyOf(languages);
        learningGoals = List.copyOf(learningGoals);
        retakePolicy = retakePolicy == null ? RetakePolicy.UNLIMITED : retakePolicy;
        lessons = List.copyOf(lessons);
        quiz = List.copyOf(quiz);
    }

    /** Every signal the lessons teach, by id (first definition wins; duplicates are a validation problem). */
    public Map<String, Signal> signals() {
        Map<String, Signal> all = new LinkedHashMap<>();
        lessons.forEach(l -> l.signals().forEach(s -> all.putIfAbsent(s.id(), s)));
        return all;
    }

    public Optional<Lesson> lesson(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<QuizItem> item(String id) {
        return quiz.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
