package nl.signaal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under {@code /api}; every resource is versioned ({@code /api/v1/...}). */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Signaal API", version = "1",
        description = "Reporting routes, catalogue, courses and certificates of Signaal."))
public class ApiApplication extends Application {
}
