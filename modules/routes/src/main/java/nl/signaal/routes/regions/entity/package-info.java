/**
 * The persistent regions, read-mostly reference data with natural keys (CBS codes
 * {@code PVnn}, {@code GMnnnn}, safety-region codes {@code VRnn}).
 */
package nl.signaal.routes.regions.entity;
