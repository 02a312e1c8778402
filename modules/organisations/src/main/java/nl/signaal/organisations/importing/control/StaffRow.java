package nl.signaal.organisations.importing.control;

/** One data line of a staff file, as written (trimmed); {@code line} as a spreadsheet numbers it. */
public record StaffRow(int line, String firstName, String lastName, String email, String department,
                       String sector, String job) {
}
