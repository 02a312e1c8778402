package nl.signaal.routes.card.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.signaal.routes.card.control.RouteCardPdf;
import nl.signaal.routes.resolver.boundary.RouteQuery;
import nl.signaal.routes.resolver.boundary.UnknownMunicipalityException;
import nl.signaal.routes.resolver.boundary.UnknownProvinceException;
import nl.signaal.routes.resolver.control.RouteResolver;
import nl.signaal.routes.resolver.control.RoutingData;
import nl.signaal.routes.resolver.control.RoutingDataHolder;

/**
 * The route card PDF: the same route as the public page and the API, on one A4 page.
 * Public, like the route itself.
 */
@Stateless
public class RouteCards {

    private final RouteResolver resolver = new RouteResolver();

    @Inject
    RoutingDataHolder routingData;

    @Inject
    Clock clock;

    /**
     * @throws UnknownMunicipalityException when the municipality code does not exist
     * @throws UnknownProvinceException     when only an unknown province code is given
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public byte[] pdf(RouteQuery query, Locale locale) {
        RoutingData data = routingData.current();
        var steps = resolver.resolve(data, query);
        return RouteCardPdf.render(placeName(data, query), steps, locale, LocalDate.now(clock));
    }

    private static String placeName(RoutingData data, RouteQuery query) {
        if (query.municipalityCode() != null) {
            return data.municipality(query.municipalityCode()).map(m -> m.name())
                    .orElseThrow(() -> new UnknownMunicipalityException(query.municipalityCode()));
        }
        var province = data.provinces().get(query.provinceCode());
        if (province == null) {
            throw new UnknownProvinceException(query.provinceCode());
        }
        return province.name();
    }
}
