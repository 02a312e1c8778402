package nl.signaal.routes.regions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import nl.signaal.routes.regions.boundary.AreaRef;

/** A regional unit of the Dutch national police; it covers whole safety regions. */
@Entity
@Table(schema = "routes", name = "police_unit")
public class PoliceUnit {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String source;

    protected PoliceUnit() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getSource() { return source; }

    public AreaRef toRef() {
        return new AreaRef(code, name);
    }
}
