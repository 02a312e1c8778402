/** Course validation, rich-text sanitising, the JSON form of course content and the route query of a lesson. */
package nl.signaal.learning.course.control;
