package nl.signaal.routes.regions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.Role;
import nl.signaal.routes.points.boundary.ReportingPoints;
import nl.signaal.routes.points.boundary.Violation;
import nl.signaal.routes.regions.control.DivisionsValidator;
import nl.signaal.routes.regions.entity.Municipality;
import nl.signaal.routes.regions.entity.SafetyRegion;
import nl.signaal.routes.resolver.control.RoutingDataChanged;

/**
 * The platform admin's correction of a municipality's regions (safety region, GGD, RIEC,
 * Veilig Thuis, care coordination) and their source. Validated, audited with the fields that
 * changed, and the resolver's snapshot is refreshed after commit, so the next route uses it.
 */
@Stateless
@RolesAllowed(Role.PLATFORM_ADMIN)
public class MunicipalityDivisions {

    public static final String AUDIT_TYPE = "Municipality";

    @PersistenceContext(unitName = "routes")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Event<RoutingDataChanged> changed;

    /** The municipality's stored source text, which the summary does not carry. */
    public Optional<String> sourceOf(String code) {
        return Optional.ofNullable(em.find(Municipality.class, code)).map(Municipality::getSource);
    }

    /**
     * Applies {@code change}.
     *
     * @return the municipality as saved; empty when there is no municipality with that code
     * @throws InvalidDivisionsException with every violation; nothing is written
     */
    public Optional<MunicipalitySummary> update(Caller caller, DivisionsChange change) {
        Municipality municipality = em.find(Municipality.class, change.code(), LockModeType.PESSIMISTIC_WRITE);
        if (municipality == null) {
            return Optional.empty();
        }
        Set<String> regionCodes = em.createNamedQuery(SafetyRegion.FIND_ALL, SafetyRegion.class).getResultList().stream()
                .map(SafetyRegion::getCode).collect(Collectors.toSet());
        List<Violation> violations = DivisionsValidator.validate(change, regionCodes);
        if (!violations.isEmpty()) {
            throw new InvalidDivisionsException(violations);
        }
        Map<String, String> before = fields(municipality);
        municipality.changeDivisions(em.find(SafetyRegion.class, DivisionsValidator.blankToNull(change.safetyRegionCode())),
                DivisionsValidator.blankToNull(change.ggdRegion()), DivisionsValidator.blankToNull(change.riecRegion()),
                change.riecRegionConfirmed(), DivisionsValidator.blankToNull(change.veiligThuisRegion()),
                DivisionsValidator.blankToNull(change.careCoordinationRegion()), DivisionsValidator.blankToNull(change.source()));
        Map<String, String> after = fields(municipality);
        List<String> differences = new ArrayList<>();
        before.forEach((field, old) -> {
            if (!Objects.equals(old, after.get(field))) {
                differences.add(field + ": " + (old == null ? "?" : old) + " → " + (after.get(field) == null ? "?" : after.get(field)));
            }
        });
        if (!differences.isEmpty()) {
            audit.record(caller, ReportingPoints.AUDIT_CONTEXT, AUDIT_TYPE, municipality.getCode(), "update",
                    municipality.getName() + ": " + String.join("; ", differences));
            changed.fire(new RoutingDataChanged("municipality " + municipality.getCode()));
        }
        return Optional.of(municipality.toSummary());
    }

    private static Map<String, String> fields(Municipality m) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("safety_region", m.getSafetyRegion().getCode());
        fields.put("ggd_region", m.getGgdRegion());
        fields.put("riec_region", m.getRiecRegion());
        fields.put("riec_region_confirmed", Boolean.toString(m.isRiecRegionConfirmed()));
        fields.put("veilig_thuis_region", m.getVeiligThuisRegion());
        fields.put("care_coordination_region", m.getCareCoordinationRegion());
        fields.put("source", m.getSource());
        return fields;
    }
}
