package nl.signaal.catalogue.materials.control;

/**
 * How much may be uploaded: bytes per file and files per campaign. Configured through
 * MicroProfile Config ({@code signaal.catalogue.upload.max-bytes}, default 25 MB;
 * {@code signaal.catalogue.upload.max-per-campaign}, default 20), see {@link UploadSettings}.
 */
public record UploadLimits(long maxBytes, int maxPerCampaign) {

    public static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;
    public static final int DEFAULT_MAX_PER_CAMPAIGN = 20;
}
