package nl.signaal.web.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import nl.signaal.catalogue.transfer.boundary.CampaignTransfer;
import nl.signaal.catalogue.transfer.boundary.ImportAlreadyRunningException;
import nl.signaal.catalogue.transfer.boundary.ImportError;
import nl.signaal.catalogue.transfer.boundary.ImportOutcome;
import nl.signaal.catalogue.transfer.boundary.ImportProgress;
import nl.signaal.platform.caller.CurrentCaller;

/**
 * {@code /admin/catalogue/import.xhtml}: all-or-nothing import with every error listed, and export
 * links. The import runs in the background ({@link CampaignTransfer#startImport}); the page polls
 * {@link #poll()} every second for the progress and, once it ended, shows the result. The first
 * page after "Importeren" always shows the progress bar, however fast the import was, so what
 * the admin sees does not depend on timing. A page opened (or reloaded) while the admin's import
 * runs picks that import up again.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CampaignTransfer transfer;

    @Inject
    transient CurrentCaller currentCaller;

    private transient Part file;
    /** The import this page follows; null when none. Not serialisable: a restored view just stops polling. */
    private transient ImportProgress progress;
    private List<ImportError> errors = List.of();
    private String resultText = "";

    @PostConstruct
    void resumeRunningImport() {
        progress = transfer.runningImport(currentCaller.require()).orElse(null);
    }

    public void importFile() {
        errors = List.of();
        resultText = "";
        if (file == null || file.getSize() == 0) {
            Messages.error("import.empty");
            return;
        }
        if (file.getSize() > CampaignTransfer.MAX_FILE_BYTES) {
            Messages.error("import.tooLarge", CampaignTransfer.MAX_FILE_BYTES / (1024 * 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            progress = transfer.startImport(currentCaller.require(), in.readAllBytes());
            Messages.info("import.started");
        } catch (ImportAlreadyRunningException e) {
            progress = transfer.runningImport(currentCaller.require()).orElse(null);
            Messages.error("import.alreadyRunning");
        } catch (IOException e) {
            Messages.error("import.unreadable");
        } finally {
            file = null;
        }
    }

    /** Called by the poll: once the import ended, shows its result and stops following it. */
    public void poll() {
        if (progress == null || !progress.finished()) {
            return;
        }
        ImportOutcome outcome = progress.outcome().orElseThrow();
        progress = null;
        if (outcome.ok()) {
            resultText = Labels.text("import.done", outcome.created());
            Messages.info("import.done", outcome.created());
        } else {
            errors = outcome.errors();
            resultText = Labels.text("import.refused");
            Messages.error("import.refused");
        }
    }

    /** True while the page follows an import (the poll runs and the bar shows). */
    public boolean isRunning() {
        return progress != null;
    }

    public int getPercent() {
        return progress == null ? 0 : progress.percent();
    }

    /** "Regel 3.200 van 10.000 gecontroleerd", in the page's language. */
    public String getProgressText() {
        if (progress == null) {
            return "";
        }
        return switch (progress.phase()) {
            case READING -> Labels.text("import.progress.reading");
            case CHECKING -> Labels.text("import.progress.checking", progress.done(), progress.total());
            case WRITING -> Labels.text("import.progress.writing", progress.done(), progress.total());
            case DONE -> Labels.text("import.progress.done");
        };
    }

    public String reason(ImportError error) {
        return Labels.format(error.message());
    }

    public String getColumns() {
        return String.join(", ", CampaignTransfer.COLUMNS);
    }

    /** The last result in one sentence, for the live region once the bar is gone. */
    public String getResultText() { return resultText; }
    public List<ImportError> getErrors() { return errors; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
