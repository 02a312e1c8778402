/** Value objects every learning feature uses: bilingual text and the bounded problems of validation. */
package nl.signaal.learning.shared;
