/** {@code Material} (listing columns) and {@code MaterialContent} (the bytes, in their own table so lists never load them). */
package nl.signaal.catalogue.materials.entity;
