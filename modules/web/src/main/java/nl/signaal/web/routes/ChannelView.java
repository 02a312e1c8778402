package nl.signaal.web.routes;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.Locale;
import nl.signaal.routes.points.boundary.ContactChannel;
import nl.signaal.routes.shared.Message;

/**
 * One way to reach a point, ready to show: its label in the reader's language and a link
 * ({@code tel:}, {@code mailto:} or the web address) a phone can follow with one tap.
 *
 * @param type  PHONE, PHONE_ABROAD, WEB, EMAIL or CHAT
 * @param label e.g. "Telefoon"
 * @param value as published, e.g. {@code 0800-2000}
 * @param href  e.g. {@code tel:08002000}; null when the value is no usable link
 * @param hours opening hours as published; null when not stated
 */
@JsonbNillable
public record ChannelView(String type, String label, String value, String href, String hours) {

    public static ChannelView of(ContactChannel channel, Locale locale) {
        return new ChannelView(channel.type().name(), Message.of("point.channel." + channel.type().name()).format(locale),
                channel.value(), href(channel), channel.openingHours());
    }

    public boolean phone() {
        return href != null && href.startsWith("tel:");
    }

    static String href(ContactChannel channel) {
        String value = channel.value();
        return switch (channel.type()) {
            case PHONE, PHONE_ABROAD -> "tel:" + value.replaceAll("[^0-9+]", "");
            case EMAIL -> "mailto:" + value;
            case WEB, CHAT -> value.startsWith("https://") || value.startsWith("http://") ? value : null;
        };
    }
}
