package nl.signaal.organisations.directory.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.signaal.organisations.settings.boundary.ReminderPolicy;
import nl.signaal.platform.shared.Sector;

/**
 * A tenant: a hospital, a municipality, a hotel chain. Its {@code code} is what the identity
 * provider puts in every member's {@code organisation} claim. The organisation is the tenant
 * itself, not something a tenant owns: only platform admins list all of them; org admins reach
 * their own through the tenant scope's organisation id.
 */
@Entity
@Table(schema = "organisations", name = "organisation")
@NamedQuery(name = Organisation.FIND_BY_CODE, query = "SELECT o FROM Organisation o WHERE o.code = :code")
@NamedQuery(name = Organisation.FIND_ALL, query = "SELECT o FROM Organisation o ORDER BY o.name")
public class Organisation {

    public static final String FIND_BY_CODE = "Organisation.findByCode";
    public static final String FIND_ALL = "Organisation.findAll";

    @Id
    @SequenceGenerator(name = "organisation_seq", schema = "organisations", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "municipality_code")
    private String municipalityCode;

    /** Comma-separated {@link Sector} names; a handful at most, so no table of its own. */
    @Column(nullable = false)
    private String sectors = "";

    private boolean demo;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private java.time.OffsetDateTime createdAt;

    /** Null: no default validity; only a course's own validity makes its certificates expire (V2.7). */
    @Column(name = "certificate_validity_months")
    private Integer certificateValidityMonths = 24;

    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_policy", nullable = false)
    private ReminderPolicy reminderPolicy = ReminderPolicy.DUE_SOON_AND_OVERDUE;

    @Column(name = "reminder_days_before_due", nullable = false)
    private int reminderDaysBeforeDue = 14;

    @Basic(fetch = FetchType.LAZY)
    private byte[] logo;

    @Column(name = "logo_content_type")
    private String logoContentType;

    protected Organisation() {
    }

    public Organisation(String code, String name, String municipalityCode, Set<Sector> sectors) {
        this.code = code;
        this.name = name;
        this.municipalityCode = municipalityCode;
        setSectors(sectors);
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getMunicipalityCode() { return municipalityCode; }
    public boolean isDemo() { return demo; }
    public Integer getCertificateValidityMonths() { return certificateValidityMonths; }
    public ReminderPolicy getReminderPolicy() { return reminderPolicy; }
    public int getReminderDaysBeforeDue() { return reminderDaysBeforeDue; }
    public byte[] getLogo() { return logo; }
    public String getLogoContentType() { return logoContentType; }

    public Set<Sector> getSectors() {
        if (sectors == null || sectors.isBlank()) {
            return EnumSet.noneOf(Sector.class);
        }
        return Arrays.stream(sectors.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Sector::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
    }

    public void setSectors(Set<Sector> sectors) {
        this.sectors = sectors.stream().sorted().map(Sector::name).collect(Collectors.joining(","));
    }

    public void setName(String name) { this.name = name; }
    public void setMunicipalityCode(String municipalityCode) { this.municipalityCode = municipalityCode; }
    public void setCertificateValidityMonths(Integer months) { this.certificateValidityMonths = months; }
    public void setReminderPolicy(ReminderPolicy reminderPolicy) { this.reminderPolicy = reminderPolicy; }
    public void setReminderDaysBeforeDue(int days) { this.reminderDaysBeforeDue = days; }

    public void setLogo(byte[] logo, String contentType) {
        this.logo = logo;
        this.logoContentType = contentType;
    }
}
