/**
 * The learning context: sector courses built from campaign material, with branching
 * scenario quizzes (issue 6). It uses platform (caller, sector, form of exploitation) and
 * routes (the live reporting route at the end of each lesson); it refers to catalogue
 * materials by id only. Other contexts hear about completions through
 * {@link nl.signaal.platform.events.CourseCompleted}.
 */
package nl.signaal.learning;
