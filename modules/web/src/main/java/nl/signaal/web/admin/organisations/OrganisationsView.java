package nl.signaal.web.admin.organisations;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.signaal.organisations.registry.boundary.CreatedOrganisation;
import nl.signaal.organisations.registry.boundary.NewOrganisation;
import nl.signaal.organisations.registry.boundary.OrganisationRegistry;
import nl.signaal.organisations.registry.boundary.RegisteredOrganisation;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.shared.Sector;
import nl.signaal.web.org.OrgTexts;

/** Backing bean of /admin/organisations/index.xhtml: all organisations; create one with its first org admin. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationRegistry registry;

    private List<RegisteredOrganisation> organisations = List.of();
    private String code;
    private String name;
    private String municipality;
    private String[] sectors = {};
    private String adminFirstName;
    private String adminLastName;
    private String adminEmail;

    public void load() {
        organisations = registry.all();
    }

    public void create() {
        try {
            Set<Sector> chosen = EnumSet.noneOf(Sector.class);
            for (String s : sectors == null ? new String[0] : sectors) {
                chosen.add(Sector.valueOf(s));
            }
            CreatedOrganisation created = registry.create(new NewOrganisation(code, name, municipality, chosen,
                    adminFirstName, adminLastName, adminEmail));
            OrgTexts.message(FacesMessage.SEVERITY_INFO,
                    created.invitationSent() ? "org.registry.created" : "org.registry.created.noinvite", created.code());
            code = name = municipality = adminFirstName = adminLastName = adminEmail = null;
            sectors = new String[0];
            load();
        } catch (Refusal r) {
            OrgTexts.message(FacesMessage.SEVERITY_ERROR, r.key(), r.args().toArray());
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public Sector[] getAllSectors() {
        return Sector.values();
    }

    public List<RegisteredOrganisation> getOrganisations() { return organisations; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public String[] getSectors() { return sectors; }
    public void setSectors(String[] sectors) { this.sectors = sectors; }
    public String getAdminFirstName() { return adminFirstName; }
    public void setAdminFirstName(String adminFirstName) { this.adminFirstName = adminFirstName; }
    public String getAdminLastName() { return adminLastName; }
    public void setAdminLastName(String adminLastName) { this.adminLastName = adminLastName; }
    public String getAdminEmail() { return adminEmail; }
    public void setAdminEmail(String adminEmail) { this.adminEmail = adminEmail; }
}
