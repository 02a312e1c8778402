package nl.signaal.catalogue.materials.boundary;

/** An uploaded file stored by us, or a link to material elsewhere. Bundle keys {@code kind.<NAME>}. */
public enum MaterialKind {
    FILE, LINK
}
