/**
 * Small value types every catalogue feature uses: a user-facing {@link nl.signaal.catalogue.shared.Message}
 * (bundle key plus arguments, formatted by the web module with its {@code catalogue} bundle),
 * a {@link nl.signaal.catalogue.shared.Violation} of a field and a {@link nl.signaal.catalogue.shared.Page}
 * of results with the total.
 */
package nl.signaal.catalogue.shared;
