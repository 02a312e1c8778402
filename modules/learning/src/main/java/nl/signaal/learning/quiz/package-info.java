/**
 * Quiz items and their scoring. Every item scores between 0 and 1; the quiz score is their
 * mean as a percentage, compared with the course's pass mark. The rules are in
 * {@link nl.signaal.learning.quiz.control.Scoring}.
 */
package nl.signaal.learning.quiz;
