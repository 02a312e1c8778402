/** The pure CSV parser, validator and writer. */
package nl.signaal.routes.importing.control;
