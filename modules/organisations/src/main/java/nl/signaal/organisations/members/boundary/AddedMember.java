package nl.signaal.organisations.members.boundary;

/**
 * A member just added.
 *
 * @param invitationSent false when Keycloak could not mail the invitation (e.g. no SMTP
 *                       settings in the realm); the member exists all the same and the admin
 *                       is told to invite them another way
 */
public record AddedMember(MemberView member, boolean invitationSent) {
}
