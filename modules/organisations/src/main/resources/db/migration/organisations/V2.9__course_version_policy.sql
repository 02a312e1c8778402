-- Per organisation and course: from which version on a completion counts for its assignments
-- (minimum_version), and the newest published version the org admins have decided about
-- (known_version). A new version above known_version is shown to them with the choice
-- "must everyone retake it?"; yes raises minimum_version, no only raises known_version.
-- Certificates are not affected: a certificate stays valid for the version it was issued for.
CREATE TABLE organisations.course_version_policy (
    organisation_id  BIGINT       NOT NULL REFERENCES organisations.organisation (id),
    course_id        BIGINT       NOT NULL,
    minimum_version  INTEGER      NOT NULL DEFAULT 1 CHECK (minimum_version >= 1),
    known_version    INTEGER      NOT NULL CHECK (known_version >= 1),
    decided_by       VARCHAR(255),
    decided_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (organisation_id, course_id),
    CHECK (minimum_version <= known_version)
);
