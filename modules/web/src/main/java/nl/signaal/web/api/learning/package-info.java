/**
 * The learning context over HTTP: {@code GET /api/v1/courses} (published courses, filtered) and
 * {@code GET /api/v1/me/progress} (the caller's own attempts and completions). Read-only:
 * answers are given in the player, where the learning context records them.
 */
package nl.signaal.web.api.learning;
