/** {@code Materials} (upload, link, content, preview, delete) and the records it takes and returns. */
package nl.signaal.catalogue.materials.boundary;
