/** Validation, the search SQL and storage of campaigns; used by the boundary, never by the web module. */
package nl.signaal.catalogue.campaigns.control;
