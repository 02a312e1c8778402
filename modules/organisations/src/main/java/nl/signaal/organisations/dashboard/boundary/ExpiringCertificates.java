package nl.signaal.organisations.dashboard.boundary;

import java.time.LocalDate;

/**
 * How many people of one department (or without one) hold a certificate of one course whose
 * validity ends within the window, and the first day one ends. Counts the latest completion per
 * person and course only: someone who already renewed is not counted.
 */
public record ExpiringCertificates(GroupKind kind, Long departmentId, String department, long courseId, String courseTitle,
                                   int people, LocalDate firstExpiry) {
}
