/** Language choice; texts live in the resource bundles next to this package. */
package nl.signaal.web.i18n;
