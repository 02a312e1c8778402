/** {@code RouteCards}: the route card PDF for the public page and the API. */
package nl.signaal.routes.card.boundary;
