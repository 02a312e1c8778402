package nl.signaal.routes.coverage.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import nl.signaal.routes.coverage.control.CoverageCalculator;
import nl.signaal.routes.resolver.control.RoutingDataHolder;

/** The coverage overview page's data; public, like the points it summarises. */
@Stateless
public class CoverageReports {

    @Inject
    RoutingDataHolder routingData;

    @Inject
    Clock clock;

    public CoverageReport current() {
        return CoverageCalculator.report(routingData.current(), LocalDate.now(clock));
    }
}
