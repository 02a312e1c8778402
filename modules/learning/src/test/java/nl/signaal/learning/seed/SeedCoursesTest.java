package nl.signaal.learning.seed;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.Lesson;
import nl.signaal.learning.course.control.CourseContentJson;
import nl.signaal.learning.course.control.CourseValidator;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.platform.shared.Sector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed courses, read from the very migration files Flyway runs: each is publishable by
 * the same validator trainers face, complete in both languages, sourced, and free of phone
 * numbers other than 112 (reporting steps come from the routes resolver).
 */
class SeedCoursesTest {

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("V5.2__seed_course_healthcare.sql", Sector.HEALTHCARE),
                Arguments.of("V5.3__seed_course_hospitality.sql", Sector.HOSPITALITY),
                Arguments.of("V5.4__seed_course_agriculture.sql", Sector.AGRICULTURE));
    }

    /** The JSON between the {@code $course$} markers of a seed migration. */
    static String document(String migration) throws IOException {
        try (InputStream in = SeedCoursesTest.class.getResourceAsStream("/db/migration/learning/" + migration)) {
            assertThat(in).as(migration).isNotNull();
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = sql.indexOf("SELECT $course$") + "SELECT $course$".length();
            int end = sql.indexOf("$course$::text", start);
            return sql.substring(start, end);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void isPublishable(String migration, Sector sector) throws IOException {
        CourseContent course = CourseContentJson.read(document(migration));

        assertThat(new CourseValidator().validate(course)).isEmpty();
        assertThat(course.sector()).isEqualTo(sector);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void hasThreeLessonsEachCitingItsSourcesAndEndingWithTheRoute(String migration, Sector sector) throws IOException {
        CourseContent course = CourseContentJson.read(document(migration));

        assertThat(course.lessons()).hasSizeGreaterThanOrEqualTo(3);
        for (Lesson lesson : course.lessons()) {
            String text = lesson.blocks().stream().filter(ContentBlock.RichText.class::isInstance)
                    .map(b -> ((ContentBlock.RichText) b).html().nl()).reduce("", String::concat);
            assertThat(text).as(lesson.id()).containsPattern("\\(S\\d+\\)");
            assertThat(lesson.blocks().get(lesson.blocks().size() - 1)).as(lesson.id())
                    .isInstanceOf(ContentBlock.ReportingRoute.class);
        }
        assertThat(course.signals()).isNotEmpty();
        course.signals().values().forEach(s -> assertThat(s.source().reference()).as(s.id()).matches("S\\d+"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void hasABranchingScenarioOfAtLeastEightNodesAndThreeEndings(String migration, Sector sector) throws IOException {
        CourseContent course = CourseContentJson.read(document(migration));

        List<Scenario> scenarios = course.quiz().stream().filter(Scenario.class::isInstance).map(Scenario.class::cast).toList();
        assertThat(scenarios).hasSize(1);
        assertThat(scenarios.get(0).nodes()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(scenarios.get(0).endings()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(scenarios.get(0).endings()).allSatisfy(e -> assertThat(e.route()).isNotNull());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyTextHasAnEnglishTranslation(String migration, Sector sector) throws IOException {
        List<String> untranslated = new ArrayList<>();
        collectUntranslated(Json.createReader(new StringReader(document(migration))).readObject(), "$", untranslated);

        assertThat(untranslated).isEmpty();
    }

    private static void collectUntranslated(JsonValue value, String path, List<String> untranslated) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject o = value.asJsonObject();
            if (o.containsKey("nl")) {
                if (o.getString("en", "").isBlank()) {
                    untranslated.add(path);
                }
                return;
            }
            o.forEach((k, v) -> collectUntranslated(v, path + "." + k, untranslated));
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            int i = 0;
            for (JsonValue v : value.asJsonArray()) {
                collectUntranslated(v, path + "[" + i++ + "]", untranslated);
            }
        }
    }

    /** Dutch phone numbers as the reference file writes them: 0800-2000, 0900-8844, 088-2220500, 033-448 11 86, +31 … */
    private static final Pattern PHONE = Pattern.compile("\\+31|\\b0\\d{2,3}[- ]?\\d{2,}|\\b14 ?0\\d{2}\\b");

    @ParameterizedTest
    @MethodSource("seeds")
    void namesNoPhoneNumberBut112(String migration, Sector sector) throws IOException {
        Matcher m = PHONE.matcher(document(migration));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }

        assertThat(found).isEmpty();
        assertThat(document(migration)).contains("112");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void survivesAJsonRoundTripUnchanged(String migration, Sector sector) throws IOException {
        CourseContent course = CourseContentJson.read(document(migration));

        assertThat(CourseContentJson.read(CourseContentJson.write(course))).isEqualTo(course);
    }
}
