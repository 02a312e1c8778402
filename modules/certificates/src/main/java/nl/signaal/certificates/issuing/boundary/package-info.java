/**
 * What other modules use: {@link nl.signaal.certificates.issuing.boundary.Certificates} (learner,
 * org admin, public verification), the completion listener, and the
 * {@link nl.signaal.certificates.issuing.boundary.OrganisationNames} port (answered from the
 * platform's tenant directory).
 */
package nl.signaal.certificates.issuing.boundary;
