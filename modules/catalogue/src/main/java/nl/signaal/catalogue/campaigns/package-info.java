/**
 * Awareness campaigns on trafficking (the inventory counted 54 between 2020 and 2024): who ran
 * them, for whom, about which form of exploitation, where, through which channels, at what
 * cost band and for how long, and where the facts come from. Trainers find material for their
 * own audience here; trainers propose campaigns, platform admins publish them.
 */
package nl.signaal.catalogue.campaigns;
