/**
 * Issuing, reading, verifying and revoking certificates. A certificate is issued once per
 * completion when {@link nl.signaal.platform.events.CourseCompleted} arrives after learning's
 * commit; its document is regenerated from the stored facts on every download.
 */
package nl.signaal.certificates.issuing;
