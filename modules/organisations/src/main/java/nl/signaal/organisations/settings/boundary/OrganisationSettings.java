package nl.signaal.organisations.settings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.signaal.organisations.directory.entity.Organisation;
import nl.signaal.organisations.settings.control.LogoCheck;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.MunicipalityCode;
import nl.signaal.platform.shared.Sector;
import nl.signaal.platform.tenant.TenantScope;
import nl.signaal.routes.regions.boundary.Municipalities;

/**
 * The caller's own organisation's settings. There is no id parameter on purpose: an org admin
 * can only ever reach the organisation of their token.
 */
@Stateless
@RolesAllowed(Role.ORG_ADMIN)
public class OrganisationSettings {

    public static final int MIN_VALIDITY = 1;
    public static final int MAX_VALIDITY = 120;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 90;

    @PersistenceContext(unitName = "organisations")
    EntityManager em;

    @Inject
    TenantScope tenant;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Municipalities municipalities;

    @Inject
    AuditTrail audit;

    public SettingsView current() {
        return view(own());
    }

    /**
     * Changes the settings; {@link Refusal} for an unknown municipality or out-of-range numbers.
     * {@code validityMonths} null: certificates have no default validity (only a course's own).
     */
    public SettingsView update(String name, Set<Sector> sectors, String municipalityCode, Integer validityMonths,
                               ReminderPolicy policy, int daysBeforeDue) {
        Organisation o = own();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 200) {
            throw new Refusal("org.settings.error.name");
        }
        String code = null;
        if (municipalityCode != null && !municipalityCode.isBlank()) {
            try {
                code = MunicipalityCode.parse(municipalityCode).value();
            } catch (IllegalArgumentException e) {
                throw new Refusal("org.settings.error.municipality", municipalityCode);
            }
            if (!municipalities.exists(code)) {
                throw new Refusal("org.settings.error.municipality", municipalityCode);
            }
        }
        if (validityMonths != null && (validityMonths < MIN_VALIDITY || validityMonths > MAX_VALIDITY)) {
            throw new Refusal("org.settings.error.validity", MIN_VALIDITY, MAX_VALIDITY);
        }
        if (daysBeforeDue < MIN_DAYS || daysBeforeDue > MAX_DAYS) {
            throw new Refusal("org.settings.error.days", MIN_DAYS, MAX_DAYS);
        }
        o.setName(cleanName);
        o.setSectors(sectors == null ? Set.of() : sectors);
        o.setMunicipalityCode(code);
        o.setCertificateValidityMonths(validityMonths);
        o.setReminderPolicy(policy == null ? ReminderPolicy.DUE_SOON_AND_OVERDUE : policy);
        o.setReminderDaysBeforeDue(daysBeforeDue);
        audit.record(currentCaller.require(), "organisations", "Organisation", o.getId(), "settings",
                "validity " + (validityMonths == null ? "none" : validityMonths + " months") + ", reminders " + o.getReminderPolicy()
                        + " " + daysBeforeDue + " days before due, municipality " + code + ", sectors " + o.getSectors());
        return view(o);
    }

    /** Stores a new logo after {@link LogoCheck}; {@link Refusal} says why one is refused. */
    public SettingsView uploadLogo(byte[] content) {
        LogoCheck.Result result = LogoCheck.check(content);
        if (result.refusal().isPresent()) {
            throw new Refusal("org.settings.logo.error." + result.refusal().get().name().toLowerCase(Locale.ROOT),
                    LogoCheck.MAX_BYTES / 1024, LogoCheck.MAX_PIXELS);
        }
        Organisation o = own();
        o.setLogo(content.clone(), result.contentType().orElseThrow());
        audit.record(currentCaller.require(), "organisations", "Organisation", o.getId(), "logo", result.contentType().get());
        return view(o);
    }

    public SettingsView removeLogo() {
        Organisation o = own();
        if (o.getLogo() != null) {
            o.setLogo(null, null);
            audit.record(currentCaller.require(), "organisations", "Organisation", o.getId(), "logo", "removed");
        }
        return view(o);
    }

    public Optional<Logo> logo() {
        Organisation o = own();
        return o.getLogo() == null ? Optional.empty() : Optional.of(new Logo(o.getLogo().clone(), o.getLogoContentType()));
    }

    /** The caller's organisation: the tenant itself, found by the tenant scope's id. */
    private Organisation own() {
        Organisation o = em.find(Organisation.class, tenant.organisationId());
        if (o == null) {
            throw new IllegalStateException("Tenant " + tenant.organisationId() + " vanished");
        }
        return o;
    }

    private static SettingsView view(Organisation o) {
        return new SettingsView(o.getId(), o.getCode(), o.getName(), o.getSectors(), o.getMunicipalityCode(),
                o.getCertificateValidityMonths(), o.getReminderPolicy(), o.getReminderDaysBeforeDue(), o.getLogo() != null);
    }
}
