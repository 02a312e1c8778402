/**
 * Platform administration of meldpunten and kenniscentra (/admin/routes/): list with filters,
 * edit with per-field validation, CSV import (all-or-nothing) and export, audit trail. The
 * routes module's services check the platform-admin role again (@RolesAllowed).
 */
package nl.signaal.web.admin.routes;
