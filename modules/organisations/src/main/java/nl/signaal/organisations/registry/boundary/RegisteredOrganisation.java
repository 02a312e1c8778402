package nl.signaal.organisations.registry.boundary;

/** An organisation in the register, with how many active members it has. */
public record RegisteredOrganisation(long id, String code, String name, String municipalityCode, String sectors,
                                     boolean demo, long activeMembers) {
}
