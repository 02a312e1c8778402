/** The admin's import and export of reporting points, and the error report an import returns. */
package nl.signaal.routes.importing.boundary;
