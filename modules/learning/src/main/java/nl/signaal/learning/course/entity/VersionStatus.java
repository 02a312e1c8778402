package nl.signaal.learning.course.entity;

/** A version is a DRAFT while a trainer edits it and PUBLISHED (immutable, database-enforced) afterwards. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED
}
