package nl.signaal.organisations.importing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaal.organisations.importing.boundary.ImportProblem;
import nl.signaal.platform.shared.Sector;
import org.junit.jupiter.api.Test;

class StaffValidatorTest {

    private final List<String> keycloakAsked = new ArrayList<>();

    private StaffValidator validator() {
        Map<String, Long> departments = Map.of("zorg/verpleging", 11L, "zorg", 10L);
        return new StaffValidator(path -> Optional.ofNullable(departments.get(path.toLowerCase().replace(" / ", "/"))),
                Set.of("al.lid@zorg.example"),
                email -> {
                    keycloakAsked.add(email);
                    return email.equals("in.keycloak@elders.example");
                });
    }

    private static StaffRow row(int line, String first, String last, String email, String department) {
        return new StaffRow(line, first, last, email, department, "", "");
    }

    @Test
    void aCleanFileGivesResolvedRowsAndNoProblems() {
        StaffValidator.Result result = validator().validate(List.of(
                new StaffRow(2, "Anna", "de Vries", "Anna@Zorg.Example", "Zorg/Verpleging", "healthcare", "verpleegkundige"),
                row(3, "Bas", "Smit", "bas@zorg.example", "")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new StaffValidator.ValidRow(2, "Anna", "de Vries", "anna@zorg.example", 11L, Sector.HEALTHCARE, "verpleegkundige"),
                new StaffValidator.ValidRow(3, "Bas", "Smit", "bas@zorg.example", null, null, null));
    }

    @Test
    void everyProblemIsReportedWithItsLineNotJustTheFirst() {
        StaffValidator.Result result = validator().validate(List.of(
                row(2, "", "Jansen", "", ""),
                row(3, "Kees", "", "geen-adres", ""),
                row(4, "Lies", "Bos", "lies@zorg.example", "Keuken"),
                row(5, "Lies", "Bos", "LIES@zorg.example", ""),
                row(6, "Al", "Lid", "al.lid@zorg.example", ""),
                row(7, "Kim", "Elders", "in.keycloak@elders.example", ""),
                new StaffRow(8, "Mo", "Ali", "mo@zorg.example", "", "bakkerij", "")));

        assertThat(result.rows()).isEmpty();
        assertThat(result.problems()).containsExactly(
                ImportProblem.of(2, "org.import.error.firstname.missing"),
                ImportProblem.of(2, "org.import.error.email.missing"),
                ImportProblem.of(3, "org.import.error.lastname.missing"),
                ImportProblem.of(3, "org.import.error.email.invalid", "geen-adres"),
                ImportProblem.of(4, "org.import.error.department.unknown", "Keuken"),
                ImportProblem.of(5, "org.import.error.duplicate", "LIES@zorg.example", 4),
                ImportProblem.of(6, "org.import.error.exists.organisation", "al.lid@zorg.example"),
                ImportProblem.of(7, "org.import.error.exists.keycloak", "in.keycloak@elders.example"),
                ImportProblem.of(8, "org.import.error.sector.unknown", "bakkerij"));
    }

    @Test
    void keycloakIsOnlyAskedAboutAddressesThatCouldOtherwiseBeImported() {
        validator().validate(List.of(
                row(2, "A", "B", "kapot", ""),
                row(3, "A", "B", "al.lid@zorg.example", ""),
                row(4, "A", "B", "nieuw@zorg.example", ""),
                row(5, "A", "B", "nieuw@zorg.example", "")));

        assertThat(keycloakAsked).containsExactly("nieuw@zorg.example");
    }

    @Test
    void emailShapes() {
        assertThat(StaffValidator.validEmail("anna.de-vries+zorg@ziekenhuis.nl")).isTrue();
        assertThat(StaffValidator.validEmail("anna@localhost")).isFalse();
        assertThat(StaffValidator.validEmail("anna@@x.nl")).isFalse();
        assertThat(StaffValidator.validEmail("anna de vries@x.nl")).isFalse();
        assertThat(StaffValidator.validEmail("a@b.nl, c@d.nl")).isFalse();
        assertThat(StaffValidator.validEmail("x".repeat(250) + "@x.nl")).isFalse();
    }

    @Test
    void tooLongFieldsAreRefused() {
        StaffValidator.Result result = validator().validate(List.of(
                new StaffRow(2, "A".repeat(121), "B", "a@b.example", "", "", "j".repeat(121))));

        assertThat(result.problems()).extracting(ImportProblem::key)
                .containsExactly("org.import.error.firstname.toolong", "org.import.error.job.toolong");
    }
}
