package nl.signaal.routes.points.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.routes.points.boundary.Audience;
import nl.signaal.routes.points.boundary.Confidence;
import nl.signaal.routes.points.boundary.Contact;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.RoutingKey;

/**
 * A meldpunt or kenniscentrum as stored. Contact channels are plain columns (phone, phone
 * hours, phone abroad, web, e-mail, chat, chat hours) rather than a child table: each point
 * publishes at most one of each, a {@code NULL} reads as "unknown", and a CSV column maps
 * to each one. Changes go through {@link #apply(ReportingPointData)} so that the admin form,
 * the import and the seed all describe a point the same way.
 */
@Entity
@Table(schema = "routes", name = "reporting_point")
@NamedQuery(name = ReportingPoint.FIND_ALL, query = "SELECT p FROM ReportingPoint p ORDER BY p.name")
public class ReportingPoint {

    public static final String FIND_ALL = "ReportingPoint.findAll";

    @Id
    @SequenceGenerator(name = "reporting_point_seq", schema = "routes", sequenceName = "reporting_point_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_point_seq")
    private Long id;

    @Version
    private int version;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "routing_key")
    private RoutingKey routingKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PointKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PointScope scope;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "routes", name = "reporting_point_area", joinColumns = @JoinColumn(name = "reporting_point_id"))
    @Column(name = "area_code", nullable = false)
    private Set<String> areas = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "routes", name = "reporting_point_form", joinColumns = @JoinColumn(name = "reporting_point_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false)
    private Set<FormOfExploitation> forms = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "routes", name = "reporting_point_audience", joinColumns = @JoinColumn(name = "reporting_point_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false)
    private Set<Audience> audiences = new HashSet<>();

    private String phone;
    @Column(name = "phone_hours")
    private String phoneHours;
    @Column(name = "phone_abroad")
    private String phoneAbroad;
    private String web;
    private String email;
    private String chat;
    @Column(name = "chat_hours")
    private String chatHours;

    @Column(name = "anonymous_possible")
    private Boolean anonymousPossible;

    @Column(name = "source_url", nullable = false)
    private String sourceUrl;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidence confidence;

    private String notes;

    protected ReportingPoint() {
    }

    public ReportingPoint(ReportingPointData data) {
        apply(data);
    }

    /** Takes over every field of {@code data} except the id. Validate first. */
    public final void apply(ReportingPointData data) {
        name = data.name().strip();
        routingKey = data.routingKey();
        kind = data.kind();
        scope = data.scope();
        areas = new HashSet<>(data.areas());
        forms = new HashSet<>(data.forms());
        audiences = new HashSet<>(data.audiences());
        Contact c = data.contact();
        phone = c.phone();
        phoneHours = c.phoneHours();
        phoneAbroad = c.phoneAbroad();
        web = c.web();
        email = c.email();
        chat = c.chat();
        chatHours = c.chatHours();
        anonymousPossible = data.anonymousPossible();
        sourceUrl = data.sourceUrl().strip();
        verifiedOn = data.verifiedOn();
        confidence = data.confidence();
        notes = data.notes();
    }

    public ReportingPointData toData() {
        return new ReportingPointData(id, name, routingKey, kind, scope, areas, forms, audiences,
                new Contact(phone, phoneHours, phoneAbroad, web, email, chat, chatHours),
                anonymousPossible, sourceUrl, verifiedOn, confidence, notes);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public RoutingKey getRoutingKey() { return routingKey; }
}
