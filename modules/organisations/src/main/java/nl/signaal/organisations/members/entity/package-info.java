/** Members as stored: one row per person per organisation, kept after deactivation. */
package nl.signaal.organisations.members.entity;
