-- Reminders (issue 5): scheduled e-mails for "due soon", "overdue" and "certificate expiring",
-- each sent at most once (docs/adr/0007-reminders-sent-once-by-one-server.md).

-- "Default certificate validity: months or none": NULL now means "no default; only the course's own
-- validity counts". Existing organisations keep their months.
ALTER TABLE organisations.organisation
    ALTER COLUMN certificate_validity_months DROP NOT NULL;

-- The reminder policy gains certificate expiry. Existing rows all hold one of the first three
-- values, so they stay valid; the check keeps typos out from now on.
ALTER TABLE organisations.organisation
    ADD CONSTRAINT organisation_reminder_policy_check
        CHECK (reminder_policy IN ('NONE', 'DUE_SOON', 'DUE_SOON_AND_OVERDUE', 'DUE_SOON_OVERDUE_AND_EXPIRING'));

-- What a certificate-expiry reminder needs from learning's CourseCompleted event. Facts recorded
-- before this version have NULLs: their validity falls back to the organisation's default and
-- their title to the title of an assignment of the course.
ALTER TABLE organisations.completion_fact
    ADD COLUMN validity_months INTEGER CHECK (validity_months IS NULL OR validity_months > 0),
    ADD COLUMN course_title VARCHAR(300);

-- One row per reminder ever sent (or tried): who, about what, when, with which outcome. The
-- unique key (member x course x kind x the date the reminder is about) is the claim: a reminder is
-- claimed by inserting it in the same transaction that sends the mail and records the outcome,
-- so two runs (or two servers) can never both send it. A FAILED row may be claimed again (up to
-- three attempts in all); a SENT row never.
CREATE SEQUENCE organisations.reminder_seq START 50 INCREMENT 50;

CREATE TABLE organisations.reminder (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL REFERENCES organisations.organisation (id),
    member_id       BIGINT       NOT NULL REFERENCES organisations.member (id),
    course_id       BIGINT       NOT NULL,
    kind            VARCHAR(30)  NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE', 'CERTIFICATE_EXPIRING')),
    -- the due date (DUE_SOON, OVERDUE) or the last day of validity (CERTIFICATE_EXPIRING): the cycle
    about_date      DATE         NOT NULL,
    course_title    VARCHAR(300) NOT NULL,
    recipient       VARCHAR(255) NOT NULL,
    outcome         VARCHAR(10)  NOT NULL CHECK (outcome IN ('SENT', 'FAILED')),
    attempts        INTEGER      NOT NULL DEFAULT 1 CHECK (attempts BETWEEN 1 AND 3),
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    detail          VARCHAR(500),
    server          VARCHAR(100),
    CONSTRAINT reminder_once UNIQUE (member_id, course_id, kind, about_date)
);
CREATE INDEX reminder_organisation_idx ON organisations.reminder (organisation_id, attempted_at DESC);

-- Each run of the scheduled sweep (organisation_id NULL) or of an org admin's "send now"
-- (organisation_id set): the sweep's interval is measured from the latest sweep in this table,
-- so it holds across servers.
CREATE SEQUENCE organisations.reminder_run_seq START 50 INCREMENT 50;

CREATE TABLE organisations.reminder_run (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT REFERENCES organisations.organisation (id),
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    server          VARCHAR(100),
    planned         INTEGER NOT NULL DEFAULT 0,
    sent            INTEGER NOT NULL DEFAULT 0,
    failed          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reminder_run_sweep_idx ON organisations.reminder_run (started_at DESC) WHERE organisation_id IS NULL;
