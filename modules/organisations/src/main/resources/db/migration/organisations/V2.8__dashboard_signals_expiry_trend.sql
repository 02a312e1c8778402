-- The rest of the org admin's dashboard (issue 5): signals missed most, certificates expiring,
-- completions per month. Everything here is written by event listeners and read in aggregates.

-- Signals missed most: one row per person × course × signal, kept from learning's SignalsJudged
-- events. Aggregate-ready and idempotent by nature: a repeated event sets the same flags again.
-- Never the answer itself.
CREATE SEQUENCE organisations.signal_judgement_seq START 1 INCREMENT 50;

CREATE TABLE organisations.signal_judgement (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL REFERENCES organisations.organisation (id),
    learner_subject VARCHAR(255) NOT NULL,
    course_id       BIGINT       NOT NULL,
    signal_id       VARCHAR(64)  NOT NULL,
    -- missed at least once / recognised at least once
    missed          BOOLEAN      NOT NULL,
    recognised      BOOLEAN      NOT NULL,
    first_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
-- the upsert's conflict target, and the heat map's GROUP BY (course, signal) within one organisation
CREATE UNIQUE INDEX signal_judgement_once
    ON organisations.signal_judgement (organisation_id, course_id, signal_id, learner_subject);
-- the heat map joins members on their Keycloak id
CREATE INDEX member_subject_active_idx ON organisations.member (organisation_id, keycloak_user_id) WHERE active;

-- What the signals say, per course (course content is the same for every organisation); the
-- latest event's wording wins.
CREATE TABLE organisations.signal_label (
    course_id    BIGINT        NOT NULL,
    signal_id    VARCHAR(64)   NOT NULL,
    course_title VARCHAR(300)  NOT NULL,
    label_nl     VARCHAR(2000) NOT NULL,
    label_en     VARCHAR(2000) NOT NULL DEFAULT '',
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (course_id, signal_id)
);

-- The trend: the completion's Dutch calendar day, kept by the database, so completions are
-- grouped per day (and then per month) in the database without a time-zone conversion per row.
-- (Certificate validity and course title: completion_fact.validity_months and course_title, V2.7.)
ALTER TABLE organisations.completion_fact
    ADD COLUMN completed_on DATE GENERATED ALWAYS AS ((completed_at AT TIME ZONE 'Europe/Amsterdam')::date) STORED;
CREATE INDEX completion_fact_trend ON organisations.completion_fact (organisation_id, completed_on);
