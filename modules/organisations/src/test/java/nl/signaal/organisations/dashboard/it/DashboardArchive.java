package nl.signaal.organisations.dashboard.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;

/** What the dashboard's ITs deploy: the dashboard, what it reads and the unit of {@code it/persistence.xml}. */
final class DashboardArchive {

    private DashboardArchive() {
    }

    static WebArchive named(String name) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addPackages(true, "nl.signaal.organisations.assignments", "nl.signaal.organisations.completions",
                        "nl.signaal.organisations.dashboard", "nl.signaal.organisations.directory",
                        "nl.signaal.organisations.departments", "nl.signaal.organisations.signals")
                .addPackages(false, "nl.signaal.organisations.members.entity", "nl.signaal.organisations.settings.boundary",
                        "nl.signaal.organisations.shared", "nl.signaal.organisations.reminders.entity")
                // listed in the unit (it/persistence.xml); the reminders' beans themselves stay out
                .addClass("nl.signaal.organisations.reminders.boundary.ReminderKind")
                .addPackages(false, "nl.signaal.platform.shared", "nl.signaal.platform.tenant", "nl.signaal.platform.caller",
                        "nl.signaal.platform.events", "nl.signaal.platform.audit", "nl.signaal.platform.time")
                .addAsResource("it/persistence.xml", "META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withoutTransitivity().asFile());
    }
}
