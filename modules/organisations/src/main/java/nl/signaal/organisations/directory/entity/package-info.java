/** The organisation (tenant) and its settings, as stored. */
package nl.signaal.organisations.directory.entity;
