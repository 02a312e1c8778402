/**
 * CSV import and export of reporting points, because the inventory of meldpunten exists as
 * a spreadsheet and organisations will bring theirs. The import is all-or-nothing: every
 * bad line is reported with its line number and reason, and nothing is written until the
 * whole file is clean. Export writes the same columns, so a file exported, edited in a
 * spreadsheet and imported again updates the points it came from. Columns: module README.
 */
package nl.signaal.routes.importing;
