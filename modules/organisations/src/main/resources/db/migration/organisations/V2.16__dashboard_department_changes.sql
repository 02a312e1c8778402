-- Which departments changed since a figures number (docs/adr/0010, "per department").
--
-- The figures number of V2.14 tells a server that its kept completion part no longer holds, not
-- what changed; so after every completion the whole part of a 10,000-staff organisation was read and
-- computed again (~150 ms). The part is a sum over departments, though: a department's figures and
-- expiring certificates depend only on its own people, their completions and the organisation-wide
-- assignments and tree. So the same transactions that raise the number now also note which
-- departments they touched, under the number they raised it to, and a server holding the part of
-- number N computes again only the departments noted after N:
--
-- * dashboard_department_change: per organisation and department key the number of the last change
--   of that department (key = department id; 0 = active members without a department; -1 = people
--   without a member row, whose certificates count as "no department"). One row per department,
--   overwritten, so it never grows with time.
-- * dashboard_revision.everything_at: the number of the last change that touches every department —
--   the department tree (paths, and whom a department assignment reaches), assignments, version
--   decisions, the organisation's settings. A part older than it is computed whole.
-- * dashboard_revision.trend_at: the number of the last change of completion facts (the trend counts
--   every completion, not only the latest per person).
--
-- Every note is written under the lock of the organisation's revision row, which the transaction
-- takes first (when it commits, deferred triggers of V2.14): transactions changing one organisation
-- note one after the other, in the order of their numbers, and a server that read number N sees the
-- notes of every number up to N. A completion is noted in the department of its person as the member
-- row says when the transaction commits (looked up after taking the lock, so after any earlier move
-- of that person committed); a move notes both departments.
ALTER TABLE organisations.dashboard_revision
    ADD COLUMN everything_at BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN trend_at      BIGINT NOT NULL DEFAULT 0;

CREATE TABLE organisations.dashboard_department_change (
    organisation_id BIGINT NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    department_key  BIGINT NOT NULL,
    revision        BIGINT NOT NULL,
    CONSTRAINT dashboard_department_change_pkey PRIMARY KEY (organisation_id, department_key)
);

-- The organisation's figures number as raised by this transaction (raising it the first time it is
-- asked); NULL for an organisation that no longer exists.
CREATE FUNCTION organisations.dashboard_raised(organisation BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql AS $$
DECLARE
    flag   TEXT := 'signaal.dashboard_revision_raised_' || organisation;
    raised TEXT;
    raised_to BIGINT;
BEGIN
    IF organisation IS NULL THEN
        RETURN NULL;
    END IF;
    -- transaction-local; once a session used it, it reads '' outside the transaction that set it
    raised := COALESCE(current_setting(flag, TRUE), '');
    IF raised <> '' THEN
        RETURN raised::BIGINT;
    END IF;
    INSERT INTO organisations.dashboard_revision AS r (organisation_id, revision)
    SELECT o.id, 1 FROM organisations.organisation o WHERE o.id = organisation
    ON CONFLICT (organisation_id) DO UPDATE SET revision = r.revision + 1
    RETURNING r.revision INTO raised_to;
    IF raised_to IS NOT NULL THEN
        PERFORM set_config(flag, raised_to::TEXT, TRUE);
    END IF;
    RETURN raised_to;
END $$;

-- V2.14's callers keep working: raising is the first step of every note
CREATE OR REPLACE FUNCTION organisations.dashboard_revision_raise(organisation BIGINT) RETURNS VOID
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM organisations.dashboard_raised(organisation);
END $$;

-- Notes that a department (key, see above) changed in this transaction; once per transaction.
CREATE FUNCTION organisations.dashboard_note_department(organisation BIGINT, department_key BIGINT) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    raised_to BIGINT := organisations.dashboard_raised(organisation);
    flag   TEXT := 'signaal.dashboard_noted_' || organisation || '_' || replace(department_key::TEXT, '-', 'n');
BEGIN
    IF raised_to IS NULL OR COALESCE(current_setting(flag, TRUE), '') <> '' THEN
        RETURN;
    END IF;
    INSERT INTO organisations.dashboard_department_change AS c (organisation_id, department_key, revision)
    VALUES (organisation, department_key, raised_to)
    ON CONFLICT ON CONSTRAINT dashboard_department_change_pkey DO UPDATE SET revision = EXCLUDED.revision;
    PERFORM set_config(flag, 'yes', TRUE);
END $$;

-- Notes a change of someone's completions in the department their member row names now (-1: none).
CREATE FUNCTION organisations.dashboard_note_person(organisation BIGINT, subject TEXT) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    department_key BIGINT;
BEGIN
    -- the lock first: the member row is then read as every earlier change left it
    IF organisations.dashboard_raised(organisation) IS NULL THEN
        RETURN;
    END IF;
    SELECT COALESCE(m.department_id, 0) INTO department_key
    FROM organisations.member m WHERE m.organisation_id = organisation AND m.keycloak_user_id = subject;
    PERFORM organisations.dashboard_note_department(organisation, COALESCE(department_key, -1));
END $$;

-- Notes a change that touches every department ('everything') or the trend ('trend'); once per transaction.
CREATE FUNCTION organisations.dashboard_note_all(organisation BIGINT, what TEXT) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    raised_to BIGINT := organisations.dashboard_raised(organisation);
    flag   TEXT := 'signaal.dashboard_noted_' || what || '_' || organisation;
BEGIN
    IF raised_to IS NULL OR COALESCE(current_setting(flag, TRUE), '') <> '' THEN
        RETURN;
    END IF;
    IF what = 'trend' THEN
        UPDATE organisations.dashboard_revision SET trend_at = raised_to WHERE organisation_id = organisation;
    ELSE
        UPDATE organisations.dashboard_revision SET everything_at = raised_to WHERE organisation_id = organisation;
    END IF;
    PERFORM set_config(flag, 'yes', TRUE);
END $$;

-- The deferred triggers of V2.14 (one per table) now note what changed, by table.
CREATE OR REPLACE FUNCTION organisations.dashboard_revision_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'member' THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM organisations.dashboard_note_department(OLD.organisation_id, COALESCE(OLD.department_id, 0));
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM organisations.dashboard_note_department(NEW.organisation_id, COALESCE(NEW.department_id, 0));
        END IF;
        -- a member row made or removed moves that person's certificates into or out of "without member row"
        IF TG_OP = 'INSERT' THEN
            PERFORM organisations.dashboard_note_department(NEW.organisation_id, -1);
        ELSIF TG_OP = 'DELETE' THEN
            PERFORM organisations.dashboard_note_department(OLD.organisation_id, -1);
        ELSIF OLD.keycloak_user_id <> NEW.keycloak_user_id OR OLD.organisation_id <> NEW.organisation_id THEN
            PERFORM organisations.dashboard_note_department(OLD.organisation_id, -1);
            PERFORM organisations.dashboard_note_department(NEW.organisation_id, -1);
        END IF;
    ELSIF TG_TABLE_NAME = 'completion_latest' THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM organisations.dashboard_note_person(OLD.organisation_id, OLD.learner_subject);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM organisations.dashboard_note_person(NEW.organisation_id, NEW.learner_subject);
        END IF;
    ELSIF TG_TABLE_NAME = 'completion_fact' THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM organisations.dashboard_note_all(OLD.organisation_id, 'trend');
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM organisations.dashboard_note_all(NEW.organisation_id, 'trend');
        END IF;
    ELSE
        -- department, assignment, course_version_policy
        IF TG_OP <> 'INSERT' THEN
            PERFORM organisations.dashboard_note_all(OLD.organisation_id, 'everything');
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM organisations.dashboard_note_all(NEW.organisation_id, 'everything');
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION organisations.dashboard_revision_on_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM organisations.dashboard_note_all(NEW.id, 'everything');
    RETURN NULL;
END $$;

CREATE OR REPLACE VIEW organisations.dashboard_revisions AS
SELECT o.id AS organisation_id,
       COALESCE(r.revision, 0) AS figures,
       COALESCE((SELECT sum(s.revision) FROM organisations.signal_revision s WHERE s.organisation_id = o.id), 0)::BIGINT AS signals,
       (SELECT l.revision FROM organisations.signal_label_revision l) AS labels,
       COALESCE(r.everything_at, 0) AS everything_at,
       COALESCE(r.trend_at, 0) AS trend_at
FROM organisations.organisation o
LEFT JOIN organisations.dashboard_revision r ON r.organisation_id = o.id;
