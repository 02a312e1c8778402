/**
 * The inventory's figures reproduced from the catalogue's own data: campaigns per start year,
 * per audience, per form of exploitation, and the cost-band and duration-band distributions.
 * Counted by SQL over published, non-demo campaigns, so the figures change when the data does.
 */
package nl.signaal.catalogue.insights;
