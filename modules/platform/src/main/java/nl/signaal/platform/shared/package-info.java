/**
 * Value objects every context shares: sectors, forms of exploitation, municipality codes.
 * Nothing else belongs here.
 */
package nl.signaal.platform.shared;
