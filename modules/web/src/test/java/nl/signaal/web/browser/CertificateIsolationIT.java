package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An organisation admin of demo-horeca (beheer.horeca) gets nothing of a demo-zorg certificate
 * over the real endpoints: the download answers 403, their certificates page (where revoking
 * happens) neither lists it nor offers to revoke it, and their bulk ZIP leaves it out — while
 * demo-zorg's own admin can download it, so the refusals are about the organisation, not a
 * broken link.
 *
 * <p>Revoking is a JSF action on a row of the admin's own list ({@code select(row)} then
 * {@code revoke()}); there is no request parameter carrying a certificate id to tamper with,
 * so "not listed" is what stops it at the web layer, and the boundary refuses a foreign id
 * again ({@code Certificates.revoke}, covered by the certificates module's tests).
 */
class CertificateIsolationIT {

    @Test
    void anAdminOfAnotherOrganisationCannotDownloadSeeRevokeOrZipACertificate() throws Exception {
        HttpClient zorgAdmin = SignedInHttp.signIn("beheer.zorg");
        List<Row> zorg = rows(zorgAdmin);
        if (zorg.isEmpty()) {
            try (Browser browser = new Browser()) {
                browser.signIn("leerling.zorg");
                LearnerPages.passTheHealthcareCourse(browser);
            }
            zorg = rows(zorgAdmin);
        }
        assertThat(zorg).as("demo-zorg has a certificate").isNotEmpty();
        Row certificate = zorg.get(0);

        HttpResponse<byte[]> own = get(zorgAdmin, "me/certificate.pdf?id=" + certificate.id());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String disposition = own.headers().firstValue("Content-Disposition").orElse("");
        assertThat(disposition).contains("certificaat-");
        String readable = disposition.replaceAll(".*certificaat-([0-9A-Z-]+)\\.pdf.*", "$1");
        String code = readable.replace("-", "");
        assertThat(code).hasSize(28);

        HttpClient horecaAdmin = SignedInHttp.signIn("beheer.horeca");
        HttpResponse<byte[]> foreign = get(horecaAdmin, "me/certificate.pdf?id=" + certificate.id());
        assertThat(foreign.statusCode()).isIn(403, 404);
        assertThat(new String(foreign.body(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");

        Document horecaPage = page(horecaAdmin, "org/certificates.xhtml");
        assertThat(horecaPage.getElementById("page-title")).as("the horeca admin's certificates page").isNotNull();
        assertThat(rowsOf(horecaPage)).extracting(Row::id).doesNotContain(certificate.id());
        assertThat(horecaPage.html()).doesNotContain(readable).doesNotContain("id=" + certificate.id() + "\"");

        HttpResponse<byte[]> zip = get(horecaAdmin, "api/v1/org/certificates.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(entries(zip.body())).noneMatch(name -> name.contains(code));

        HttpResponse<byte[]> learnerZip = get(SignedInHttp.signIn("leerling.zorg"), "api/v1/org/certificates.zip");
        assertThat(learnerZip.statusCode()).as("a learner is no organisation admin").isIn(401, 403);
    }

    /** A row of /org/certificates.xhtml, by the id in its download link. */
    record Row(long id) {
    }

    private static List<Row> rows(HttpClient admin) throws Exception {
        return rowsOf(page(admin, "org/certificates.xhtml"));
    }

    private static List<Row> rowsOf(Document page) {
        List<Row> rows = new ArrayList<>();
        for (Element link : page.select("#certificates-form\\:certificates tbody tr a.certificate-download")) {
            String href = link.attr("href");
            long id = Long.parseLong(href.substring(href.indexOf("id=") + 3));
            rows.add(new Row(id));
        }
        return rows;
    }

    private static Document page(HttpClient http, String relative) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + relative)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(relative).isEqualTo(200);
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    private static HttpResponse<byte[]> get(HttpClient http, String relative) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + relative)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
