package nl.signaal.routes.regions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.signaal.routes.regions.boundary.AreaRef;

/**
 * A safety region ({@code VR01}–{@code VR25}). It carries the police unit because that is
 * the fact the sources give: a unit covers whole safety regions.
 */
@Entity
@Table(schema = "routes", name = "safety_region")
@NamedQuery(name = SafetyRegion.FIND_ALL, query = "SELECT r FROM SafetyRegion r JOIN FETCH r.policeUnit ORDER BY r.code")
public class SafetyRegion {

    public static final String FIND_ALL = "SafetyRegion.findAll";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "police_unit_code")
    private PoliceUnit policeUnit;

    @Column(nullable = false)
    private String source;

    protected SafetyRegion() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public PoliceUnit getPoliceUnit() { return policeUnit; }
    public String getSource() { return source; }

    public AreaRef toRef() {
        return new AreaRef(code, name);
    }
}
