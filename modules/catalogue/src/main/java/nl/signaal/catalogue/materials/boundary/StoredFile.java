package nl.signaal.catalogue.materials.boundary;

/** The bytes of an uploaded file with what is needed to serve them safely. */
public record StoredFile(String fileName, String contentType, byte[] bytes) {
}
