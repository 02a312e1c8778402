/**
 * The dashboard benchmark and its data generator (issue 5, Performance: dashboard p95 ≤ 50 ms
 * for an organisation of 10,000 staff in a database of 2,000 organisations and 5,000,000
 * attempt/completion rows; statements per load independent of the organisation's size). It runs
 * the product's own {@code DashboardReader} through EclipseLink over an embedded PostgreSQL, so
 * nothing here can drift from what the application does. Its sources live in
 * {@code src/benchmark}, compiled only with {@code -Pbenchmark}; it never ships. Run it with
 * {@code mvn -pl modules/organisations -am -Pbenchmark test-compile} (see the module README).
 */
package nl.signaal.organisations.benchmark;
