package nl.signaal.learning.course.boundary;

import jakarta.ejb.ApplicationException;

/** No such course (or none the caller may see): the API answers 404, a page says "not found". */
@ApplicationException(rollback = true)
public class UnknownCourseException extends RuntimeException {

    public UnknownCourseException(String what) {
        super("Unknown course: " + what);
    }
}
