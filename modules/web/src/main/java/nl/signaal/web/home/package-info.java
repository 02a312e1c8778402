/** The signed-in home page, the caller's organisation and the role-based navigation. */
package nl.signaal.web.home;
