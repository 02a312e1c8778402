/**
 * {@code Courses} (reading published courses), {@code CourseAuthoring} (trainers' drafts and
 * publishing), {@code LessonRoutes} (the live reporting route of a lesson) and the immutable
 * course content they exchange with the web module.
 */
package nl.signaal.learning.course.boundary;
