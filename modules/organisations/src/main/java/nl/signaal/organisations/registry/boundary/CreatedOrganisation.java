package nl.signaal.organisations.registry.boundary;

/** The outcome of creating an organisation; {@code invitationSent} as for any new member. */
public record CreatedOrganisation(long id, String code, boolean invitationSent) {
}
