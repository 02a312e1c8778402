/** {@code Attempts} (start, answer, resume, finish — only ever the caller's own) and the values it returns. */
package nl.signaal.learning.attempt.boundary;
