/**
 * The geography a reporting route depends on: the 12 provinces, the 25 safety regions, the
 * 10 regional police units and every municipality with the regions it belongs to. Seeded by
 * migrations from CBS and public sources (see the module README); a division nobody has a
 * source for yet (Veilig Thuis region, care-coordination region) is stored as unknown, and
 * the RIEC region, which only follows the police unit by inference, is flagged as such.
 */
package nl.signaal.routes.regions;
