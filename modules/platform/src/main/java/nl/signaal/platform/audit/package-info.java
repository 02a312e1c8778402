/** The audit trail: who changed which record when, written in the same transaction as the change. */
package nl.signaal.platform.audit;
