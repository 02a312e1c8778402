package nl.signaal.web.authoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.signaal.learning.course.boundary.ContentBlock;
import nl.signaal.learning.course.boundary.ContentBlock.BlockKind;
import nl.signaal.learning.course.boundary.RouteAudience;
import nl.signaal.learning.shared.LocalizedText;
import nl.signaal.platform.shared.FormOfExploitation;

/**
 * One content block as the editor holds it: plain fields the form binds to, turned back into
 * the learning context's immutable {@link ContentBlock} on save. Signals are carried over as
 * they are (the editor shows them; they are written in the seed or the import).
 */
public class EditableBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    private final BlockKind kind;
    private String textNl = "";
    private String textEn = "";
    private long materialId;
    private String materialTitleNl = "";
    private String materialTitleEn = "";
    private String materialLicence = "";
    private String url = "";
    private FormOfExploitation form = FormOfExploitation.LABOUR;
    private RouteAudience audience = RouteAudience.ADULT;
    private final ArrayList<EditableSignal> signals = new ArrayList<>();

    public EditableBlock(BlockKind kind) {
        this.kind = kind;
    }

    public static EditableBlock of(ContentBlock block) {
        EditableBlock b = new EditableBlock(block.kind());
        if (block instanceof ContentBlock.RichText t) {
            b.textNl = t.html().nl();
            b.textEn = t.html().en();
        } else if (block instanceof ContentBlock.Material m) {
            b.materialId = m.materialId();
            b.materialTitleNl = m.cachedTitle().nl();
            b.materialTitleEn = m.cachedTitle().en();
            b.materialLicence = m.cachedLicence();
        } else if (block instanceof ContentBlock.VideoLink v) {
            b.url = v.url();
            b.textNl = v.title().nl();
            b.textEn = v.title().en();
        } else if (block instanceof ContentBlock.Signals s) {
            s.signals().forEach(signal -> b.signals.add(EditableSignal.of(signal)));
        } else if (block instanceof ContentBlock.ReportingRoute r) {
            b.form = r.form();
            b.audience = r.audience();
        }
        return b;
    }

    /** A material block for catalogue material; title and licence are copied as the catalogue has them now. */
    public static EditableBlock material(long materialId, String title, String licence) {
        EditableBlock b = new EditableBlock(BlockKind.MATERIAL);
        b.materialId = materialId;
        b.materialTitleNl = title;
        b.materialLicence = licence == null ? "" : licence;
        return b;
    }

    /**
     * The immutable block.
     *
     * @param lessonNumber for the message when something is missing
     * @throws InvalidDraftException naming what to fix, in the learning bundle's keys
     */
    public ContentBlock toBlock(int lessonNumber) {
        return switch (kind) {
            case RICH_TEXT -> {
                if (textNl == null || textNl.isBlank()) {
                    throw new InvalidDraftException("author.edit.textRequired", lessonNumber);
                }
                yield new ContentBlock.RichText(LocalizedText.of(textNl, textEn));
            }
            case MATERIAL -> new ContentBlock.Material(materialId, LocalizedText.of(materialTitleNl, materialTitleEn),
                    materialLicence);
            case VIDEO_LINK -> {
                String address = url == null ? "" : url.strip();
                if (!address.toLowerCase(Locale.ROOT).startsWith("https://")) {
                    throw new InvalidDraftException("author.edit.videoNotHttps", address);
                }
                if (textNl == null || textNl.isBlank()) {
                    throw new InvalidDraftException("author.edit.titleRequired");
                }
                yield new ContentBlock.VideoLink(address, LocalizedText.of(textNl, textEn));
            }
            case SIGNALS -> new ContentBlock.Signals(signals.stream().map(signal -> signal.toSignal(lessonNumber)).toList());
            case REPORTING_ROUTE -> new ContentBlock.ReportingRoute(form, audience);
        };
    }

    public BlockKind getKind() { return kind; }
    public String getTextNl() { return textNl; }
    public void setTextNl(String textNl) { this.textNl = textNl; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public long getMaterialId() { return materialId; }
    public String getMaterialTitle() { return materialTitleNl; }
    public String getMaterialLicence() { return materialLicence; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public FormOfExploitation getForm() { return form; }
    public void setForm(FormOfExploitation form) { this.form = form; }
    public RouteAudience getAudience() { return audience; }
    public void setAudience(RouteAudience audience) { this.audience = audience; }
    public List<EditableSignal> getSignals() { return signals; }

    public void addSignal() {
        signals.add(EditableSignal.fresh());
    }

    public void removeSignal(EditableSignal signal) {
        signals.remove(signal);
    }
}
