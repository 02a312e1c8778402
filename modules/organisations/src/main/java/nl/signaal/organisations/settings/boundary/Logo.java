package nl.signaal.organisations.settings.boundary;

/** An organisation's logo for certificates: the bytes and {@code image/png} or {@code image/jpeg}. */
public record Logo(byte[] content, String contentType) {
}
