/** {@code Completions}: a learner's own completions. The fact is announced as {@link nl.signaal.platform.events.CourseCompleted}. */
package nl.signaal.learning.completion.boundary;
