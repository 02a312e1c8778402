package nl.signaal.organisations.registry.boundary;

import java.util.Set;
import nl.signaal.platform.shared.Sector;

/**
 * A new tenant and the person who will administer it.
 *
 * @param code the value of the {@code organisation} claim, e.g. {@code ziekenhuis-noord}; never reused
 */
public record NewOrganisation(String code, String name, String municipalityCode, Set<Sector> sectors,
                              String adminFirstName, String adminLastName, String adminEmail) {
}
