package nl.signaal.catalogue.transfer.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.catalogue.campaigns.control.CampaignStore;
import nl.signaal.catalogue.shared.Message;
import nl.signaal.catalogue.transfer.control.CampaignCsv;
import nl.signaal.catalogue.transfer.control.CampaignRows;
import nl.signaal.catalogue.transfer.control.CampaignXlsx;
import nl.signaal.catalogue.transfer.control.RunningImports;
import nl.signaal.catalogue.transfer.control.Sheet;
import nl.signaal.catalogue.transfer.control.UnreadableFileException;
import nl.signaal.platform.audit.AuditTrail;
import nl.signaal.platform.caller.Caller;
import nl.signaal.platform.caller.Role;

/**
 * Import and export of the catalogue for platform admins. The import is all-or-nothing: the
 * whole file is read and checked against itself and the stored titles first; with any error
 * nothing is written and every error is returned; otherwise every campaign is created as
 * published in this one transaction, each with its audit entry. Import only creates: a title
 * that exists is an error, so importing an export into the same catalogue changes nothing.
 * <p>
 * A large file takes a while (10,000 rows: seconds to check, longer to write), so the page uses
 * {@link #startImport}: the import runs in the background ({@code @Asynchronous}, the caller's
 * identity travels with it) and the page polls the returned {@link ImportProgress}. One import
 * per admin at a time. The transaction is {@link #importFile(Caller, byte[], ImportProgress)}'s
 * own, and the progress says DONE only after it committed or rolled back, so "imported" on the
 * page means stored.
 */
@Stateless
@RolesAllowed(Role.PLATFORM_ADMIN)
public class CampaignTransfer {

    private static final Logger LOG = Logger.getLogger(CampaignTransfer.class.getName());

    /** The file columns in order (documented in the module README). */
    public static final List<String> COLUMNS = nl.signaal.catalogue.transfer.control.CampaignColumns.ALL;

    /** Files larger than this are refused unread (about 20,000 campaigns of CSV). */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** How often the write loop reports progress. */
    private static final int REPORT_EVERY = 25;

    @Inject
    CampaignStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RunningImports running;

    @Resource
    SessionContext context;

    /**
     * Starts an import in the background and returns its progress at once.
     *
     * @throws ImportAlreadyRunningException this admin's previous import has not ended yet
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportProgress startImport(Caller caller, byte[] file) {
        ImportProgress progress = running.begin(caller.username())
                .orElseThrow(() -> new ImportAlreadyRunningException(caller.username()));
        try {
            context.getBusinessObject(CampaignTransfer.class).runImport(caller, file, progress);
        } catch (RuntimeException e) {
            running.end(caller.username(), progress);
            throw e;
        }
        return progress;
    }

    /** This admin's import that has not ended yet, if any (a page reloaded during an import finds it again). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<ImportProgress> runningImport(Caller caller) {
        return running.current(caller.username());
    }

    /**
     * The background half of {@link #startImport}; outside a transaction itself, so the import's
     * transaction has ended (committed or rolled back) before the progress says DONE.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void runImport(Caller caller, byte[] file, ImportProgress progress) {
        ImportOutcome outcome = null;
        try {
            outcome = context.getBusinessObject(CampaignTransfer.class).importFile(caller, file, progress);
        } catch (RuntimeException e) {
            // rolled back: nothing was written
            LOG.log(Level.WARNING, "Import by " + caller.username() + " failed and was rolled back", e);
        } finally {
            progress.finish(outcome != null ? outcome : refused(Message.of("import.failed")));
            running.end(caller.username(), progress);
        }
    }

    /** Reads a CSV or XLSX file (decided from its first bytes: XLSX is a ZIP). */
    public ImportOutcome importFile(Caller caller, byte[] file) {
        return importFile(caller, file, new ImportProgress());
    }

    /** As {@link #importFile(Caller, byte[])}, reporting each phase and row count to {@code progress}. */
    public ImportOutcome importFile(Caller caller, byte[] file, ImportProgress progress) {
        if (file == null || file.length == 0) {
            return refused(Message.of("import.empty"));
        }
        if (file.length > MAX_FILE_BYTES) {
            return refused(Message.of("import.tooLarge", MAX_FILE_BYTES / (1024 * 1024)));
        }
        Sheet sheet;
        try {
            sheet = CampaignXlsx.looksLikeXlsx(file) ? CampaignXlsx.read(file) : CampaignCsv.read(file);
        } catch (UnreadableFileException e) {
            return refused(Message.of("import.unreadable"));
        }
        progress.checking(sheet.rows().size());
        Set<String> titles = store.all().stream().map(CampaignData::getTitle).collect(Collectors.toSet());
        CampaignRows.Parsed parsed = CampaignRows.parse(sheet, titles, progress::advance);
        if (!parsed.ok()) {
            return new ImportOutcome(parsed.errors(), 0);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<CampaignData> campaigns = parsed.campaigns();
        progress.writing(campaigns.size());
        for (int i = 0; i < campaigns.size(); i++) {
            CampaignData saved = store.save(campaigns.get(i), now);
            audit.record(caller, Campaigns.AUDIT_CONTEXT, Campaigns.AUDIT_TYPE, saved.getId(), "import-create", saved.getTitle());
            if ((i + 1) % REPORT_EVERY == 0 || i + 1 == campaigns.size()) {
                progress.advance(i + 1);
            }
        }
        return new ImportOutcome(List.of(), campaigns.size());
    }

    public byte[] exportCsv() {
        return CampaignCsv.write(store.all());
    }

    public byte[] exportXlsx() {
        return CampaignXlsx.write(store.all());
    }

    private static ImportOutcome refused(Message message) {
        return new ImportOutcome(List.of(new ImportError(0, "", message)), 0);
    }
}
