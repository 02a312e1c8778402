/** The organisation directory: which tenants exist and what the rest of the product may know of them. */
package nl.signaal.organisations.directory.boundary;
