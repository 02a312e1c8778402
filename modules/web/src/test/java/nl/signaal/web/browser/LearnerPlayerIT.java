package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Pattern;
import nl.signaal.web.browser.LearnerPages.CoursePage;
import nl.signaal.web.browser.LearnerPages.CoursesPage;
import nl.signaal.web.browser.LearnerPages.PlayerPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The learner's player with leerling.zorg (demo-zorg, Rotterdam, GM0599): the healthcare seed
 * course from the sector home through its lessons, the scenario to an ending with the route
 * of Rotterdam, the other items and the passed result, then {@code GET /api/v1/me/progress};
 * and resuming at the same scenario node in a new browser.
 *
 * <p>The run stack keeps attempts between runs, so each test first brings any attempt of the
 * course that a previous run left open to its end and takes the course again: both tests
 * start from lesson 1 whatever came before.
 */
class LearnerPlayerIT {

    private static final String LEARNER = "leerling.zorg";
    private static final String HEALTHCARE = "zorg-signalen";

    @Test
    void aLearnerTakesTheHealthcareCourseToTheEndAndSeesTheRouteOfTheirRegion() throws Exception {
        long attemptId;
        try (Browser browser = new Browser()) {
            browser.signIn(LEARNER);
            browser.driver().findElement(By.cssSelector("[data-nav='nav-learn']")).click();
            CoursesPage home = new CoursesPage(browser);
            assertThat(home.ownSectorCodes()).contains(HEALTHCARE).doesNotContain("horeca-hotelkamer");
            assertThat(home.otherCodes()).contains("horeca-hotelkamer", "tuinbouw-seizoenswerk");
            assertThat(home.progressBar(HEALTHCARE).getAttribute("role")).isEqualTo("progressbar");
            assertThat(home.progressBar(HEALTHCARE).getAttribute("aria-label")).contains("Mensenhandel herkennen in de zorg");
            browser.assertNoJavaScriptErrors();

            CoursePage course = home.open(HEALTHCARE);
            assertThat(course.title()).isEqualTo("Mensenhandel herkennen in de zorg");
            browser.assertNoJavaScriptErrors();
            PlayerPage player = course.start().fromTheFirstLesson();
            attemptId = player.attemptId();

            // lesson 1: sanitised text, signals with their sources, the route for Rotterdam
            assertThat(player.heading()).contains("Stille signalen in de spreekkamer");
            assertThat(player.text(By.cssSelector(".block-rich-text"))).contains("Slachtoffers van mensenhandel");
            assertThat(player.links(".block-signals a.source-link"))
                    .contains("https://www.ditisookmensenhandel.nl/magazine/stille-signalen-in-de-spreekkamer");
            assertThat(player.routeSteps()).anySatisfy(step -> assertThat(step).contains("Politie", "Rotterdam"));
            assertThat(player.links(".block-route a.channel-link")).anySatisfy(href -> assertThat(href).startsWith("tel:"));
            browser.assertNoJavaScriptErrors();
            player.readLesson();
            assertThat(player.heading()).contains("ILO");
            player.readLesson();
            assertThat(player.heading()).contains("zorgverlener");
            player.readLesson();

            // the scenario, the best way through
            assertThat(player.stage()).isEqualTo("NODE");
            assertThat(player.node()).isEqualTo("triage");
            assertThat(player.text(By.cssSelector(".introduction"))).contains("spoedeisende hulp");
            assertThat(player.choiceButtons()).allSatisfy(b -> assertThat(b.getTagName()).isEqualTo("button"));
            player.choose("b");
            assertThat(player.stage()).isEqualTo("FEEDBACK");
            assertThat(player.text(By.cssSelector(".feedback-text"))).contains("Goed gezien");
            assertThat(player.text(By.cssSelector(".signals-recognised"))).contains("Letsel dat niet past bij het verhaal");
            browser.assertNoJavaScriptErrors();
            player.afterFeedback();
            for (String[] step : new String[][] {{"begeleider", "a"}, {"alleen", "a"}, {"volgende-stap", "a"}, {"advies", "a"}}) {
                assertThat(player.node()).isEqualTo(step[0]);
                player.choose(step[1]);
                player.afterFeedback();
            }
            assertThat(player.node()).isEqualTo("melden");
            player.choose("a");
            player.afterFeedback();

            // the ending: what came of it, and the route of THEIR region
            assertThat(player.stage()).isEqualTo("ENDING");
            assertThat(player.attribute("section.ending", "data-ending")).isEqualTo("geholpen");
            assertThat(player.text(By.cssSelector(".ending-what-happened"))).contains("Andrei");
            assertThat(player.text(By.cssSelector(".ending-route-advice"))).contains("goede route");
            assertThat(player.routeSteps()).anySatisfy(step -> assertThat(step).contains("Veilig Thuis"))
                    .anySatisfy(step -> assertThat(step).contains("Politie", "Rotterdam"));
            browser.assertNoJavaScriptErrors();
            player.next("after-ending");

            // the other items
            assertThat(player.kind()).isEqualTo("SPOT_THE_SIGNALS");
            player.check("Haar 'tante' blijft erbij", "Haar paspoort ligt 'bij de baas'", "Ze komt al drie maanden met pijn rond");
            player.submit();
            assertThat(player.text(By.cssSelector(".item-score"))).contains("100%");
            player.next("after-item");
            assertThat(player.kind()).isEqualTo("ORDER_THE_ROUTE");
            player.order(Map.of("Is er acuut gevaar", 1, "Leg feitelijk vast", 2, "Overleg met een collega", 3,
                    "Meld volgens de route", 4));
            player.submit();
            assertThat(player.text(By.cssSelector(".item-score"))).contains("100%");
            player.next("after-item");
            assertThat(player.kind()).isEqualTo("MULTIPLE_CHOICE");
            player.check("Veilig Thuis geeft professionals advies", "CoMensha registreert slachtoffers");
            player.submit();
            player.next("after-item");
            browser.assertNoJavaScriptErrors();

            // finished: passed, with the summary
            assertThat(player.stage()).isEqualTo("READY");
            player.next("finish");
            assertThat(player.stage()).isEqualTo("RESULT");
            assertThat(player.text(By.cssSelector(".verdict"))).isEqualTo("Gehaald");
            assertThat(player.text(By.cssSelector(".score"))).contains("100%").contains("70%");
            assertThat(player.text(By.cssSelector(".signals-recognised"))).contains("Letsel dat niet past bij het verhaal");
            assertThat(player.routeSteps()).anySatisfy(step -> assertThat(step).contains("Politie", "Rotterdam"));
            assertThat(browser.driver().findElements(By.id("player:retake"))).hasSize(1);
            browser.assertNoJavaScriptErrors();

            home = CoursesPage.open(browser);
            assertThat(home.card(HEALTHCARE).getText()).contains("Afgerond");
            browser.assertNoJavaScriptErrors();
        }

        HttpClient http = SignedInHttp.signIn(LEARNER);
        HttpResponse<String> progress = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "api/v1/me/progress"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(progress.statusCode()).isEqualTo(200);
        assertThat(progress.body())
                .containsPattern(Pattern.compile("\\{\"attemptId\":" + attemptId + ",[^}]*\"scorePercent\":100,[^}]*\"status\":\"PASSED\""))
                .containsPattern(Pattern.compile("\\{\"attemptId\":" + attemptId + ",[^}]*\"completionId\":\\d+"));
    }

    @Test
    void aLearnerResumesAtTheSameNodeInANewBrowser() {
        long attemptId;
        try (Browser first = new Browser()) {
            first.signIn(LEARNER);
            PlayerPage player = CoursesPage.open(first).open(HEALTHCARE).start().fromTheFirstLesson();
            attemptId = player.attemptId();
            player.readLesson();
            player.readLesson();
            player.readLesson();
            assertThat(player.node()).isEqualTo("triage");
            player.choose("b");
            assertThat(player.stage()).isEqualTo("FEEDBACK");
            first.assertNoJavaScriptErrors();
        }
        try (Browser second = new Browser()) {
            second.signIn(LEARNER);
            CoursesPage home = CoursesPage.open(second);
            assertThat(home.card(HEALTHCARE).getText()).contains("Verder waar je was");
            assertThat(Integer.parseInt(home.progressBar(HEALTHCARE).getAttribute("aria-valuenow"))).isPositive();
            second.assertNoJavaScriptErrors();
            CoursePage course = home.open(HEALTHCARE);
            assertThat(course.startLabel()).isEqualTo("Verder waar je was");
            PlayerPage player = course.start();
            assertThat(player.attemptId()).isEqualTo(attemptId);
            assertThat(player.stage()).isEqualTo("NODE");
            assertThat(player.node()).isEqualTo("begeleider");
            second.assertNoJavaScriptErrors();
        }
    }

    /**
     * The application is stopped and started again between two answers (asadmin disable/enable:
     * every session, view and cache in memory is gone); the learner signs in again and continues
     * at the node after their last answer, with that answer kept.
     */
    @Test
    void aLearnerResumesAtTheSameNodeAfterTheApplicationRestarts() throws Exception {
        long attemptId;
        try (Browser first = new Browser()) {
            first.signIn(LEARNER);
            PlayerPage player = CoursesPage.open(first).open(HEALTHCARE).start().fromTheFirstLesson();
            attemptId = player.attemptId();
            player.readLesson();
            player.readLesson();
            player.readLesson();
            player.choose("b");
            assertThat(player.stage()).isEqualTo("FEEDBACK");
        }

        restartApplication();

        try (Browser second = new Browser()) {
            second.signIn(LEARNER);
            PlayerPage player = CoursesPage.open(second).open(HEALTHCARE).start();
            assertThat(player.attemptId()).isEqualTo(attemptId);
            assertThat(player.stage()).isEqualTo("NODE");
            assertThat(player.node()).isEqualTo("begeleider");
            second.assertNoJavaScriptErrors();
        }
    }

    /** Disables and enables the deployed application on the stack the tests run against. */
    private static void restartApplication() throws Exception {
        String home = System.getProperty("signaal.payara-home");
        String port = System.getProperty("signaal.admin-port", "18048");
        assertThat(home).as("signaal.payara-home is passed by the build").isNotBlank();
        for (String command : new String[] {"disable", "enable"}) {
            Process asadmin = new ProcessBuilder(home + "/bin/asadmin", "--port", port, command, "signaal")
                    .redirectErrorStream(true).start();
            String output = new String(asadmin.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(asadmin.waitFor()).as(command + ": " + output).isZero();
        }
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long until = System.currentTimeMillis() + 120_000;
        while (true) {
            try {
                int status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Browser.BASE_URL)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status < 500 && status != 404) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the listener answers again once the application is enabled
            }
            assertThat(System.currentTimeMillis()).as("the application answers again").isLessThan(until);
            Thread.sleep(500);
        }
    }

    @Test
    void aHotelLearnerAnswersTheOtherKindsOfItemAndIsToldWhatIsMissing() {
        try (Browser browser = new Browser()) {
            browser.signIn("leerling.horeca");
            CoursesPage home = CoursesPage.open(browser);
            assertThat(home.ownSectorCodes()).contains("horeca-hotelkamer").doesNotContain(HEALTHCARE);
            PlayerPage player = home.open("horeca-hotelkamer").start().fromTheFirstLesson("hotelkamer");
            while ("LESSON".equals(player.stage())) {
                player.readLesson();
            }
            while (!"ENDING".equals(player.stage())) {
                if ("NODE".equals(player.stage())) {
                    player.choose(player.choiceButtons().get(0).getAttribute("data-choice"));
                } else {
                    player.afterFeedback();
                }
            }
            // demo-horeca is in Amsterdam (GM0363)
            assertThat(player.routeSteps()).anySatisfy(step -> assertThat(step).contains("Politie", "Amsterdam"));
            player.next("after-ending");
            browser.assertNoJavaScriptErrors();
            while (!"READY".equals(player.stage())) {
                if ("ITEM_FEEDBACK".equals(player.stage())) {
                    player.next("after-item");
                    continue;
                }
                if ("SINGLE_CHOICE".equals(player.kind()) || "MATCH_SIGNAL_TO_FORM".equals(player.kind())) {
                    String kind = player.kind();
                    player.submit();
                    assertThat(player.stage()).as(kind + " without an answer").isEqualTo("ITEM");
                    assertThat(player.text(By.id("player:player-messages"))).startsWith("Kies");
                }
                player.answerAnything();
                assertThat(player.stage()).isEqualTo("ITEM_FEEDBACK");
                assertThat(player.text(By.cssSelector(".item-score"))).containsPattern("\\d+%");
            }
            player.next("finish");
            assertThat(player.stage()).isEqualTo("RESULT");
            assertThat(player.text(By.cssSelector(".verdict"))).isIn("Gehaald", "Niet gehaald");
            browser.assertNoJavaScriptErrors();
        }
    }
}
