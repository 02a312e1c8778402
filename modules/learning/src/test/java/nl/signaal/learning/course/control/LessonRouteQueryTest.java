package nl.signaal.learning.course.control;

import static org.assertj.core.api.Assertions.assertThat;

import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.RouteAudience;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.resolver.boundary.Reporter;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import org.junit.jupiter.api.Test;

class LessonRouteQueryTest {

    @Test
    void theLearnerAsksAsAProfessionalOfTheCoursesSectorInTheirMunicipality() {
        RouteQuery q = LessonRouteQuery.of(new ContentBlock.ReportingRoute(FormOfExploitation.LABOUR, RouteAudience.ADULT),
                Sector.HEALTHCARE, "GM0599");

        assertThat(q.municipalityCode()).isEqualTo("GM0599");
        assertThat(q.form()).isEqualTo(FormOfExploitation.LABOUR);
        assertThat(q.reporter()).isEqualTo(Reporter.PROFESSIONAL);
        assertThat(q.professionalUnderMeldcode()).isTrue();
        assertThat(q.minor()).isFalse();
        assertThat(q.acute()).isFalse();
        assertThat(q.anonymous()).isFalse();
    }

    @Test
    void aLessonAboutAMinorAsksTheMinorsRoute() {
        RouteQuery q = LessonRouteQuery.of(new ContentBlock.ReportingRoute(FormOfExploitation.SEXUAL, RouteAudience.MINOR),
                Sector.HOSPITALITY, "GM0363");

        assertThat(q.minor()).isTrue();
        assertThat(q.professionalUnderMeldcode()).isFalse();
    }
}
