/** JPA mapping of attempts, attempt events and seen lessons (schema {@code learning}). */
package nl.signaal.learning.attempt.entity;
