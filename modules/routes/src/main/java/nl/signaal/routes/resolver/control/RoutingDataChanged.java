package nl.signaal.routes.resolver.control;

/**
 * Fired (synchronously, inside the changing transaction) when reporting points or regions
 * change; {@link RoutingDataHolder} drops its snapshot once the transaction has committed.
 */
public record RoutingDataChanged(String what) {
}
