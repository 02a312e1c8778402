package nl.signaal.web.org;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import nl.signaal.organisations.importing.boundary.ImportOutcome;
import nl.signaal.organisations.importing.boundary.ImportProblem;
import nl.signaal.organisations.importing.boundary.StaffImport;

/** Backing bean of /org/import.xhtml: upload a staff CSV file; all or nothing, problems per line. */
@Named
@ViewScoped
public class StaffImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StaffImport staffImport;

    private transient Part file;
    private ImportOutcome outcome;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            OrgTexts.message(FacesMessage.SEVERITY_ERROR, "org.import.nofile");
            return;
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            // one byte more than allowed, so that the import refuses an oversized file by its size
            content = in.readNBytes(StaffImport.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outcome = staffImport.importCsv(content);
        if (outcome.imported()) {
            OrgTexts.message(FacesMessage.SEVERITY_INFO, "org.import.done", outcome.created());
            if (!outcome.invitationsNotSent().isEmpty()) {
                OrgTexts.message(FacesMessage.SEVERITY_WARN, "org.import.invitations.notsent", outcome.invitationsNotSent().size());
            }
        } else {
            OrgTexts.message(FacesMessage.SEVERITY_ERROR, "org.import.refused");
        }
    }

    public String problemText(ImportProblem problem) {
        return OrgTexts.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), problem.key(), problem.args());
    }

    public List<ImportProblem> getProblems() {
        return outcome == null ? List.of() : outcome.problems();
    }

    public List<String> getInvitationsNotSent() {
        return outcome == null ? List.of() : outcome.invitationsNotSent();
    }

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
