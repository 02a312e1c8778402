package nl.signaal.organisations.signals.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignalTallyTest {

    @Test
    void aHeatMapRowsGroupsAreReadBackAsTheDatabaseWroteThem() {
        assertThat(SignalTally.groups("1501:12:3,:7:0,99000000001:5:5"))
                .containsExactly(new SignalTally.Group(1501L, 12, 3), new SignalTally.Group(null, 7, 0),
                        new SignalTally.Group(99_000_000_001L, 5, 5));
        assertThat(SignalTally.groups(":1:1")).as("only people without a department").containsExactly(new SignalTally.Group(null, 1, 1));
        assertThat(SignalTally.groups("")).isEmpty();
    }

    @Test
    void textThatIsNoGroupIsRefusedRatherThanMisread() {
        assertThatThrownBy(() -> SignalTally.groups("1501:12")).hasMessageContaining("1501:12");
        assertThatThrownBy(() -> SignalTally.groups("1501:12:3,15:4")).hasMessageContaining("15:4");
        assertThatThrownBy(() -> SignalTally.groups("1501:x:3")).isInstanceOf(NumberFormatException.class);
    }
}
