package nl.signaal.routes.regions.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import nl.signaal.platform.shared.MunicipalityCode;
import nl.signaal.routes.regions.control.MunicipalitySearch;
import nl.signaal.routes.resolver.control.RoutingDataHolder;

/**
 * The municipalities and provinces, for the autocomplete of the public page, the API and
 * other contexts (organisations checks a municipality code here). Reads the in-memory
 * snapshot, so a keystroke costs no database round trip.
 */
@Stateless
public class Municipalities {

    /** The most an autocomplete or the API gets at once. */
    public static final int MAX_RESULTS = 50;

    @Inject
    RoutingDataHolder routingData;

    /**
     * Municipalities whose name, everyday name or code matches {@code q}, best first.
     *
     * @param q   e.g. {@code den haag}, {@code sudwest}, {@code GM0363}, {@code 363}
     * @param max at most this many (capped at {@link #MAX_RESULTS})
     */
    public List<MunicipalitySummary> search(String q, int max) {
        return MunicipalitySearch.search(routingData.current().municipalities().values(), q, Math.min(max, MAX_RESULTS));
    }

    /** The municipality with this code; accepts {@code GM0363}, {@code 0363} and {@code 363}. Empty when unknown or malformed. */
    public Optional<MunicipalitySummary> find(String code) {
        try {
            return routingData.current().municipality(MunicipalityCode.parse(code).value());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** All municipalities, by name. */
    public List<MunicipalitySummary> all() {
        return List.copyOf(routingData.current().municipalities().values());
    }

    /** The 12 provinces, by name. */
    public List<AreaRef> provinces() {
        return List.copyOf(routingData.current().provinces().values());
    }

    /** The 25 safety regions, by code. */
    public List<AreaRef> safetyRegions() {
        return List.copyOf(routingData.current().safetyRegions().values());
    }
}
