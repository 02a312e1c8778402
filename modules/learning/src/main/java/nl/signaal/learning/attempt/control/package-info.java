/** The attempt state machine ({@code AttemptProgress}), pure and unit-tested, and the JSON form of answers. */
package nl.signaal.learning.attempt.control;
