/**
 * The public "Waar meld ik?" and coverage pages, and the route texts they share with the
 * REST API ({@code web.api.routes}): {@link nl.signaal.web.routes.RouteStepView} is the one
 * place where a resolved step becomes text in the reader's language.
 */
package nl.signaal.web.routes;
