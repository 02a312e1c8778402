package nl.signaal.organisations.provisioning.control;

import java.util.List;

/**
 * A Keycloak user to create.
 *
 * @param username     login name (Signaal uses the e-mail address, lower case)
 * @param organisation organisation code for the {@code organisation} attribute
 * @param realmRoles   realm roles to grant, e.g. {@code learner}
 */
public record NewIdentity(String username, String email, String firstName, String lastName,
                          String organisation, List<String> realmRoles) {

    public NewIdentity {
        realmRoles = List.copyOf(realmRoles);
    }
}
