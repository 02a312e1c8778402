/**
 * The campaigns' published API: {@code Campaigns} (search, find, propose, save, approve, delete)
 * and the enums, filter and records it takes and returns. The entity uses these enums as column
 * values, so they live here where the web module may see them.
 */
package nl.signaal.catalogue.campaigns.boundary;
