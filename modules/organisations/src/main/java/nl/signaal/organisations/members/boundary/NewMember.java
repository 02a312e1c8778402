package nl.signaal.organisations.members.boundary;

import nl.signaal.platform.shared.Sector;

/** What an org admin fills in to add one person; department, sector and job are optional. */
public record NewMember(String firstName, String lastName, String email, Long departmentId, Sector sector, String job) {
}
