/**
 * The few value objects every feature of the routes context shares. Today that is only
 * {@link nl.signaal.routes.shared.Message}: a text the user will read, as a resource-bundle
 * key with arguments, so that resolver reasons and validation errors can be shown in Dutch
 * or English by the web module without Java ever holding a user-facing sentence.
 */
package nl.signaal.routes.shared;
