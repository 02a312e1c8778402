package nl.signaal.web.org;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.signaal.organisations.reminders.boundary.Reminders;
import nl.signaal.organisations.reminders.boundary.RunSummary;
import nl.signaal.organisations.reminders.boundary.SentReminder;
import nl.signaal.organisations.settings.boundary.OrganisationSettings;
import nl.signaal.organisations.settings.boundary.ReminderPolicy;
import nl.signaal.organisations.settings.control.LogoCheck;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.shared.Sector;

/**
 * Backing bean of /org/settings.xhtml: the caller's own organisation's settings (certificate
 * validity, reminder policy, logo), the reminders sent so far and "send the due reminders now".
 * Every check and the audit happen in the boundaries; this bean only carries the form.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many sent reminders the page lists. */
    static final int RECENT = 50;

    @Inject
    transient OrganisationSettings settings;

    @Inject
    transient Reminders reminders;

    private String code;
    private String name;
    private String municipalityCode;
    private Sector[] sectors = new Sector[0];
    private Integer validityMonths;
    private ReminderPolicy policy;
    private Integer daysBeforeDue;
    private boolean hasLogo;
    private transient Part logo;
    private List<SentReminder> recent = List.of();

    public void load() {
        show(settings.current());
        recent = reminders.recent(RECENT);
    }

    private void show(nl.signaal.organisations.settings.boundary.SettingsView current) {
        code = current.code();
        name = current.name();
        municipalityCode = current.municipalityCode();
        sectors = current.sectors().stream().sorted().toArray(Sector[]::new);
        validityMonths = current.certificateValidityMonths();
        policy = current.reminderPolicy();
        daysBeforeDue = current.reminderDaysBeforeDue();
        hasLogo = current.hasLogo();
    }

    public void save() {
        try {
            Set<Sector> chosen = sectors == null || sectors.length == 0 ? EnumSet.noneOf(Sector.class) : EnumSet.copyOf(List.of(sectors));
            show(settings.update(name, chosen, municipalityCode, validityMonths, policy,
                    daysBeforeDue == null ? 0 : daysBeforeDue));
            OrgTexts.message(FacesMessage.SEVERITY_INFO, "org.settings.saved");
        } catch (Refusal r) {
            refused(r);
        }
    }

    public void uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            refused(new Refusal("org.settings.logo.error.empty", LogoCheck.MAX_BYTES / 1024, LogoCheck.MAX_PIXELS));
            return;
        }
        try {
            show(settings.uploadLogo(read(logo)));
            OrgTexts.message(FacesMessage.SEVERITY_INFO, "org.settings.logo.saved");
        } catch (Refusal r) {
            refused(r);
        }
    }

    public void removeLogo() {
        show(settings.removeLogo());
        OrgTexts.message(FacesMessage.SEVERITY_INFO, "org.settings.logo.removed");
    }

    public void sendRemindersNow() {
        try {
            RunSummary summary = reminders.sendDueNow();
            OrgTexts.message(summary.failed() > 0 ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_INFO, "org.reminders.sent",
                    summary.sent(), summary.failed(), summary.alreadySent());
        } catch (Refusal r) {
            refused(r);
        }
        recent = reminders.recent(RECENT);
    }

    /** At most one byte more than a logo may have, so a huge upload is refused without being read whole. */
    private static byte[] read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(LogoCheck.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refused(Refusal r) {
        OrgTexts.message(FacesMessage.SEVERITY_ERROR, r.key(), r.args().toArray());
        FacesContext.getCurrentInstance().validationFailed();
    }

    public Sector[] getAllSectors() { return Sector.values(); }
    public ReminderPolicy[] getPolicies() { return ReminderPolicy.values(); }
    public int getMinValidity() { return OrganisationSettings.MIN_VALIDITY; }
    public int getMaxValidity() { return OrganisationSettings.MAX_VALIDITY; }
    public int getMinDays() { return OrganisationSettings.MIN_DAYS; }
    public int getMaxDays() { return OrganisationSettings.MAX_DAYS; }

    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMunicipalityCode() { return municipalityCode; }
    public void setMunicipalityCode(String municipalityCode) { this.municipalityCode = municipalityCode; }
    public Sector[] getSectors() { return sectors; }
    public void setSectors(Sector[] sectors) { this.sectors = sectors; }
    public Integer getValidityMonths() { return validityMonths; }
    public void setValidityMonths(Integer validityMonths) { this.validityMonths = validityMonths; }
    public ReminderPolicy getPolicy() { return policy; }
    public void setPolicy(ReminderPolicy policy) { this.policy = policy; }
    public Integer getDaysBeforeDue() { return daysBeforeDue; }
    public void setDaysBeforeDue(Integer daysBeforeDue) { this.daysBeforeDue = daysBeforeDue; }
    public boolean isHasLogo() { return hasLogo; }
    public Part getLogo() { return logo; }
    public void setLogo(Part logo) { this.logo = logo; }
    public List<SentReminder> getRecent() { return recent; }
}
