/**
 * The coverage overview: per province how many meldpunten, kenniscentra and care providers
 * reach it, which municipalities have no regional meldpunt, and which records are overdue
 * for verification. It shows where the reference data is thin, so that admins know where
 * to look next; the factsheet behind the product shows the same as maps.
 */
package nl.signaal.routes.coverage;
