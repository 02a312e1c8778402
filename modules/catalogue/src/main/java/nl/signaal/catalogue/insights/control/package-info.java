/** The counting SQL. */
package nl.signaal.catalogue.insights.control;
