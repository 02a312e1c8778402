package nl.signaal.organisations.completions.boundary;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import nl.signaal.organisations.completions.control.CompletionRows;
import nl.signaal.organisations.directory.control.OrganisationTenants;
import nl.signaal.organisations.directory.entity.Organisation;
import nl.signaal.platform.tenant.NotInYourOrganisationException;

/**
 * The completions of one organisation for its HR system ({@code GET /api/v1/organisations/{id}/completions},
 * docs/adr/0008). The caller is a machine client with a verified access token, not a signed-in
 * person: it has no session, no Jakarta role and no {@code TenantScope}. So the scope is the
 * organisation <em>the token</em> names — never a path parameter, never a browser session — and
 * the role is checked here again from the token's roles, as every boundary checks its role.
 *
 * <pre>
 * List&lt;CompletionRecord&gt; rows = export.of(new CompletionReader("hr-demo-zorg", "demo-zorg", roles));
 * </pre>
 */
@Stateless
public class CompletionExport {

    @Inject
    OrganisationTenants tenants;

    @Inject
    CompletionRows rows;

    /**
     * Every completion of the reader's organisation, oldest first.
     *
     * @throws EJBAccessException             the token lacks {@link CompletionReader#ROLE}
     * @throws NotInYourOrganisationException the token's organisation is unknown to Signaal (404)
     */
    public List<CompletionRecord> of(CompletionReader reader) {
        if (!reader.mayRead()) {
            throw new EJBAccessException("Client " + reader.clientId() + " lacks role " + CompletionReader.ROLE);
        }
        long organisation = tenants.organisationIdOf(reader.organisationCode())
                .orElseThrow(() -> new NotInYourOrganisationException(Organisation.class, reader.organisationCode()));
        return rows.of(organisation);
    }
}
