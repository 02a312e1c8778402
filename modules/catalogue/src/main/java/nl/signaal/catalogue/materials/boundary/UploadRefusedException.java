package nl.signaal.catalogue.materials.boundary;

import jakarta.ejb.ApplicationException;
import nl.signaal.catalogue.shared.Message;

/** The material was not stored, and nothing changed; the message says why in words a trainer understands. */
@ApplicationException(rollback = true)
public class UploadRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message reason;

    public UploadRefusedException(Message reason) {
        super(reason.toString());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
