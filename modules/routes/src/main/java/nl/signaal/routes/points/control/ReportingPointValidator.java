package nl.signaal.routes.points.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.Violation;
import nl.signaal.routes.shared.Message;

/**
 * The rules one reporting point must satisfy on its own, shared by the admin form and the
 * CSV import so that both refuse the same things with the same words. Uniqueness of name
 * and scope involves other points and is checked by the callers.
 */
public final class ReportingPointValidator {

    public static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}");

    private final ReferenceCodes codes;

    public ReportingPointValidator(ReferenceCodes codes) {
        this.codes = codes;
    }

    /** All violations of {@code point}, in field order; empty when it may be saved. */
    public List<Violation> validate(ReportingPointData point, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (point.name() == null || point.name().isBlank()) {
            violations.add(new Violation("name", Message.of("points.error.nameRequired")));
        } else if (point.name().length() > MAX_NAME) {
            violations.add(new Violation("name", Message.of("points.error.nameTooLong", MAX_NAME)));
        }
        if (point.kind() == null) {
            violations.add(new Violation("kind", Message.of("points.error.kindRequired")));
        }
        if (point.scope() == null) {
            violations.add(new Violation("scope", Message.of("points.error.scopeRequired")));
        } else {
            checkAreas(point, violations);
        }
        if (point.forms().isEmpty()) {
            violations.add(new Violation("forms", Message.of("points.error.formsRequired")));
        }
        checkPhone("phone", point.contact().phone(), violations);
        checkPhone("phone_abroad", point.contact().phoneAbroad(), violations);
        checkUrl("web", point.contact().web(), violations);
        checkUrl("chat", point.contact().chat(), violations);
        if (point.contact().email() != null && !EMAIL.matcher(point.contact().email()).matches()) {
            violations.add(new Violation("email", Message.of("points.error.malformedEmail", point.contact().email())));
        }
        if (point.sourceUrl() == null || point.sourceUrl().isBlank()) {
            violations.add(new Violation("source_url", Message.of("points.error.sourceRequired")));
        } else {
            checkUrl("source_url", point.sourceUrl(), violations);
        }
        if (point.verifiedOn() != null && point.verifiedOn().isAfter(today)) {
            violations.add(new Violation("verified_on", Message.of("points.error.verifiedInFuture", point.verifiedOn().toString())));
        }
        if (point.confidence() == null) {
            violations.add(new Violation("confidence", Message.of("points.error.confidenceRequired")));
        }
        return violations;
    }

    /**
     * The rules that involve the other points: name and scope together are unique (ignoring
     * case), and a routing key belongs to one point.
     *
     * @param point  the point to save (its id null when new)
     * @param others the stored points; the point's own stored version may be among them
     */
    public static List<Violation> validateAgainst(ReportingPointData point, java.util.Collection<ReportingPointData> others) {
        List<Violation> violations = new ArrayList<>();
        for (ReportingPointData other : others) {
            if (other.id() != null && other.id().equals(point.id())) {
                continue;
            }
            if (point.scope() != null && other.nameScopeKey().equals(point.nameScopeKey())) {
                violations.add(new Violation("name", Message.of("points.error.duplicate", point.name(), point.scope().name())));
            }
            if (point.routingKey() != null && point.routingKey() == other.routingKey()) {
                violations.add(new Violation("routing_key",
                        Message.of("points.error.routingKeyTaken", point.routingKey().name(), other.name())));
            }
        }
        return violations;
    }

    /**
     * Which fields differ between two versions of a point, as column names for the audit
     * trail, e.g. {@code "phone, verified_on"}.
     */
    public static String changedFields(ReportingPointData before, ReportingPointData after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", before.name(), after.name());
        compare(changed, "routing_key", before.routingKey(), after.routingKey());
        compare(changed, "kind", before.kind(), after.kind());
        compare(changed, "scope", before.scope(), after.scope());
        compare(changed, "areas", before.areas(), after.areas());
        compare(changed, "forms", before.forms(), after.forms());
        compare(changed, "audiences", before.audiences(), after.audiences());
        compare(changed, "phone", before.contact().phone(), after.contact().phone());
        compare(changed, "phone_hours", before.contact().phoneHours(), after.contact().phoneHours());
        compare(changed, "phone_abroad", before.contact().phoneAbroad(), after.contact().phoneAbroad());
        compare(changed, "web", before.contact().web(), after.contact().web());
        compare(changed, "email", before.contact().email(), after.contact().email());
        compare(changed, "chat", before.contact().chat(), after.contact().chat());
        compare(changed, "chat_hours", before.contact().chatHours(), after.contact().chatHours());
        compare(changed, "anonymous_possible", before.anonymousPossible(), after.anonymousPossible());
        compare(changed, "source_url", before.sourceUrl(), after.sourceUrl());
        compare(changed, "verified_on", before.verifiedOn(), after.verifiedOn());
        compare(changed, "confidence", before.confidence(), after.confidence());
        compare(changed, "notes", before.notes(), after.notes());
        return String.join(", ", changed);
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private void checkAreas(ReportingPointData point, List<Violation> violations) {
        PointScope scope = point.scope();
        if (scope == PointScope.NATIONAL) {
            if (!point.areas().isEmpty()) {
                violations.add(new Violation("areas", Message.of("points.error.nationalHasAreas")));
            }
            return;
        }
        if (point.areas().isEmpty()) {
            violations.add(new Violation("areas", Message.of("points.error.areasRequired")));
        }
        for (String code : point.areas()) {
            if (!scope.acceptsAreaCode(code)) {
                violations.add(new Violation("areas", Message.of("points.error.areaDoesNotMatchScope", code, scope.name())));
            } else if (scope == PointScope.MUNICIPALITY && !codes.municipalities().contains(code)) {
                violations.add(new Violation("areas", Message.of("points.error.unknownMunicipality", code)));
            } else if (scope == PointScope.REGION && !codes.safetyRegions().contains(code)) {
                violations.add(new Violation("areas", Message.of("points.error.unknownRegion", code)));
            } else if (scope == PointScope.PROVINCE && !codes.provinces().contains(code)) {
                violations.add(new Violation("areas", Message.of("points.error.unknownProvince", code)));
            }
        }
    }

    private static void checkPhone(String field, String value, List<Violation> violations) {
        if (value != null && !PhoneNumbers.isValid(value)) {
            violations.add(new Violation(field, Message.of("points.error.malformedPhone", value)));
        }
    }

    private static void checkUrl(String field, String value, List<Violation> violations) {
        if (value == null) {
            return;
        }
        try {
            URI uri = new URI(value.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                violations.add(new Violation(field, Message.of("points.error.malformedUrl", value)));
            }
        } catch (URISyntaxException e) {
            violations.add(new Violation(field, Message.of("points.error.malformedUrl", value)));
        }
    }
}
