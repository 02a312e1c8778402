package nl.signaal.web.org;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.signaal.learning.course.boundary.Courses;
import nl.signaal.learning.course.boundary.PublishedCourse;
import nl.signaal.organisations.assignments.boundary.AssignmentView;
import nl.signaal.organisations.assignments.boundary.Assignments;
import nl.signaal.organisations.assignments.boundary.NewAssignment;
import nl.signaal.organisations.assignments.entity.Target;
import nl.signaal.organisations.shared.Refusal;
import nl.signaal.platform.caller.Role;
import nl.signaal.platform.shared.Sector;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/org/assignments}: the caller's organisation's course assignments. The course
 * must be published; its (Dutch) title is read here, in the web layer, from learning's
 * boundary and handed to the organisations context, which never reads learning itself.
 */
@Path("v1/org/assignments")
@RolesAllowed(Role.ORG_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation assignments")
public class AssignmentsResource {

    /** The JSON body of {@code POST}; {@code dueDate} as {@code yyyy-MM-dd}. */
    public static class AssignmentRequest {
        public long courseId;
        public String target;
        public Long departmentId;
        public String sector;
        public String job;
        public String dueDate;
        public Integer recurrenceMonths;
    }

    @Inject
    Assignments assignments;

    @Inject
    Courses courses;

    @GET
    @Operation(summary = "All assignments, earliest due first")
    public List<AssignmentView> list() {
        return assignments.list();
    }

    @GET
    @Path("{id}")
    public AssignmentView find(@PathParam("id") long id) {
        return assignments.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a published course to the organisation, a department, a sector or a job")
    public Response create(AssignmentRequest request) {
        if (request == null) {
            throw new Refusal("org.assignment.error.course");
        }
        String title = courses.latest(request.courseId).map(AssignmentsResource::title).orElse("");
        NewAssignment assignment = new NewAssignment(request.courseId, title, parse(Target.class, request.target, "org.assignment.error.target"),
                request.departmentId, parse(Sector.class, request.sector, "org.assignment.error.target"), request.job,
                date(request.dueDate), request.recurrenceMonths);
        return Response.status(Response.Status.CREATED).entity(assignments.create(assignment)).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        assignments.delete(id);
        return Response.noContent().build();
    }

    static String title(PublishedCourse course) {
        return course.content().title().nl();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String key) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new Refusal(key);
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal("org.assignment.error.due");
        }
    }
}
