/** The item types of a quiz and the answers a learner gives to them (immutable values). */
package nl.signaal.learning.quiz.boundary;
