package nl.signaal.web.admin.routes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaal.platform.audit.AuditEntry;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.platform.shared.FormOfExploitation;
import nl.signaal.routes.points.boundary.Audience;
import nl.signaal.routes.points.boundary.Confidence;
import nl.signaal.routes.points.boundary.Contact;
import nl.signaal.routes.points.boundary.InvalidReportingPointException;
import nl.signaal.routes.points.boundary.PointKind;
import nl.signaal.routes.points.boundary.PointScope;
import nl.signaal.routes.points.boundary.ReportingPointData;
import nl.signaal.routes.points.boundary.ReportingPoints;
import nl.signaal.routes.points.boundary.RoutingKey;
import nl.signaal.routes.points.boundary.Violation;
import nl.signaal.routes.shared.Message;
import nl.signaal.web.i18n.LanguagePreference;
import nl.signaal.web.routes.RouteTexts;

/**
 * Backing bean of /admin/routes/edit.xhtml ({@code ?id=} to edit, none for a new point).
 * Fields are edited as text and checked by the routes module on save; each violation is
 * shown next to the field it concerns (by the CSV column name the module reports), so the
 * rules live in one place for the form and the import.
 */
@Named
@ViewScoped
public class PointEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportingPoints points;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    LanguagePreference language;

    private Long id;
    private String name;
    private PointKind kind;
    private PointScope scope;
    private String areas;
    /** As names: JSF cannot see the element type of a List, so the enums are converted here. */
    private List<String> forms = List.of();
    private List<String> audiences = List.of();
    private String phone;
    private String phoneHours;
    private String phoneAbroad;
    private String web;
    private String email;
    private String chat;
    private String chatHours;
    private String anonymousPossible = "";
    private String sourceUrl;
    private String verifiedOn;
    private Confidence confidence = Confidence.UNCONFIRMED;
    private RoutingKey routingKey;
    private String notes;

    private final Map<String, String> errors = new HashMap<>();
    private boolean found = true;

    /** The f:viewAction: loads the point named by {@code id}. */
    public void load() {
        if (id == null) {
            return;
        }
        ReportingPointData p = points.find(id).orElse(null);
        if (p == null) {
            found = false;
            message(FacesMessage.SEVERITY_ERROR, RouteTexts.text(language.getLocale(), "admin.routes.notFound", id));
            return;
        }
        name = p.name();
        kind = p.kind();
        scope = p.scope();
        areas = String.join(" ", p.areas());
        forms = p.forms().stream().map(Enum::name).toList();
        audiences = p.audiences().stream().map(Enum::name).toList();
        Contact c = p.contact();
        phone = c.phone();
        phoneHours = c.phoneHours();
        phoneAbroad = c.phoneAbroad();
        web = c.web();
        email = c.email();
        chat = c.chat();
        chatHours = c.chatHours();
        anonymousPossible = p.anonymousPossible() == null ? "" : p.anonymousPossible().toString();
        sourceUrl = p.sourceUrl();
        verifiedOn = p.verifiedOn() == null ? null : p.verifiedOn().toString();
        confidence = p.confidence();
        routingKey = p.routingKey();
        notes = p.notes();
    }

    public String save() {
        errors.clear();
        LocalDate verified = null;
        if (verifiedOn != null && !verifiedOn.isBlank()) {
            try {
                verified = LocalDate.parse(verifiedOn.strip());
            } catch (DateTimeParseException e) {
                errors.put("verified_on", Message.of("csv.error.malformedDate", verifiedOn).format(language.getLocale()));
            }
        }
        if (!errors.isEmpty()) {
            message(FacesMessage.SEVERITY_ERROR, RouteTexts.text(language.getLocale(), "admin.routes.invalid"));
            return null;
        }
        Set<String> areaCodes = new LinkedHashSet<>();
        if (areas != null) {
            Arrays.stream(areas.split("[\\s,;|]+")).filter(a -> !a.isBlank()).map(String::strip).forEach(areaCodes::add);
        }
        ReportingPointData point = new ReportingPointData(id, name, routingKey, kind, scope, areaCodes,
                enums(FormOfExploitation.class, forms), enums(Audience.class, audiences),
                new Contact(phone, phoneHours, phoneAbroad, web, email, chat, chatHours),
                anonymousPossible == null || anonymousPossible.isBlank() ? null : Boolean.valueOf(anonymousPossible),
                sourceUrl, verified, confidence, notes);
        try {
            ReportingPointData saved = points.save(caller.require(), point);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            message(FacesMessage.SEVERITY_INFO, RouteTexts.text(language.getLocale(), "admin.routes.saved", saved.name()));
            return "/admin/routes/index?faces-redirect=true";
        } catch (InvalidReportingPointException e) {
            for (Violation v : e.violations()) {
                errors.merge(v.field(), v.message().format(language.getLocale()), (a, b) -> a + " " + b);
            }
            message(FacesMessage.SEVERITY_ERROR, RouteTexts.text(language.getLocale(), "admin.routes.invalid"));
            return null;
        }
    }

    private static <E extends Enum<E>> EnumSet<E> enums(Class<E> type, List<String> names) {
        EnumSet<E> result = EnumSet.noneOf(type);
        names.forEach(n -> result.add(Enum.valueOf(type, n)));
        return result;
    }

    /** The violation text for a field (by its CSV column name, e.g. {@code phone}, {@code source_url}); empty when fine. */
    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** Violations of fields the form has no place for (e.g. {@code id}). */
    public List<String> getOtherErrors() {
        Set<String> shown = Set.of("name", "kind", "scope", "areas", "forms", "audiences", "phone", "phone_hours",
                "phone_abroad", "web", "email", "chat", "chat_hours", "anonymous_possible", "source_url", "verified_on",
                "confidence", "routing_key", "notes");
        return errors.entrySet().stream().filter(e -> !shown.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    public List<AuditEntry> getHistory() {
        return id == null ? List.of() : audit.forEntity(ReportingPoints.AUDIT_CONTEXT, ReportingPoints.AUDIT_TYPE, id);
    }

    public String label(String key) {
        return Message.of(key).format(language.getLocale());
    }

    public PointKind[] getKinds() { return PointKind.values(); }
    public PointScope[] getScopes() { return PointScope.values(); }
    public FormOfExploitation[] getAllForms() { return FormOfExploitation.values(); }
    public Audience[] getAllAudiences() { return Audience.values(); }
    public Confidence[] getConfidences() { return Confidence.values(); }
    public RoutingKey[] getRoutingKeys() { return RoutingKey.values(); }
    public boolean isFound() { return found; }
    public boolean isNew() { return id == null; }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PointKind getKind() { return kind; }
    public void setKind(PointKind kind) { this.kind = kind; }
    public PointScope getScope() { return scope; }
    public void setScope(PointScope scope) { this.scope = scope; }
    public String getAreas() { return areas; }
    public void setAreas(String areas) { this.areas = areas; }
    public List<String> getForms() { return forms; }
    public void setForms(List<String> forms) { this.forms = forms == null ? List.of() : forms; }
    public List<String> getAudiences() { return audiences; }
    public void setAudiences(List<String> audiences) { this.audiences = audiences == null ? List.of() : audiences; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPhoneHours() { return phoneHours; }
    public void setPhoneHours(String phoneHours) { this.phoneHours = phoneHours; }
    public String getPhoneAbroad() { return phoneAbroad; }
    public void setPhoneAbroad(String phoneAbroad) { this.phoneAbroad = phoneAbroad; }
    public String getWeb() { return web; }
    public void setWeb(String web) { this.web = web; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getChat() { return chat; }
    public void setChat(String chat) { this.chat = chat; }
    public String getChatHours() { return chatHours; }
    public void setChatHours(String chatHours) { this.chatHours = chatHours; }
    public String getAnonymousPossible() { return anonymousPossible; }
    public void setAnonymousPossible(String anonymousPossible) { this.anonymousPossible = anonymousPossible; }
    public String getSourceUrl() { return sourceUrl; }
    public void setSourceUrl(String sourceUrl) { this.sourceUrl = sourceUrl; }
    public String getVerifiedOn() { return verifiedOn; }
    public void setVerifiedOn(String verifiedOn) { this.verifiedOn = verifiedOn; }
    public Confidence getConfidence() { return confidence; }
    public void setConfidence(Confidence confidence) { this.confidence = confidence; }
    public RoutingKey getRoutingKey() { return routingKey; }
    public void setRoutingKey(RoutingKey routingKey) { this.routingKey = routingKey; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
