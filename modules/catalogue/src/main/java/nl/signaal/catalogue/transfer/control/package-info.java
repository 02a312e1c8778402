/** The column definitions, row parsing and the CSV and XLSX readers and writers; pure, unit-tested. */
package nl.signaal.catalogue.transfer.control;
