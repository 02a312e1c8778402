package nl.signaal.routes.points.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How to reach a point. Every field may be {@code null}: unknown or not offered. A number
 * that no source gives stays {@code null}; it is never filled in from memory.
 */
public record Contact(String phone, String phoneHours, String phoneAbroad, String web, String email,
                      String chat, String chatHours) {

    public static final Contact NONE = new Contact(null, null, null, null, null, null, null);

    public static Contact phone(String phone) {
        return new Contact(phone, null, null, null, null, null, null);
    }

    /** The known channels in the order a card shows them: phone first, the web last. */
    public List<ContactChannel> channels() {
        List<ContactChannel> channels = new ArrayList<>(4);
        if (phone != null) {
            channels.add(new ContactChannel(ChannelType.PHONE, phone, phoneHours));
        }
        if (phoneAbroad != null) {
            channels.add(new ContactChannel(ChannelType.PHONE_ABROAD, phoneAbroad, null));
        }
        if (chat != null) {
            channels.add(new ContactChannel(ChannelType.CHAT, chat, chatHours));
        }
        if (email != null) {
            channels.add(new ContactChannel(ChannelType.EMAIL, email, null));
        }
        if (web != null) {
            channels.add(new ContactChannel(ChannelType.WEB, web, null));
        }
        return Collections.unmodifiableList(channels);
    }
}
