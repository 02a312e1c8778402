/** Upload inspection (type from content, limits), previews (ImageIO, PDFBox), HTML sanitising and storage. */
package nl.signaal.catalogue.materials.control;
