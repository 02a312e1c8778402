/** Scoring rules, one per item type, as pure functions (unit-tested rule by rule). */
package nl.signaal.learning.quiz.control;
