package nl.signaal.web.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The verified machine client of the current request, set by {@link BearerTokenFilter} and read by
 * the resource it guards. Empty on every other request, so nothing but a verified token fills it.
 */
@RequestScoped
public class VerifiedClient {

    private ServiceClient client;

    void set(ServiceClient client) {
        this.client = client;
    }

    public Optional<ServiceClient> get() {
        return Optional.ofNullable(client);
    }
}
