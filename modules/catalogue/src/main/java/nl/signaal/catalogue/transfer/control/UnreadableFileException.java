package nl.signaal.catalogue.transfer.control;

/** The file is not a CSV or XLSX file we can read at all (before any line can be blamed). */
public class UnreadableFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String detail) {
        super(detail);
    }
}
