/**
 * {@code RouteResolverService} and the query and result types it exposes to the web module
 * and to other contexts (learning resolves the route shown after a lesson).
 */
package nl.signaal.routes.resolver.boundary;
