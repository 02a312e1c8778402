package nl.signaal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.signaal.web.browser.Browser;
import nl.signaal.web.browser.SignedInHttp;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/courses} and {@code GET /api/v1/me/progress} over HTTP with a real sign-in.
 * The run stack holds test courses of other ITs too, so the seed courses are found by code and
 * nothing depends on how many courses there are.
 */
class LearningApiIT {

    private static HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).header("Accept", "application/json")
                .header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void publishedCoursesAreFilteredBySectorFormAndLanguageWithTheLearnersSectorFirst() throws Exception {
        HttpClient zorg = SignedInHttp.signIn("leerling.zorg");

        HttpResponse<String> all = get(zorg, "api/v1/courses");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("\"code\":\"zorg-signalen\"", "\"code\":\"horeca-hotelkamer\"", "\"code\":\"tuinbouw-seizoenswerk\"");
        assertThat(all.body().indexOf("\"code\":\"zorg-signalen\"")).isLessThan(all.body().indexOf("\"code\":\"horeca-hotelkamer\""));
        assertThat(all.body()).doesNotContain("\"status\":\"DRAFT\"");

        HttpResponse<String> healthcare = get(zorg, "api/v1/courses?sector=HEALTHCARE");
        assertThat(healthcare.body()).contains("\"code\":\"zorg-signalen\"", "\"ownSector\":true")
                .doesNotContain("horeca-hotelkamer", "tuinbouw-seizoenswerk", "\"ownSector\":false");

        HttpResponse<String> sexual = get(zorg, "api/v1/courses?form=SEXUAL");
        assertThat(sexual.body()).contains("horeca-hotelkamer").doesNotContain("tuinbouw-seizoenswerk");

        HttpResponse<String> english = get(zorg, "api/v1/courses?sector=HEALTHCARE&language=en&lang=en");
        assertThat(english.body()).contains("\"title\":\"Recognising human trafficking in healthcare\"", "\"language\":\"en\"");

        HttpClient horeca = SignedInHttp.signIn("leerling.horeca");
        HttpResponse<String> theirs = get(horeca, "api/v1/courses");
        assertThat(theirs.body().indexOf("\"code\":\"horeca-hotelkamer\"")).isLessThan(theirs.body().indexOf("\"code\":\"zorg-signalen\""));
    }

    @Test
    void aBadFilterIsExplainedAndAnonymousCallersGetNoCourses() throws Exception {
        HttpClient zorg = SignedInHttp.signIn("leerling.zorg");
        HttpResponse<String> badSector = get(zorg, "api/v1/courses?sector=KITCHEN");
        assertThat(badSector.statusCode()).isEqualTo(400);
        assertThat(badSector.body()).contains("\"parameter\":\"sector\"").contains("HEALTHCARE");
        HttpResponse<String> badLanguage = get(zorg, "api/v1/courses?language=de");
        assertThat(badLanguage.statusCode()).isEqualTo(400);
        assertThat(badLanguage.body()).contains("\"parameter\":\"language\"");

        HttpClient anonymous = HttpClient.newHttpClient();
        for (String path : new String[] {"api/v1/courses", "api/v1/me/progress"}) {
            HttpResponse<String> refused = get(anonymous, path);
            assertThat(refused.statusCode()).as(path).isNotEqualTo(200);
            assertThat(refused.body()).as(path).doesNotContain("zorg-signalen", "attemptId");
        }
    }

    @Test
    void progressIsTheCallersOwn() throws Exception {
        HttpResponse<String> zorg = get(SignedInHttp.signIn("leerling.zorg"), "api/v1/me/progress");
        HttpResponse<String> horeca = get(SignedInHttp.signIn("leerling.horeca"), "api/v1/me/progress");
        assertThat(zorg.statusCode()).isEqualTo(200);
        assertThat(horeca.statusCode()).isEqualTo(200);
        assertThat(zorg.body()).startsWith("{").contains("\"attempts\":[", "\"completions\":[");
        var ids = java.util.regex.Pattern.compile("\"attemptId\":(\\d+)").matcher(zorg.body()).results()
                .map(m -> m.group()).distinct().toList();
        for (String id : ids) {
            assertThat(horeca.body()).doesNotContain(id + ",");
        }
    }
}
