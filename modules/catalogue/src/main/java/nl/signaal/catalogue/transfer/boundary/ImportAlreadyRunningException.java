package nl.signaal.catalogue.transfer.boundary;

import jakarta.ejb.ApplicationException;

/**
 * This admin already has an import running; a second one is refused (two imports of the same
 * file would both pass the title check and then collide). The page shows the running one.
 */
@ApplicationException(rollback = false)
public class ImportAlreadyRunningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportAlreadyRunningException(String username) {
        super("An import by " + username + " is still running");
    }
}
