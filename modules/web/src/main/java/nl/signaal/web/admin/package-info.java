/** Platform administration pages. */
package nl.signaal.web.admin;
