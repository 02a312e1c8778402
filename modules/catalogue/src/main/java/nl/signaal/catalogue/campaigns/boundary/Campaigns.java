package nl.signaal.catalogue.campaigns.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.signaal.catalogue.campaigns.control.CampaignStore;
import nl.signaal.catalogue.campaigns.control.CampaignValidator;
import nl.signaal.catalogue.materials.control.MaterialStore;
import nl.signaal.catalogue.shared.Message;
import nl.signaal.catalogue.shared.Page;
import nl.signaal.catalogue.shared.Violation;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.Role;

/**
 * The campaign catalogue for trainers and platform admins. Trainers see published campaigns
 * and their own proposals and may propose new ones; platform admins see everything, edit,
 * publish (approve) and delete. Every change is audited in the same transaction.
 *
 * <pre>
 * Page&lt;CampaignSummary&gt; page = campaigns.search(caller, CampaignFilter.all().q("hotels"), 0, 20);
 * </pre>
 */
@Stateless
public class Campaigns {

    public static final String AUDIT_CONTEXT = "catalogue";
    public static final String AUDIT_TYPE = "campaign";
    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    CampaignStore store;

    @Inject
    MaterialStore materials;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed({Role.TRAINER, Role.PLATFORM_ADMIN})
    public Page<CampaignSummary> search(Caller caller, CampaignFilter filter, int first, int size) {
        return store.search(filter == null ? CampaignFilter.all() : filter, visibleTo(caller), Math.max(0, first),
                Math.min(MAX_PAGE_SIZE, Math.max(1, size)));
    }

    /** The campaign with its materials; empty when unknown or not visible to this caller. */
    @RolesAllowed({Role.TRAINER, Role.PLATFORM_ADMIN})
    public Optional<CampaignDetails> find(Caller caller, long id) {
        return store.find(id).filter(c -> visible(caller, c))
                .map(c -> new CampaignDetails(c, materials.forCampaign(id)));
    }

    /** Whether the caller may see this campaign (used by the materials boundary as well). */
    public static boolean visible(Caller caller, CampaignData campaign) {
        return caller.hasRole(Role.PLATFORM_ADMIN) || campaign.getStatus() == CampaignStatus.PUBLISHED
                || caller.username().equals(campaign.getProposedBy());
    }

    /** A trainer's suggestion: stored as PROPOSED and UNCONFIRMED until a platform admin checks and publishes it. */
    @RolesAllowed({Role.TRAINER, Role.PLATFORM_ADMIN})
    public CampaignData propose(Caller caller, CampaignData data) {
        data.setId(null);
        data.setStatus(CampaignStatus.PROPOSED);
        data.setProposedBy(caller.username());
        data.setConfidence(Confidence.UNCONFIRMED);
        data.setDemo(false);
        CampaignData saved = store(data);
        audit.record(caller, AUDIT_CONTEXT, AUDIT_TYPE, saved.getId(), "propose", saved.getTitle());
        return saved;
    }

    /**
     * Creates or updates a campaign. A new campaign gets the status the admin gives; without one
     * it is {@link CampaignStatus#PROPOSED}, so publishing is always a deliberate choice (the
     * edit form has no status field: an admin's new campaign waits for "approve" like a
     * trainer's). An update without a status keeps the stored one.
     */
    @RolesAllowed(Role.PLATFORM_ADMIN)
    public CampaignData save(Caller caller, CampaignData data) {
        boolean create = data.getId() == null;
        if (create && data.getStatus() == null) {
            data.setStatus(CampaignStatus.PROPOSED);
        }
        if (!create) {
            CampaignData stored = store.find(data.getId()).orElseThrow(() -> new UnknownCampaignException(data.getId()));
            data.setProposedBy(stored.getProposedBy());
            if (data.getStatus() == null) {
                data.setStatus(stored.getStatus());
            }
        }
        CampaignData saved = store(data);
        audit.record(caller, AUDIT_CONTEXT, AUDIT_TYPE, saved.getId(), create ? "create" : "update", saved.getTitle());
        return saved;
    }

    @RolesAllowed(Role.PLATFORM_ADMIN)
    public CampaignData approve(Caller caller, long id) {
        CampaignData published = store.publish(id, OffsetDateTime.now(clock)).orElseThrow(() -> new UnknownCampaignException(id));
        audit.record(caller, AUDIT_CONTEXT, AUDIT_TYPE, id, "approve", published.getTitle());
        return published;
    }

    @RolesAllowed(Role.PLATFORM_ADMIN)
    public void delete(Caller caller, long id) {
        CampaignData existing = store.find(id).orElseThrow(() -> new UnknownCampaignException(id));
        store.delete(id);
        audit.record(caller, AUDIT_CONTEXT, AUDIT_TYPE, id, "delete", existing.getTitle());
    }

    private CampaignData store(CampaignData data) {
        List<Violation> violations = new ArrayList<>(CampaignValidator.validate(data));
        if (data.getTitle() != null && !data.getTitle().isBlank() && store.titleTaken(data.getTitle(), data.getId())) {
            violations.add(new Violation("title", Message.of("error.duplicateTitle", data.getTitle().strip())));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCampaignException(violations);
        }
        return store.save(data, OffsetDateTime.now(clock));
    }

    private static String visibleTo(Caller caller) {
        return caller.hasRole(Role.PLATFORM_ADMIN) ? null : caller.username();
    }
}
