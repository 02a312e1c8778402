package nl.signaal.learning.course.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetakePolicyTest {

    @Test
    void unlimitedAlwaysAllowsAnotherAttempt() {
        assertThat(RetakePolicy.UNLIMITED.allowsNewAttempt(40, true)).isTrue();
    }

    @Test
    void aMaximumCountsFinishedAttempts() {
        RetakePolicy three = new RetakePolicy(3, true);

        assertThat(three.allowsNewAttempt(2, false)).isTrue();
        assertThat(three.allowsNewAttempt(3, false)).isFalse();
    }

    @Test
    void noRetakeAfterPassingWhenTheCourseSaysSo() {
        RetakePolicy once = new RetakePolicy(0, false);

        assertThat(once.allowsNewAttempt(1, true)).isFalse();
        assertThat(once.allowsNewAttempt(5, false)).isTrue();
    }
}
