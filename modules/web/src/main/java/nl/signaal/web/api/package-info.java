/** REST resources shared by all contexts; each context's resources live in their own sub-package. */
package nl.signaal.web.api;
