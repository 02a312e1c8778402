/**
 * Completions as this context knows them: learning announces each completion once committed
 * ({@link nl.signaal.platform.events.CourseCompleted}); this feature keeps an org-scoped fact of
 * it, so assignments and dashboards are answered from this context's own tables.
 */
package nl.signaal.organisations.completions.boundary;
