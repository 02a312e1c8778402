-- Which courses' assignments changed since a figures number (docs/adr/0010, "per department and
-- per course"), so that a new or changed assignment no longer makes a server compute the whole
-- completion part again (~150 ms for 10,000 staff) but only that course's figures: the figures of
-- one course depend on the people, their completions of that course and its assignments alone.
--
-- * dashboard_course_change: per organisation and course the figures number of the last change of
--   the course's assignments; one row per course, overwritten.
-- * dashboard_revision.courses_at: the number of the last such change, so a load asks for the
--   changed courses only when there are any.
--
-- What no longer counts as a change of everything:
-- * a version decision (course_version_policy): the reader does not read it; V2.11's triggers carry
--   it into completion_latest, whose rows note their people's departments (V2.16);
-- * the organisation's settings: the default validity reaches the dashboard the same way, and
--   nothing else of the organisation row is on it.
-- The department tree still is (paths, and whom a department assignment reaches).
ALTER TABLE organisations.dashboard_revision
    ADD COLUMN courses_at BIGINT NOT NULL DEFAULT 0;

CREATE TABLE organisations.dashboard_course_change (
    organisation_id BIGINT NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    course_id       BIGINT NOT NULL,
    revision        BIGINT NOT NULL,
    CONSTRAINT dashboard_course_change_pkey PRIMARY KEY (organisation_id, course_id)
);

-- Notes that a course's assignments changed in this transaction; once per course per transaction.
CREATE FUNCTION organisations.dashboard_note_course(organisation BIGINT, course BIGINT) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    raised_to BIGINT := organisations.dashboard_raised(organisation);
    flag      TEXT := 'signaal.dashboard_noted_course_' || organisation || '_' || replace(course::TEXT, '-', 'n');
BEGIN
    IF raised_to IS NULL OR COALESCE(current_setting(flag, TRUE), '') <> '' THEN
        RETURN;
    END IF;
    INSERT INTO organisations.dashboard_course_change AS c (organisation_id, course_id, revision)
    VALUES (organisation, course, raised_to)
    ON CONFLICT ON CONSTRAINT dashboard_course_change_pkey DO UPDATE SET revision = EXCLUDED.revision;
    UPDATE organisations.dashboard_revision SET courses_at = raised_to WHERE organisation_id = organisation;
    PERFORM set_config(flag, 'yes', TRUE);
END $$;

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
    ELSIF TG_TABLE_NAME = 'assignment' THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM organisations.dashboard_note_course(OLD.organisation_id, OLD.course_id);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM organisations.dashboard_note_course(NEW.organisation_id, NEW.course_id);
        END IF;
    ELSIF TG_TABLE_NAME = 'department' THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM organisations.dashboard_note_all(OLD.organisation_id, 'everything');
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM organisations.dashboard_note_all(NEW.organisation_id, 'everything');
        END IF;
    ELSE
        -- course_version_policy: raised only; its effect arrives through completion_latest
        IF TG_OP <> 'INSERT' THEN
            PERFORM organisations.dashboard_raised(OLD.organisation_id);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM organisations.dashboard_raised(NEW.organisation_id);
        END IF;
    END IF;
    RETURN NULL;
END $$;

-- the organisation's settings: raised only (the default validity arrives through completion_latest)
CREATE OR REPLACE FUNCTION organisations.dashboard_revision_on_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM organisations.dashboard_raised(NEW.id);
    RETURN NULL;
END $$;

CREATE OR REPLACE VIEW organisations.dashboard_revisions AS
SELECT o.id AS organisation_id,
       COALESCE(r.revision, 0) AS figures,
       COALESCE((SELECT sum(s.revision) FROM organisations.signal_revision s WHERE s.organisation_id = o.id), 0)::BIGINT AS signals,
       (SELECT l.revision FROM organisations.signal_label_revision l) AS labels,
       COALESCE(r.everything_at, 0) AS everything_at,
       COALESCE(r.trend_at, 0) AS trend_at,
       COALESCE(r.courses_at, 0) AS courses_at
FROM organisations.organisation o
LEFT JOIN organisations.dashboard_revision r ON r.organisation_id = o.id;
