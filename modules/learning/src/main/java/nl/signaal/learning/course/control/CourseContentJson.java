package nl.signaal.learning.course.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.CourseContent;
import nl.signaal.learning.course.boundary.Lesson;
import nl.signaal.learning.course.boundary.RetakePolicy;
import nl.signaal.learning.course.boundary.RouteAudience;
import nl.signaal.learning.course.boundary.Signal;
import nl.signaal.learning.course.boundary.Source;
import nl.signaal.learning.quiz.boundary.Option;
import nl.signaal.learning.quiz.boundary.QuizItem;
import nl.signaal.learning.scenario.boundary.Ending;
import nl.signaal.learning.scenario.boundary.Scenario;
import nl.signaal.learning.scenario.boundary.ScenarioChoice;
import nl.signaal.learning.scenario.boundary.ScenarioNode;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;

/**
 * The JSON document a course version is stored as ({@code learning.course_version.content})
 * and the seed migrations are written in. A version is read and written whole — it is one
 * immutable value — so a document beats a dozen tables here: publishing copies one column,
 * and an old version can never be changed by an edit to a shared row. The format, by example:
 *
 * <pre>{@code
 * {"title": {"nl": "…", "en": "…"}, "summary": {…}, "sector": "HEALTHCARE", "forms": ["LABOUR"],
 *  "languages": ["nl", "en"], "estimatedMinutes": 45, "learningGoals": [{…}], "passMark": 70,
 *  "retakePolicy": {"maxAttempts": 0, "retakeAfterPass": true},
 *  "lessons": [{"id": "l1", "title": {…}, "blocks": [
 *      {"type": "RICH_TEXT", "html": {…}},
 *      {"type": "SIGNALS", "signals": [{"id": "s1", "text": {…}, "source": {"reference": "S32", "title": "…", "url": "https://…"}}]},
 *      {"type": "MATERIAL", "materialId": 12, "title": {…}, "licence": "CC BY 4.0"},
 *      {"type": "VIDEO_LINK", "url": "https://…", "title": {…}},
 *      {"type": "REPORTING_ROUTE", "form": "LABOUR", "audience": "ADULT"}]}],
 *  "quiz": [
 *      {"type": "SCENARIO", "id": "sc", "title": {…}, "introduction": {…}, "start": "n1",
 *       "nodes": [{"id": "n1", "situation": {…}, "question": {…}, "materialId": null, "choices": [
 *           {"id": "a", "label": {…}, "feedback": {…}, "next": "n2", "ending": null, "score": 2,
 *            "recognises": ["s1"], "misses": [], "reportingStep": false}]}],
 *       "endings": [{"id": "e1", "outcome": {…}, "whatHappened": {…}, "routeAdvice": {…},
 *                    "route": {"form": "LABOUR", "audience": "ADULT"}, "good": true}]},
 *      {"type": "SINGLE_CHOICE", "id": "q1", "prompt": {…}, "options": [{"id": "a", "label": {…}}], "correct": "a", "explanation": {…}},
 *      {"type": "MULTIPLE_CHOICE", …, "correct": ["a", "b"]},
 *      {"type": "SPOT_THE_SIGNALS", "id": "q3", "prompt": {…}, "sentences": [{"id": …, "label": {…}}], "signals": ["s2"]},
 *      {"type": "ORDER_THE_ROUTE", "id": "q4", "prompt": {…}, "steps": [{"id": …, "label": {…}}]},
 *      {"type": "MATCH_SIGNAL_TO_FORM", "id": "q5", "prompt": {…}, "signals": [{"id": …, "label": {…}, "form": "SEXUAL"}]}]}
 * }</pre>
 *
 * Steps of ORDER_THE_ROUTE are stored in the correct order. Rich text is sanitised again on
 * reading (the block does it when made), so a hand-edited document cannot smuggle script in.
 */
public final class CourseContentJson {

    /** Looked up once (see {@code AnswerJson}): {@code Json.create…} looks the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private CourseContentJson() {
    }

    public static CourseContent read(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return read(reader.readObject());
        }
    }

    public static CourseContent read(JsonObject o) {
        return new CourseContent(text(o, "title"), optText(o, "summary"), Sector.valueOf(o.getString("sector")),
                enums(o, "forms", FormOfExploitation::valueOf), strings(o, "languages"),
                o.getInt("estimatedMinutes", 0), list(o, "learningGoals", CourseContentJson::text),
                o.getInt("passMark", 0), retake(o), list(o, "lessons", CourseContentJson::lesson),
                list(o, "quiz", CourseContentJson::item));
    }

    private static RetakePolicy retake(JsonObject o) {
        if (!o.containsKey("retakePolicy") || o.isNull("retakePolicy")) {
            return RetakePolicy.UNLIMITED;
        }
        JsonObject r = o.getJsonObject("retakePolicy");
        return new RetakePolicy(r.getInt("maxAttempts", 0), r.getBoolean("retakeAfterPass", true));
    }

    private static Lesson lesson(JsonValue v) {
        JsonObject o = v.asJsonObject();
        return new Lesson(o.getString("id"), text(o, "title"), list(o, "blocks", CourseContentJson::block));
    }

    private static ContentBlock block(JsonValue v) {
        JsonObject o = v.asJsonObject();
        ContentBlock.BlockKind kind = ContentBlock.BlockKind.valueOf(o.getString("type"));
        return switch (kind) {
            case RICH_TEXT -> new ContentBlock.RichText(text(o, "html"));
            case MATERIAL -> new ContentBlock.Material(o.getJsonNumber("materialId").longValue(), text(o, "title"),
                    o.getString("licence", ""));
            case VIDEO_LINK -> new ContentBlock.VideoLink(o.getString("url"), text(o, "title"));
            case SIGNALS -> new ContentBlock.Signals(list(o, "signals", CourseContentJson::signal));
            case REPORTING_ROUTE -> route(o);
        };
    }

    private static ContentBlock.ReportingRoute route(JsonObject o) {
        return new ContentBlock.ReportingRoute(FormOfExploitation.valueOf(o.getString("form")),
                RouteAudience.valueOf(o.getString("audience", RouteAudience.ADULT.name())));
    }

    private static Signal signal(JsonValue v) {
        JsonObject o = v.asJsonObject();
        JsonObject s = o.getJsonObject("source");
        return new Signal(o.getString("id"), text(o, "text"),
                new Source(s.getString("reference"), s.getString("title", ""), optString(s, "url")));
    }

    private static QuizItem item(JsonValue v) {
        JsonObject o = v.asJsonObject();
        QuizItem.ItemKind kind = QuizItem.ItemKind.valueOf(o.getString("type"));
        String id = o.getString("id");
        return switch (kind) {
            case SINGLE_CHOICE -> new QuizItem.SingleChoice(id, text(o, "prompt"), list(o, "options", CourseContentJson::option),
                    o.getString("correct"), optText(o, "explanation"));
            case MULTIPLE_CHOICE -> new QuizItem.MultipleChoice(id, text(o, "prompt"), list(o, "options", CourseContentJson::option),
                    new LinkedHashSet<>(strings(o, "correct")), optText(o, "explanation"));
            case SPOT_THE_SIGNALS -> new QuizItem.SpotTheSignals(id, text(o, "prompt"), list(o, "sentences", CourseContentJson::option),
                    new LinkedHashSet<>(strings(o, "signals")), optText(o, "explanation"));
            case ORDER_THE_ROUTE -> new QuizItem.OrderTheRoute(id, text(o, "prompt"), list(o, "steps", CourseContentJson::option),
                    optText(o, "explanation"));
            case MATCH_SIGNAL_TO_FORM -> {
                List<Option> signals = list(o, "signals", CourseContentJson::option);
                Map<String, FormOfExploitation> expected = new LinkedHashMap<>();
                o.getJsonArray("signals").forEach(s -> {
                    JsonObject so = s.asJsonObject();
                    if (so.containsKey("form") && !so.isNull("form")) {
                        expected.put(so.getString("id"), FormOfExploitation.valueOf(so.getString("form")));
                    }
                });
                yield new QuizItem.MatchSignalToForm(id, text(o, "prompt"), signals, expected, optText(o, "explanation"));
            }
            case SCENARIO -> new Scenario(id, text(o, "title"), optText(o, "introduction"), o.getString("start", null),
                    list(o, "nodes", CourseContentJson::node), list(o, "endings", CourseContentJson::ending));
        };
    }

    private static Option option(JsonValue v) {
        JsonObject o = v.asJsonObject();
        return new Option(o.getString("id"), text(o, "label"));
    }

    private static ScenarioNode node(JsonValue v) {
        JsonObject o = v.asJsonObject();
        Long material = o.containsKey("materialId") && !o.isNull("materialId") ? o.getJsonNumber("materialId").longValue() : null;
        return new ScenarioNode(o.getString("id"), text(o, "situation"), optText(o, "question"), material,
                list(o, "choices", CourseContentJson::choice));
    }

    private static ScenarioChoice choice(JsonValue v) {
        JsonObject o = v.asJsonObject();
        return new ScenarioChoice(o.getString("id"), text(o, "label"), optText(o, "feedback"), optString(o, "next"),
                optString(o, "ending"), o.getInt("score", 0), new LinkedHashSet<>(strings(o, "recognises")),
                new LinkedHashSet<>(strings(o, "misses")), o.getBoolean("reportingStep", false));
    }

    private static Ending ending(JsonValue v) {
        JsonObject o = v.asJsonObject();
        ContentBlock.ReportingRoute route = o.containsKey("route") && !o.isNull("route") ? route(o.getJsonObject("route")) : null;
        return new Ending(o.getString("id"), text(o, "outcome"), text(o, "whatHappened"), text(o, "routeAdvice"), route,
                o.getBoolean("good", false));
    }

    private static LocalizedText text(JsonObject o, String key) {
        if (!o.containsKey(key) || o.isNull(key)) {
            throw new IllegalArgumentException("Missing text '" + key + "' in " + abbreviate(o));
        }
        return text(o.get(key));
    }

    private static LocalizedText text(JsonValue v) {
        JsonObject t = v.asJsonObject();
        return new LocalizedText(t.getString("nl"), t.getString("en", ""));
    }

    private static LocalizedText optText(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? text(o.get(key)) : null;
    }

    private static String optString(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    private static List<String> strings(JsonObject o, String key) {
        if (!o.containsKey(key) || o.isNull(key)) {
            return List.of();
        }
        return o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static <E> Set<E> enums(JsonObject o, String key, Function<String, E> parse) {
        Set<E> set = new LinkedHashSet<>();
        strings(o, key).forEach(s -> set.add(parse.apply(s)));
        return set;
    }

    private static <T> List<T> list(JsonObject o, String key, Function<JsonValue, T> parse) {
        if (!o.containsKey(key) || o.isNull(key)) {
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (JsonValue v : o.getJsonArray(key)) {
            items.add(parse.apply(v));
        }
        return items;
    }

    private static String abbreviate(JsonObject o) {
        String s = o.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    // ---- writing

    public static String write(CourseContent c) {
        return toJson(c).toString();
    }

    public static JsonObject toJson(CourseContent c) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("title", text(c.title()))
                .add("summary", text(c.summary()))
                .add("sector", c.sector().name())
                .add("forms", strings(c.forms().stream().map(Enum::name).sorted().toList()))
                .add("languages", strings(c.languages()))
                .add("estimatedMinutes", c.estimatedMinutes())
                .add("learningGoals", array(c.learningGoals(), CourseContentJson::text))
                .add("passMark", c.passMark())
                .add("retakePolicy", JSON.createObjectBuilder()
                        .add("maxAttempts", c.retakePolicy().maxAttempts())
                        .add("retakeAfterPass", c.retakePolicy().retakeAfterPass()))
                .add("lessons", array(c.lessons(), CourseContentJson::lesson))
                .add("quiz", array(c.quiz(), CourseContentJson::item));
        return b.build();
    }

    private static JsonObjectBuilder lesson(Lesson l) {
        return JSON.createObjectBuilder().add("id", l.id()).add("title", text(l.title()))
                .add("blocks", array(l.blocks(), CourseContentJson::block));
    }

    private static JsonObjectBuilder block(ContentBlock block) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("type", block.kind().name());
        if (block instanceof ContentBlock.RichText r) {
            b.add("html", text(r.html()));
        } else if (block instanceof ContentBlock.Material m) {
            b.add("materialId", m.materialId()).add("title", text(m.cachedTitle())).add("licence", m.cachedLicence());
        } else if (block instanceof ContentBlock.VideoLink v) {
            b.add("url", v.url()).add("title", text(v.title()));
        } else if (block instanceof ContentBlock.Signals s) {
            b.add("signals", array(s.signals(), sig -> JSON.createObjectBuilder()
                    .add("id", sig.id()).add("text", text(sig.text()))
                    .add("source", source(sig.source()))));
        } else if (block instanceof ContentBlock.ReportingRoute r) {
            b.add("form", r.form().name()).add("audience", r.audience().name());
        }
        return b;
    }

    private static JsonObjectBuilder source(Source s) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("reference", s.reference()).add("title", s.title());
        nullable(b, "url", s.url());
        return b;
    }

    private static JsonObjectBuilder route(ContentBlock.ReportingRoute r) {
        return JSON.createObjectBuilder().add("form", r.form().name()).add("audience", r.audience().name());
    }

    private static JsonObjectBuilder item(QuizItem item) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("type", item.kind().name()).add("id", item.id());
        if (item instanceof QuizItem.SingleChoice s) {
            b.add("prompt", text(s.prompt())).add("options", array(s.options(), CourseContentJson::option))
                    .add("correct", s.correctOptionId());
            optional(b, "explanation", s.explanation());
        } else if (item instanceof QuizItem.MultipleChoice m) {
            b.add("prompt", text(m.prompt())).add("options", array(m.options(), CourseContentJson::option))
                    .add("correct", strings(m.correctOptionIds().stream().sorted().toList()));
            optional(b, "explanation", m.explanation());
        } else if (item instanceof QuizItem.SpotTheSignals s) {
            b.add("prompt", text(s.prompt())).add("sentences", array(s.sentences(), CourseContentJson::option))
                    .add("signals", strings(s.signalSentences().stream().sorted().toList()));
            optional(b, "explanation", s.explanation());
        } else if (item instanceof QuizItem.OrderTheRoute o) {
            b.add("prompt", text(o.prompt())).add("steps", array(o.stepsInOrder(), CourseContentJson::option));
            optional(b, "explanation", o.explanation());
        } else if (item instanceof QuizItem.MatchSignalToForm m) {
            b.add("prompt", text(m.prompt())).add("signals", array(m.signals(), s -> {
                JsonObjectBuilder sb = option(s);
                FormOfExploitation form = m.expected().get(s.id());
                return form == null ? sb.addNull("form") : sb.add("form", form.name());
            }));
            optional(b, "explanation", m.explanation());
        } else if (item instanceof Scenario s) {
            b.add("title", text(s.title()));
            optional(b, "introduction", s.introduction());
            nullable(b, "start", s.startNodeId());
            b.add("nodes", array(s.nodes(), CourseContentJson::node)).add("endings", array(s.endings(), CourseContentJson::ending));
        }
        return b;
    }

    private static JsonObjectBuilder option(Option o) {
        return JSON.createObjectBuilder().add("id", o.id()).add("label", text(o.label()));
    }

    private static JsonObjectBuilder node(ScenarioNode n) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("id", n.id()).add("situation", text(n.situation()));
        optional(b, "question", n.question());
        if (n.materialId() == null) {
            b.addNull("materialId");
        } else {
            b.add("materialId", n.materialId());
        }
        return b.add("choices", array(n.choices(), CourseContentJson::choice));
    }

    private static JsonObjectBuilder choice(ScenarioChoice c) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("id", c.id()).add("label", text(c.label()));
        optional(b, "feedback", c.feedback());
        nullable(b, "next", c.nextNodeId());
        nullable(b, "ending", c.endingId());
        return b.add("score", c.score())
                .add("recognises", strings(c.signalsRecognised().stream().sorted().toList()))
                .add("misses", strings(c.signalsMissed().stream().sorted().toList()))
                .add("reportingStep", c.correctReportingStep());
    }

    private static JsonObjectBuilder ending(Ending e) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("id", e.id()).add("outcome", text(e.outcome()))
                .add("whatHappened", text(e.whatHappened())).add("routeAdvice", text(e.routeAdvice()));
        if (e.route() == null) {
            b.addNull("route");
        } else {
            b.add("route", route(e.route()));
        }
        return b.add("good", e.good());
    }

    private static JsonObjectBuilder text(LocalizedText t) {
        return JSON.createObjectBuilder().add("nl", t.nl()).add("en", t.en());
    }

    private static void optional(JsonObjectBuilder b, String key, LocalizedText t) {
        if (t == null) {
            b.addNull(key);
        } else {
            b.add(key, text(t));
        }
    }

    private static void nullable(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }

    private static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static <T> JsonArrayBuilder array(List<T> values, Function<T, JsonObjectBuilder> f) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(v -> a.add(f.apply(v)));
        return a;
    }
}
