package nl.signaal.catalogue.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The upload limits from MicroProfile Config, so an operator can change them per environment
 * (e.g. {@code asadmin set-config-property} or an environment variable
 * {@code SIGNAAL_CATALOGUE_UPLOAD_MAX_BYTES}) without rebuilding.
 */
@ApplicationScoped
public class UploadSettings {

    @Inject
    @ConfigProperty(name = "signaal.catalogue.upload.max-bytes", defaultValue = "26214400")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "signaal.catalogue.upload.max-per-campaign", defaultValue = "20")
    int maxPerCampaign;

    public UploadLimits limits() {
        return new UploadLimits(maxBytes, maxPerCampaign);
    }
}
