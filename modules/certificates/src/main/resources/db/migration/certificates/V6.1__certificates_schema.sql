-- The certificates context: one row per issued certificate, holding the facts it prints
-- (docs/adr/0006-certificates-regenerated-from-facts.md), never the PDF's bytes.
CREATE SCHEMA IF NOT EXISTS certificates;

CREATE SEQUENCE certificates.certificate_seq START 1 INCREMENT 50;

CREATE TABLE certificates.certificate (
    id                BIGINT PRIMARY KEY,
    -- the public verification code, canonical Crockford base32 (28 characters, 140 random bits)
    code              CHAR(28)      NOT NULL UNIQUE CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{28}$'),
    -- learning's completion id: a second CourseCompleted for the same completion issues nothing
    completion_id     BIGINT        NOT NULL UNIQUE,
    learner_subject   VARCHAR(255)  NOT NULL,
    learner_name      VARCHAR(2000) NOT NULL,
    organisation_code VARCHAR(64)   NOT NULL,
    -- the display name when issued: the certificate keeps saying what it said
    organisation_name VARCHAR(500)  NOT NULL,
    course_id         BIGINT        NOT NULL,
    course_version    INTEGER       NOT NULL,
    course_title      VARCHAR(2000) NOT NULL,
    sector            VARCHAR(40),
    language          VARCHAR(8)    NOT NULL DEFAULT 'nl',
    completed_on      DATE          NOT NULL,
    issued_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- last day of validity; NULL = no expiry
    valid_until       DATE,
    revoked_at        TIMESTAMP WITH TIME ZONE,
    revoked_by        VARCHAR(255),
    revocation_reason VARCHAR(500),
    CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
);

CREATE INDEX certificate_learner_idx ON certificates.certificate (learner_subject);
CREATE INDEX certificate_organisation_idx ON certificates.certificate (organisation_code);
