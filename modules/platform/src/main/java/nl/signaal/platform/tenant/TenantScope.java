package nl.signaal.platform.tenant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Objects;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.CurrentCaller;

/**
 * The caller's organisation and the only sanctioned way to read org-scoped data. Isolation
 * between organisations is the product's first security property, so it is enforced here,
 * in the service layer, and not left to each query or view.
 *
 * <pre>
 * &#64;Inject TenantScope tenant;
 *
 * List&lt;Member&gt; all = tenant.query(em, Member.FIND_ALL, Member.class).getResultList();
 * Member m = tenant.find(em, Member.class, id);   // NotInYourOrganisationException if foreign
 * </pre>
 *
 * Named queries of {@link TenantOwned} entities filter on {@code organisationId = :organisation}
 * ({@link #PARAMETER}); {@link #query} fills that parameter, and a query without it fails
 * loudly instead of returning every organisation's rows.
 */
@RequestScoped
public class TenantScope {

    /** The name of the query parameter every org-scoped query filters on. */
    public static final String PARAMETER = "organisation";

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Instance<TenantDirectory> directory;

    private Long organisationId;

    /** The organisation code of the caller's token; {@link NoOrganisationException} when absent. */
    public String organisationCode() {
        Caller caller = currentCaller.current().orElseThrow(() -> new NoOrganisationException("(anonymous)"));
        return caller.organisation().orElseThrow(() -> new NoOrganisationException(caller.username()));
    }

    /** The id of the caller's organisation; {@link NoOrganisationException} when it has none or an unknown one. */
    public long organisationId() {
        if (organisationId == null) {
            String code = organisationCode();
            organisationId = directory().organisationIdOf(code)
                    .orElseThrow(() -> new NoOrganisationException(currentCaller.require().username()));
        }
        return organisationId;
    }

    /**
     * A scope for work the server does on its own for one organisation, outside any request of a
     * caller (the dashboard computed at the start of a day for the organisations whose dashboard a
     * server keeps). Never for a caller's request: their organisation is the one in their token
     * ({@link #organisationId()}). Which code may use it is fixed by an architecture test.
     */
    public static TenantScope ofOrganisation(long organisationId) {
        return new TenantScope() {
            @Override
            public String organisationCode() {
                throw new NoOrganisationException("(the server, for organisation " + organisationId + ")");
            }

            @Override
            public long organisationId() {
                return organisationId;
            }
        };
    }

    /** The organisations context's directory; a seam for unit tests. */
    TenantDirectory directory() {
        return directory.get();
    }

    /** Restricts a query to the caller's organisation by setting {@code :organisation}. */
    public <T> TypedQuery<T> scope(TypedQuery<T> query) {
        return query.setParameter(PARAMETER, organisationId());
    }

    /** A named query of an org-scoped entity, restricted to the caller's organisation. */
    public <T> TypedQuery<T> query(EntityManager em, String namedQuery, Class<T> type) {
        return scope(em.createNamedQuery(namedQuery, type));
    }

    /** The entity with this id if it belongs to the caller's organisation; otherwise {@link NotInYourOrganisationException}. */
    public <T extends TenantOwned> T find(EntityManager em, Class<T> type, Object id) {
        if (id == null) {
            throw new NotInYourOrganisationException(type, null);
        }
        return own(type, id, em.find(type, id));
    }

    /** Checks that an entity read some other way belongs to the caller's organisation. */
    public <T extends TenantOwned> T own(Class<T> type, Object id, T entity) {
        if (entity == null || !Objects.equals(entity.getOrganisationId(), organisationId())) {
            throw new NotInYourOrganisationException(type, id);
        }
        return entity;
    }
}
