package nl.signaal.web.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every page of the staff slice renders for its role with its title and menu entry, and is
 * refused (403) to the other admin role.
 */
class OrgPagesIT {

    @ParameterizedTest(name = "{0} opens {1}")
    @CsvSource(delimiter = '|', textBlock = """
            beheer.horeca  | org/members.xhtml                 | Medewerkers             | nav-org-members
            beheer.horeca  | org/departments.xhtml             | Afdelingen              | nav-org-departments
            beheer.horeca  | org/import.xhtml                  | Medewerkers importeren  | nav-org-import
            beheer.horeca  | org/dashboard.xhtml               | Dashboard               | nav-org-dashboard
            beheer.zorg    | org/dashboard.xhtml               | Dashboard               | nav-org-dashboard
            platformbeheer | admin/organisations/index.xhtml   | Organisaties            | nav-admin-organisations
            """)
    void aPageRendersForItsRole(String user, String page, String title, String menuEntry) {
        HttpResponse<String> response = SignedInClient.signIn(user).get(page);

        assertThat(response.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(response.body());
        assertThat(html.getElementById("page-title").text()).isEqualTo(title);
        assertThat(html.select("[data-nav=" + menuEntry + "]")).hasSize(1);
        // a list (with its caption, or the text saying it is empty) or, on the import page, the labelled file input
        assertThat(html.select("table caption, .empty, label[for=import-form:file]")).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @CsvSource(delimiter = '|', textBlock = """
            beheer.horeca  | admin/organisations/index.xhtml
            platformbeheer | org/members.xhtml
            platformbeheer | org/import.xhtml
            platformbeheer | org/dashboard.xhtml
            """)
    void theOtherAdminRoleIsRefused(String user, String page) {
        assertThat(SignedInClient.signIn(user).get(page).statusCode()).isEqualTo(403);
    }
}
