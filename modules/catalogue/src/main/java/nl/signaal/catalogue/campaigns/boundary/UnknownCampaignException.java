package nl.signaal.catalogue.campaigns.boundary;

import jakarta.ejb.ApplicationException;

/** No campaign with that id exists, or the caller may not see it (a trainer asking for someone else's proposal). */
@ApplicationException(rollback = true)
public class UnknownCampaignException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public UnknownCampaignException(long id) {
        super("No campaign " + id);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
