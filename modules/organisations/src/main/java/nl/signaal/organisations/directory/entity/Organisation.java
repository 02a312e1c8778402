package nl.signaal.organisations.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A tenant: a hospital, a municipality, a hotel chain. Its {@code code} is what the identity
 * provider puts in every member's {@code organisation} claim.
 */
@Entity
@Table(schema = "organisations", name = "organisation")
@NamedQuery(name = Organisation.FIND_BY_CODE, query = "SELECT o FROM Organisation o WHERE o.code = :code")
public class Organisation {

    public static final String FIND_BY_CODE = "Organisation.findByCode";

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

    private boolean demo;

    protected Organisation() {
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getMunicipalityCode() { return municipalityCode; }
    public boolean isDemo() { return demo; }
}
