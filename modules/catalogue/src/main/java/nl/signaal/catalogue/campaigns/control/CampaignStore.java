package nl.signaal.catalogue.campaigns.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.CampaignFilter;
import nl.signaal.catalogue.campaigns.boundary.CampaignStatus;
import nl.signaal.catalogue.campaigns.boundary.CampaignSummary;
import nl.signaal.catalogue.campaigns.boundary.Channel;
import nl.signaal.catalogue.campaigns.boundary.Confidence;
import nl.signaal.catalogue.campaigns.boundary.CostBand;
import nl.signaal.catalogue.campaigns.boundary.DurationBand;
import nl.signaal.catalogue.campaigns.entity.Campaign;
import nl.signaal.catalogue.shared.Page;
import nl.signaal.platform.shared.FormOfExploitation;

/**
 * Reads and writes campaigns in the caller's (boundary's) transaction. No role checks here:
 * the boundary decides who may call what; this class is what the container tests exercise.
 */
@Dependent
public class CampaignStore {

    @PersistenceContext(unitName = "catalogue")
    EntityManager em;

    /**
     * One page of campaigns matching the filter, with the total.
     *
     * @param visibleTo null for platform admins (everything); a trainer's user name otherwise
     */
    public Page<CampaignSummary> search(CampaignFilter filter, String visibleTo, int first, int size) {
        CampaignSearchSql.Query page = CampaignSearchSql.page(filter, visibleTo, first, size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(page.sql()), page.parameters()).getResultList();
        long total = CampaignSearchSql.totalFromPage(first, size, rows.size()).orElseGet(() -> {
            CampaignSearchSql.Query count = CampaignSearchSql.count(filter, visibleTo);
            return ((Number) bind(em.createNativeQuery(count.sql()), count.parameters()).getSingleResult()).longValue();
        });
        return new Page<>(rows.stream().map(CampaignStore::summary).toList(), total, first, size);
    }

    public Optional<CampaignData> find(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id)).map(Campaign::toData);
    }

    public List<CampaignData> all() {
        return em.createNamedQuery(Campaign.FIND_ALL, Campaign.class).getResultList().stream().map(Campaign::toData).toList();
    }

    /** True when another campaign (not {@code exceptId}) already has this title, ignoring case. */
    public boolean titleTaken(String title, Long exceptId) {
        return em.createNamedQuery(Campaign.COUNT_TITLE, Long.class)
                .setParameter("title", title.strip())
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    /** Inserts ({@code data.getId()} null) or updates with an optimistic version check; returns the stored state. */
    public CampaignData save(CampaignData data, OffsetDateTime now) {
        if (data.getId() == null) {
            Campaign campaign = new Campaign(data, now);
            em.persist(campaign);
            em.flush();
            return campaign.toData();
        }
        Campaign campaign = em.find(Campaign.class, data.getId(), LockModeType.OPTIMISTIC);
        if (campaign == null) {
            throw new nl.signaal.catalogue.campaigns.boundary.UnknownCampaignException(data.getId());
        }
        if (campaign.getVersion() != data.getVersion()) {
            throw new jakarta.persistence.OptimisticLockException("campaign " + data.getId() + " was changed meanwhile");
        }
        campaign.apply(data, now);
        em.flush();
        return campaign.toData();
    }

    public Optional<CampaignData> publish(long id, OffsetDateTime now) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            return Optional.empty();
        }
        campaign.publish(now);
        return Optional.of(campaign.toData());
    }

    public boolean delete(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            return false;
        }
        em.remove(campaign);
        em.flush();
        return true;
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static CampaignSummary summary(Object[] r) {
        return new CampaignSummary(((Number) r[0]).longValue(), (String) r[1], (String) r[2], integer(r[3]), integer(r[4]),
                (Boolean) r[5], Campaign.parse((String) r[6], Audience.class),
                Campaign.parse((String) r[7], FormOfExploitation.class), Campaign.parse((String) r[8], Channel.class),
                CostBand.valueOf((String) r[9]), DurationBand.valueOf((String) r[10]), Confidence.valueOf((String) r[11]),
                (Boolean) r[12], CampaignStatus.valueOf((String) r[13]));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
