/**
 * Test-scope tools that turn the reference files into the seed migrations
 * ({@code V3.2__seed_regions.sql}, {@code V3.3__seed_reporting_points.sql}) and give tests
 * the same data without a database. Run {@link nl.signaal.routes.tools.SeedSql#main} after
 * changing a reference file or {@link nl.signaal.routes.tools.SeedPoints}; {@code SeedSqlTest}
 * fails while the committed migrations and the generator disagree.
 */
package nl.signaal.routes.tools;
