package nl.signaal.routes.points.boundary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.signaal.platform.shared.FormOfExploitation;

/**
 * A reporting point or knowledge centre as an immutable value: what the resolver routes to,
 * what the admin form edits, what a CSV line holds.
 *
 * @param id                null for a point not yet saved
 * @param name              as the organisation calls it
 * @param routingKey        set only on the national points the rules name, else null
 * @param kind              what it primarily does for a reporter
 * @param scope             how far it reaches
 * @param areas             covered area codes, matching the scope (empty for NATIONAL), sorted
 * @param forms             forms of exploitation handled; all four means "all forms"
 * @param audiences         whom it serves
 * @param contact           how to reach it; unknown parts are null
 * @param anonymousPossible null = unknown
 * @param sourceUrl         the public page the facts come from; required
 * @param verifiedOn        the day a person checked the record against the source; null = not yet verified
 * @param confidence        how sure the record is
 * @param notes             provenance remarks for admins (e.g. how the area was matched), may be null
 */
public record ReportingPointData(Long id, String name, RoutingKey routingKey, PointKind kind, PointScope scope,
                                 Set<String> areas, Set<FormOfExploitation> forms, Set<Audience> audiences,
                                 Contact contact, Boolean anonymousPossible, String sourceUrl, LocalDate verifiedOn,
                                 Confidence confidence, String notes) {

    public ReportingPointData {
        areas = Collections.unmodifiableSet(new TreeSet<>(areas == null ? Set.of() : areas));
        forms = Collections.unmodifiableSet(enumSet(FormOfExploitation.class, forms));
        audiences = Collections.unmodifiableSet(enumSet(Audience.class, audiences));
        contact = contact == null ? Contact.NONE : contact;
    }

    public boolean handlesAllForms() {
        return forms.size() == FormOfExploitation.values().length;
    }

    /** Whether this point deals with {@code form}; an unknown form ({@code null}) matches every point. */
    public boolean handles(FormOfExploitation form) {
        return form == null || forms.contains(form);
    }

    public List<ContactChannel> channels() {
        return contact.channels();
    }

    public ReportingPointData withId(Long newId) {
        return new ReportingPointData(newId, name, routingKey, kind, scope, areas, forms, audiences, contact,
                anonymousPossible, sourceUrl, verifiedOn, confidence, notes);
    }

    /** The identity the unique constraint guards: same name (ignoring case) in the same scope. */
    public String nameScopeKey() {
        return Objects.toString(name, "").strip().toLowerCase(java.util.Locale.ROOT) + "|" + scope;
    }

    private static <E extends Enum<E>> EnumSet<E> enumSet(Class<E> type, Collection<E> values) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
