/**
 * The campaign catalogue's pages: {@code /trainer/catalogue/} (search, detail with materials and
 * previews, insights, propose) for trainers and platform admins, and {@code /admin/catalogue/}
 * (edit, approve, import/export) for platform admins. Texts in the {@code cat} bundle.
 */
package nl.signaal.web.catalogue;
