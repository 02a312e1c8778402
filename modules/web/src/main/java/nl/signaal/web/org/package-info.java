/**
 * Organisation administration for org admins: staff (/org/members.xhtml), departments
 * (/org/departments.xhtml), staff import (/org/import.xhtml) and the same as a REST API under
 * {@code /api/v1/org/...}. Texts in the {@code organisations} bundle (var {@code org}).
 * Isolation is the organisations context's job (its boundaries read through the tenant scope);
 * here a foreign id simply becomes a 404.
 */
package nl.signaal.web.org;
