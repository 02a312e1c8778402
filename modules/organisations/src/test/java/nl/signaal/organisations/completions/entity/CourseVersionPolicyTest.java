package nl.signaal.organisations.completions.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class CourseVersionPolicyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-29T12:00:00+01:00");

    @Test
    void aCourseFirstSeenCountsEveryVersionUpToItsCurrentOne() {
        CourseVersionPolicy policy = new CourseVersionPolicy(1, 7, 3);

        assertThat(policy.getMinimumVersion()).isEqualTo(1);
        assertThat(policy.getKnownVersion()).isEqualTo(3);
    }

    @Test
    void requiringARetakeRaisesTheMinimumAndKeepingEarlierVersionsOnlyRecordsTheDecision() {
        CourseVersionPolicy policy = new CourseVersionPolicy(1, 7, 1);

        policy.decide(2, false, "admin", NOW);
        assertThat(policy.getMinimumVersion()).isEqualTo(1);
        assertThat(policy.getKnownVersion()).isEqualTo(2);

        policy.decide(3, true, "admin", NOW);
        assertThat(policy.getMinimumVersion()).isEqualTo(3);
        assertThat(policy.getKnownVersion()).isEqualTo(3);
    }

    @Test
    void anOlderDecisionNeverLowersWhatWasDecided() {
        CourseVersionPolicy policy = new CourseVersionPolicy(1, 7, 1);
        policy.decide(4, true, "admin", NOW);

        policy.decide(2, true, "admin", NOW);

        assertThat(policy.getMinimumVersion()).isEqualTo(4);
        assertThat(policy.getKnownVersion()).isEqualTo(4);
    }
}
