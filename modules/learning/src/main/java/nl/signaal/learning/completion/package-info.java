/**
 * Completions: a learner completed a course version (every lesson seen, quiz passed). The
 * fact is stored and announced as {@link nl.signaal.platform.events.CourseCompleted}
 * for the certificates context.
 */
package nl.signaal.learning.completion;
