package nl.signaal.web.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import nl.signaal.catalogue.transfer.boundary.CampaignTransfer;
import nl.signaal.catalogue.transfer.boundary.ImportError;
import nl.signaal.catalogue.transfer.boundary.ImportOutcome;
import nl.signaal.platform.caller.CurrentCaller;

/** {@code /admin/catalogue/import.xhtml}: all-or-nothing import with every error listed, and export links. */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampaignTransfer transfer;

    @Inject
    transient CurrentCaller currentCaller;

    private transient Part file;
    private List<ImportError> errors = List.of();

    public void importFile() {
        errors = List.of();
        if (file == null || file.getSize() == 0) {
            Messages.error("import.empty");
            return;
        }
        if (file.getSize() > CampaignTransfer.MAX_FILE_BYTES) {
            Messages.error("import.tooLarge", CampaignTransfer.MAX_FILE_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            ImportOutcome outcome = transfer.importFile(currentCaller.require(), in.readAllBytes());
            if (outcome.ok()) {
                Messages.info("import.done", outcome.created());
            } else {
                errors = outcome.errors();
                Messages.error("import.refused");
            }
        } catch (IOException e) {
            Messages.error("import.unreadable");
        }
    }

    public String reason(ImportError error) {
        return Labels.format(error.message());
    }

    public String getColumns() {
        return String.join(", ", CampaignTransfer.COLUMNS);
    }

    public List<ImportError> getErrors() { return errors; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
