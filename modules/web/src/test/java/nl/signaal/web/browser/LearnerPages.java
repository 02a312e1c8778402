package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The learner's pages (sector home, course, player) as page objects, shared by the tests that
 * need a learner to take a course: {@link LearnerPlayerIT} checks the player itself,
 * {@link CertificateJourneyIT} needs a passed course to get a certificate.
 */
final class LearnerPages {

    static final String HEALTHCARE = "zorg-signalen";

    private LearnerPages() {
    }

    /**
     * Takes the healthcare seed course from lesson 1 the best way through (every item right),
     * so the attempt is passed and the course completed; returns the player on its result.
     */
    static PlayerPage passTheHealthcareCourse(Browser browser) {
        PlayerPage player = CoursesPage.open(browser).open(HEALTHCARE).start().fromTheFirstLesson();
        while ("LESSON".equals(player.stage())) {
            player.readLesson();
        }
        for (String node : new String[] {"triage", "begeleider", "alleen", "volgende-stap", "advies", "melden"}) {
            assertThat(player.node()).isEqualTo(node);
            player.choose("triage".equals(node) ? "b" : "a");
            player.afterFeedback();
        }
        assertThat(player.stage()).isEqualTo("ENDING");
        player.next("after-ending");
        player.check("Haar 'tante' blijft erbij", "Haar paspoort ligt 'bij de baas'", "Ze komt al drie maanden met pijn rond");
        player.submit();
        player.next("after-item");
        player.order(Map.of("Is er acuut gevaar", 1, "Leg feitelijk vast", 2, "Overleg met een collega", 3,
                "Meld volgens de route", 4));
        player.submit();
        player.next("after-item");
        player.check("Veilig Thuis geeft professionals advies", "CoMensha registreert slachtoffers");
        player.submit();
        player.next("after-item");
        player.next("finish");
        assertThat(player.stage()).isEqualTo("RESULT");
        assertThat(player.text(By.cssSelector(".verdict"))).isEqualTo("Gehaald");
        return player;
    }

    /** /learn/index.xhtml, the sector home. */
    static final class CoursesPage {
        private final Browser browser;

        CoursesPage(Browser browser) {
            this.browser = browser;
            browser.text(By.id("page-title"));
        }

        static CoursesPage open(Browser browser) {
            browser.open("learn/index.xhtml");
            return new CoursesPage(browser);
        }

        List<String> assignedCodes() {
            return codes("[id='courses:assigned']");
        }

        List<String> ownSectorCodes() {
            return codes("#own-sector");
        }

        List<String> otherCodes() {
            return codes("#other-courses");
        }

        private List<String> codes(String section) {
            return browser.driver().findElements(By.cssSelector(section + " li.course-card")).stream()
                    .map(e -> e.getAttribute("data-course")).toList();
        }

        WebElement card(String code) {
            return browser.driver().findElement(By.cssSelector("li.course-card[data-course='" + code + "']"));
        }

        WebElement progressBar(String code) {
            return card(code).findElement(By.cssSelector(".ui-progressbar"));
        }

        CoursePage open(String code) {
            card(code).findElement(By.cssSelector(".course-title a")).click();
            return new CoursePage(browser);
        }
    }

    /** /learn/course.xhtml?course=ID. */
    static final class CoursePage {
        private final Browser browser;

        CoursePage(Browser browser) {
            this.browser = browser;
            browser.waitFor(d -> d.getCurrentUrl().contains("learn/course.xhtml"));
        }

        String title() {
            return browser.text(By.id("page-title"));
        }

        String startLabel() {
            return browser.text(By.id("course-form:start"));
        }

        PlayerPage start() {
            browser.driver().findElement(By.id("course-form:start")).click();
            return new PlayerPage(browser);
        }
    }

    /** /learn/play.xhtml?attempt=ID; every button replaces the form, so each action waits for the old one to go. */
    static final class PlayerPage {
        private final Browser browser;

        PlayerPage(Browser browser) {
            this.browser = browser;
            browser.waitFor(d -> d.getCurrentUrl().contains("learn/play.xhtml"));
            browser.text(By.id("stage-heading"));
        }

        PlayerPage fromTheFirstLesson() {
            return fromTheFirstLesson("stille-signalen");
        }

        /** Brings an attempt a previous run left open to its end and takes the course again, so this one starts at lesson 1. */
        PlayerPage fromTheFirstLesson(String firstLesson) {
            if ("LESSON".equals(stage()) && "0".equals(attribute("#player\\:progress", "aria-valuenow"))
                    && firstLesson.equals(attribute("section.lesson", "data-lesson"))) {
                return this;
            }
            for (int i = 0; i < 80 && !"RESULT".equals(stage()); i++) {
                switch (stage()) {
                    case "LESSON" -> readLesson();
                    case "NODE" -> click(choiceButtons().get(0));
                    case "FEEDBACK" -> afterFeedback();
                    case "ENDING" -> next("after-ending");
                    case "ITEM" -> answerAnything();
                    case "ITEM_FEEDBACK" -> next("after-item");
                    case "READY" -> next("finish");
                    default -> throw new IllegalStateException("Unknown stage " + stage());
                }
            }
            WebElement retake = browser.driver().findElement(By.id("player:retake"));
            retake.click();
            browser.waitUntilReplaced(retake);
            PlayerPage fresh = new PlayerPage(browser);
            assertThat(fresh.attribute("section.lesson", "data-lesson")).isEqualTo(firstLesson);
            return fresh;
        }

        /** Some answer, right or wrong: the first option of a single choice, the first form for every signal. */
        void answerAnything() {
            browser.driver().findElements(By.cssSelector("section.item input[type='radio']")).stream().findFirst()
                    .ifPresent(WebElement::click);
            browser.driver().findElements(By.cssSelector("section.item .match select"))
                    .forEach(select -> new Select(select).selectByIndex(1));
            submit();
        }

        long attemptId() {
            return Long.parseLong(attribute("#player", "data-attempt"));
        }

        String stage() {
            return attribute("#player", "data-stage");
        }

        String node() {
            return attribute("section.scenario-node", "data-node");
        }

        String kind() {
            return attribute("section.item", "data-kind");
        }

        String heading() {
            return browser.text(By.id("stage-heading"));
        }

        String text(By by) {
            return browser.text(by);
        }

        String attribute(String css, String name) {
            return browser.driver().findElement(By.cssSelector(css)).getAttribute(name);
        }

        List<String> links(String css) {
            return browser.driver().findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("href")).toList();
        }

        /** The route cards on the stage: name, area and the rest of each card's text. */
        List<String> routeSteps() {
            return browser.texts(By.cssSelector(".route-card"));
        }

        List<WebElement> choiceButtons() {
            return browser.driver().findElements(By.cssSelector("section.scenario-node [data-choice]"));
        }

        void readLesson() {
            next("lesson-read");
        }

        void choose(String choiceId) {
            click(browser.driver().findElement(By.cssSelector("section.scenario-node [data-choice='" + choiceId + "']")));
        }

        void afterFeedback() {
            next("after-feedback");
        }

        void submit() {
            next("submit-item");
        }

        void next(String button) {
            click(browser.driver().findElement(By.id("player:" + button)));
        }

        /** Ticks the options whose label starts with these texts. */
        void check(String... labels) {
            for (String label : labels) {
                WebElement l = browser.driver().findElements(By.cssSelector("section.item .option label")).stream()
                        .filter(e -> e.getText().startsWith(label)).findFirst().orElseThrow(() -> new AssertionError(label));
                browser.driver().findElement(By.id(l.getAttribute("for"))).click();
            }
        }

        /** Puts each step (by the start of its text) in its place. */
        void order(Map<String, Integer> places) {
            for (WebElement step : browser.driver().findElements(By.cssSelector("section.item .order-step"))) {
                String label = step.findElement(By.tagName("label")).getText();
                int place = places.entrySet().stream().filter(e -> label.startsWith(e.getKey())).findFirst()
                        .orElseThrow(() -> new AssertionError(label)).getValue();
                new Select(step.findElement(By.tagName("select"))).selectByValue(String.valueOf(place));
            }
        }

        private void click(WebElement button) {
            button.click();
            browser.waitUntilReplaced(button);
            browser.text(By.id("stage-heading"));
        }
    }
}
