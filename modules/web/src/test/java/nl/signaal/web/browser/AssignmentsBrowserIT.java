package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * An org admin assigns a course from the assignments page; the organisation's learner sees it
 * first on their home, under "assigned", with its due date; another organisation's admin does
 * not see the assignment; removing it takes it off the learner's list again.
 */
class AssignmentsBrowserIT {

    private static final String COURSE = "tuinbouw-seizoenswerk";

    private Browser admin;
    private Browser learner;

    @BeforeEach
    void openBrowsers() {
        admin = new Browser();
        learner = new Browser();
    }

    @AfterEach
    void closeBrowsers() {
        admin.close();
        learner.close();
    }

    /** /org/assignments.xhtml */
    static final class AssignmentsPage {
        private final Browser browser;

        AssignmentsPage(Browser browser) {
            this.browser = browser.open("org/assignments.xhtml");
            browser.waitFor(d -> !d.findElements(By.id("assign-form:assign")).isEmpty());
        }

        void assign(String courseTitleStart, LocalDate due) {
            Select course = new Select(browser.driver().findElement(By.id("assign-form:course")));
            course.selectByVisibleText(course.getOptions().stream().map(o -> o.getText())
                    .filter(t -> t.startsWith(courseTitleStart)).findFirst().orElseThrow());
            browser.driver().findElement(By.id("assign-form:due")).sendKeys(due.format(DateTimeFormatter.ISO_LOCAL_DATE));
            browser.driver().findElement(By.id("assign-form:assign")).click();
            browser.waitFor(d -> !d.findElements(By.cssSelector("#messages li, #messages .ui-messages-info")).isEmpty());
        }

        List<String> courses() {
            for (int attempt = 1; ; attempt++) {
                try {
                    return browser.texts(By.cssSelector("[id='list-form:assignments'] .assignment-course"));
                } catch (org.openqa.selenium.StaleElementReferenceException reRendered) {
                    if (attempt == 5) {
                        throw reRendered;
                    }
                }
            }
        }

        void removeAll(String courseTitleStart) {
            while (courses().stream().anyMatch(t -> t.startsWith(courseTitleStart))) {
                int before = courses().size();
                browser.driver().findElement(By.xpath("//tr[.//span[@class='assignment-course' and starts-with(text(),'"
                        + courseTitleStart + "')]]//button[contains(@class,'assignment-remove')]")).click();
                browser.waitFor(d -> d.findElement(By.id("list-form:confirm-yes")).isDisplayed());
                browser.driver().findElement(By.id("list-form:confirm-yes")).click();
                browser.waitFor(d -> courses().size() < before);
            }
        }
    }

    @Test
    void anAssignedCourseComesFirstForTheOrganisationsLearnersWithItsDueDate() {
        LocalDate due = LocalDate.now().plusDays(10);
        admin.signIn("beheer.horeca");
        AssignmentsPage page = new AssignmentsPage(admin);
        page.removeAll("Uitbuiting herkennen in land- en tuinbouw");
        try {
            page.assign("Uitbuiting herkennen in land- en tuinbouw", due);

            assertThat(admin.text(By.id("messages"))).startsWith("Toegewezen: Uitbuiting herkennen in land- en tuinbouw");
            assertThat(page.courses()).anyMatch(t -> t.startsWith("Uitbuiting herkennen in land- en tuinbouw"));
            admin.assertNoJavaScriptErrors();

            learner.signIn("leerling.horeca");
            LearnerPages.CoursesPage home = LearnerPages.CoursesPage.open(learner);
            assertThat(home.assignedCodes()).containsExactly(COURSE);
            assertThat(home.otherCodes()).doesNotContain(COURSE);
            assertThat(home.card(COURSE).findElement(By.cssSelector(".due-date")).getText())
                    .isEqualTo(due.format(DateTimeFormatter.ofPattern("d-M-yyyy")));
            assertThat(home.card(COURSE).getText()).contains("binnenkort");

            Browser other = new Browser();
            try {
                other.signIn("beheer.zorg");
                assertThat(new AssignmentsPage(other).courses()).as("another organisation's assignments stay hidden")
                        .noneMatch(t -> t.startsWith("Uitbuiting herkennen in land- en tuinbouw"));
            } finally {
                other.close();
            }
        } finally {
            page.removeAll("Uitbuiting herkennen in land- en tuinbouw");
        }
        LearnerPages.CoursesPage after = LearnerPages.CoursesPage.open(learner);
        assertThat(after.assignedCodes()).isEmpty();
        assertThat(after.otherCodes()).contains(COURSE);
    }

    @Test
    void anAssignmentWithoutCourseIsRefusedWithTheReason() {
        admin.signIn("beheer.horeca");
        new AssignmentsPage(admin);
        admin.driver().findElement(By.id("assign-form:assign")).click();
        admin.waitFor(d -> d.findElement(By.id("messages")).getText().contains("Kies een gepubliceerde cursus"));

        assertThat(admin.text(By.id("messages"))).contains("Kies een gepubliceerde cursus.");
    }
}
