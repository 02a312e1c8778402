/** {@code CampaignTransfer} (platform admins only) and its outcome records. */
package nl.signaal.catalogue.transfer.boundary;
