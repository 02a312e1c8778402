package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/certificates/{code}/revocation} over HTTP with real sign-ins: demo-zorg's
 * admin revokes a demo-zorg certificate and the public verification page then says "ingetrokken"
 * with the reason; demo-horeca's admin gets the same 404 as for an unknown code and nothing
 * changes; a learner gets 403; a missing reason gets 400 naming {@code reason}.
 *
 * <p>The run stack keeps data between runs, so each test takes a certificate of demo-zorg that is
 * still valid (the admin's list, status VALID) and, when there is none, first has leerling.zorg
 * pass the healthcare course, which issues one.
 */
class CertificateRevocationApiIT {

    private static final String NOT_FOUND = "Geen certificaat gevonden met deze code.";
    private static final String REVOKED = "Dit certificaat is ingetrokken.";
    private static final String VALID = "Dit certificaat is geldig.";

    @Test
    void anAdminOfItsOrganisationRevokesWithAReasonAndVerificationShowsIt() throws Exception {
        HttpClient zorgAdmin = SignedInHttp.signIn("beheer.zorg");
        String code = validZorgCertificate(zorgAdmin);
        String reason = "Fraude bij de toets " + UUID.randomUUID();

        HttpResponse<String> answer = revoke(zorgAdmin, code, "{\"reason\": \"  " + reason + " \"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"status\":\"REVOKED\"", "\"revocationReason\":\"" + reason + "\"");
        Document verify = verificationPage(code);
        assertThat(verify.getElementById("verify-status").text()).isEqualTo(REVOKED);
        assertThat(verify.getElementById("verify-reason").text()).isEqualTo(reason);

        HttpResponse<String> again = revoke(zorgAdmin, code, "{\"reason\": \"nogmaals\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("\"already-revoked\"");
        assertThat(verificationPage(code).getElementById("verify-reason").text()).as("the first reason stays").isEqualTo(reason);
    }

    @Test
    void anAdminOfAnotherOrganisationGetsTheSameNotFoundAsForAnUnknownCodeAndNothingChanges() throws Exception {
        String code = validZorgCertificate(SignedInHttp.signIn("beheer.zorg"));
        HttpClient horecaAdmin = SignedInHttp.signIn("beheer.horeca");

        HttpResponse<String> foreign = revoke(horecaAdmin, code, "{\"reason\": \"fraude\"}");
        HttpResponse<String> unknown = revoke(horecaAdmin, "7K3M-Q9TX-4D2H-ABCD-EFGH-JKMN-PQRS", "{\"reason\": \"fraude\"}");

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).as("no way to tell a foreign code from an unknown one").isEqualTo(unknown.body());
        Document verify = verificationPage(code);
        assertThat(verify.getElementById("verify-status").text()).isEqualTo(VALID);
        assertThat(verify.getElementById("verify-reason")).isNull();
    }

    @Test
    void aLearnerMayNotRevoke() throws Exception {
        String code = validZorgCertificate(SignedInHttp.signIn("beheer.zorg"));

        HttpResponse<String> answer = revoke(SignedInHttp.signIn("leerling.zorg"), code, "{\"reason\": \"fraude\"}");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("\"forbidden\"");
        assertThat(verificationPage(code).getElementById("verify-status").text()).isEqualTo(VALID);
    }

    @Test
    void aRevocationWithoutAReasonIsRefusedNamingTheField() throws Exception {
        HttpClient zorgAdmin = SignedInHttp.signIn("beheer.zorg");
        String code = validZorgCertificate(zorgAdmin);

        HttpResponse<String> missing = revoke(zorgAdmin, code, "{}");
        HttpResponse<String> blank = revoke(zorgAdmin, code, "{\"reason\": \"   \"}");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"parameter\":\"reason\"", "Vul een reden in.");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("\"parameter\":\"reason\"");
        assertThat(verificationPage(code).getElementById("verify-status").text()).isEqualTo(VALID);
    }

    private static HttpResponse<String> revoke(HttpClient http, String code, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "api/v1/certificates/" + code + "/revocation"))
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .header("Accept-Language", "nl")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The public verification page of a code, as anybody without a login sees it. */
    private static Document verificationPage(String code) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "verify/" + code)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Document document = Jsoup.parse(page.body(), page.uri().toString());
        assertThat(document.getElementById("verify-status").text()).isNotEqualTo(NOT_FOUND);
        return document;
    }

    /** The readable code of a valid demo-zorg certificate; passes the healthcare course first when there is none. */
    private static String validZorgCertificate(HttpClient zorgAdmin) throws Exception {
        Optional<String> code = firstValid(zorgAdmin);
        if (code.isEmpty()) {
            try (Browser browser = new Browser()) {
                browser.signIn("leerling.zorg");
                LearnerPages.passTheHealthcareCourse(browser);
            }
            code = firstValid(zorgAdmin);
        }
        assertThat(code).as("demo-zorg has a valid certificate").isPresent();
        return code.get();
    }

    private static Optional<String> firstValid(HttpClient zorgAdmin) throws Exception {
        HttpResponse<String> list = zorgAdmin.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "org/certificates.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(list.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(list.body(), list.uri().toString());
        for (Element row : page.select("#certificates-form\\:certificates tbody tr")) {
            Element link = row.selectFirst("a.certificate-download");
            if (link == null || row.selectFirst(".certificate-validity.status-VALID") == null) {
                continue;
            }
            HttpResponse<Void> download = zorgAdmin.send(HttpRequest.newBuilder(URI.create(link.absUrl("href"))).build(),
                    HttpResponse.BodyHandlers.discarding());
            String disposition = download.headers().firstValue("Content-Disposition").orElse("");
            if (download.statusCode() == 200 && disposition.contains("certificaat-")) {
                return Optional.of(disposition.replaceAll(".*certificaat-([0-9A-Z-]+)\\.pdf.*", "$1"));
            }
        }
        return Optional.empty();
    }
}
