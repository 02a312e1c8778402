package nl.signaal.organisations.registry.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.signaal.organisations.directory.entity.Organisation;
import nl.signaal.organisations.importing.boundary.ImportProblem;
import nl.signaal.organisations.importing.control.StaffRow;
import nl.signaal.organisations.importing.control.StaffValidator;
import nl.signaal.organisations.members.control.Enrolment;
import nl.signaal.organisations.members.control.EnrolmentFailedException;
import nl.signaal.organisations.members.control.MemberStore;
import nl.signaal.organisations.provisioning.control.IdentityProvisioning;
import nl.signaal.organisations.provisioning.control.NewIdentity;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.MunicipalityCode;
import nl.signaal.platform.shared.Sector;
import nl.signaal.routes.regions.boundary.Municipalities;

/**
 * All organisations, for platform admins, and the creation of a new one together with its
 * first org admin (a Keycloak user with roles org-admin and learner, invited by e-mail).
 */
@Stateless
@RolesAllowed(Role.PLATFORM_ADMIN)
public class OrganisationRegistry {

    /** The shape Keycloak's user profile and the organisation table accept for a code. */
    public static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Municipalities municipalities;

    @Inject
    IdentityProvisioning provisioning;

    @Inject
    Enrolment enrolment;

    @EJB
    MemberStore store;

    @Inject
    Clock clock;

    public List<RegisteredOrganisation> all() {
        Map<Long, Long> active = em.createQuery(
                        "SELECT m.organisationId, COUNT(m) FROM Member m WHERE m.active = TRUE GROUP BY m.organisationId", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return em.createNamedQuery(Organisation.FIND_ALL, Organisation.class).getResultStream()
                .map(o -> new RegisteredOrganisation(o.getId(), o.getCode(), o.getName(), o.getMunicipalityCode(),
                        o.getSectors().stream().map(Sector::name).sorted().collect(Collectors.joining(", ")), o.isDemo(),
                        active.getOrDefault(o.getId(), 0L)))
                .toList();
    }

    /**
     * Creates the organisation and its first org admin, all or nothing: the Keycloak user first,
     * then both rows in one transaction; the user is deleted again if the rows fail.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CreatedOrganisation create(NewOrganisation request) {
        String code = request.code() == null ? "" : request.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new Refusal("org.registry.error.code", code);
        }
        if (!em.createNamedQuery(Organisation.FIND_BY_CODE, Organisation.class).setParameter("code", code)
                .getResultList().isEmpty()) {
            throw new Refusal("org.registry.error.code.taken", code);
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new Refusal("org.settings.error.name");
        }
        String municipality = null;
        if (request.municipalityCode() != null && !request.municipalityCode().isBlank()) {
            Optional<String> parsed;
            try {
                parsed = Optional.of(MunicipalityCode.parse(request.municipalityCode()).value()).filter(municipalities::exists);
            } catch (IllegalArgumentException e) {
                parsed = Optional.empty();
            }
            municipality = parsed.orElseThrow(() -> new Refusal("org.settings.error.municipality", request.municipalityCode()));
        }
        StaffValidator validator = new StaffValidator(p -> Optional.empty(), Set.of(),
                email -> provisioning.findByEmail(email).isPresent());
        StaffValidator.Result checked = validator.validate(List.of(new StaffRow(0, blank(request.adminFirstName()),
                blank(request.adminLastName()), blank(request.adminEmail()), "", "", "")));
        if (!checked.problems().isEmpty()) {
            ImportProblem first = checked.problems().get(0);
            throw new Refusal(first.key(), first.args().toArray());
        }
        StaffValidator.ValidRow admin = checked.rows().get(0);
        Caller caller = currentCaller.require();
        Organisation organisation = new Organisation(code, name, municipality,
                request.sectors() == null ? Set.of() : request.sectors());
        NewIdentity identity = new NewIdentity(admin.email(), admin.email(), admin.firstName().strip(), admin.lastName().strip(),
                code, List.of(Role.LEARNER, Role.ORG_ADMIN));
        try {
            var enrolled = enrolment.enrol(List.of(identity), ids -> store.persistOrganisation(caller, organisation,
                    id -> MemberStore.memberFor(id, ids.get(0), admin, OffsetDateTime.now(clock), caller.username())));
            return new CreatedOrganisation(enrolled.stored(), code, enrolled.invitationsNotSent().isEmpty());
        } catch (EnrolmentFailedException e) {
            throw new Refusal(e.key(), admin.email());
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
