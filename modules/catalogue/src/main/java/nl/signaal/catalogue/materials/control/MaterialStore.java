package nl.signaal.catalogue.materials.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.signaal.catalogue.materials.boundary.MaterialSummary;
import nl.signaal.catalogue.materials.boundary.StoredFile;
import nl.signaal.catalogue.materials.entity.Material;
import nl.signaal.catalogue.materials.entity.MaterialContent;

/** Materials and their bytes, in the caller's transaction. */
@Dependent
public class MaterialStore {

    @PersistenceContext(unitName = "catalogue")
    EntityManager em;

    public List<MaterialSummary> forCampaign(long campaignId) {
        return em.createNamedQuery(Material.FIND_BY_CAMPAIGN, Material.class).setParameter("campaign", campaignId)
                .getResultList().stream().map(Material::toSummary).toList();
    }

    public long count(long campaignId) {
        return em.createNamedQuery(Material.COUNT_BY_CAMPAIGN, Long.class).setParameter("campaign", campaignId)
                .getSingleResult();
    }

    /** Who uploaded the material (null for seeded material); empty when there is no such material. */
    public Optional<String> uploadedBy(long id) {
        return Optional.ofNullable(em.find(Material.class, id)).map(m -> m.getCreatedBy() == null ? "" : m.getCreatedBy());
    }

    /** Material id to uploader ("" when unknown) for one campaign, for deciding which delete buttons to show. */
    public java.util.Map<Long, String> uploaders(long campaignId) {
        java.util.Map<Long, String> result = new java.util.HashMap<>();
        em.createNamedQuery(Material.FIND_BY_CAMPAIGN, Material.class).setParameter("campaign", campaignId).getResultList()
                .forEach(m -> result.put(m.getId(), m.getCreatedBy() == null ? "" : m.getCreatedBy()));
        return result;
    }

    public Optional<MaterialSummary> find(long id) {
        return Optional.ofNullable(em.find(Material.class, id)).map(Material::toSummary);
    }

    public MaterialSummary add(Material material, byte[] bytes, byte[] preview) {
        em.persist(material);
        em.flush();
        if (bytes != null) {
            em.persist(new MaterialContent(material.getId(), bytes, preview));
            em.flush();
        }
        return material.toSummary();
    }

    public Optional<StoredFile> content(long id) {
        Material material = em.find(Material.class, id);
        if (material == null || material.getContentType() == null) {
            return Optional.empty();
        }
        MaterialContent content = em.find(MaterialContent.class, id);
        return content == null ? Optional.empty()
                : Optional.of(new StoredFile(material.getFileName(), material.getContentType(), content.getBytes()));
    }

    public Optional<byte[]> preview(long id) {
        MaterialContent content = em.find(MaterialContent.class, id);
        return content == null ? Optional.empty() : Optional.ofNullable(content.getPreviewPng());
    }

    public boolean delete(long id) {
        Material material = em.find(Material.class, id);
        if (material == null) {
            return false;
        }
        MaterialContent content = em.find(MaterialContent.class, id);
        if (content != null) {
            em.remove(content);
        }
        em.remove(material);
        em.flush();
        return true;
    }
}
