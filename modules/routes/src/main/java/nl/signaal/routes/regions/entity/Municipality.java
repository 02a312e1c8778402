package nl.signaal.routes.regions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import nl.signaal.routes.regions.boundary.MunicipalitySummary;

/**
 * A municipality by its CBS code with the regions it belongs to. Columns that are
 * {@code null} are unknown; see the migration's column comments.
 */
@Entity
@Table(schema = "routes", name = "municipality")
@NamedQuery(name = Municipality.FIND_ALL, query = "SELECT m FROM Municipality m JOIN FETCH m.province "
        + "JOIN FETCH m.safetyRegion r JOIN FETCH r.policeUnit ORDER BY m.name")
public class Municipality {

    public static final String FIND_ALL = "Municipality.findAll";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "also_known_as")
    private String alsoKnownAs;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "province_code")
    private Province province;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "safety_region_code")
    private SafetyRegion safetyRegion;

    @Column(name = "ggd_region")
    private String ggdRegion;

    @Column(name = "riec_region")
    private String riecRegion;

    @Column(name = "riec_region_confirmed", nullable = false)
    private boolean riecRegionConfirmed;

    @Column(name = "veilig_thuis_region")
    private String veiligThuisRegion;

    @Column(name = "care_coordination_region")
    private String careCoordinationRegion;

    @Column(nullable = false)
    private String source;

    protected Municipality() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getAlsoKnownAs() { return alsoKnownAs; }
    public Province getProvince() { return province; }
    public SafetyRegion getSafetyRegion() { return safetyRegion; }
    public String getGgdRegion() { return ggdRegion; }
    public String getRiecRegion() { return riecRegion; }
    public boolean isRiecRegionConfirmed() { return riecRegionConfirmed; }
    public String getVeiligThuisRegion() { return veiligThuisRegion; }
    public String getCareCoordinationRegion() { return careCoordinationRegion; }
    public String getSource() { return source; }

    /** A platform admin's correction; the caller has validated the values ({@code null} = unknown). */
    public void changeDivisions(SafetyRegion safetyRegion, String ggdRegion, String riecRegion, boolean riecRegionConfirmed,
                                String veiligThuisRegion, String careCoordinationRegion, String source) {
        this.safetyRegion = Objects.requireNonNull(safetyRegion, "safetyRegion");
        this.ggdRegion = ggdRegion;
        this.riecRegion = riecRegion;
        this.riecRegionConfirmed = riecRegion != null && riecRegionConfirmed;
        this.veiligThuisRegion = veiligThuisRegion;
        this.careCoordinationRegion = careCoordinationRegion;
        this.source = Objects.requireNonNull(source, "source");
    }

    public MunicipalitySummary toSummary() {
        return new MunicipalitySummary(code, name, alsoKnownAs, province.toRef(), safetyRegion.toRef(),
                safetyRegion.getPoliceUnit().toRef(), ggdRegion, riecRegion, riecRegionConfirmed,
                veiligThuisRegion, careCoordinationRegion);
    }
}
