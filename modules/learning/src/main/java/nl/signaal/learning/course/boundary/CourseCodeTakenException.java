package nl.signaal.learning.course.boundary;

import jakarta.ejb.ApplicationException;

/** A new course was given a code another course already has; codes are never reused. Nothing was written. */
@ApplicationException(rollback = true)
public class CourseCodeTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public CourseCodeTakenException(String code) {
        super("A course with code " + code + " exists");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
