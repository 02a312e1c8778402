package nl.signaal.organisations.directory;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import nl.signaal.organisations.directory.boundary.OrganisationDirectory;
import nl.signaal.organisations.directory.boundary.OrganisationSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory against the real PostgreSQL schema Flyway built: the organisation claim in a
 * token resolves to the organisation, and a code nobody registered resolves to nothing.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationDirectoryIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "organisations-directory-it.war")
                .addPackages(true, "nl.signaal.organisations.directory")
                // the persistence unit lists every entity of the context, so their packages come along
                .addPackages(false, "nl.signaal.organisations.departments.entity", "nl.signaal.organisations.members.entity",
                        "nl.signaal.organisations.settings.boundary", "nl.signaal.organisations.assignments.entity",
                        "nl.signaal.organisations.completions.entity", "nl.signaal.organisations.reminders.entity",
                        "nl.signaal.organisations.signals.entity")
                .addClass("nl.signaal.organisations.reminders.boundary.ReminderKind")
                .addPackages(false, "nl.signaal.platform.shared", "nl.signaal.platform.tenant", "nl.signaal.platform.caller")
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                // the assertions run inside the server, so their library travels with the archive
                .addAsLibraries(Maven.resolver().loadPomFromFile("pom.xml")
                        .resolve("org.assertj:assertj-core").withoutTransitivity().asFile());
    }

    @EJB
    OrganisationDirectory directory;

    @jakarta.inject.Inject
    nl.signaal.organisations.directory.control.OrganisationTenants tenants;

    @Test
    void findsADemoOrganisationByTheCodeInTheToken() {
        OrganisationSummary zorg = directory.findByCode("demo-zorg").orElseThrow();

        assertThat(zorg.name()).isEqualTo("Zorggroep Rivierenland (demo)");
        assertThat(zorg.municipalityCode()).isEqualTo("GM0599");
        assertThat(zorg.demo()).isTrue();
    }

    @Test
    void theTenantScopeLearnsTheOrganisationIdOfACodeAndNothingForAnUnknownOne() {
        assertThat(tenants.organisationIdOf("demo-horeca")).contains(directory.findByCode("demo-horeca").orElseThrow().id());
        assertThat(tenants.organisationIdOf("bestaat-niet")).isEmpty();
    }

    @Test
    void anUnknownCodeFindsNothingInsteadOfADefault() {
        assertThat(directory.findByCode("bestaat-niet")).isEmpty();
        assertThat(directory.findByCode("")).isEmpty();
    }
}
