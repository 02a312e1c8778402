/**
 * What other contexts and the web module may use of the regions: the {@code Municipalities}
 * search and the immutable summaries it returns. JPA entities stay in {@code entity}.
 */
package nl.signaal.routes.regions.boundary;
