/** The persistent campaign; its multi-valued classifications are comma-separated enum names (see V4.1). */
package nl.signaal.catalogue.campaigns.entity;
