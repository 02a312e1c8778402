/**
 * The certificate as a document: one A4 landscape page in PDF/A-2b, drawn from the stored
 * facts of a certificate. Pure Java, no container, so that it is unit tested and benchmarked
 * on its own (see docs/adr/0006-certificates-regenerated-from-facts.md).
 */
package nl.signaal.certificates.document;
