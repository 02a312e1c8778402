package nl.signaal.catalogue.campaigns.boundary;

/**
 * How sure the data is: CONFIRMED when the record's source states it; UNCONFIRMED when a value is
 * dated, indirect or has no source, and the UI marks it so. Bundle keys {@code confidence.<NAME>}.
 */
public enum Confidence {
    CONFIRMED, UNCONFIRMED
}
