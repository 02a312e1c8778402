/**
 * Attempts: a learner taking one pinned course version. Every answer is stored the moment
 * it is given as an attempt event, idempotent by the client's answer id; the attempt's
 * state is the replay of its events ({@link nl.signaal.learning.attempt.control.AttemptProgress}),
 * so a learner resumes at the same node on any device after any restart.
 */
package nl.signaal.learning.attempt;
