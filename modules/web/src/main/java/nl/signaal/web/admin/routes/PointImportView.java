package nl.signaal.web.admin.routes;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.signaal.platform.caller.CurrentCaller;
import nl.signaal.routes.importing.boundary.CsvError;
import nl.signaal.routes.importing.boundary.ImportOutcome;
import nl.signaal.routes.importing.boundary.ReportingPointTransfer;
import nl.signaal.web.i18n.LanguagePreference;
import nl.signaal.web.routes.RouteTexts;
import org.primefaces.model.file.UploadedFile;

/**
 * Backing bean of /admin/routes/import.xhtml. The upload is checked here (a .csv of at most
 * {@link #MAX_BYTES}, text content type) before the routes module parses it; the import
 * itself is all-or-nothing and its line-numbered errors are shown as a table.
 */
@Named
@ViewScoped
public class PointImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The largest file accepted: the national inventory is a few hundred lines, far below this. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    /** A row of the error table, formatted in the page's language. */
    public record ErrorRow(long line, String column, String message) {
    }

    @Inject
    ReportingPointTransfer transfer;

    @Inject
    CurrentCaller caller;

    @Inject
    LanguagePreference language;

    private transient UploadedFile file;
    private List<ErrorRow> errors = List.of();

    public void upload() {
        errors = List.of();
        Locale locale = language.getLocale();
        if (file == null || file.getSize() == 0 || file.getFileName() == null
                || !file.getFileName().toLowerCase(Locale.ROOT).endsWith(".csv") || !acceptableType(file.getContentType())) {
            message(FacesMessage.SEVERITY_ERROR, RouteTexts.text(locale, "admin.routes.import.notCsv"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            message(FacesMessage.SEVERITY_ERROR, RouteTexts.text(locale, "admin.routes.import.tooLarge"));
            return;
        }
        ImportOutcome outcome = transfer.importCsv(caller.require(), file.getContent());
        if (outcome.imported()) {
            message(FacesMessage.SEVERITY_INFO, RouteTexts.text(locale, "admin.routes.import.done", outcome.created(), outcome.updated()));
        } else {
            errors = outcome.errors().stream().map(e -> row(e, locale)).toList();
            message(FacesMessage.SEVERITY_ERROR, RouteTexts.text(locale, "admin.routes.import.refused", errors.size()));
        }
    }

    /** Browsers label CSV as text/csv, text/plain or (Windows with Excel) application/vnd.ms-excel. */
    static boolean acceptableType(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.startsWith("application/vnd.ms-excel") || type.startsWith("application/csv")
                || type.startsWith("application/octet-stream");
    }

    private static ErrorRow row(CsvError error, Locale locale) {
        return new ErrorRow(error.line(), error.column(), error.message().format(locale));
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public List<ErrorRow> getErrors() {
        return errors;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
