/** Rendering stored certificates to PDF with the configured public URL, and the default organisation names. */
package nl.signaal.certificates.issuing.control;
