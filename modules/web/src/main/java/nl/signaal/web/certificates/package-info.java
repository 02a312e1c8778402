/**
 * Views and API of the certificates context: the learner's "Mijn certificaten"
 * (/me/certificates.xhtml), the public verification page (/verify/{code}), the organisation
 * admin's list with revocation and bulk ZIP (/org/certificates.xhtml), the public
 * verification API {@code GET /api/v1/certificates/{code}} (rate-limited) and revocation by
 * API, {@code POST /api/v1/certificates/{code}/revocation} (org admin or platform admin).
 */
package nl.signaal.web.certificates;
