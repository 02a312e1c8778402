/** Rendering: {@link nl.signaal.certificates.document.control.CertificatePdf} and its layout helpers. */
package nl.signaal.certificates.document.control;
