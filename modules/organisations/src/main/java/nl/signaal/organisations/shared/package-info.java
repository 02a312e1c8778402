/** What every feature of the organisations context shares: the refusal with a message key. */
package nl.signaal.organisations.shared;
