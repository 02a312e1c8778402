package nl.signaal.organisations.importing.boundary;

import java.util.List;

/**
 * What an import did: either everybody was created ({@code problems} empty), or nobody.
 *
 * @param created            members created (0 when there were problems)
 * @param problems           line-numbered problems; the file was not imported if any
 * @param invitationsNotSent e-mail addresses whose invitation Keycloak could not send (created all the same)
 */
public record ImportOutcome(int created, List<ImportProblem> problems, List<String> invitationsNotSent) {

    public ImportOutcome {
        problems = List.copyOf(problems);
        invitationsNotSent = List.copyOf(invitationsNotSent);
    }

    public static ImportOutcome refused(List<ImportProblem> problems) {
        return new ImportOutcome(0, problems, List.of());
    }

    public boolean imported() {
        return problems.isEmpty();
    }
}
