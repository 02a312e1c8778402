/** The completion facts this context keeps from learning's {@code CourseCompleted} events. */
package nl.signaal.organisations.completions.entity;
