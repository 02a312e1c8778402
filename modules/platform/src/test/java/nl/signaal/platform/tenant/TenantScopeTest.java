package nl.signaal.platform.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import org.junit.jupiter.api.Test;

class TenantScopeTest {

    record Owned(Long getOrganisationId) implements TenantOwned {
    }

    private static TenantScope scopeFor(Optional<String> organisation) {
        CurrentCaller caller = new CurrentCaller() {
            @Override
            public Optional<Caller> current() {
                return Optional.of(new Caller("sub", "beheer.horeca", "Sanne Visser", "", organisation, Set.of("org-admin")));
            }
        };
        Map<String, Long> ids = Map.of("demo-zorg", 1L, "demo-horeca", 2L);
        TenantScope scope = new TenantScope() {
            @Override
            TenantDirectory directory() {
                return new TenantDirectory() {
                    @Override
                    public Optional<Long> organisationIdOf(String code) {
                        return Optional.ofNullable(ids.get(code));
                    }

                    @Override
                    public Optional<String> nameOf(String code) {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<byte[]> logoOf(String code) {
                        return Optional.empty();
                    }
                };
            }
        };
        scope.currentCaller = caller;
        return scope;
    }

    @Test
    void theCallersOrganisationIdComesFromTheCodeInTheToken() {
        TenantScope horeca = scopeFor(Optional.of("demo-horeca"));

        assertThat(horeca.organisationCode()).isEqualTo("demo-horeca");
        assertThat(horeca.organisationId()).isEqualTo(2L);
    }

    @Test
    void aRecordOfAnotherOrganisationIsRefusedAsNotFound() {
        TenantScope horeca = scopeFor(Optional.of("demo-horeca"));

        assertThat(horeca.own(Owned.class, 7, new Owned(2L))).isEqualTo(new Owned(2L));
        assertThatThrownBy(() -> horeca.own(Owned.class, 7, new Owned(1L)))
                .isInstanceOf(NotInYourOrganisationException.class);
        assertThatThrownBy(() -> horeca.own(Owned.class, 7, null))
                .isInstanceOf(NotInYourOrganisationException.class);
        assertThatThrownBy(() -> horeca.own(Owned.class, 7, new Owned(null)))
                .isInstanceOf(NotInYourOrganisationException.class);
    }

    @Test
    void aCallerWithoutOrUnknownOrganisationIsForbiddenNotDefaulted() {
        assertThatThrownBy(() -> scopeFor(Optional.empty()).organisationId())
                .isInstanceOf(NoOrganisationException.class);
        assertThatThrownBy(() -> scopeFor(Optional.of("bestaat-niet")).organisationId())
                .isInstanceOf(NoOrganisationException.class);
    }
}
