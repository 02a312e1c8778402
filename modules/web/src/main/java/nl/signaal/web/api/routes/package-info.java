/**
 * The routes context's REST API: {@code /api/v1/routes} (the route as JSON, and as a route
 * card PDF), {@code /api/v1/municipalities} (autocomplete) and {@code /api/v1/reporting-points}.
 * Public: the same facts as the public "Waar meld ik?" page.
 */
package nl.signaal.web.api.routes;
