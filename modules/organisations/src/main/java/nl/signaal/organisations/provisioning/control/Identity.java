package nl.signaal.organisations.provisioning.control;

import java.util.List;
import java.util.Optional;

/** A Keycloak user as the Admin REST API reports it (the fields Signaal cares about). */
public record Identity(String id, String username, String email, String firstName, String lastName,
                       boolean enabled, boolean emailVerified, Optional<String> organisation,
                       List<String> requiredActions) {
}
