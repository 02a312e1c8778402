package nl.signaal.catalogue.materials.boundary;

import nl.signaal.catalogue.campaigns.boundary.Audience;

/**
 * A material as listed on a campaign, without its bytes.
 *
 * @param language        an ISO 639-1 code such as {@code nl}, or null when not known
 * @param audience        null when not known
 * @param descriptionHtml HTML already passed through the sanitiser policy, or null
 * @param url             the link (LINK) or null
 * @param contentType     the detected type (FILE) or null
 * @param sizeBytes       the file size (FILE) or null
 */
public record MaterialSummary(long id, long campaignId, MaterialKind kind, String title, String language,
                              Audience audience, String licence, String descriptionHtml, String url, String fileName,
                              String contentType, Long sizeBytes, String sha256, boolean hasPreview, boolean demo) {
}
