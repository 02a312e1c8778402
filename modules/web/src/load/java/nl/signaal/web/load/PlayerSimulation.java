package nl.signaal.web.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The learner's player under load (issue 6, "Performance"): {@code load.users} simulated learners
 * (200) ramp up over {@code load.ramp} seconds; each signs in through the real Keycloak login form,
 * starts or continues an attempt of the healthcare course through the course page's button, opens
 * the player page and then works through the course with the player's real PrimeFaces ajax posts
 * (JSF view state included): lesson read, scenario choice, continue, quiz item, finish, and, at the
 * result, a retake (the course allows unlimited retakes), with a think time between clicks. The
 * sign-ins (Keycloak's password hashing is deliberately slow) are spread over the ramp; the
 * learners then wait until {@code load.settle} seconds after the ramp and all start working at
 * once, so the measured clicks are those of {@code load.users} learners in their course together. Every
 * {@code load.steps} clicks the learner opens the player page again (as after a pause or on another
 * device). Answers are submitted as in the browser: there is no REST endpoint for answers.
 *
 * <p>Requests: {@code player page} (GET /learn/play.xhtml?attempt=…, full JSF render),
 * {@code answer: scenario choice} and {@code answer: quiz item} (the ajax post that stores an
 * answer, through Attempts.answer, and renders its feedback), the other ajax clicks.
 *
 * <p>After the learners are done, in the same run, the reference: {@code load.ref.users} signed-in
 * sessions call {@code GET /api/v1/me} (a trivial JAX-RS resource behind the same OpenID sign-in)
 * back to back for {@code load.ref.seconds}; its throughput is printed at the end.
 */
public class PlayerSimulation extends Simulation {

    static final String BASE = System.getProperty("signaal.base-url", "http://localhost:8080/signaal/").replaceAll("/+$", "");
    static final String KEYCLOAK = System.getProperty("signaal.keycloak-url", "http://localhost:8180");
    static final int USERS = Integer.getInteger("load.users", 200);
    static final int RAMP = Integer.getInteger("load.ramp", 60);
    static final int DURATION = Integer.getInteger("load.duration", 120);
    static final int STEPS = Integer.getInteger("load.steps", 8);
    static final int PAUSE_MIN = Integer.getInteger("load.pause.min", 2);
    static final int PAUSE_MAX = Integer.getInteger("load.pause.max", 6);
    static final String COURSE = System.getProperty("load.course", "1");
    static final int REF_USERS = Integer.getInteger("load.ref.users", 8);
    static final int REF_SECONDS = Integer.getInteger("load.ref.seconds", 30);

    private static final Pattern PAGE_VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("ViewState:0\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    private static final Pattern STAGE = Pattern.compile("data-stage=\"([A-Z_]+)\"");
    private static final Pattern CHOICE = Pattern.compile("<button id=\"([^\"]+)\"[^>]*data-choice=");
    /** What PrimeFaces sends as {@code jakarta.faces.partial.execute} for a button: its {@code p}, else "@all". */
    private static final String PROCESS = "onclick=\"PrimeFaces.ab\\(\\{s:&quot;%s&quot;[^\"]*?,p:&quot;([^&]+)&quot;";
    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option value=\"([^\"]*)\" selected");

    /** Seconds after the last learner started signing in before all of them start clicking. */
    static final int SETTLE = Integer.getInteger("load.settle", 15);
    /** When the learners start working together: the end of the sign-in ramp plus {@link #SETTLE}. */
    private static final AtomicLong TOGETHER_AT = new AtomicLong();

    private static final AtomicLong REF_COUNT = new AtomicLong();
    /** Refused reference calls by the body of the refusal. */
    private static final Map<String, Integer> REF_REFUSALS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final AtomicLong REF_FIRST = new AtomicLong();
    private static final AtomicLong REF_LAST = new AtomicLong();

    HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("nl")
            .userAgentHeader("Signaal load benchmark (Gatling)");

    Iterator<Map<String, Object>> learners = Stream.iterate(0, i -> i + 1)
            .map(i -> Map.<String, Object>of("username", LoadLearners.username(i % USERS + 1))).iterator();

    /** The real browser flow: protected page → Keycloak form → credentials → callback → the page. */
    ChainBuilder signIn = exec(http("sign in: Keycloak form").get("/home.xhtml")
                    .check(css("form#kc-form-login", "action").saveAs("loginAction")))
            .exec(http("sign in: credentials").post("#{loginAction}")
                    .formParam("username", "#{username}").formParam("password", "demo").formParam("credentialId", "")
                    .check(bodyString().saveAs("signInPage"), status().is(200), currentLocationRegex("/signaal/home\\.xhtml"),
                            substring("id=\"logout\"")))
            .exec(session -> {
                if (session.isFailed()) {
                    String page = session.contains("signInPage") ? session.getString("signInPage") : "";
                    Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(page);
                    System.out.printf("sign-in of %s failed, the page: %s%n", session.getString("username"),
                            title.find() ? title.group(1).strip() : page.substring(0, Math.min(200, page.length())));
                }
                return session;
            });

    /** The course page's start/continue/retake button (non-ajax), redirected to the player. */
    ChainBuilder startAttempt = exec(http("course page").get("/learn/course.xhtml?course=" + COURSE)
                    .check(status().is(200), regex(PAGE_VIEW_STATE.pattern()).saveAs("vs")))
            .exec(http("start or continue attempt").post("/learn/course.xhtml")
                    .formParam("course-form", "course-form").formParam("course-form:start", "")
                    .formParam("jakarta.faces.ViewState", "#{vs}")
                    .check(status().is(200), currentLocationRegex("attempt=(\\d+)").saveAs("attempt")));

    ChainBuilder playerPage = exec(http("player page").get("/learn/play.xhtml?attempt=#{attempt}")
            .check(status().is(200), regex(STAGE.pattern()).exists(), bodyString().saveAs("page")))
            .exec(PlayerSimulation::nextClick);

    ChainBuilder ajaxClick = exec(http("#{request}").post("/learn/play.xhtml")
            .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
            .formParam("jakarta.faces.partial.ajax", "true")
            .formParam("jakarta.faces.source", "#{button}")
            .formParam("jakarta.faces.partial.execute", "#{process}")
            .formParam("jakarta.faces.partial.render", "player")
            .formParam("#{button}", "#{button}")
            .formParam("player", "player")
            .formParamMap(session -> session.<Map<String, Object>>get("fields"))
            .formParam("jakarta.faces.ViewState", "#{vs}")
            .check(status().is(200), substring("<partial-response"), substring("<error>").notExists(),
                    bodyString().saveAs("page")))
            .exec(PlayerSimulation::nextClick);

    ChainBuilder retake = exec(http("retake (new attempt)").post("/learn/play.xhtml")
            .formParam("player", "player").formParam("player:retake", "")
            .formParam("jakarta.faces.ViewState", "#{vs}")
            .check(status().is(200), currentLocationRegex("attempt=(\\d+)").saveAs("attempt"), bodyString().saveAs("page")))
            .exec(PlayerSimulation::nextClick);

    ScenarioBuilder learnersScenario = scenario("learners")
            .feed(learners)
            .exec(signIn)
            .exec(startAttempt)
            // everyone signed in, then all work at once: the measured phase is 200 learners in their course
            .pause(session -> Duration.ofMillis(Math.max(0, TOGETHER_AT.get() - System.currentTimeMillis())))
            .during(Duration.ofSeconds(DURATION)).on(
                    pause(PAUSE_MIN, PAUSE_MAX)
                            .doIf(session -> !session.contains("attempt")).then(startAttempt)
                            .exec(playerPage)
                            .repeat(STEPS).on(
                                    pause(PAUSE_MIN, PAUSE_MAX)
                                            .doSwitchOrElse("#{stage}").on(
                                                    onCase("RESULT").then(retake),
                                                    // after a failed request: open the page again, as a learner would
                                                    onCase("UNKNOWN").then(playerPage))
                                            .orElse(ajaxClick)));

    ScenarioBuilder reference = scenario("reference")
            .feed(learners)
            .exec(signIn)
            .exec(session -> {
                REF_FIRST.compareAndSet(0, System.nanoTime());
                return session;
            })
            .during(Duration.ofSeconds(REF_SECONDS)).on(
                    exec(http("reference: GET /api/v1/me").get("/api/v1/me").header("Accept", "application/json")
                            .check(bodyString().saveAs("meBody"), status().is(200), jsonPath("$.username").exists()))
                            .exec(session -> {
                                if (session.isFailed()) {
                                    // counted as KO in the report; the answer says who refused (see README: Payara issue 6145)
                                    REF_REFUSALS.merge(session.getString("meBody"), 1, Integer::sum);
                                    return session.markAsSucceeded();
                                }
                                return session;
                            })
                            .exec(session -> {
                                REF_COUNT.incrementAndGet();
                                REF_LAST.set(System.nanoTime());
                                return session;
                            }));

    /** From the last response (page or partial): the stage, the view state and the button the learner clicks next. */
    static Session nextClick(Session session) {
        if (session.isFailed()) {
            return session.markAsSucceeded().set("stage", "UNKNOWN");
        }
        String page = session.getString("page");
        Matcher vs = PAGE_VIEW_STATE.matcher(page);
        Matcher partialVs = PARTIAL_VIEW_STATE.matcher(page);
        String viewState = partialVs.find() ? partialVs.group(1) : vs.find() ? vs.group(1) : session.getString("vs");
        Matcher stageMatch = STAGE.matcher(page);
        String stage = stageMatch.find() ? stageMatch.group(1) : "UNKNOWN";
        Map<String, Object> fields = new LinkedHashMap<>();
        String button;
        String request;
        switch (stage) {
            case "LESSON" -> { button = "player:lesson-read"; request = "lesson read"; }
            case "NODE" -> {
                Matcher choice = CHOICE.matcher(page);
                button = choice.find() ? choice.group(1) : "player:missing-choice";
                request = "answer: scenario choice";
            }
            case "FEEDBACK" -> { button = "player:after-feedback"; request = "continue"; }
            case "ENDING" -> { button = "player:after-ending"; request = "continue"; }
            case "ITEM" -> {
                // the order item's selects come preset; checkboxes left empty are a valid (empty) selection
                Matcher select = SELECT.matcher(page);
                while (select.find()) {
                    Matcher selected = SELECTED.matcher(select.group(2));
                    if (selected.find()) {
                        fields.put(select.group(1), selected.group(1));
                    }
                }
                button = "player:submit-item";
                request = "answer: quiz item";
            }
            case "ITEM_FEEDBACK" -> { button = "player:after-item"; request = "continue"; }
            case "READY" -> { button = "player:finish"; request = "finish"; }
            default -> { button = "player:retake"; request = "retake (new attempt)"; }
        }
        // as the browser: PrimeFaces sends the button's process expression, "@all" when the page names none
        Matcher process = Pattern.compile(String.format(PROCESS, Pattern.quote(button))).matcher(page);
        String execute = process.find() ? process.group(1) : "@all";
        return session.setAll(Map.of("vs", viewState, "stage", stage, "button", button, "request", request, "fields", fields,
                "process", execute));
    }

    @Override
    public void before() {
        try {
            int created = LoadLearners.ensure(KEYCLOAK, System.getProperty("load.organisation", "demo-zorg"), USERS);
            System.out.printf("benchmark learners: %d ensured, %d created now%n", USERS, created);
        } catch (Exception e) {
            throw new IllegalStateException("data generator failed", e);
        }
        TOGETHER_AT.set(System.currentTimeMillis() + (RAMP + SETTLE) * 1000L);
    }

    @Override
    public void after() {
        double seconds = (REF_LAST.get() - REF_FIRST.get()) / 1e9;
        System.out.printf("REFERENCE GET /api/v1/me: %d requests in %.1f s = %.1f req/s (%d sessions, no think time)%n",
                REF_COUNT.get(), seconds, seconds > 0 ? REF_COUNT.get() / seconds : 0, REF_USERS);
        REF_REFUSALS.forEach((body, count) -> System.out.printf("REFERENCE refused %d times with: %s%n", count, body));
    }

    {
        setUp(learnersScenario.injectOpen(rampUsers(USERS).during(RAMP))
                .andThen(reference.injectOpen(atOnceUsers(REF_USERS))))
                .protocols(protocol)
                .assertions(details("answer: scenario choice").failedRequests().percent().lt(1.0),
                        details("answer: quiz item").failedRequests().percent().lt(1.0),
                        details("player page").failedRequests().percent().lt(1.0));
    }
}
