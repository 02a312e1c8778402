-- Completion facts: what learning's CourseCompleted events tell this context, kept per
-- organisation so dashboards never ask learning. One row per completion (idempotent on
-- learning's completion id); the member is joined by the Keycloak subject, and member_id is
-- only filled when the person was already a member when the fact arrived.
CREATE SEQUENCE organisations.completion_fact_seq START 1 INCREMENT 50;

CREATE TABLE organisations.completion_fact (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisations.organisation (id),
    completion_id   BIGINT      NOT NULL UNIQUE,
    learner_subject VARCHAR(64) NOT NULL,
    member_id       BIGINT      REFERENCES organisations.member (id),
    course_id       BIGINT      NOT NULL,
    course_version  INTEGER     NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    score_percent   INTEGER     NOT NULL CHECK (score_percent BETWEEN 0 AND 100)
);
-- the dashboard's "latest completion per person and course" reads exactly this
CREATE INDEX completion_fact_latest ON organisations.completion_fact (organisation_id, learner_subject, course_id, completed_at);

-- Assignments: a published course assigned to the whole organisation, a department (with its
-- sub-departments), a sector or a job, due on a date and optionally again every N months.
CREATE SEQUENCE organisations.assignment_seq START 1 INCREMENT 50;

CREATE TABLE organisations.assignment (
    id                BIGINT PRIMARY KEY,
    organisation_id   BIGINT       NOT NULL REFERENCES organisations.organisation (id),
    course_id         BIGINT       NOT NULL,
    course_title      VARCHAR(300) NOT NULL,
    target            VARCHAR(20)  NOT NULL CHECK (target IN ('ORGANISATION', 'DEPARTMENT', 'SECTOR', 'JOB')),
    department_id     BIGINT       REFERENCES organisations.department (id),
    sector            VARCHAR(40),
    job               VARCHAR(120),
    due_date          DATE         NOT NULL,
    recurrence_months INTEGER      CHECK (recurrence_months BETWEEN 1 AND 120),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by        VARCHAR(255) NOT NULL,
    CHECK ((target = 'DEPARTMENT') = (department_id IS NOT NULL)),
    CHECK ((target = 'SECTOR') = (sector IS NOT NULL)),
    CHECK ((target = 'JOB') = (job IS NOT NULL))
);
CREATE INDEX assignment_organisation_idx ON organisations.assignment (organisation_id, course_id);
