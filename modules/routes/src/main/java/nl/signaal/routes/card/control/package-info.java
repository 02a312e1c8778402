/** {@code RouteCardPdf}: draws a resolved route onto one A4 page with PDFBox; pure, no container. */
package nl.signaal.routes.card.control;
