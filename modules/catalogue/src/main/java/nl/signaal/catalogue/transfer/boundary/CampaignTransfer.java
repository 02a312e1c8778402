package nl.signaal.catalogue.transfer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.signaal.catalogue.campaigns.boundary.CampaignData;
import nl.signaal.catalogue.campaigns.boundary.Campaigns;
import nl.signaal.catalogue.campaigns.control.CampaignStore;
import nl.signaal.catalogue.shared.Message;
import nl.signaal.catalogue.transfer.control.CampaignCsv;
import nl.signaal.catalogue.transfer.control.CampaignRows;
import nl.signaal.catalogue.transfer.control.CampaignXlsx;
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
 */
@Stateless
@RolesAllowed(Role.PLATFORM_ADMIN)
public class CampaignTransfer {

    /** The file columns in order (documented in the module README). */
    public static final List<String> COLUMNS = nl.signaal.catalogue.transfer.control.CampaignColumns.ALL;

    /** Files larger than this are refused unread (about 20,000 campaigns of CSV). */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    @Inject
    CampaignStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Reads a CSV or XLSX file (decided from its first bytes: XLSX is a ZIP). */
    public ImportOutcome importFile(Caller caller, byte[] file) {
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
        Set<String> titles = store.all().stream().map(CampaignData::getTitle).collect(Collectors.toSet());
        CampaignRows.Parsed parsed = CampaignRows.parse(sheet, titles);
        if (!parsed.ok()) {
            return new ImportOutcome(parsed.errors(), 0);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CampaignData campaign : parsed.campaigns()) {
            CampaignData saved = store.save(campaign, now);
            audit.record(caller, Campaigns.AUDIT_CONTEXT, Campaigns.AUDIT_TYPE, saved.getId(), "import-create", saved.getTitle());
        }
        return new ImportOutcome(List.of(), parsed.campaigns().size());
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
