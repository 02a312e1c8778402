package nl.signaal.catalogue.materials.boundary;

import jakarta.ejb.ApplicationException;

/** The caller may see the material but not remove it (see {@code DeletionRule}); nothing changed. */
@ApplicationException(rollback = true)
public class MaterialNotDeletableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public MaterialNotDeletableException(long id) {
        super("Material " + id + " may not be deleted by this caller");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
