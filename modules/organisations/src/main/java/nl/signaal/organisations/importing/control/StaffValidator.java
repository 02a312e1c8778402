package nl.signaal.organisations.importing.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.signaal.organisations.importing.boundary.ImportProblem;
import nl.signaal.platform.shared.Sector;

/**
 * Checks staff rows before anyone is created: required fields, e-mail shape, known department
 * and sector, duplicates within the file, people the organisation already has, and (last,
 * because it costs a request per row) people Keycloak already knows. Also used for a single
 * member added by hand, so both ways give the same answers.
 */
public final class StaffValidator {

    /** Field lengths the member table allows. */
    public static final int MAX_NAME = 120;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_JOB = 120;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\".]{2,}$");

    /** A row that passed every check, with its department resolved to an id. */
    public record ValidRow(int line, String firstName, String lastName, String email, Long departmentId,
                           Sector sector, String job) {
    }

    /** The rows that passed and the problems of those that did not; import only when problems is empty. */
    public record Result(List<ValidRow> rows, List<ImportProblem> problems) {
    }

    private final Function<String, Optional<Long>> departments;
    private final Set<String> emailsInOrganisation;
    private final Predicate<String> existsInKeycloak;

    /**
     * @param departments          resolves a department path to its id in the caller's organisation
     * @param emailsInOrganisation e-mail addresses (lower case) of the organisation's members, active or not
     * @param existsInKeycloak     whether Keycloak already has a user with this e-mail address
     */
    public StaffValidator(Function<String, Optional<Long>> departments, Set<String> emailsInOrganisation,
                          Predicate<String> existsInKeycloak) {
        this.departments = departments;
        this.emailsInOrganisation = emailsInOrganisation;
        this.existsInKeycloak = existsInKeycloak;
    }

    public static boolean validEmail(String email) {
        return email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    public Result validate(List<StaffRow> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ValidRow> valid = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (StaffRow row : rows) {
            int before = problems.size();
            int line = row.line();
            if (row.firstName().isBlank()) {
                problems.add(ImportProblem.of(line, "org.import.error.firstname.missing"));
            } else if (row.firstName().length() > MAX_NAME) {
                problems.add(ImportProblem.of(line, "org.import.error.firstname.toolong", MAX_NAME));
            }
            if (row.lastName().isBlank()) {
                problems.add(ImportProblem.of(line, "org.import.error.lastname.missing"));
            } else if (row.lastName().length() > MAX_NAME) {
                problems.add(ImportProblem.of(line, "org.import.error.lastname.toolong", MAX_NAME));
            }
            if (row.job().length() > MAX_JOB) {
                problems.add(ImportProblem.of(line, "org.import.error.job.toolong", MAX_JOB));
            }
            String email = row.email().strip().toLowerCase(Locale.ROOT);
            boolean emailUsable = false;
            if (email.isEmpty()) {
                problems.add(ImportProblem.of(line, "org.import.error.email.missing"));
            } else if (!validEmail(email)) {
                problems.add(ImportProblem.of(line, "org.import.error.email.invalid", row.email()));
            } else if (firstLineOf.containsKey(email)) {
                problems.add(ImportProblem.of(line, "org.import.error.duplicate", row.email(), firstLineOf.get(email)));
            } else if (emailsInOrganisation.contains(email)) {
                firstLineOf.put(email, line);
                problems.add(ImportProblem.of(line, "org.import.error.exists.organisation", row.email()));
            } else {
                firstLineOf.put(email, line);
                emailUsable = true;
            }
            Long departmentId = null;
            if (!row.department().isBlank()) {
                Optional<Long> id = departments.apply(row.department());
                if (id.isEmpty()) {
                    problems.add(ImportProblem.of(line, "org.import.error.department.unknown", row.department()));
                } else {
                    departmentId = id.get();
                }
            }
            Sector sector = null;
            if (!row.sector().isBlank()) {
                try {
                    sector = Sector.valueOf(row.sector().strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    problems.add(ImportProblem.of(line, "org.import.error.sector.unknown", row.sector()));
                }
            }
            // the Keycloak look-up last and only for an otherwise usable address: one request per row
            if (emailUsable && existsInKeycloak.test(email)) {
                problems.add(ImportProblem.of(line, "org.import.error.exists.keycloak", row.email()));
            }
            if (problems.size() == before) {
                valid.add(new ValidRow(line, row.firstName(), row.lastName(), email, departmentId, sector,
                        row.job().isBlank() ? null : row.job()));
            }
        }
        return new Result(valid, problems);
    }
}
