package nl.signaal.routes.points.boundary;

/**
 * How sure the data is: {@code CONFIRMED} when the record's source states it;
 * {@code UNCONFIRMED} when the source is dated, indirect or incomplete — the UI marks such
 * a record so nobody mistakes it for a checked fact. Bundle keys: {@code point.confidence.<NAME>}.
 */
public enum Confidence {
    CONFIRMED,
    UNCONFIRMED
}
