package nl.signaal.web.authoring;

import java.io.Serializable;
import java.util.Locale;
import java.util.UUID;
import nl.signaal.learning.course.boundary.Signal;
import nl.signaal.learning.course.boundary.Source;
import nl.signaal.learning.shared.LocalizedText;

/**
 * A signal in a lesson's signals block as the editor holds it. Its id stays the same once made
 * (scenario choices name it); the source is required, its address only when one is known —
 * never filled in from memory.
 */
public class EditableSignal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private String textNl = "";
    private String textEn = "";
    private String reference = "";
    private String sourceTitle = "";
    private String url = "";

    EditableSignal(String id) {
        this.id = id;
    }

    static EditableSignal fresh() {
        return new EditableSignal("sig-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static EditableSignal of(Signal signal) {
        EditableSignal s = new EditableSignal(signal.id());
        s.textNl = signal.text().nl();
        s.textEn = signal.text().en();
        s.reference = signal.source().reference();
        s.sourceTitle = signal.source().title();
        s.url = signal.source().url() == null ? "" : signal.source().url();
        return s;
    }

    Signal toSignal(int lessonNumber) {
        if (textNl == null || textNl.isBlank() || reference == null || reference.isBlank()) {
            throw new InvalidDraftException("author.edit.signalIncomplete", lessonNumber);
        }
        String address = url == null || url.isBlank() ? null : url.strip();
        if (address != null && !address.toLowerCase(Locale.ROOT).startsWith("https://")) {
            throw new InvalidDraftException("author.edit.sourceNotHttps", address);
        }
        return new Signal(id, LocalizedText.of(textNl.strip(), textEn == null ? "" : textEn.strip()),
                new Source(reference.strip(), sourceTitle == null ? "" : sourceTitle.strip(), address));
    }

    public String getId() { return id; }
    public String getTextNl() { return textNl; }
    public void setTextNl(String textNl) { this.textNl = textNl; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getSourceTitle() { return sourceTitle; }
    public void setSourceTitle(String sourceTitle) { this.sourceTitle = sourceTitle; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
