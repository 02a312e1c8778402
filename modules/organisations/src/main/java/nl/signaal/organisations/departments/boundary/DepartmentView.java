package nl.signaal.organisations.departments.boundary;

/**
 * A department as the web shows it.
 *
 * @param path  all names from the top, joined by {@code " / "}, e.g. {@code Zorg / Verpleging}
 * @param depth 0 for a top-level department
 */
public record DepartmentView(long id, Long parentId, String name, String path, int depth) {

    /** The separator of {@link #path}; department names cannot contain a slash. */
    public static final String SEPARATOR = " / ";
}
