package nl.signaal.web.security;

import java.util.Set;

/**
 * A machine client whose access token {@link ServiceTokens} verified, as the token describes it.
 *
 * @param clientId     {@code azp}: the Keycloak client, e.g. {@code hr-demo-zorg}
 * @param organisation the {@code organisation} claim (the organisation's code); empty when absent
 * @param roles        the realm roles of its service account ({@code groups} claim)
 */
public record ServiceClient(String clientId, String organisation, Set<String> roles) {

    public ServiceClient {
        roles = Set.copyOf(roles);
    }
}
