package nl.signaal.routes.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.routes.resolver.boundary.RouteStep;
import nl.signaal.routes.resolver.control.RouteResolver;
import nl.signaal.routes.tools.Fixtures;
import org.junit.jupiter.api.Test;

/** Every text the code can show exists in Dutch and in English, and formats. */
class MessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"((?:route|points|csv|card)\\.[A-Za-z.]+)\"");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/nl/signaal/routes/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyInTheCodeHasADutchAndAnEnglishText() throws IOException {
        Set<String> used = keysUsedInCode();

        assertThat(used).hasSizeGreaterThan(40);
        assertThat(bundle("messages_nl.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages_nl.properties").stringPropertyNames());
    }

    @Test
    void aRouteReadsAsSentencesInBothLanguages() {
        List<RouteStep> steps = new RouteResolver().resolve(Fixtures.seeded(),
                RouteQuery.citizenIn("GM0034").withProfessional(Sector.HEALTHCARE).withAcute(true));

        assertThat(steps.get(0).reason().format(Locale.forLanguageTag("nl"))).isEqualTo("U gaf aan dat er acuut gevaar is. Bel eerst 112.");
        assertThat(steps.get(0).reason().format(Locale.ENGLISH)).isEqualTo("You said there is acute danger. Call 112 first.");
        assertThat(steps).allSatisfy(s -> {
            assertThat(s.reason().format(Locale.ENGLISH)).doesNotContain("{");
            assertThat(s.appliesWhen().format(Locale.forLanguageTag("nl"))).doesNotContain("{");
        });
    }

    @Test
    void dutchIsServedEvenWhenTheServerRunsInEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Message.of("route.when.always").format(Locale.forLanguageTag("nl"))).isEqualTo("Altijd");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anotherLanguageGetsDutchNotAKeyAndTheBaseBundleStaysEmpty() throws IOException {
        assertThat(Message.of("route.when.always").format(Locale.GERMAN)).isEqualTo("Altijd");
        assertThat(bundle("messages.properties")).isEmpty();
    }

    @Test
    void lineNumbersAndIdsAreNotFormattedWithThousandSeparators() {
        assertThat(Message.of("csv.error.unknownId", 1001L).format(Locale.forLanguageTag("nl")))
                .isEqualTo("Er is geen punt met id 1001; laat id leeg voor een nieuw punt.");
    }
}
