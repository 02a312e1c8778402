package nl.signaal.routes.resolver.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import nl.signaal.routes.resolver.control.RouteResolver;
import nl.signaal.routes.resolver.control.RoutingDataHolder;

/**
 * "Waar meld ik?" for the public page, the API and the end of every lesson. Public: no
 * role needed. Resolution runs in memory on the current snapshot.
 *
 * <pre>{@code
 * List<RouteStep> steps = routes.resolve(RouteQuery.citizenIn("GM0363").withForm(LABOUR));
 * }</pre>
 */
@Stateless
public class RouteResolverService {

    private final RouteResolver resolver = new RouteResolver();

    @Inject
    RoutingDataHolder routingData;

    /**
     * The ordered steps for the situation.
     *
     * @throws UnknownMunicipalityException when the municipality code does not exist (the API's 404)
     * @throws UnknownProvinceException     when only an unknown province code is given
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RouteStep> resolve(RouteQuery query) {
        return resolver.resolve(routingData.current(), query);
    }
}
