/**
 * The catalogue's search benchmark and its data generator (issue 4: search and filter p95 ≤ 50 ms
 * with 10,000 campaigns and 100,000 materials). Test scope: it never ships; run it with
 * {@code mvn -pl modules/catalogue -am -Pbenchmark test-compile} (see the module README).
 */
package nl.signaal.catalogue.benchmark;
