package nl.signaal.routes.points.boundary;

/**
 * One way to reach a point, e.g. {@code PHONE 0800-2000 "24/7"}.
 *
 * @param type         the channel
 * @param value        phone number, web address, e-mail address or chat address as published
 * @param openingHours as published (free text, e.g. {@code ma-vr 9-17}); null when not stated
 */
public record ContactChannel(ChannelType type, String value, String openingHours) {
}
