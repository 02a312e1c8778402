package nl.signaal.web.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Set;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.CampaignDetails;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.catalogue.campaigns.boundary.UnknownCampaignException;
import nl.signaal.catalogue.materials.boundary.MaterialNotDeletableException;
import nl.signaal.catalogue.materials.boundary.MaterialSummary;
import nl.signaal.catalogue.materials.boundary.Materials;
import nl.signaal.catalogue.materials.boundary.NewMaterial;
import nl.signaal.catalogue.materials.boundary.UploadRefusedException;
import nl.signaal.catalogue.shared.Message;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.caller.Role;

/**
 * {@code /trainer/catalogue/campaign.xhtml?id=…}: one campaign, its materials with previews, and
 * the forms to add a file or a link. A refused file shows why and changes nothing; the file is
 * never read past the configured limit.
 */
@Named
@ViewScoped
public class CampaignView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Campaigns campaigns;

    @Inject
    transient Materials materials;

    @Inject
    transient CurrentCaller currentCaller;

    /** Where material messages show: the panel around the materials table. */
    static final String MATERIAL_MESSAGES = "materials-panel";

    private long maxBytes;
    private Set<Long> deletable = Set.of();

    private Long id;
    private CampaignDetails details;
    private String title;
    private String language = "nl";
    private Audience audience;
    private String licence;
    private String description;
    private String url;
    private transient Part file;

    public void load() {
        maxBytes = materials.maxBytes();
        details = id == null ? null : campaigns.find(currentCaller.require(), id).orElse(null);
        deletable = details == null ? Set.of() : materials.deletable(currentCaller.require(), id);
    }

    /**
     * Removes one material after the page's confirmation; the boundary checks the caller's
     * right again, so a forged request for someone else's material changes nothing.
     */
    public void deleteMaterial(long materialId) {
        String title = getMaterials().stream().filter(m -> m.id() == materialId).map(MaterialSummary::title)
                .findFirst().orElse("");
        try {
            materials.delete(currentCaller.require(), materialId);
            Messages.infoAt(MATERIAL_MESSAGES, "material.deleted", title);
        } catch (UnknownCampaignException e) {
            Messages.infoAt(MATERIAL_MESSAGES, "material.gone");
        } catch (MaterialNotDeletableException e) {
            Messages.error(MATERIAL_MESSAGES, Message.of("material.notDeletable"));
        }
        load();
    }

    /** Whether this caller may remove this material (the button shows only then). */
    public boolean deletable(MaterialSummary m) {
        return deletable.contains(m.id());
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("upload-form:file", Message.of("material.noFile"));
            return;
        }
        if (file.getSize() > maxBytes) {
            Messages.error("upload-form:file", Message.of("upload.tooLarge", mb(file.getSize()), mb(maxBytes)));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            materials.upload(currentCaller.require(), id, meta(null), file.getSubmittedFileName(), bytes);
            Messages.info("material.uploaded");
            clear();
            load();
        } catch (UploadRefusedException e) {
            Messages.error("upload-form:file", e.reason());
        } catch (IOException e) {
            Messages.error("upload-form:file", Message.of("upload.empty"));
        }
    }

    public void addLink() {
        try {
            materials.addLink(currentCaller.require(), id, meta(url));
            Messages.info("material.uploaded");
            clear();
            load();
        } catch (UploadRefusedException e) {
            Messages.error("link-form:url", e.reason());
        }
    }

    public void approve() {
        campaigns.approve(currentCaller.require(), id);
        Messages.info("detail.approved");
        load();
    }

    public String delete() {
        try {
            campaigns.delete(currentCaller.require(), id);
        } catch (UnknownCampaignException e) {
            // already gone: the result the admin wanted
        }
        return "/trainer/catalogue/index?faces-redirect=true";
    }

    private NewMaterial meta(String link) {
        return new NewMaterial(title, language, audience, licence, description, link);
    }

    private void clear() {
        title = null;
        licence = null;
        description = null;
        url = null;
        file = null;
    }

    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    public boolean isAdmin() {
        return currentCaller.require().hasRole(Role.PLATFORM_ADMIN);
    }

    public boolean isProposed() {
        return details != null && details.campaign().getStatus() == CampaignStatus.PROPOSED;
    }

    public String getYears() {
        CampaignData c = details.campaign();
        return Labels.years(c.getStartYear(), c.getEndYear(), c.isNoEndDate());
    }

    public String kilobytes(MaterialSummary m) {
        return m.sizeBytes() == null ? "" : String.valueOf((m.sizeBytes() + 1023) / 1024);
    }

    /** The description again through the sanitiser policy: safe even if a row was written by hand. */
    public String safeDescription(MaterialSummary m) {
        return Materials.safeHtml(m.descriptionHtml());
    }

    public long getMaxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    public Audience[] getAllAudiences() { return Audience.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public CampaignDetails getDetails() { return details; }
    public CampaignData getCampaign() { return details == null ? null : details.campaign(); }
    public java.util.List<MaterialSummary> getMaterials() { return details == null ? java.util.List.of() : details.materials(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
    public String getLicence() { return licence; }
    public void setLicence(String licence) { this.licence = licence; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
