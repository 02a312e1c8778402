package nl.signaal.routes.points.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"112", "0800-2000", "0900-8844", "0800-7000", "0800 5151", "088-2220500", "033-448 11 86",
            "010-2365256", "06-12345678", "14 020", "+31 70 333 44 44", "+31 88 958 18 14", "+32 2 123 45 67"})
    void acceptsTheWaysDutchServicesWriteTheirNumbers(String number) {
        assertThat(PhoneNumbers.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "113", "0800-20O0", "0800-200", "088-222050", "088-22205000", "+31 70 333 44 4",
            "+31 070 333 44 44", "0031 70 333 44 44", "tel: 0800-2000", "0800--2000", "-0800-2000", "06-1234567x",
            "+0 123 4567"})
    void refusesTyposAndOtherText(String number) {
        assertThat(PhoneNumbers.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+31 70 333 44 44"})
    void makesADialableNumberForTelLinks(String number) {
        assertThat(PhoneNumbers.dialable(number)).isEqualTo("+31703334444");
    }
}
