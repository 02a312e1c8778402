package nl.signaal.catalogue.campaigns.boundary;

/**
 * How a campaign reaches its audience. Bundle keys {@code channel.<NAME>}.
 */
public enum Channel {
    VIDEO, POSTER, SOCIAL_MEDIA, WEBSITE, LESSON_PACK, E_LEARNING, EXHIBITION, CHAT, EVENT
}
