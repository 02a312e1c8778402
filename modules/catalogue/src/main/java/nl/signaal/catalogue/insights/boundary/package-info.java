/** {@code Insights} and its report records. */
package nl.signaal.catalogue.insights.boundary;
