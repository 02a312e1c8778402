package nl.signaal.platform.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MunicipalityCodeTest {

    @Test
    void acceptsTheCbsFormsPeopleType() {
        assertThat(MunicipalityCode.parse("GM0363").value()).isEqualTo("GM0363");
        assertThat(MunicipalityCode.parse(" gm0363 ").value()).isEqualTo("GM0363");
        assertThat(MunicipalityCode.parse("0363").value()).isEqualTo("GM0363");
        assertThat(MunicipalityCode.parse("363").value()).isEqualTo("GM0363");
    }

    @Test
    void rejectsAnythingElseWithTheValueInTheMessage() {
        assertThatThrownBy(() -> MunicipalityCode.parse("Amsterdam"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AMSTERDAM");
        assertThatThrownBy(() -> new MunicipalityCode("GM36"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
