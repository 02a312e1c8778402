/**
 * The certificates context: a certificate is issued when a learner completes a course
 * version ({@link nl.signaal.platform.events.CourseCompleted}), rendered as a PDF/A-2b document
 * from its stored facts, verified publicly by its code, and may expire or be revoked.
 * It depends on the platform only and knows nothing of quizzes or of the organisations context.
 */
package nl.signaal.certificates;
