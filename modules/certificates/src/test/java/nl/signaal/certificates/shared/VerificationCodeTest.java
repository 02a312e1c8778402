package nl.signaal.certificates.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The code as a person reads, types and mistypes it. */
class VerificationCodeTest {

    @Test
    void aCodeCarriesAtLeast128RandomBitsInCrockfordBase32WithoutAmbiguousLetters() {
        VerificationCode code = VerificationCode.random();

        assertThat(code.value()).hasSize(VerificationCode.LENGTH).matches("[0-9A-HJKMNP-TV-Z]+");
        assertThat(VerificationCode.LENGTH * Math.log(VerificationCode.ALPHABET.length()) / Math.log(2))
                .isGreaterThanOrEqualTo(128);
        assertThat(VerificationCode.ALPHABET).doesNotContain("I", "L", "O", "U").hasSize(32);
    }

    @Test
    void codesAreShownInGroupsOfFour() {
        VerificationCode code = VerificationCode.random();

        assertThat(code.readable()).matches("([0-9A-Z]{4}-){6}[0-9A-Z]{4}");
        assertThat(code.readable().replace("-", "")).isEqualTo(code.value());
    }

    @Test
    void tenThousandCodesAreAllDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(VerificationCode.random().value())).isTrue();
        }
    }

    @Test
    void parsingForgivesCaseSpacesDashesAndLookAlikes() {
        VerificationCode code = VerificationCode.random();
        String typed = " " + code.readable().toLowerCase().replace("-", " - ") + "\t";

        assertThat(VerificationCode.parse(typed)).contains(code);
        assertThat(VerificationCode.parse(code.value())).contains(code);
        assertThat(VerificationCode.parse("0000-1111-2222-3333-4444-5555-6666"))
                .isEqualTo(VerificationCode.parse("oOOo-iLil-2222-3333-4444-5555-6666"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"7K3M-Q9TX", "7K3M-Q9TX-4D2H-ABCD-EFGH-JKMN-PQRS-T", "7K3M-Q9TX-4D2H-ABCD-EFGH-JKMN-PQRU",
            "7K3M-Q9TX-4D2H-ABCD-EFGH-JKMN-PQR!", "' OR 1=1 --", "<script>alert(1)</script>",
            "７K3M-Q9TX-4D2H-ABCD-EFGH-JKMN-PQRS", "7K3M/Q9TX/4D2H/ABCD/EFGH/JKMN/PQRS",
            "----------------------------------------------------------------------------------------------"})
    void malformedInputIsRejectedWithoutAReason(String input) {
        assertThat(VerificationCode.parse(input)).isEmpty();
    }

    @Test
    void aValidCodeIsAcceptedWhateverItsGrouping() {
        assertThat(VerificationCode.parse("7K3MQ9TX4D2HABCDEFGHJKMNPQRS")).map(VerificationCode::readable)
                .contains("7K3M-Q9TX-4D2H-ABCD-EFGH-JKMN-PQRS");
    }
}
