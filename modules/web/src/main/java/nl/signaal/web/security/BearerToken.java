package nl.signaal.web.security;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource for machine clients: {@link BearerTokenFilter} lets a request through only
 * with a valid access token of the realm (client credentials), and a browser session does not
 * count. See docs/adr/0008.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BearerToken {
}
