package nl.signaal.learning.attempt.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.signaal.learning.quiz.boundary.Answer;
import nl.signaal.platform.shared.FormOfExploitation;

/**
 * An answer as stored in {@code attempt_event.answer}, to replay the attempt:
 * {@code {"type":"STEP","node":"n1","choice":"a"}}, {@code {"type":"CHOICE","option":"x"}},
 * {@code {"type":"SELECTION","ids":[…]}}, {@code {"type":"ORDERING","ids":[…]}},
 * {@code {"type":"MATCHING","forms":{"s1":"LABOUR"}}}.
 */
public final class AnswerJson {

    /**
     * Looked up once: {@code Json.createReader} and friends look the provider up through the
     * service loader on every call, which cost more than the parsing itself (a replay reads every
     * answer of the attempt, on every request of the player).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private AnswerJson() {
    }

    public static String write(Answer answer) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (answer instanceof Answer.ScenarioStep s) {
            b.add("type", "STEP").add("node", s.nodeId()).add("choice", s.choiceId());
        } else if (answer instanceof Answer.Choice c) {
            b.add("type", "CHOICE").add("option", c.optionId());
        } else if (answer instanceof Answer.Selection s) {
            b.add("type", "SELECTION").add("ids", array(s.selectedIds().stream().sorted().toList()));
        } else if (answer instanceof Answer.Ordering o) {
            b.add("type", "ORDERING").add("ids", array(o.stepIds()));
        } else if (answer instanceof Answer.Matching m) {
            JsonObjectBuilder forms = JSON.createObjectBuilder();
            m.formBySignal().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> forms.add(e.getKey(), e.getValue().name()));
            b.add("type", "MATCHING").add("forms", forms);
        }
        return b.build().toString();
    }

    public static Answer read(String json) {
        JsonObject o;
        try (var reader = JSON.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        return switch (o.getString("type")) {
            case "STEP" -> new Answer.ScenarioStep(o.getString("node"), o.getString("choice"));
            case "CHOICE" -> new Answer.Choice(o.getString("option"));
            case "SELECTION" -> new Answer.Selection(new LinkedHashSet<>(ids(o)));
            case "ORDERING" -> new Answer.Ordering(ids(o));
            case "MATCHING" -> {
                Map<String, FormOfExploitation> forms = new LinkedHashMap<>();
                o.getJsonObject("forms").forEach((k, v) -> forms.put(k, FormOfExploitation.valueOf(((JsonString) v).getString())));
                yield new Answer.Matching(forms);
            }
            default -> throw new IllegalArgumentException("Unknown answer type in " + json);
        };
    }

    private static List<String> ids(JsonObject o) {
        return o.getJsonArray("ids").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }
}
