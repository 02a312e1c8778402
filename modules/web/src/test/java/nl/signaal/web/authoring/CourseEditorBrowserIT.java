package nl.signaal.web.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaal.web.browser.Browser;
import nl.signaal.web.browser.SignedInHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A trainer authors a course through the pages: creates it, adds and orders lessons with the
 * keyboard buttons and by dragging a row with the mouse, writes a text block, previews it as a learner (with the reporting route
 * for their organisation's region), is told what still stops publication, and brings in
 * campaign material from the catalogue ("use in a course"). A learner cannot open the editor.
 *
 * <p>Every test creates its own course with a unique code (courses are never deleted; codes
 * are never reused), so earlier runs on a kept database do not interfere.
 */
class CourseEditorBrowserIT {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** /trainer/courses/edit.xhtml */
    static final class EditorPage {
        private final Browser browser;

        EditorPage(Browser browser) {
            this.browser = browser;
            browser.waitFor(d -> !d.findElements(By.id("editor:workspace")).isEmpty());
        }

        /** Creates a course from the list page and lands in its editor. */
        static EditorPage create(Browser browser, String code, String title) {
            browser.open("trainer/courses/index.xhtml");
            browser.driver().findElement(By.id("new-course:code")).sendKeys(code);
            browser.driver().findElement(By.id("new-course:name")).sendKeys(title);
            browser.driver().findElement(By.id("new-course:create")).click();
            return new EditorPage(browser);
        }

        /** Clicks an ajax button and waits until the form was re-rendered. */
        EditorPage click(By button) {
            var old = browser.driver().findElement(By.id("editor"));
            browser.driver().findElement(button).click();
            browser.waitUntilReplaced(old);
            return this;
        }

        List<String> lessonTitles() {
            return browser.texts(By.cssSelector("[id='editor:lessons'] .lesson-title"));
        }

        List<String> problemCodes() {
            return browser.driver().findElements(By.cssSelector("#problems li.problem")).stream()
                    .map(li -> li.getAttribute("data-code")).toList();
        }

        List<String> blockKinds() {
            return browser.driver().findElements(By.cssSelector("[id='editor:blocks'] span.block-kind")).stream()
                    .map(span -> span.getAttribute("data-kind")).toList();
        }

        String messages() {
            return String.join(" ", browser.texts(By.cssSelector("[id='editor:messages'] li")));
        }

        void setLessonTitle(String title) {
            var field = browser.driver().findElement(By.id("editor:lessonTitleNl"));
            field.clear();
            field.sendKeys(title);
        }
    }

    private static String code() {
        return "browser-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aTrainerBuildsLessonsWithTheKeyboardPreviewsThemAndIsToldWhatStopsPublication() {
        browser.signIn("trainer.zorg");
        EditorPage editor = EditorPage.create(browser, code(), "Browsertest signalen in de zorg");

        assertThat(editor.problemCodes()).contains("NO_LESSONS", "NO_QUIZ");

        editor.click(By.id("editor:add-lesson"));
        assertThat(editor.blockKinds()).as("a new lesson ends with its reporting route").containsExactly("REPORTING_ROUTE");
        editor.setLessonTitle("Wie betaalt de behandeling?");
        editor.click(By.cssSelector("button.add-block-RICH_TEXT"));
        assertThat(editor.blockKinds()).containsExactly("RICH_TEXT", "REPORTING_ROUTE");
        browser.driver().findElement(By.cssSelector("textarea.block-text-nl"))
                .sendKeys("<p>Een patiënt komt met een ‘werkgever’ die het woord doet.</p><script>alert(1)</script>");
        // the keyboard alternative to dragging a block: "Omlaag" on the text block, then back
        editor.click(By.cssSelector("[id='editor:blocks'] button.block-down"));
        assertThat(editor.blockKinds()).containsExactly("REPORTING_ROUTE", "RICH_TEXT");
        editor.click(By.cssSelector("[id='editor:blocks'] button.block-down"));
        assertThat(editor.blockKinds()).containsExactly("RICH_TEXT", "REPORTING_ROUTE");
        assertThat(browser.driver().findElement(By.cssSelector("textarea.block-text-nl")).getAttribute("value"))
                .as("the text travelled with its block").contains("werkgever");
        editor.click(By.id("editor:add-lesson"));
        editor.setLessonTitle("Doorvragen");
        editor.click(By.id("editor:save"));
        assertThat(editor.messages()).isEqualTo("Concept opgeslagen.");
        assertThat(editor.lessonTitles()).containsExactly("Wie betaalt de behandeling?", "Doorvragen");

        // the keyboard alternative to dragging: "Omhoog" on the second lesson
        browser.driver().findElements(By.cssSelector("button.lesson-up")).get(1).sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor(d -> editor.lessonTitles().get(0).equals("Doorvragen"));
        editor.click(By.id("editor:save"));
        assertThat(editor.lessonTitles()).containsExactly("Doorvragen", "Wie betaalt de behandeling?");

        editor.click(By.id("editor:show-preview"));
        browser.waitFor(d -> !d.findElements(By.id("editor:preview")).isEmpty());
        assertThat(browser.texts(By.cssSelector(".preview-lesson h2")))
                .containsExactly("Les 1: Doorvragen", "Les 2: Wie betaalt de behandeling?");
        assertThat(browser.text(By.cssSelector(".preview-lesson .block-rich-text")))
                .isEqualTo("Een patiënt komt met een ‘werkgever’ die het woord doet.");
        assertThat(browser.driver().findElements(By.cssSelector(".preview-lesson .block-route")))
                .as("each lesson shows the route for the trainer's region").hasSize(2);
        assertThat(browser.driver().findElement(By.cssSelector(".preview-lesson .block-route")).getText()).contains("112");

        editor.click(By.id("editor:back-to-edit"));
        editor.click(By.id("editor:publish"));
        assertThat(editor.messages()).startsWith("Niet gepubliceerd");
        assertThat(editor.problemCodes()).containsExactly("NO_QUIZ");
        assertThat(browser.text(By.id("problems"))).contains("De cursus heeft nog geen quiz.");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aTrainerDragsALessonToTheTopWithTheMouseAndTheOrderIsSaved() {
        browser.signIn("trainer.zorg");
        EditorPage editor = EditorPage.create(browser, code(), "Browsertest slepen");
        for (String title : List.of("Eerste les", "Tweede les", "Derde les")) {
            editor.click(By.id("editor:add-lesson"));
            editor.setLessonTitle(title);
        }
        editor.click(By.id("editor:save"));
        assertThat(editor.lessonTitles()).containsExactly("Eerste les", "Tweede les", "Derde les");

        // drag the third lesson's row by its title above the first row, in small steps as a hand would
        var rows = browser.driver().findElements(By.cssSelector("[id='editor:lessons'] tbody tr"));
        var third = rows.get(2).findElement(By.cssSelector(".lesson-title"));
        var first = rows.get(0);
        var form = browser.driver().findElement(By.id("editor"));
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .clickAndHold(third)
                .moveByOffset(0, -5).moveByOffset(0, -10)
                .moveToElement(first).moveByOffset(0, -first.getSize().getHeight() / 2 + 2)
                .pause(java.time.Duration.ofMillis(200))
                .release()
                .perform();
        browser.waitUntilReplaced(form);
        assertThat(editor.lessonTitles()).as("the list after the drop").containsExactly("Derde les", "Eerste les", "Tweede les");

        editor.click(By.id("editor:save"));
        browser.driver().get(browser.driver().getCurrentUrl());
        EditorPage reopened = new EditorPage(browser);
        assertThat(reopened.lessonTitles()).as("the order as saved").containsExactly("Derde les", "Eerste les", "Tweede les");
        browser.assertNoJavaScriptErrors();
    }

    @Test
    void aDuplicateOrMalformedCourseCodeIsRefusedAtTheField() {
        browser.signIn("trainer.zorg").open("trainer/courses/index.xhtml");
        browser.driver().findElement(By.id("new-course:code")).sendKeys("Zorg Basis!");
        browser.driver().findElement(By.id("new-course:name")).sendKeys("Titel");
        submit(By.id("new-course:create"));

        assertThat(browser.text(By.id("new-course:code-error"))).contains("kleine letters, cijfers en streepjes");

        String taken = browser.driver().findElement(By.cssSelector("#courses tbody tr")).getAttribute("data-course");
        var code = browser.driver().findElement(By.id("new-course:code"));
        code.clear();
        code.sendKeys(taken);
        submit(By.id("new-course:create"));

        assertThat(browser.text(By.id("new-course:code-error"))).isEqualTo("Er bestaat al een cursus met code " + taken + ".");
    }

    @Test
    void campaignMaterialIsUsedInACourseFromTheCatalogueAndFromTheEditorsSearch() throws Exception {
        String word = "cursusmateriaal" + letters(8);
        HttpClient admin = SignedInHttp.signIn("platformbeheer");
        long campaignId = createCampaign(admin, "Browsertest " + word);
        try {
            browser.signIn("trainer.zorg");
            EditorPage editor = EditorPage.create(browser, code(), "Browsertest materiaal " + word);
            editor.click(By.id("editor:add-lesson"));
            editor.setLessonTitle("Materiaal");
            editor.click(By.id("editor:save"));
            String editorUrl = browser.driver().getCurrentUrl();

            // the catalogue's detail page: add a link material, then "use in a course"
            browser.open("trainer/catalogue/campaign.xhtml?id=" + campaignId);
            browser.waitFor(d -> !d.findElements(By.id("link-form:url")).isEmpty());
            browser.driver().findElement(By.id("link-form:title")).sendKeys("Affiche " + word);
            browser.driver().findElement(By.id("link-form:url")).sendKeys("https://example.org/affiche");
            browser.driver().findElement(By.id("link-form:add-link")).click();
            browser.waitFor(d -> !d.findElements(By.cssSelector("a.use-in-course")).isEmpty());
            browser.driver().findElement(By.cssSelector("a.use-in-course")).click();
            browser.waitFor(d -> !d.findElements(By.id("use-material:course")).isEmpty());
            assertThat(browser.text(By.id("material-lead"))).contains("Affiche " + word);

            Select course = new Select(browser.driver().findElement(By.id("use-material:course")));
            course.selectByVisibleText(course.getOptions().stream().map(o -> o.getText())
                    .filter(t -> t.startsWith("Browsertest materiaal " + word)).findFirst().orElseThrow());
            browser.waitFor(d -> d.findElement(By.id("use-material:lesson")).isEnabled());
            new Select(browser.driver().findElement(By.id("use-material:lesson"))).selectByVisibleText("Materiaal");
            browser.driver().findElement(By.id("use-material:add")).click();
            EditorPage back = new EditorPage(browser);

            assertThat(back.messages()).isEqualTo("„Affiche " + word + "” is toegevoegd aan les 1 van het concept.");
            assertThat(back.blockKinds()).containsExactly("MATERIAL", "REPORTING_ROUTE");
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(editorUrl);

            // the editor's own search finds the same material and adds it before the route
            browser.driver().findElement(By.id("editor:materialQuery")).sendKeys(word);
            back.click(By.id("editor:search-material"));
            assertThat(browser.texts(By.cssSelector(".material-result-title"))).containsExactly("Affiche " + word);
            back.click(By.cssSelector("button.add-material"));
            assertThat(back.blockKinds()).containsExactly("MATERIAL", "MATERIAL", "REPORTING_ROUTE");

            // as a learner sees it: the licence and a link that opens the material itself
            back.click(By.id("editor:show-preview"));
            browser.waitFor(d -> !d.findElements(By.id("editor:preview")).isEmpty());
            assertThat(browser.driver().findElements(By.cssSelector(".preview-lesson a.material-open")))
                    .extracting(a -> a.getAttribute("href")).containsExactly("https://example.org/affiche", "https://example.org/affiche");
            browser.assertNoJavaScriptErrors();
        } finally {
            HttpResponse<String> deleted = send(admin, "DELETE", "api/v1/campaigns/" + campaignId, null);
            assertThat(deleted.statusCode()).isEqualTo(204);
        }
    }

    /** Clicks a button that posts the whole page and waits for the new page. */
    private void submit(By button) {
        var old = browser.driver().findElement(button);
        old.click();
        browser.waitUntilReplaced(old);
        browser.waitFor(d -> !d.findElements(button).isEmpty());
    }

    @Test
    void aLearnerCannotOpenTheCourseEditor() {
        browser.signIn("leerling.zorg").open("trainer/courses/index.xhtml");

        assertThat(browser.text(By.id("error-title"))).isEqualTo("Geen toegang");
        assertThat(browser.driver().findElements(By.id("new-course"))).isEmpty();
    }

    @Test
    void aTrainerWritesSignalsAndABranchingScenarioAndPublishesTheCourse() {
        browser.signIn("trainer.zorg");
        String code = code();
        EditorPage editor = EditorPage.create(browser, code, "Browsertest scenario " + code);
        editor.click(By.id("editor:add-lesson"));
        editor.setLessonTitle("Signalen");
        editor.click(By.cssSelector("button.add-block-SIGNALS"));
        editor.click(By.cssSelector("button.add-signal"));
        browser.driver().findElement(By.cssSelector("input.signal-text-nl")).sendKeys("Iemand anders voert het woord");
        browser.driver().findElement(By.cssSelector("input.signal-reference")).sendKeys("S32");
        browser.driver().findElement(By.cssSelector("input.signal-source-title")).sendKeys("Stille signalen in de spreekkamer");
        editor.click(By.id("editor:save"));
        assertThat(editor.messages()).isEqualTo("Concept opgeslagen.");
        assertThat(editor.problemCodes()).containsExactly("NO_QUIZ");

        browser.driver().findElement(By.id("editor:edit-scenario")).click();
        ScenarioPage scenario = new ScenarioPage(browser);
        scenario.type("scenario-form:titleNl", "Op de spoedeisende hulp");
        scenario.typeIn(".scenario-node[data-node='n1'] textarea.situation-nl", "Een vrouw komt binnen met een man die alles zegt.");
        scenario.click(By.cssSelector("button.add-choice"));
        scenario.click(By.cssSelector("button.add-choice"));
        scenario.click(By.id("scenario-form:add-node"));
        scenario.click(By.id("scenario-form:add-ending"));
        scenario.click(By.id("scenario-form:add-ending"));
        scenario.typeIn(".scenario-node[data-node='n2'] textarea.situation-nl", "Je spreekt haar even alleen.");
        scenario.click(By.cssSelector(".scenario-node[data-node='n2'] button.add-choice"));
        scenario.choice("n1-k1", "Vragen of ze even alleen kan komen", "node:n2", "Iemand anders voert het woord", true);
        scenario.choice("n1-k2", "De man laten praten", "ending:e1", "Iemand anders voert het woord", false);
        scenario.choice("n2-k1", "Overleggen volgens de meldcode", "ending:e2", null, false);
        scenario.ending("e1", "Ze gaat weer mee", "Niemand vroeg door.", "Bespreek signalen met Veilig Thuis.");
        scenario.ending("e2", "Er komt hulp", "Ze kreeg een plek in de opvang.", "Veilig Thuis, volgens de meldcode.");
        scenario.click(By.id("scenario-form:save"));

        assertThat(scenario.messages()).isEqualTo("Concept opgeslagen.");
        assertThat(browser.texts(By.cssSelector("#outline > li.outline-node")).size()).isEqualTo(2);
        assertThat(browser.driver().findElements(By.cssSelector("#outline li.unreachable"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#scenario-problems li"))).isEmpty();

        browser.driver().findElement(By.id("back-to-course")).click();
        EditorPage back = new EditorPage(browser);
        back.click(By.id("editor:publish"));
        assertThat(back.messages()).isEqualTo("Gepubliceerd als versie 1.");
        browser.assertNoJavaScriptErrors();

        browser.open("trainer/courses/index.xhtml");
        assertThat(browser.driver().findElement(By.cssSelector("#courses tr[data-course='" + code + "']")).getText())
                .contains("v1");

        // an organisation assigns it; a second version makes its admin choose whether it must be retaken
        String title = "Browsertest scenario " + code;
        try (Browser admin = new Browser()) {
            admin.signIn("beheer.zorg").open("org/assignments.xhtml");
            Select course = new Select(admin.driver().findElement(By.id("assign-form:course")));
            course.selectByVisibleText(course.getOptions().stream().map(o -> o.getText()).filter(t -> t.startsWith(title))
                    .findFirst().orElseThrow());
            admin.driver().findElement(By.id("assign-form:due")).sendKeys(java.time.LocalDate.now().plusMonths(1).toString());
            admin.driver().findElement(By.id("assign-form:assign")).click();
            admin.waitFor(d -> !d.findElements(By.xpath("//span[@class='assignment-course' and text()='" + title + "']")).isEmpty());

            browser.open("trainer/courses/edit.xhtml?id=" + courseIdOf(code));
            browser.waitFor(d -> !d.findElements(By.id("editor:open-draft")).isEmpty());
            browser.driver().findElement(By.id("editor:open-draft")).click();
            EditorPage second = new EditorPage(browser);
            second.click(By.id("editor:publish"));
            assertThat(second.messages()).isEqualTo("Gepubliceerd als versie 2.");

            admin.open("org/assignments.xhtml");
            By notice = By.xpath("//div[@class='new-version' and contains(., '" + title + "')]");
            admin.waitFor(d -> !d.findElements(notice).isEmpty());
            assertThat(admin.driver().findElement(notice).getText()).contains("versie 2 gepubliceerd");
            admin.driver().findElement(notice).findElement(By.cssSelector("button.version-retake")).click();
            admin.waitFor(d -> d.findElements(notice).isEmpty());
            assertThat(admin.text(By.id("messages"))).contains("moet de cursus opnieuw doen");

            admin.driver().findElement(By.xpath("//tr[.//span[@class='assignment-course' and text()='" + title
                    + "']]//button[contains(@class,'assignment-remove')]")).click();
            admin.waitFor(d -> d.findElement(By.id("list-form:confirm-yes")).isDisplayed());
            admin.driver().findElement(By.id("list-form:confirm-yes")).click();
            admin.waitFor(d -> d.findElements(By.xpath("//span[@class='assignment-course' and text()='" + title + "']")).isEmpty());
        }
    }

    private long courseIdOf(String code) {
        browser.open("trainer/courses/index.xhtml");
        String href = browser.driver().findElement(By.cssSelector("#courses tr[data-course='" + code + "'] a.edit-course"))
                .getAttribute("href");
        return Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    /** /trainer/courses/scenario.xhtml */
    static final class ScenarioPage {
        private final Browser browser;

        ScenarioPage(Browser browser) {
            this.browser = browser;
            browser.waitFor(d -> !d.findElements(By.id("scenario-form:save")).isEmpty());
        }

        void type(String id, String text) {
            var field = browser.driver().findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
        }

        void typeIn(String css, String text) {
            var field = browser.driver().findElement(By.cssSelector(css));
            field.clear();
            field.sendKeys(text);
        }

        void click(By button) {
            var old = browser.driver().findElement(By.id("scenario-form"));
            browser.driver().findElement(button).click();
            browser.waitUntilReplaced(old);
        }

        void choice(String id, String label, String target, String signal, boolean recognised) {
            String scope = ".scenario-choice[data-choice='" + id + "'] ";
            typeIn(scope + "input.choice-label", label);
            new Select(browser.driver().findElement(By.cssSelector(scope + "select.choice-target"))).selectByValue(target);
            if (signal != null) {
                String box = recognised ? "recognised" : "missed";
                browser.driver().findElement(By.xpath("//fieldset[@data-choice='" + id + "']//table[contains(@id,'" + box
                        + "')]//label[normalize-space()='" + signal + "']")).click();
            }
        }

        void ending(String id, String outcome, String what, String advice) {
            String scope = ".scenario-ending[data-ending='" + id + "'] ";
            typeIn(scope + "input.ending-outcome", outcome);
            typeIn(scope + "textarea.ending-what", what);
            typeIn(scope + "textarea.ending-advice", advice);
        }

        String messages() {
            return String.join(" ", browser.texts(By.cssSelector("[id='scenario-form:messages'] li")));
        }
    }

    private static long createCampaign(HttpClient admin, String title) throws IOException, InterruptedException {
        HttpResponse<String> created = send(admin, "POST", "api/v1/campaigns", "{\"title\":\"" + title + "\","
                + "\"goal\":\"Testcampagne van CourseEditorBrowserIT; wordt na de test verwijderd.\","
                + "\"sourceUrl\":\"https://example.org/browsertest\",\"status\":\"PUBLISHED\",\"demo\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).as(created.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static HttpResponse<String> send(HttpClient http, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
