/**
 * {@code /api/v1/campaigns}: the catalogue for trainers' tools. Reading is for trainers and
 * platform admins (the catalogue is a trainers' tool, not public; the issue does not ask for
 * public access), proposing for trainers, creating and deleting for platform admins. Learners
 * and org admins get 403.
 */
package nl.signaal.web.api.catalogue;
