package nl.signaal.routes.regions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import nl.signaal.routes.regions.boundary.AreaRef;

/** One of the 12 provinces, keyed by its CBS code ({@code PV27}). */
@Entity
@Table(schema = "routes", name = "province")
@NamedQuery(name = Province.FIND_ALL, query = "SELECT p FROM Province p ORDER BY p.name")
public class Province {

    public static final String FIND_ALL = "Province.findAll";

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String source;

    protected Province() {
    }

    public String getCode() { return code; }
    public String getName() { return name; }
    public String getSource() { return source; }

    public AreaRef toRef() {
        return new AreaRef(code, name);
    }
}
