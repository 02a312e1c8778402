package nl.signaal.routes.points.boundary;

/**
 * How a point can be reached. {@code PHONE_ABROAD} exists because several national services
 * publish a separate number for calls from outside the Netherlands. Bundle keys:
 * {@code point.channel.<NAME>}.
 */
public enum ChannelType {
    PHONE,
    PHONE_ABROAD,
    WEB,
    EMAIL,
    CHAT
}
