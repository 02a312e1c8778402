/**
 * Departments: each organisation's tree of teams and locations, maintained by its org admins.
 * Every read goes through the platform's tenant scope.
 */
package nl.signaal.organisations.departments.boundary;
