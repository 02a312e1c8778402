package nl.signaal.platform.caller;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: taken from the identity provider's token on every request, never from
 * anything the browser sends. {@code organisation} is the organisation code of the
 * {@code organisation} claim; a caller without one is refused before any page is served
 * (see the web module's {@code OrganisationRequiredFilter}).
 *
 * @param subject      the identity provider's stable user id ({@code sub})
 * @param username     the login name
 * @param displayName  the full name as in the profile, any Unicode
 * @param email        e-mail address, may be empty
 * @param organisation organisation code, empty when the token carries none
 * @param roles        the product roles (see {@link Role})
 */
public record Caller(String subject, String username, String displayName, String email,
                     Optional<String> organisation, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The organisation code; throws when absent, since no org-scoped work may run without it. */
    public String requireOrganisation() {
        return organisation.orElseThrow(() -> new MissingOrganisationException(username));
    }
}
