package nl.signaal.organisations.directory.boundary;

/** What other contexts and the web may know of an organisation. */
public record OrganisationSummary(long id, String code, String name, String municipalityCode, boolean demo) {
}
