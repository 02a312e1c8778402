/** Schema migrations for all contexts, run once at deployment. */
package nl.signaal.platform.persistence;
