/** Test fixtures: small courses and scenario graphs. */
package nl.signaal.learning.tools;
