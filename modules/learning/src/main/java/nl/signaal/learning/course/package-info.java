/**
 * Courses and their versions: a course is authored as a draft and published as an immutable
 * version; learners only ever see published versions, and an attempt pins the version it
 * started on. The content of a version (lessons, blocks, quiz) is one immutable value,
 * {@link nl.signaal.learning.course.boundary.CourseContent}, stored as a JSON document.
 */
package nl.signaal.learning.course;
