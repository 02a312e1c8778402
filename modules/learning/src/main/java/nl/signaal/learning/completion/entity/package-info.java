/** JPA mapping of completions (schema {@code learning}). */
package nl.signaal.learning.completion.entity;
