package nl.signaal.organisations.reminders.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.signaal.organisations.reminders.boundary.ReminderKind;

/**
 * Writes one reminder as a mail: Dutch first, then English, because the platform does not know
 * a member's language and every Dutch professional reads Dutch. Plain text plus the same text
 * as HTML, in which every value (a course title or a name may contain {@code <} or {@code &}) is
 * escaped. Texts come from the {@code mail} bundle beside this class, never from literals.
 */
public final class ReminderMail {

    static final String BUNDLE = "nl.signaal.organisations.reminders.control.mail";
    static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private final String publicUrl;

    /** @param publicUrl the application's public base URL, e.g. {@code https://signaal.nl/signaal/} */
    public ReminderMail(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** The subject: both languages, Dutch first. */
    public String subject(ReminderPlanner.Planned reminder) {
        return LANGUAGES.stream().map(l -> text(l, "reminder.subject." + reminder.kind(), reminder))
                .reduce((nl, en) -> nl + " / " + en).orElseThrow();
    }

    /** Where the reminder sends its reader: their courses, or for certificates their certificates too. */
    public String link(ReminderPlanner.Planned reminder) {
        return publicUrl + (reminder.kind() == ReminderKind.CERTIFICATE_EXPIRING ? "me/certificates.xhtml" : "learn/index.xhtml");
    }

    public String plainText(ReminderPlanner.Planned reminder) {
        StringBuilder text = new StringBuilder();
        for (Locale language : LANGUAGES) {
            if (!text.isEmpty()) {
                text.append("\n----------------------------------------\n\n");
            }
            text.append("[").append(text(language, "reminder.language", reminder)).append("]\n\n");
            text.append(text(language, "reminder.greeting", reminder)).append("\n\n");
            text.append(text(language, "reminder.body." + reminder.kind(), reminder)).append("\n\n");
            text.append(text(language, "reminder.link." + reminder.kind(), reminder)).append(": ").append(link(reminder)).append("\n\n");
            text.append(text(language, "reminder.closing", reminder)).append("\n");
            text.append(text(language, "reminder.sender", reminder)).append("\n\n");
            text.append(text(language, "reminder.footer", reminder)).append("\n");
        }
        return text.toString();
    }

    public String html(ReminderPlanner.Planned reminder) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject(reminder))).append("</title></head><body>\n");
        for (Locale language : LANGUAGES) {
            html.append("<div lang=\"").append(language.getLanguage()).append("\">\n");
            html.append("<p>").append(escape(text(language, "reminder.greeting", reminder))).append("</p>\n");
            html.append("<p>").append(escape(text(language, "reminder.body." + reminder.kind(), reminder))).append("</p>\n");
            html.append("<p><a href=\"").append(escape(link(reminder))).append("\">")
                    .append(escape(text(language, "reminder.link." + reminder.kind(), reminder))).append("</a></p>\n");
            html.append("<p>").append(escape(text(language, "reminder.closing", reminder))).append("<br>")
                    .append(escape(text(language, "reminder.sender", reminder))).append("</p>\n");
            html.append("<p><small>").append(escape(text(language, "reminder.footer", reminder))).append("</small></p>\n");
            html.append("</div>\n<hr>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** The complete message, ready for {@code Transport.send}. */
    public MimeMessage message(Session session, String from, ReminderPlanner.Planned reminder, java.time.Instant now)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        InternetAddress to = new InternetAddress(reminder.email(), true);
        try {
            to.setPersonal((reminder.firstName() + " " + reminder.lastName()).strip(), "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setRecipient(MimeMessage.RecipientType.TO, to);
        message.setSubject(subject(reminder), "UTF-8");
        message.setSentDate(Date.from(now));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Signaal-Reminder", reminder.key());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(plainText(reminder), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(reminder), "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }

    static String date(LocalDate date, Locale language) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", language));
    }

    private static String text(Locale language, String key, ReminderPlanner.Planned reminder) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language)
                .format(new Object[]{reminder.courseTitle(), date(reminder.aboutDate(), language), reminder.firstName()});
    }

    /** HTML-escapes text for element content and attribute values. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
