package nl.signaal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.signaal.web.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The public routes API against the running application and its seeded data: the answers a
 * client gets for real situations, and every error with its status and message.
 */
class RoutesApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One answer: status, content type and the JSON body as maps and lists. */
    record Answer(int status, String contentType, Object json) {

        @SuppressWarnings("unchecked")
        Map<String, Object> object() {
            return (Map<String, Object>) json;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) json;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps() {
            return (List<Map<String, Object>>) object().get("steps");
        }

        List<String> stepNames() {
            return steps().stream().map(s -> (String) s.get("name")).toList();
        }

        List<String> ruleIds() {
            return steps().stream().map(s -> (String) s.get("ruleId")).toList();
        }
    }

    private static Answer get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "api/v1/" + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                new Json().toType(response.body(), Object.class));
    }

    @Test
    void acuteDangerPuts112FirstWithATapToCallLink() throws Exception {
        Answer answer = get("routes?municipality=GM0363&form=LABOUR&sector=AGRICULTURE&minor=false&acute=true"
                + "&reporter=PROFESSIONAL&anonymous=false");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        Map<String, Object> first = answer.steps().get(0);
        assertThat(first.get("name")).isEqualTo("112");
        assertThat(first.get("position")).isEqualTo(1L);
        assertThat(first.get("ruleId")).isEqualTo("ACUTE_112");
        assertThat(first.get("reason")).isEqualTo("U gaf aan dat er acuut gevaar is. Bel eerst 112.");
        assertThat(first.get("appliesWhen")).isEqualTo("Bij acuut gevaar");
        assertThat(first.get("channels")).asList().first().asString().contains("href=tel:112");
        assertThat(first).containsKey("verifiedOn").containsKey("sourceUrl").containsEntry("confidence", "CONFIRMED");
    }

    @Test
    void labourExploitationIncludesTheArbeidsinspectieAndAmsterdamGetsItsPoliceUnit() throws Exception {
        Answer answer = get("routes?municipality=GM0363&form=LABOUR&sector=AGRICULTURE&minor=false&acute=false"
                + "&reporter=PROFESSIONAL&anonymous=false");

        assertThat(answer.stepNames()).contains("Nederlandse Arbeidsinspectie").doesNotContain("112");
        assertThat(answer.object().get("municipality")).asString().contains("name=Amsterdam");
        Map<String, Object> police = answer.steps().stream().filter(s -> "POLICE".equals(s.get("ruleId"))).findFirst().orElseThrow();
        assertThat(police.get("area")).isEqualTo("Amsterdam");
        assertThat((String) police.get("reason")).contains("Amsterdam");
        assertThat(answer.ruleIds().get(answer.ruleIds().size() - 1)).isEqualTo("NATIONAL_ADVICE");
    }

    @Test
    void aMinorGetsTheMinorsRouteAndAnonymityGetsMeldMisdaadAnoniem() throws Exception {
        Answer answer = get("routes?municipality=GM0599&minor=true&anonymous=true");

        assertThat(answer.ruleIds()).contains("MINOR", "ANONYMOUS_M");
        assertThat(answer.stepNames()).contains("Meldpunt Uitbuiting Minderjarigen", "Meld Misdaad Anoniem (M.)");
    }

    @Test
    void unconfirmedDataIsMarkedAndUnverifiedDataHasANullDate() throws Exception {
        Answer answer = get("routes?municipality=GM0654");

        Map<String, Object> care = answer.steps().stream().filter(s -> "REGIONAL_CARE".equals(s.get("ruleId"))).findFirst().orElseThrow();
        assertThat(care).containsEntry("confidence", "UNCONFIRMED").containsEntry("confirmed", false);
        assertThat((String) care.get("confidenceLabel")).startsWith("Niet bevestigd");
        assertThat(care).containsEntry("verifiedOn", null);
    }

    @Test
    void aProvinceAloneGivesARouteAndTextsFollowTheRequestedLanguage() throws Exception {
        Answer english = get("routes?province=PV27&acute=true", "Accept-Language", "en-GB,en;q=0.8");
        Answer byParameter = get("routes?province=PV27&acute=true&lang=en", "Accept-Language", "nl");
        Answer dutch = get("routes?province=pv27&acute=true", "Accept-Language", "de-DE");

        assertThat(english.status()).isEqualTo(200);
        assertThat(english.object()).containsEntry("municipality", null).containsEntry("language", "en");
        assertThat(english.steps().get(0).get("reason")).isEqualTo("You said there is acute danger. Call 112 first.");
        assertThat(byParameter.steps().get(0).get("reason")).isEqualTo("You said there is acute danger. Call 112 first.");
        assertThat(dutch.object()).containsEntry("language", "nl");
        assertThat(dutch.stepNames()).contains("CoMensha");
    }

    @Test
    void anUnknownMunicipalityIs404NamingTheCode() throws Exception {
        Answer answer = get("routes?municipality=GM9999&form=LABOUR");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.object()).containsEntry("status", 404L).containsEntry("error", "unknown-municipality")
                .containsEntry("message", "Gemeente GM9999 bestaat niet.");
    }

    @Test
    void anUnknownProvinceIs404() throws Exception {
        Answer answer = get("routes?province=PV99", "Accept-Language", "en");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.object()).containsEntry("message", "Province PV99 does not exist.");
    }

    @Test
    void anInvalidFormIs400NamingTheParameterAndTheAllowedValues() throws Exception {
        Answer answer = get("routes?municipality=GM0363&form=SLAVERY");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.object()).containsEntry("error", "invalid-parameter").containsEntry("parameter", "form")
                .containsEntry("allowed", List.of("SEXUAL", "LABOUR", "CRIMINAL", "ORGAN_REMOVAL"))
                .containsEntry("message", "Parameter form heeft een ongeldige waarde: SLAVERY. "
                        + "Toegestaan: SEXUAL, LABOUR, CRIMINAL, ORGAN_REMOVAL.");
    }

    @Test
    void otherInvalidValuesAre400Too() throws Exception {
        assertThat(get("routes?municipality=GM0363&minor=maybe").object())
                .containsEntry("parameter", "minor").containsEntry("allowed", List.of("true", "false"));
        assertThat(get("routes?municipality=GM0363&reporter=NEIGHBOUR").object())
                .containsEntry("parameter", "reporter").containsEntry("allowed", List.of("PROFESSIONAL", "CITIZEN"));
        assertThat(get("routes?municipality=GM0363&sector=MINING").object()).containsEntry("parameter", "sector");
        assertThat(get("routes?municipality=Amsterdam").object()).containsEntry("status", 400L).containsEntry("parameter", "municipality");
        Answer nothing = get("routes", "Accept-Language", "en");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat((String) nothing.object().get("message")).contains("municipality", "province");
    }

    @Test
    void municipalitiesAutocompleteByNameCodeAndEverydayName() throws Exception {
        Answer frisian = get("municipalities?q=sudwest");
        Answer byCode = get("municipalities?q=GM0363");
        Answer many = get("municipalities?q=er&max=5");

        assertThat(frisian.list()).extracting(m -> m.get("name")).contains("Súdwest-Fryslân");
        assertThat(byCode.list().get(0)).containsEntry("code", "GM0363").containsEntry("name", "Amsterdam");
        assertThat(many.list()).hasSize(5);
        assertThat(get("municipalities?q=den%20haag").list()).extracting(m -> m.get("code")).contains("GM0518");
        assertThat(get("municipalities?q=a&max=500").object()).containsEntry("parameter", "max");
        assertThat(get("municipalities").object()).containsEntry("status", 400L).containsEntry("parameter", "q");
    }

    @Test
    void reportingPointsFilterByProvinceAndForm() throws Exception {
        Answer labour = get("reporting-points?province=PV27&form=LABOUR");
        Answer sexualInZeeland = get("reporting-points?province=PV29&form=SEXUAL");

        assertThat(labour.status()).isEqualTo(200);
        assertThat(labour.list()).extracting(p -> p.get("name")).contains("Nederlandse Arbeidsinspectie", "112");
        assertThat(labour.list()).allSatisfy(p -> assertThat(p.get("forms").toString()).contains("LABOUR"));
        assertThat(sexualInZeeland.list()).extracting(p -> p.get("name")).doesNotContain("Nederlandse Arbeidsinspectie");
        assertThat(get("reporting-points?province=PV99").status()).isEqualTo(404);
        assertThat(get("reporting-points?form=ALL").object()).containsEntry("parameter", "form");
    }

    @Test
    void theRouteCardIsAPdfDownload() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(Browser.BASE_URL + "api/v1/routes/card.pdf?municipality=GM1900&form=LABOUR&acute=true")).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"meldroute-GM1900.pdf\"");
        assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(get("routes/card.pdf?municipality=GM9999").status()).isEqualTo(404);
    }

    @Test
    void theApiIsDocumentedInOpenApi() throws Exception {
        URI openapi = URI.create(Browser.BASE_URL).resolve("/openapi");
        String document = HTTP.send(HttpRequest.newBuilder(openapi).build(), HttpResponse.BodyHandlers.ofString()).body();

        assertThat(document).contains("/api/v1/routes:", "/api/v1/routes/card.pdf:", "/api/v1/municipalities:",
                "/api/v1/reporting-points:", "ORGAN_REMOVAL");
    }
}
