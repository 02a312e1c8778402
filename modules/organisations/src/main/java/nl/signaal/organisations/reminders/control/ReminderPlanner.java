package nl.signaal.organisations.reminders.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.signaal.organisations.assignments.control.Audience;
import nl.signaal.organisations.assignments.control.DueDates;
import nl.signaal.organisations.reminders.boundary.ReminderKind;
import nl.signaal.organisations.settings.boundary.ReminderPolicy;
import nl.signaal.platform.shared.Sector;

/**
 * Who gets which reminder today: pure rules over one organisation's settings, members,
 * assignments and latest completions, so they are unit-tested without a database or a clock.
 * <ul>
 * <li>{@link ReminderKind#DUE_SOON}: an assigned course's next due date lies between today and
 * today + the organisation's days before due — also when a recurring course's completion is
 * about to lapse.</li>
 * <li>{@link ReminderKind#OVERDUE}: the due date has passed without a completion in the period.</li>
 * <li>{@link ReminderKind#CERTIFICATE_EXPIRING}: the latest completion of a course runs out within
 * {@link ReminderKind#EXPIRY_DAYS} days; its validity is the course's (from the completion
 * event) or else the organisation's default; no validity at all means it never expires.</li>
 * </ul>
 * Several assignments of one course count as one (the most urgent), as on the learner's page.
 * Deactivated members and members without an e-mail address get nothing. Each reminder names
 * the date it is about, which with member, course and kind is its once-only key.
 */
public final class ReminderPlanner {

    /** The organisation's choices. {@code defaultValidityMonths} null: no default validity. */
    public record Settings(ReminderPolicy policy, int daysBeforeDue, Integer defaultValidityMonths) {
    }

    /** A member as reminders need them. */
    public record Recipient(long memberId, String subject, String email, String firstName, String lastName, boolean active,
                            Long departmentId, Sector sector, String job) {
    }

    /** The latest completion of one course by one person; {@code validityMonths}/{@code courseTitle} null when unknown. */
    public record Completion(long courseId, LocalDate day, Integer validityMonths, String courseTitle) {
    }

    /** A reminder to send. {@code aboutDate} is the due date or the certificate's last valid day. */
    public record Planned(long memberId, String email, String firstName, String lastName, long courseId, String courseTitle,
                          ReminderKind kind, LocalDate aboutDate) {

        /** Member × course × kind × cycle: the same reminder has the same key in every run. */
        public String key() {
            return memberId + "/" + courseId + "/" + kind + "/" + aboutDate;
        }
    }

    private final Settings settings;
    private final Audience audience;
    private final List<Audience.Rule> assignments;

    public ReminderPlanner(Settings settings, Audience audience, List<Audience.Rule> assignments) {
        this.settings = Objects.requireNonNull(settings);
        this.audience = Objects.requireNonNull(audience);
        this.assignments = List.copyOf(assignments);
    }

    /** The reminders {@code recipient} should have by {@code today}, given their latest completions per course. */
    public List<Planned> plan(Recipient recipient, Map<Long, Completion> completions, LocalDate today) {
        if (settings.policy() == ReminderPolicy.NONE || !recipient.active() || recipient.email() == null
                || recipient.email().isBlank()) {
            return List.of();
        }
        List<Planned> result = new ArrayList<>();
        Audience.Person person = new Audience.Person(recipient.memberId(), recipient.departmentId(), recipient.sector(),
                recipient.job(), recipient.subject());
        Map<Long, Due> byCourse = new LinkedHashMap<>();
        for (Audience.Rule rule : assignments) {
            if (!audience.applies(rule, person)) {
                continue;
            }
            Completion last = completions.get(rule.courseId());
            DueDates.Status status = DueDates.status(rule.dueDate(), rule.recurrenceMonths(), last == null ? null : last.day(), today);
            if (status.dueDate() == null) {
                continue;
            }
            byCourse.merge(rule.courseId(), new Due(rule.courseId(), rule.courseTitle(), status), Due::moreUrgent);
        }
        for (Due due : byCourse.values()) {
            LocalDate date = due.status().dueDate();
            if (due.status().overdue()) {
                if (settings.policy().covers(ReminderKind.OVERDUE)) {
                    result.add(planned(recipient, due.courseId(), due.courseTitle(), ReminderKind.OVERDUE, date));
                }
            } else if (!date.isBefore(today) && !date.isAfter(today.plusDays(settings.daysBeforeDue()))
                    && settings.policy().covers(ReminderKind.DUE_SOON)) {
                result.add(planned(recipient, due.courseId(), due.courseTitle(), ReminderKind.DUE_SOON, date));
            }
        }
        if (settings.policy().covers(ReminderKind.CERTIFICATE_EXPIRING)) {
            for (Completion c : completions.values()) {
                Integer months = c.validityMonths() != null ? c.validityMonths() : settings.defaultValidityMonths();
                String title = c.courseTitle() != null ? c.courseTitle() : titleOfAssignment(c.courseId());
                if (months == null || title == null) {
                    continue;
                }
                LocalDate lastValidDay = c.day().plusMonths(months);
                if (!lastValidDay.isBefore(today) && !lastValidDay.isAfter(today.plusDays(ReminderKind.EXPIRY_DAYS))) {
                    result.add(planned(recipient, c.courseId(), title, ReminderKind.CERTIFICATE_EXPIRING, lastValidDay));
                }
            }
        }
        result.sort(Comparator.comparing(Planned::aboutDate).thenComparing(Planned::courseTitle).thenComparing(Planned::kind));
        return result;
    }

    private String titleOfAssignment(long courseId) {
        return assignments.stream().filter(a -> a.courseId() == courseId).map(Audience.Rule::courseTitle).findFirst().orElse(null);
    }

    private static Planned planned(Recipient r, long courseId, String title, ReminderKind kind, LocalDate date) {
        return new Planned(r.memberId(), r.email().strip(), r.firstName(), r.lastName(), courseId, title, kind, date);
    }

    /** One course's due date for one person, from the most urgent of its assignments. */
    private record Due(long courseId, String courseTitle, DueDates.Status status) {
        static Due moreUrgent(Due a, Due b) {
            if (a.status().done() != b.status().done()) {
                return a.status().done() ? b : a;
            }
            return b.status().dueDate().isBefore(a.status().dueDate()) ? b : a;
        }
    }
}
