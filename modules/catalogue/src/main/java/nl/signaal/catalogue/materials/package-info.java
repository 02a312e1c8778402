/**
 * A campaign's material: uploaded files (PDF, images, audio, video) and external links, each with
 * a title, language, audience and licence, and a small PNG preview. Uploaded files are
 * untrusted: their type is decided from their bytes (Apache Tika), never from the name; they
 * are stored in the database (not on a local disk another instance could not see) and only ever
 * served as downloads or PNG previews, never as HTML.
 */
package nl.signaal.catalogue.materials;
