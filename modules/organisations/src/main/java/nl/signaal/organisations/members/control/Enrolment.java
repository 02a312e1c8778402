package nl.signaal.organisations.members.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.signaal.organisations.provisioning.control.IdentityExistsException;
import nl.signaal.organisations.provisioning.control.IdentityProvisioning;
import nl.signaal.organisations.provisioning.control.NewIdentity;

/**
 * Creates people in Keycloak and then in the database, all or nothing:
 * <ol>
 * <li>create every Keycloak user; if one fails, delete the ones created so far;</li>
 * <li>store the rows (the caller's function, which runs in its own transaction —
 * {@link MemberStore}); if that fails, delete every Keycloak user created;</li>
 * <li>only then send the invitations, which may fail without undoing anything.</li>
 * </ol>
 * Must be called outside a transaction, so that step 2 has committed when it returns.
 */
@ApplicationScoped
public class Enrolment {

    private static final Logger LOG = Logger.getLogger(Enrolment.class.getName());

    /** What came out: the caller's stored result, Keycloak ids, and whose invitation could not be sent. */
    public record Enrolled<R>(R stored, List<String> keycloakIds, List<String> invitationsNotSent) {
    }

    @Inject
    IdentityProvisioning provisioning;

    public <R> Enrolled<R> enrol(List<NewIdentity> people, Function<List<String>, R> store) {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            try {
                created.add(provisioning.create(people.get(i)));
            } catch (IdentityExistsException e) {
                undo(created);
                throw new EnrolmentFailedException(i, "org.enrol.error.exists", e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Keycloak refused to create " + people.get(i).email(), e);
                undo(created);
                throw new EnrolmentFailedException(i, "org.enrol.error.keycloak", e);
            }
        }
        R stored;
        try {
            stored = store.apply(List.copyOf(created));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Storing " + people.size() + " new members failed; deleting their Keycloak users", e);
            undo(created);
            throw new EnrolmentFailedException(-1, "org.enrol.error.database", e);
        }
        List<String> notSent = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            if (!provisioning.sendInvitation(created.get(i))) {
                notSent.add(people.get(i).email());
            }
        }
        return new Enrolled<>(stored, List.copyOf(created), List.copyOf(notSent));
    }

    private void undo(List<String> created) {
        for (String id : created) {
            provisioning.deleteQuietly(id);
        }
    }
}
