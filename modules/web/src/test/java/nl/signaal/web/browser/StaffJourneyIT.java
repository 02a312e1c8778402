package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The organisation journey of issue 5 end to end: demo-zorg's admin imports three new staff from a
 * CSV file, assigns the healthcare course to their job, one of them follows the real invitation
 * e-mail (read from the stack's GreenMail over IMAP, {@code signaal.imap-port}), sets a password,
 * sees the course first among her courses, passes it, and the admin's dashboard shows it: one more
 * completion this month, and her status "afgerond" with today's date. The organisation's HR client
 * then finds her completion through the API. Names, e-mail addresses and the job are unique per
 * run; the assignment is removed and the three are deactivated afterwards.
 */
class StaffJourneyIT {

    private static final String COURSE = "Mensenhandel herkennen in de zorg";
    private static final String PASSWORD = Browser.DEMO_PASSWORD;
    private static final Pattern ACTION_LINK = Pattern.compile("https?://[^\\s\"'<>]+/login-actions/action-token\\?[^\\s\"'<>]+");

    @Test
    void anAdminImportsThreeStaffAssignsACourseOneCompletesItAndTheDashboardShowsIt() throws Exception {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String job = "e2e-medewerker-" + run;
        List<String> emails = List.of(1, 2, 3).stream().map(n -> "e2e." + run + "." + n + "@zorg.signaal.invalid").toList();
        try (Browser admin = new Browser()) {
            admin.signIn("beheer.zorg");
            AssignmentsBrowserIT.AssignmentsPage assignments = null;
            try {
                ImportPage.open(admin).upload("voornaam;achternaam;e-mail;afdeling;sector;functie\n"
                        + "Fenna;Eerste-" + run + ";" + emails.get(0) + ";;HEALTHCARE;" + job + "\n"
                        + "Gijs;Tweede-" + run + ";" + emails.get(1) + ";;HEALTHCARE;" + job + "\n"
                        + "Hatice;Derde-" + run + ";" + emails.get(2) + ";;HEALTHCARE;" + job + "\n");
                assertThat(admin.text(By.id("messages"))).contains("3 medewerkers zijn aangemaakt en uitgenodigd.");
                assertThat(admin.driver().findElements(By.id("not-invited"))).as("every invitation sent").isEmpty();
                admin.assertNoJavaScriptErrors();

                assignments = new AssignmentsBrowserIT.AssignmentsPage(admin);
                assignToJob(admin, COURSE, job, LocalDate.now().plusDays(30));
                assertThat(admin.text(By.id("messages"))).startsWith("Toegewezen: " + COURSE);
                int completedBefore = DashboardBrowserIT.DashboardPage.open(admin).completionsThisMonth();

                String link = invitationLink(emails.get(0));
                try (Browser staff = new Browser()) {
                    acceptInvitation(staff, link);
                    staff.signIn(emails.get(0));
                    LearnerPages.CoursesPage home = LearnerPages.CoursesPage.open(staff);
                    assertThat(home.assignedCodes()).as("the assigned course comes first").contains(LearnerPages.HEALTHCARE);
                    LearnerPages.passTheHealthcareCourse(staff);
                    staff.assertNoJavaScriptErrors();
                }

                DashboardBrowserIT.DashboardPage dashboard = DashboardBrowserIT.DashboardPage.open(admin);
                assertThat(dashboard.completionsThisMonth()).isEqualTo(completedBefore + 1);
                admin.assertNoJavaScriptErrors();
                long memberId = memberId(admin, emails.get(0));
                admin.open("org/member.xhtml?id=" + memberId);
                assertThat(admin.text(By.id("member-name"))).isEqualTo("Fenna Eerste-" + run);
                WebElement row = admin.driver().findElements(By.cssSelector("[id$='courses'] tbody tr")).stream()
                        .filter(r -> r.getText().contains(COURSE)).findFirst().orElseThrow();
                assertThat(row.findElement(By.cssSelector(".course-state")).getText()).isEqualTo("afgerond");
                assertThat(row.getText()).as("completed today").contains(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                        .format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))));

                String hr = CompletionsApiIT.get("demo-zorg", "?format=csv", TestKeycloak.clientToken("hr-demo-zorg"), "text/csv").body();
                assertThat(hr.lines().filter(l -> l.contains(emails.get(0))).toList())
                        .singleElement().asString().contains("Fenna", "Eerste-" + run, job, COURSE);
            } finally {
                if (assignments != null) {
                    removeAssignment(admin, job);
                }
                for (String email : emails) {
                    deactivate(admin, email);
                }
            }
        }
    }

    /** The assignments page's form with the target "a job" (the page object of AssignmentsBrowserIT assigns to everyone). */
    private static void assignToJob(Browser admin, String course, String job, LocalDate due) {
        new Select(admin.driver().findElement(By.id("assign-form:target"))).selectByValue("JOB");
        admin.waitFor(d -> !d.findElements(By.id("assign-form:job")).isEmpty());
        admin.driver().findElement(By.id("assign-form:job")).sendKeys(job);
        Select courses = new Select(admin.driver().findElement(By.id("assign-form:course")));
        courses.selectByVisibleText(courses.getOptions().stream().map(WebElement::getText).filter(t -> t.startsWith(course))
                .findFirst().orElseThrow());
        admin.driver().findElement(By.id("assign-form:due")).sendKeys(due.format(DateTimeFormatter.ISO_LOCAL_DATE));
        admin.driver().findElement(By.id("assign-form:assign")).click();
        admin.waitFor(d -> !d.findElements(By.cssSelector("#messages li, #messages .ui-messages-info")).isEmpty());
    }

    /** Removes this run's assignment (the row naming its job), leaving every other assignment of the course alone. */
    private static void removeAssignment(Browser admin, String job) {
        new AssignmentsBrowserIT.AssignmentsPage(admin);
        By mine = By.xpath("//tr[contains(., '" + job + "')]//button[contains(@class,'assignment-remove')]");
        for (int i = 0; i < 3 && !admin.driver().findElements(mine).isEmpty(); i++) {
            admin.driver().findElement(mine).click();
            admin.waitFor(d -> d.findElement(By.id("list-form:confirm-yes")).isDisplayed());
            admin.driver().findElement(By.id("list-form:confirm-yes")).click();
            admin.waitFor(d -> d.findElements(mine).isEmpty());
        }
    }

    /** Keycloak's invitation to {@code email}, from the stack's GreenMail: the link to set a password. */
    private static String invitationLink(String email) throws Exception {
        String port = System.getProperty("signaal.imap-port", "");
        assertThat(port).as("system property signaal.imap-port (the devstack's GreenMail IMAP port)").matches("\\d+");
        for (int attempt = 0; attempt < 30; attempt++) {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("localhost", Integer.parseInt(port), email, "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                for (Message message : inbox.getMessages()) {
                    Matcher m = ACTION_LINK.matcher(text(message.getContent()));
                    if (m.find()) {
                        return m.group().replace("&amp;", "&");
                    }
                }
            } finally {
                store.close();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No invitation e-mail for " + email);
    }

    private static String text(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                all.append(text(part.getContent())).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    /** Follows the invitation link and sets the password on Keycloak's page. */
    private static void acceptInvitation(Browser staff, String link) {
        staff.driver().get(link);
        staff.waitFor(d -> !d.findElements(By.id("password-new")).isEmpty()
                || !d.findElements(By.cssSelector("a[href*='action-token'], #kc-info-message a")).isEmpty());
        if (staff.driver().findElements(By.id("password-new")).isEmpty()) {
            // Keycloak first asks to confirm the actions ("Klik hier om verder te gaan")
            staff.driver().findElement(By.cssSelector("a[href*='action-token'], #kc-info-message a")).click();
            staff.waitFor(d -> !d.findElements(By.id("password-new")).isEmpty());
        }
        staff.driver().findElement(By.id("password-new")).sendKeys(PASSWORD);
        staff.driver().findElement(By.id("password-confirm")).sendKeys(PASSWORD);
        staff.driver().findElement(By.cssSelector("input[type=submit], button[type=submit]")).click();
        staff.waitFor(d -> d.findElements(By.id("password-new")).isEmpty());
    }

    /** The member's id from the admin's staff API, with the browser's session. */
    private static long memberId(Browser admin, String email) throws Exception {
        String body = session(admin, "api/v1/org/members?inactive=true", "GET").body();
        Matcher m = Pattern.compile("\\{[^{}]*\"email\"\\s*:\\s*\"" + Pattern.quote(email) + "\"[^{}]*\\}").matcher(body);
        assertThat(m.find()).as("member %s", email).isTrue();
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(m.group());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private static void deactivate(Browser admin, String email) {
        try {
            long id = memberId(admin, email);
            session(admin, "api/v1/org/members/" + id + "/deactivate", "POST");
        } catch (Exception | AssertionError e) {
            // not imported (the test failed before): nothing to clean up
        }
    }

    private static HttpResponse<String> session(Browser browser, String path, String method) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path))
                .header("Cookie", cookies).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** /org/import.xhtml */
    static final class ImportPage {
        private final Browser browser;

        private ImportPage(Browser browser) {
            this.browser = browser;
        }

        static ImportPage open(Browser browser) {
            browser.open("org/import.xhtml");
            browser.text(By.id("page-title"));
            return new ImportPage(browser);
        }

        void upload(String csv) throws Exception {
            Path file = Files.createTempFile("staff-", ".csv");
            try {
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                browser.driver().findElement(By.id("import-form:file")).sendKeys(file.toAbsolutePath().toString());
                WebElement upload = browser.driver().findElement(By.id("import-form:upload"));
                upload.click();
                browser.waitUntilReplaced(upload);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
