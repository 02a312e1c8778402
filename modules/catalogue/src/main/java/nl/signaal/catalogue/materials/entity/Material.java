package nl.signaal.catalogue.materials.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import nl.signaal.catalogue.campaigns.boundary.Audience;
import nl.signaal.catalogue.materials.boundary.MaterialKind;
import nl.signaal.catalogue.materials.boundary.MaterialSummary;

/** A campaign's material as listed; the campaign is referred to by id (same context, but no JPA relation needed). */
@Entity
@Table(schema = "catalogue", name = "material")
@NamedQuery(name = Material.FIND_BY_CAMPAIGN, query = "SELECT m FROM Material m WHERE m.campaignId = :campaign ORDER BY m.id")
@NamedQuery(name = Material.COUNT_BY_CAMPAIGN, query = "SELECT COUNT(m) FROM Material m WHERE m.campaignId = :campaign")
public class Material {

    public static final String FIND_BY_CAMPAIGN = "Material.findByCampaign";
    public static final String COUNT_BY_CAMPAIGN = "Material.countByCampaign";

    @Id
    @SequenceGenerator(name = "material_seq", schema = "catalogue", sequenceName = "material_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "material_seq")
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MaterialKind kind;
    @Column(nullable = false)
    private String title;
    private String language;
    @Enumerated(EnumType.STRING)
    private Audience audience;
    private String licence;
    @Column(name = "description_html")
    private String descriptionHtml;
    private String url;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private Long sizeBytes;
    private String sha256;
    @Column(name = "has_preview", nullable = false)
    private boolean hasPreview;
    private boolean demo;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Material() {
    }

    public Material(long campaignId, MaterialKind kind, String title, String language, Audience audience, String licence,
                    String descriptionHtml, String createdBy, OffsetDateTime now) {
        this.campaignId = campaignId;
        this.kind = kind;
        this.title = title;
        this.language = language;
        this.audience = audience;
        this.licence = licence;
        this.descriptionHtml = descriptionHtml;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void link(String url) {
        this.url = url;
    }

    public void file(String fileName, String contentType, long sizeBytes, String sha256, boolean hasPreview) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.hasPreview = hasPreview;
    }

    public Long getId() { return id; }
    public long getCampaignId() { return campaignId; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public String getCreatedBy() { return createdBy; }

    public MaterialSummary toSummary() {
        return new MaterialSummary(id, campaignId, kind, title, language, audience, licence, descriptionHtml, url, fileName,
                contentType, sizeBytes, sha256, hasPreview, demo);
    }
}
