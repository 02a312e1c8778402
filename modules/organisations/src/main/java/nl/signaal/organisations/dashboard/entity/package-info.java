/**
 * What the database keeps for the dashboard beside the facts: the number that tells whether
 * figures computed earlier still hold ({@link nl.signaal.organisations.dashboard.entity.DashboardRevision}).
 */
package nl.signaal.organisations.dashboard.entity;
