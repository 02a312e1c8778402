/** Platform administration of organisations (/admin/organisations/): the register and new tenants. */
package nl.signaal.web.admin.organisations;
