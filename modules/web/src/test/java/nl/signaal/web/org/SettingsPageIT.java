package nl.signaal.web.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import nl.signaal.web.browser.Browser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

/**
 * /org/settings.xhtml as a browser uses it: the org admin saves a reminder policy and sees it
 * again after reloading; it changes their own organisation only; a learner is refused.
 */
class SettingsPageIT {

    private static final String PAGE = "org/settings.xhtml";
    private static final String POLICY = "settings-form:policy_input";

    private static Document open(SignedInClient client) {
        HttpResponse<String> page = client.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body(), page.uri().toString());
    }

    private static String selectedPolicy(Document page) {
        Element menu = page.getElementById(POLICY);
        assertThat(menu).as("the policy menu").isNotNull();
        Element selected = menu.select("option[selected]").first();
        assertThat(selected).as("a policy is selected").isNotNull();
        return selected.attr("value");
    }

    /** Posts the settings form as the browser would, with one field changed; returns the page shown afterwards. */
    private static Document save(SignedInClient client, Document page, String policy) {
        FormElement form = (FormElement) page.getElementById("settings-form");
        String body = form.formData().stream()
                .map(kv -> kv.key().equals(POLICY) ? org.jsoup.helper.HttpConnection.KeyVal.create(POLICY, policy) : kv)
                .map(kv -> enc(kv.key()) + "=" + enc(kv.value()))
                .collect(Collectors.joining("&")) + "&" + enc("settings-form:save") + "=";
        String action = form.absUrl("action").replace(Browser.BASE_URL, "");
        HttpResponse<String> after = client.send("POST", action, "application/x-www-form-urlencoded", body);
        assertThat(after.statusCode()).isEqualTo(200);
        return Jsoup.parse(after.body(), after.uri().toString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theOrgAdminSavesTheReminderPolicyAndOnlyTheirOwnOrganisationChanges() {
        SignedInClient horeca = SignedInClient.signIn("beheer.horeca");
        SignedInClient zorg = SignedInClient.signIn("beheer.zorg");
        Document page = open(horeca);
        assertThat(page.getElementById("page-title").text()).isEqualTo("Instellingen van je organisatie");
        assertThat(page.select("[data-nav=nav-org-settings]")).hasSize(1);
        // every input of the form is labelled (PrimeFaces labels the menu's focusable combobox, policy_label)
        for (String input : new String[]{"name", "municipality", "sectors", "validity", "policy_label", "days"}) {
            assertThat(page.select("label[for=\"settings-form:" + input + "\"]")).as("label of %s", input).hasSize(1);
        }
        assertThat(page.select("label[for=logo-form:logo]")).hasSize(1);
        String original = selectedPolicy(page);
        String zorgBefore = selectedPolicy(open(zorg));
        String other = original.equals("DUE_SOON_OVERDUE_AND_EXPIRING") ? "DUE_SOON" : "DUE_SOON_OVERDUE_AND_EXPIRING";
        try {
            Document saved = save(horeca, page, other);
            assertThat(saved.text()).contains("De instellingen zijn opgeslagen.");

            assertThat(selectedPolicy(open(horeca))).as("after reloading").isEqualTo(other);
            assertThat(selectedPolicy(open(zorg))).as("demo-zorg untouched").isEqualTo(zorgBefore);
        } finally {
            save(horeca, open(horeca), original);
        }
        assertThat(selectedPolicy(open(horeca))).isEqualTo(original);
    }

    @Test
    void aLearnerIsRefusedTheSettingsPage() {
        assertThat(SignedInClient.signIn("leerling.horeca").get(PAGE).statusCode()).isEqualTo(403);
    }
}
