/**
 * The route card: one printable A4 page with a route, for the notice board or the pocket.
 * {@code RouteCards} (boundary) resolves and renders; {@code RouteCardPdf} (control) only draws.
 */
package nl.signaal.routes.card;
