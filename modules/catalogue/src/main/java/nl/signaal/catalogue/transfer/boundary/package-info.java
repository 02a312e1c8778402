/** {@code CampaignTransfer} (platform admins only), its outcome records and the progress of a running import. */
package nl.signaal.catalogue.transfer.boundary;
