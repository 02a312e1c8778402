-- The learning context: courses, immutable published versions, attempts, attempt events, completions.
CREATE SCHEMA IF NOT EXISTS learning;

CREATE SEQUENCE learning.course_seq START 1 INCREMENT 50;
CREATE SEQUENCE learning.course_version_seq START 1 INCREMENT 50;
CREATE SEQUENCE learning.attempt_seq START 1 INCREMENT 50;
CREATE SEQUENCE learning.attempt_event_seq START 1 INCREMENT 50;
CREATE SEQUENCE learning.lesson_view_seq START 1 INCREMENT 50;
CREATE SEQUENCE learning.completion_seq START 1 INCREMENT 50;

CREATE TABLE learning.course (
    id         BIGINT PRIMARY KEY,
    -- stable name for seeds and links; never reused
    code       VARCHAR(64)  NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    created_by VARCHAR(255) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- One row per version. The content is the whole version as one JSON document
-- (nl.signaal.learning.course.control.CourseContentJson); title, sector, forms and pass mark are
-- copied out of it for listing and filtering. A PUBLISHED row never changes (trigger below).
CREATE TABLE learning.course_version (
    id           BIGINT PRIMARY KEY,
    course_id    BIGINT       NOT NULL REFERENCES learning.course (id),
    number       INT          NOT NULL CHECK (number >= 1),
    status       VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    title_nl     VARCHAR(300) NOT NULL,
    title_en     VARCHAR(300) NOT NULL DEFAULT '',
    sector       VARCHAR(32)  NOT NULL,
    forms        VARCHAR(200) NOT NULL DEFAULT '',
    languages    VARCHAR(50)  NOT NULL DEFAULT 'nl',
    pass_mark    INT          NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
    content      TEXT         NOT NULL,
    created_by   VARCHAR(255) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    published_by VARCHAR(255),
    published_at TIMESTAMP WITH TIME ZONE,
    UNIQUE (course_id, number),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
-- at most one draft per course: "edit" opens the draft, it never forks a second one
CREATE UNIQUE INDEX course_version_one_draft ON learning.course_version (course_id) WHERE status = 'DRAFT';
CREATE INDEX course_version_published ON learning.course_version (sector, course_id) WHERE status = 'PUBLISHED';

CREATE FUNCTION learning.published_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION 'course version % is published and cannot be changed or removed', OLD.id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER course_version_immutable BEFORE UPDATE OR DELETE ON learning.course_version
    FOR EACH ROW EXECUTE FUNCTION learning.published_version_is_immutable();

-- A learner taking one pinned version. The state is the replay of its lesson views and events.
CREATE TABLE learning.attempt (
    id                BIGINT PRIMARY KEY,
    learner_subject   VARCHAR(255) NOT NULL,
    learner_name      VARCHAR(500) NOT NULL,
    organisation_code VARCHAR(64)  NOT NULL,
    course_id         BIGINT       NOT NULL REFERENCES learning.course (id),
    course_version_id BIGINT       NOT NULL REFERENCES learning.course_version (id),
    version_number    INT          NOT NULL,
    status            VARCHAR(16)  NOT NULL CHECK (status IN ('IN_PROGRESS', 'PASSED', 'FAILED')),
    score_percent     INT CHECK (score_percent BETWEEN 0 AND 100),
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    CHECK ((status = 'IN_PROGRESS') = (finished_at IS NULL))
);
CREATE INDEX attempt_learner ON learning.attempt (learner_subject, course_id);
-- one attempt in progress per learner and course: "start" twice resumes the first
CREATE UNIQUE INDEX attempt_one_in_progress ON learning.attempt (learner_subject, course_id)
    WHERE status = 'IN_PROGRESS';

-- Every answer, stored the moment it is given; (attempt, answer id) makes a resubmission a no-op.
CREATE TABLE learning.attempt_event (
    id                     BIGINT PRIMARY KEY,
    attempt_id             BIGINT       NOT NULL REFERENCES learning.attempt (id),
    answer_id              VARCHAR(64)  NOT NULL,
    learner_subject        VARCHAR(255) NOT NULL,
    organisation_code      VARCHAR(64)  NOT NULL,
    course_version_id      BIGINT       NOT NULL REFERENCES learning.course_version (id),
    item_id                VARCHAR(64)  NOT NULL,
    node_id                VARCHAR(64),
    choice_id              VARCHAR(64),
    -- the answer as given (JSON), replayed to rebuild the attempt
    answer                 TEXT         NOT NULL,
    signals_recognised     VARCHAR(2000) NOT NULL DEFAULT '',
    signals_missed         VARCHAR(2000) NOT NULL DEFAULT '',
    correct_reporting_step BOOLEAN      NOT NULL DEFAULT FALSE,
    points                 INT          NOT NULL DEFAULT 0,
    occurred_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    sequence_no            INT          NOT NULL,
    CONSTRAINT attempt_event_answer_once UNIQUE (attempt_id, answer_id),
    UNIQUE (attempt_id, sequence_no)
);
-- for reports: which signals an organisation's staff miss most
CREATE INDEX attempt_event_organisation ON learning.attempt_event (organisation_code, occurred_at);

CREATE TABLE learning.lesson_view (
    id         BIGINT PRIMARY KEY,
    attempt_id BIGINT      NOT NULL REFERENCES learning.attempt (id),
    lesson_id  VARCHAR(64) NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (attempt_id, lesson_id)
);

-- A completed course version: the fact the certificates context hears about (CourseCompleted).
CREATE TABLE learning.completion (
    id                BIGINT PRIMARY KEY,
    attempt_id        BIGINT       NOT NULL UNIQUE REFERENCES learning.attempt (id),
    learner_subject   VARCHAR(255) NOT NULL,
    learner_name      VARCHAR(500) NOT NULL,
    organisation_code VARCHAR(64)  NOT NULL,
    course_id         BIGINT       NOT NULL REFERENCES learning.course (id),
    course_version_id BIGINT       NOT NULL REFERENCES learning.course_version (id),
    version_number    INT          NOT NULL,
    course_title      VARCHAR(300) NOT NULL,
    sector            VARCHAR(32)  NOT NULL,
    score_percent     INT          NOT NULL CHECK (score_percent BETWEEN 0 AND 100),
    completed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX completion_learner ON learning.completion (learner_subject);
CREATE INDEX completion_organisation ON learning.completion (organisation_code, completed_at);
