/**
 * The learner's player (issue 6): the sector home ({@code /learn/index.xhtml}), a course's
 * page ({@code /learn/course.xhtml}) and the player ({@code /learn/play.xhtml}) with lessons,
 * the live reporting route of the learner's region, the branching scenario, the other quiz
 * items and the summary. Every answer goes to the learning context's {@code Attempts} the
 * moment it is given; the pages keep no progress of their own, so a reload, another device or
 * a restarted server lands at the same place.
 */
package nl.signaal.web.learn;
