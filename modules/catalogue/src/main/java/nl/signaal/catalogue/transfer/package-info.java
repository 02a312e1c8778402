/**
 * The inventory arrives as a spreadsheet: CSV and XLSX import (all-or-nothing, every bad line
 * reported with line, column and reason) and export in the same columns, so an export can be
 * edited and imported elsewhere. Columns are documented in the module README.
 */
package nl.signaal.catalogue.transfer;
