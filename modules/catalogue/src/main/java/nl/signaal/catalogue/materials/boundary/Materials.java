package nl.signaal.catalogue.materials.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.catalogue.campaigns.boundary.UnknownCampaignException;
import nl.signaal.catalogue.campaigns.control.CampaignStore;
import nl.signaal.catalogue.campaigns.control.CampaignValidator;
import nl.signaal.catalogue.materials.control.DeletionRule;
import nl.signaal.catalogue.materials.control.DescriptionSanitizer;
import nl.signaal.catalogue.materials.control.MaterialStore;
import nl.signaal.catalogue.materials.control.PreviewRenderer;
import nl.signaal.catalogue.materials.control.UploadInspector;
import nl.signaal.catalogue.materials.control.UploadSettings;
import nl.signaal.catalogue.materials.entity.Material;
import nl.signaal.catalogue.shared.Message;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.Role;

/**
 * Adding, reading and removing a campaign's material. Only trainers and platform admins reach
 * it; a refused upload throws {@link UploadRefusedException} before anything is written (and
 * the transaction rolls back), so a bad file never leaves a trace.
 */
@Stateless
@RolesAllowed({Role.TRAINER, Role.PLATFORM_ADMIN})
public class Materials {

    public static final String AUDIT_TYPE = "material";

    /** The only content types a stored file can have (detected at upload); anything else is never served. */
    public static final Set<String> ALLOWED_TYPES = UploadInspector.ALLOWED.keySet();
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    @Inject
    MaterialStore store;

    @Inject
    CampaignStore campaigns;

    @Inject
    UploadSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public MaterialSummary upload(Caller caller, long campaignId, NewMaterial meta, String fileName, byte[] bytes) {
        visibleCampaign(caller, campaignId);
        checkMeta(meta);
        UploadInspector.Inspected inspected = UploadInspector.inspect(bytes, settings.limits(), store.count(campaignId));
        byte[] preview = PreviewRenderer.preview(bytes, inspected.contentType()).orElse(null);
        Material material = newMaterial(caller, campaignId, MaterialKind.FILE, meta);
        material.file(UploadInspector.safeFileName(fileName, inspected.contentType()), inspected.contentType(),
                inspected.size(), inspected.sha256(), preview != null);
        MaterialSummary saved = store.add(material, bytes, preview);
        audit.record(caller, Campaigns.AUDIT_CONTEXT, AUDIT_TYPE, saved.id(), "upload",
                saved.title() + " (" + inspected.contentType() + ", " + inspected.size() + " bytes, sha256 " + inspected.sha256() + ")");
        return saved;
    }

    public MaterialSummary addLink(Caller caller, long campaignId, NewMaterial meta) {
        visibleCampaign(caller, campaignId);
        checkMeta(meta);
        if (meta.url() == null || !CampaignValidator.isWebAddress(meta.url())) {
            throw new UploadRefusedException(Message.of("material.badUrl"));
        }
        if (store.count(campaignId) >= settings.limits().maxPerCampaign()) {
            throw new UploadRefusedException(Message.of("upload.tooMany", settings.limits().maxPerCampaign()));
        }
        Material material = newMaterial(caller, campaignId, MaterialKind.LINK, meta);
        material.link(meta.url().strip());
        MaterialSummary saved = store.add(material, null, null);
        audit.record(caller, Campaigns.AUDIT_CONTEXT, AUDIT_TYPE, saved.id(), "link", saved.title() + " " + saved.url());
        return saved;
    }

    /** A description passed through the sanitiser policy again, for showing (defence in depth). */
    public static String safeHtml(String html) {
        return DescriptionSanitizer.sanitize(html);
    }

    /** The configured size limit per file, so the web form can refuse a large file before reading it. */
    public long maxBytes() {
        return settings.limits().maxBytes();
    }

    /**
     * A material whose campaign the caller may see. Learners (and org admins) may read published
     * campaigns' material too: courses show it in their lessons.
     */
    @RolesAllowed({Role.LEARNER, Role.ORG_ADMIN, Role.TRAINER, Role.PLATFORM_ADMIN})
    public Optional<MaterialSummary> find(Caller caller, long id) {
        return store.find(id).filter(m -> campaignVisible(caller, m.campaignId()));
    }

    @RolesAllowed({Role.LEARNER, Role.ORG_ADMIN, Role.TRAINER, Role.PLATFORM_ADMIN})
    public Optional<StoredFile> content(Caller caller, long id) {
        return find(caller, id).flatMap(m -> store.content(id));
    }

    @RolesAllowed({Role.LEARNER, Role.ORG_ADMIN, Role.TRAINER, Role.PLATFORM_ADMIN})
    public Optional<byte[]> preview(Caller caller, long id) {
        return find(caller, id).flatMap(m -> store.preview(id));
    }

    /**
     * Removes one material with its stored file and preview, audited in the same transaction.
     * Platform admins may remove any material; a trainer only their own upload on a campaign
     * that is still PROPOSED ({@link DeletionRule}). Material the caller cannot see is unknown.
     *
     * @throws UnknownCampaignException      no such material, or its campaign is not visible to the caller
     * @throws MaterialNotDeletableException the caller sees it but may not remove it
     */
    public void delete(Caller caller, long id) {
        MaterialSummary material = store.find(id).orElseThrow(() -> new UnknownCampaignException(id));
        CampaignData campaign = visibleCampaign(caller, material.campaignId());
        String uploadedBy = store.uploadedBy(id).filter(s -> !s.isEmpty()).orElse(null);
        if (!DeletionRule.mayDelete(caller, campaign, uploadedBy)) {
            throw new MaterialNotDeletableException(id);
        }
        store.delete(id);
        audit.record(caller, Campaigns.AUDIT_CONTEXT, AUDIT_TYPE, id, "delete", material.title()
                + (material.fileName() == null ? " " + material.url()
                : " (" + material.fileName() + ", " + material.contentType() + ", sha256 " + material.sha256() + ")")
                + ", campaign " + campaign.getId());
    }

    /** The ids of this campaign's material the caller may remove, so a page shows a delete button only there. */
    public Set<Long> deletable(Caller caller, long campaignId) {
        Optional<CampaignData> campaign = campaigns.find(campaignId).filter(c -> Campaigns.visible(caller, c));
        if (campaign.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new HashSet<>();
        store.uploaders(campaignId).forEach((id, by) -> {
            if (DeletionRule.mayDelete(caller, campaign.get(), by.isEmpty() ? null : by)) {
                ids.add(id);
            }
        });
        return Set.copyOf(ids);
    }

    private Material newMaterial(Caller caller, long campaignId, MaterialKind kind, NewMaterial meta) {
        return new Material(campaignId, kind, meta.title().strip(), blankToNull(meta.language()), meta.audience(),
                blankToNull(meta.licence()), DescriptionSanitizer.sanitize(meta.description()), caller.username(),
                OffsetDateTime.now(clock));
    }

    private static void checkMeta(NewMaterial meta) {
        if (meta.title() == null || meta.title().isBlank()) {
            throw new UploadRefusedException(Message.of("material.titleRequired"));
        }
        if (meta.title().strip().length() > 300) {
            throw new UploadRefusedException(Message.of("error.tooLong", 300));
        }
        if (meta.language() != null && !meta.language().isBlank() && !LANGUAGE.matcher(meta.language().strip()).matches()) {
            throw new UploadRefusedException(Message.of("material.badLanguage", meta.language()));
        }
    }

    private CampaignData visibleCampaign(Caller caller, long campaignId) {
        return campaigns.find(campaignId).filter(c -> Campaigns.visible(caller, c))
                .orElseThrow(() -> new UnknownCampaignException(campaignId));
    }

    private boolean campaignVisible(Caller caller, long campaignId) {
        return campaigns.find(campaignId).filter(c -> Campaigns.visible(caller, c)).isPresent();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
