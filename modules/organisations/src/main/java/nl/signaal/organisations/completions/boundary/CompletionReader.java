package nl.signaal.organisations.completions.boundary;

import java.util.Objects;
import java.util.Set;

/**
 * A machine client (an organisation's HR system) whose access token the web layer has verified:
 * signature, issuer, expiry and audience. It carries what the token says — the client, the
 * organisation it was issued for and its roles — and nothing a request could add.
 *
 * @param clientId         the token's {@code azp}, for the log
 * @param organisationCode the token's {@code organisation} claim
 * @param roles            the token's realm roles ({@code groups} claim)
 */
public record CompletionReader(String clientId, String organisationCode, Set<String> roles) {

    /** The realm role an HR client needs to read its organisation's completions. */
    public static final String ROLE = "completions-reader";

    public CompletionReader {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(organisationCode, "organisationCode");
        roles = Set.copyOf(roles);
    }

    public boolean mayRead() {
        return roles.contains(ROLE);
    }
}
