package nl.signaal.certificates.issuing.boundary;

/** A certificate's PDF with the file name to offer it under ({@code certificaat-7K3M-….pdf}). */
public record CertificateFile(String fileName, byte[] content) {
}
