package nl.signaal.catalogue.materials.boundary;

import nl.signaal.catalogue.campaigns.boundary.Audience;

/**
 * What a trainer or admin enters for a new material. For a link {@code url} is set; for an
 * upload the file comes separately, so that this record stays small.
 *
 * @param description rich text as typed; sanitised before it is stored
 */
public record NewMaterial(String title, String language, Audience audience, String licence, String description,
                          String url) {
}
