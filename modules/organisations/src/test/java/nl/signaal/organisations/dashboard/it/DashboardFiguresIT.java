package nl.signaal.organisations.dashboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.signaal.organisations.dashboard.boundary.DashboardFigures;
import nl.signaal.organisations.dashboard.boundary.DashboardRow;
import nl.signaal.organisations.dashboard.boundary.GroupKind;
import nl.signaal.organisations.dashboard.control.DashboardReader;
import nl.signaal.organisations.directory.control.OrganisationTenants;
import nl.signaal.platform.events.CourseCompleted;
import nl.signaal.platform.shared.Sector;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From learning's event to the org admin's figures, through the real CDI event and PostgreSQL:
 * a CourseCompleted of a demo-zorg member shows on demo-zorg's dashboard, once however often
 * it arrives, and a completion announced for another organisation never does.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardFiguresIT {

    @Deployment
    static WebArchive deployment() {
        return DashboardArchive.named("organisations-dashboard-it.war");
    }

    @Inject
    Event<CourseCompleted> completions;

    @Inject
    DashboardReader dashboard;

    @Inject
    OrganisationTenants tenants;

    @EJB
    DashboardProbe probe;

    private DashboardProbe.Setup setup;
    private long courseId;

    @BeforeEach
    void aDepartmentOfFiveWithAnAssignment() {
        courseId = -ThreadLocalRandom.current().nextLong(1, Integer.MAX_VALUE); // never one of learning's
        long zorg = tenants.organisationIdOf("demo-zorg").orElseThrow();
        setup = probe.department(zorg, "IT dashboard " + UUID.randomUUID().toString().substring(0, 8), 5, courseId,
                "Signalen herkennen (IT)");
    }

    @AfterEach
    void removeIt() {
        probe.remove(setup);
    }

    private CourseCompleted completion(long id, String subject, String organisation) {
        return completion(id, subject, organisation, 1);
    }

    private CourseCompleted completion(long id, String subject, String organisation, int version) {
        return new CourseCompleted(id, subject, "Test Persoon", organisation, courseId, version, "Signalen herkennen (IT)",
                Sector.HEALTHCARE, Instant.now(), 85, Optional.of(24));
    }

    private DashboardRow row() {
        DashboardFigures figures = dashboard.figures();
        return figures.rows().stream().filter(r -> r.courseId() == courseId && r.kind() == GroupKind.DEPARTMENT
                && r.departmentId() == setup.departmentId()).findFirst().orElseThrow();
    }

    @Test
    void aCompletionHeardTwiceCountsOnceOnTheDashboard() {
        assertThat(row()).extracting(DashboardRow::members, DashboardRow::completed, DashboardRow::percent,
                DashboardRow::dueSoon).containsExactly(5, 0, 0, 5);

        long id = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        completions.fire(completion(id, setup.subjects().get(0), "demo-zorg"));
        completions.fire(completion(id, setup.subjects().get(0), "demo-zorg"));

        assertThat(probe.factsOf(id)).isEqualTo(1);
        DashboardRow after = row();
        assertThat(after).extracting(DashboardRow::members, DashboardRow::completed, DashboardRow::percent)
                .containsExactly(5, 1, 20);
        assertThat(after.department()).startsWith("IT dashboard ");
    }

    @Test
    void aCompletionAnnouncedForAnotherOrganisationNeverCountsHere() {
        long id = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        completions.fire(completion(id, setup.subjects().get(1), "demo-horeca"));

        assertThat(probe.factsOf(id)).as("stored, for demo-horeca").isEqualTo(1);
        assertThat(row().completed()).isZero();
    }

    @Test
    void afterTheAdminRequiresANewVersionOnlyCompletionsOfThatVersionCount() {
        String subject = setup.subjects().get(2);
        completions.fire(completion(-ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), subject, "demo-zorg", 1));
        assertThat(row().completed()).isEqualTo(1);

        probe.requireVersion(setup.organisationId(), courseId, 2);

        assertThat(row().completed()).as("version 1 no longer counts").isZero();
        completions.fire(completion(-ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), subject, "demo-zorg", 2));
        assertThat(row().completed()).as("version 2 does").isEqualTo(1);
    }
}
