package nl.signaal.web.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.json.Json;

/**
 * The product's first security property: an org admin of demo-horeca, given the ids of
 * demo-zorg's members and departments, gets 403 or 404 from every endpoint and page of the
 * staff slice — and changes nothing. The cases are generated: every endpoint × every foreign
 * id (and each id in the other kind's place), so a new endpoint added to {@link #ENDPOINTS}
 * is checked against all of them.
 */
class OrganisationIsolationIT {

    private static final Json JSON = new Json();

    /** Which kind of id an endpoint takes. Ids of different tables overlap, so each gets its own kind. */
    enum Kind { MEMBER, DEPARTMENT, ASSIGNMENT }

    /** One way to reach a boundary method with an id: method, path with {id}, body with {id} or null. */
    record Endpoint(String name, Kind kind, String method, String path, String contentType, String body) {
        @Override
        public String toString() {
            return name;
        }

        HttpResponse<String> call(SignedInClient client, long id) {
            String b = body == null ? null : body.replace("{id}", Long.toString(id)).replace("{course}", Long.toString(publishedCourse));
            return client.send(method, path.replace("{id}", Long.toString(id)), contentType, b);
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("Members.find", Kind.MEMBER, "GET", "api/v1/org/members/{id}", null, null),
            new Endpoint("Members.deactivate", Kind.MEMBER, "POST", "api/v1/org/members/{id}/deactivate", "application/json", ""),
            new Endpoint("Members.list(department)", Kind.DEPARTMENT, "GET", "api/v1/org/members?department={id}", null, null),
            new Endpoint("Members.list(department, inactive)", Kind.DEPARTMENT, "GET", "api/v1/org/members?inactive=true&department={id}", null, null),
            new Endpoint("Members.add(departmentId)", Kind.DEPARTMENT, "POST", "api/v1/org/members", "application/json",
                    "{\"firstName\":\"Inbreker\",\"lastName\":\"Test\",\"email\":\"inbreker-" + UUID.randomUUID().toString().substring(0, 8)
                            + "@horeca.signaal.invalid\",\"departmentId\":{id}}"),
            new Endpoint("Departments.find", Kind.DEPARTMENT, "GET", "api/v1/org/departments/{id}", null, null),
            new Endpoint("Departments.rename", Kind.DEPARTMENT, "PUT", "api/v1/org/departments/{id}", "application/json", "{\"name\":\"Overgenomen\"}"),
            new Endpoint("Departments.remove", Kind.DEPARTMENT, "DELETE", "api/v1/org/departments/{id}", null, null),
            new Endpoint("Departments.create(parentId)", Kind.DEPARTMENT, "POST", "api/v1/org/departments", "application/json",
                    "{\"parentId\":{id},\"name\":\"Onder een vreemde\"}"),
            new Endpoint("page members.xhtml?department", Kind.DEPARTMENT, "GET", "org/members.xhtml?department={id}", null, null),
            new Endpoint("Assignments.find", Kind.ASSIGNMENT, "GET", "api/v1/org/assignments/{id}", null, null),
            new Endpoint("Assignments.delete", Kind.ASSIGNMENT, "DELETE", "api/v1/org/assignments/{id}", null, null),
            new Endpoint("Assignments.create(departmentId)", Kind.DEPARTMENT, "POST", "api/v1/org/assignments", "application/json",
                    "{\"courseId\":{course},\"target\":\"DEPARTMENT\",\"departmentId\":{id},\"dueDate\":\"2030-01-31\"}"),
            new Endpoint("Dashboard.member (drill-down)", Kind.MEMBER, "GET", "api/v1/org/dashboard/members/{id}", null, null),
            new Endpoint("page member.xhtml?id (drill-down)", Kind.MEMBER, "GET", "org/member.xhtml?id={id}", null, null));

    private static SignedInClient zorg;
    private static SignedInClient horeca;
    private static long zorgDepartment;
    private static long zorgSubDepartment;
    private static long zorgMember;
    private static long zorgDeactivatedMember;
    private static String zorgMemberEmail;
    private static String zorgDepartmentName;
    private static long publishedCourse;
    private static long zorgAssignment;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void zorgHasADepartmentAndAMember() {
        zorg = SignedInClient.signIn("beheer.zorg");
        horeca = SignedInClient.signIn("beheer.horeca");
        zorgDepartmentName = "Isolatie " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> department = zorg.postJson("api/v1/org/departments", "{\"name\":\"" + zorgDepartmentName + "\"}");
        assertThat(department.statusCode()).as(department.body()).isEqualTo(201);
        Map<String, Object> created = JSON.toType(department.body(), Map.class);
        zorgDepartment = ((Number) created.get("id")).longValue();

        zorgMemberEmail = "isolatie-" + UUID.randomUUID().toString().substring(0, 8) + "@zorg.signaal.invalid";
        HttpResponse<String> member = zorg.postJson("api/v1/org/members", "{\"firstName\":\"Iso\",\"lastName\":\"Latie\",\"email\":\""
                + zorgMemberEmail + "\",\"departmentId\":" + zorgDepartment + "}");
        assertThat(member.statusCode()).as(member.body()).isEqualTo(201);
        Map<String, Object> body = JSON.toType(member.body(), Map.class);
        Map<String, Object> added = (Map<String, Object>) body.get("member");
        zorgMember = ((Number) added.get("id")).longValue();

        // a sub-department and a deactivated member: other shapes of the same kinds of record
        Map<String, Object> sub = JSON.toType(zorg.postJson("api/v1/org/departments",
                "{\"parentId\":" + zorgDepartment + ",\"name\":\"Sub\"}").body(), Map.class);
        zorgSubDepartment = ((Number) sub.get("id")).longValue();
        Map<String, Object> second = JSON.toType(zorg.postJson("api/v1/org/members", "{\"firstName\":\"Oud\",\"lastName\":\"Lid\",\"email\":\"oud-"
                + UUID.randomUUID().toString().substring(0, 8) + "@zorg.signaal.invalid\"}").body(), Map.class);
        zorgDeactivatedMember = ((Number) ((Map<String, Object>) second.get("member")).get("id")).longValue();
        assertThat(zorg.postJson("api/v1/org/members/" + zorgDeactivatedMember + "/deactivate", "").statusCode()).isEqualTo(200);

        // an assignment of a published course to the department
        List<Map<String, Object>> courses = JSON.toType(zorg.get("api/v1/courses").body(), List.class);
        assertThat(courses).as("a published course to assign").isNotEmpty();
        publishedCourse = ((Number) courses.get(0).get("courseId")).longValue();
        HttpResponse<String> assignment = zorg.postJson("api/v1/org/assignments", "{\"courseId\":" + publishedCourse
                + ",\"target\":\"DEPARTMENT\",\"departmentId\":" + zorgDepartment + ",\"dueDate\":\"2030-01-31\",\"recurrenceMonths\":24}");
        assertThat(assignment.statusCode()).as(assignment.body()).isEqualTo(201);
        Map<String, Object> assigned = JSON.toType(assignment.body(), Map.class);
        zorgAssignment = ((Number) assigned.get("id")).longValue();
    }

    static Stream<Arguments> everyEndpointWithEveryForeignId() {
        List<Arguments> cases = new ArrayList<>();
        Map<Kind, Map<String, Long>> foreign = Map.of(
                Kind.MEMBER, Map.of("demo-zorg member", zorgMember, "deactivated demo-zorg member", zorgDeactivatedMember,
                        "member nobody has", Long.MAX_VALUE),
                Kind.DEPARTMENT, Map.of("demo-zorg department", zorgDepartment, "demo-zorg sub-department", zorgSubDepartment,
                        "department nobody has", Long.MAX_VALUE),
                Kind.ASSIGNMENT, Map.of("demo-zorg assignment", zorgAssignment, "assignment nobody has", Long.MAX_VALUE,
                        "demo-zorg department as assignment", zorgDepartment));
        for (Endpoint endpoint : ENDPOINTS) {
            foreign.get(endpoint.kind()).forEach((what, id) -> cases.add(Arguments.of(endpoint, what, id)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with the id of a {1} → 403/404")
    @MethodSource("everyEndpointWithEveryForeignId")
    void anOrgAdminOfAnotherOrganisationIsRefused(Endpoint endpoint, String what, long foreignId) {
        HttpResponse<String> response = endpoint.call(horeca, foreignId);

        assertThat(response.statusCode()).as("%s %s: %s", endpoint.method(), endpoint.path(), response.body()).isIn(403, 404);
        assertThat(response.body()).doesNotContain(zorgMemberEmail, zorgDepartmentName);
    }

    @Test
    void listsOfTheOtherOrganisationShowNothingOfIt() {
        assertThat(horeca.get("api/v1/org/members?inactive=true").body()).doesNotContain(zorgMemberEmail);
        assertThat(horeca.get("api/v1/org/departments").body()).doesNotContain(zorgDepartmentName);
        HttpResponse<String> page = horeca.get("org/members.xhtml?inactive=true");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(zorgMemberEmail, zorgDepartmentName);
        assertThat(horeca.get("org/departments.xhtml").body()).doesNotContain(zorgDepartmentName);
        HttpResponse<String> assignments = horeca.get("api/v1/org/assignments");
        assertThat(assignments.statusCode()).isEqualTo(200);
        assertThat(assignments.body()).doesNotContain(zorgDepartmentName, "\"id\":" + zorgAssignment + ",");
        HttpResponse<String> csv = horeca.get("api/v1/org/dashboard/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("Afdeling").doesNotContain(zorgDepartmentName);
        assertThat(horeca.get("api/v1/org/dashboard").body()).doesNotContain(zorgDepartmentName);
        assertThat(horeca.get("org/dashboard.xhtml").body()).contains("Dashboard").doesNotContain(zorgDepartmentName);
        // and the owner does see them, so the assertions above could fail
        assertThat(zorg.get("api/v1/org/assignments").body()).contains(zorgDepartmentName, "\"id\":" + zorgAssignment + ",");
        assertThat(zorg.get("org/members.xhtml").body()).contains(zorgMemberEmail);
        assertThat(zorg.get("org/departments.xhtml").body()).contains(zorgDepartmentName);
        assertThat(zorg.get("api/v1/org/dashboard/members/" + zorgMember).body()).contains(zorgMemberEmail, zorgDepartmentName);
        assertThat(zorg.get("org/member.xhtml?id=" + zorgMember).body()).contains(zorgMemberEmail);
    }

    @Test
    void theOtherOrganisationsExportsHoldNothingOfIt() throws Exception {
        HttpResponse<byte[]> xlsx = horeca.getBytes("api/v1/org/dashboard/xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(DashboardXlsx.CONTENT_TYPE);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains(".xlsx");
        StringBuilder cells = new StringBuilder();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('\n'))));
        }
        assertThat(cells).contains("Afdeling").doesNotContain(zorgDepartmentName, zorgMemberEmail);

        HttpResponse<byte[]> pdf = horeca.getBytes("api/v1/org/dashboard/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;").contains(".pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Dashboard", "Signalen die het vaakst gemist worden")
                    .doesNotContain(zorgDepartmentName, zorgMemberEmail);
        }
        assertThat(horeca.get("api/v1/org/dashboard/report").body()).doesNotContain(zorgDepartmentName, zorgMemberEmail);
    }

    @Test
    void aLearnerCannotUseTheStaffApiAtAll() {
        SignedInClient learner = SignedInClient.signIn("leerling.horeca");
        assertThat(learner.get("api/v1/org/members").statusCode()).isEqualTo(403);
        assertThat(learner.get("api/v1/org/departments").statusCode()).isEqualTo(403);
        assertThat(learner.get("org/members.xhtml").statusCode()).isEqualTo(403);
        assertThat(learner.get("api/v1/org/assignments").statusCode()).isEqualTo(403);
        assertThat(learner.get("api/v1/org/dashboard/csv").statusCode()).isEqualTo(403);
        assertThat(learner.get("org/dashboard.xhtml").statusCode()).isEqualTo(403);
        assertThat(learner.get("api/v1/org/dashboard/xlsx").statusCode()).isEqualTo(403);
        assertThat(learner.get("api/v1/org/dashboard/pdf").statusCode()).isEqualTo(403);
        assertThat(learner.get("api/v1/org/dashboard/report").statusCode()).isEqualTo(403);
        assertThat(learner.get("api/v1/org/dashboard/members/" + zorgMember).statusCode()).isEqualTo(403);
        assertThat(learner.get("org/member.xhtml?id=" + zorgMember).statusCode()).isEqualTo(403);
        assertThat(learner.get("api/v1/me/assignments").statusCode()).as("but their own assignments, yes").isEqualTo(200);
    }

    @AfterAll
    @SuppressWarnings("unchecked")
    static void nothingOfZorgWasChanged() {
        Map<String, Object> member = JSON.toType(zorg.get("api/v1/org/members/" + zorgMember).body(), Map.class);
        assertThat(member).containsEntry("active", true).containsEntry("departmentId", zorgDepartment);
        assertThat(zorg.get("api/v1/org/departments/" + zorgSubDepartment).body()).contains("\"name\":\"Sub\"");
        Map<String, Object> department = JSON.toType(zorg.get("api/v1/org/departments/" + zorgDepartment).body(), Map.class);
        assertThat(department).containsEntry("name", zorgDepartmentName);
        assertThat(zorg.get("api/v1/org/departments").body()).doesNotContain("Onder een vreemde");
        assertThat(zorg.get("api/v1/org/assignments/" + zorgAssignment).statusCode()).as("not deleted by horeca").isEqualTo(200);
        assertThat(horeca.get("api/v1/org/assignments").body()).as("nothing assigned to a zorg department")
                .doesNotContain("\"departmentId\":" + zorgDepartment + ",", "\"departmentId\":" + zorgSubDepartment + ",");
    }
}
