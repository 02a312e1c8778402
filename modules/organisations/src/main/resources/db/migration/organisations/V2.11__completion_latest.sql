-- The dashboard of a large organisation (issue 5, Performance; docs/adr/0009): "the latest
-- completion per person and course" was grouped out of every completion on every load (83,000
-- facts for 10,000 staff: 350 ms for the figures, 130 + 90 ms more for the expiring certificates,
-- which also had to prove "no newer completion" per fact). This table holds that answer, one row
-- per organisation × person × course, kept by the database itself in the same transaction as the
-- facts it summarises: triggers on completion_fact, course_version_policy and organisation. So
-- no code path — CompletionRecorder, an org admin's version decision, a settings change, a test
-- probe or a script writing SQL — can leave it behind, and nobody can read it stale.
--
-- Two "latest" completions, as the dashboard always had them:
--   * latest_*: the latest completion of any version — the certificate the person holds now
--     (certificates stay valid for the version they were issued for, V2.9); expiring certificates.
--     Of two completions at the same instant the one with the higher fact id is kept.
--   * counting_at: the latest completion that counts for assignments under the organisation's
--     course_version_policy (version >= minimum_version; no policy row: every version); null when
--     none counts (counting_day: its Dutch calendar day). Recomputed for (organisation, course) when
--     minimum_version changes.
-- valid_until is the last day of the latest certificate: its Dutch completion day plus the
-- course's validity, else the organisation's default (recomputed when that default changes);
-- null: it never expires. Same arithmetic as CompletionFact.VALID_UNTIL.
--
-- Races: a completion and a version decision (or a change of the default validity) of the same
-- organisation committing at the same time could each miss the other's row. The fact trigger
-- takes a shared, the policy and organisation triggers an exclusive transaction-scoped advisory
-- lock on the organisation, so they serialise; completions among themselves never wait.
CREATE TABLE organisations.completion_latest (
    organisation_id BIGINT       NOT NULL REFERENCES organisations.organisation (id),
    learner_subject VARCHAR(64)  NOT NULL,
    course_id       BIGINT       NOT NULL,
    latest_fact_id  BIGINT       NOT NULL,
    latest_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_on    DATE         NOT NULL,
    validity_months INTEGER,
    course_title    VARCHAR(300),
    valid_until     DATE,
    counting_at     TIMESTAMP WITH TIME ZONE,
    -- its Dutch calendar day (as completion_fact.completed_on), which the figures compare with due
    -- dates; as days since 1970-01-01, since 60,000 JDBC DATEs cost a calendar each to read
    counting_day    INTEGER GENERATED ALWAYS AS ((counting_at AT TIME ZONE 'Europe/Amsterdam')::date - DATE '1970-01-01') STORED,
    -- the figures read (subject, course, counting_day) of one organisation from this index alone
    CONSTRAINT completion_latest_pkey PRIMARY KEY (organisation_id, learner_subject, course_id) INCLUDE (counting_day)
);
-- the expiring certificates: one organisation's certificates ending within a range of days
CREATE INDEX completion_latest_expiry ON organisations.completion_latest (organisation_id, valid_until)
    INCLUDE (learner_subject, course_id, course_title) WHERE valid_until IS NOT NULL;

-- The lock that orders completions against version decisions and default-validity changes of one organisation.
CREATE FUNCTION organisations.completion_latest_lock(organisation BIGINT, exclusive BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql AS $$
BEGIN
    IF exclusive THEN
        PERFORM pg_advisory_xact_lock(hashtext('organisations.completion_latest'), hashtext(organisation::text));
    ELSE
        PERFORM pg_advisory_xact_lock_shared(hashtext('organisations.completion_latest'), hashtext(organisation::text));
    END IF;
END $$;

-- One (organisation, person, course) recomputed from the facts (after a delete or an update of a fact).
CREATE FUNCTION organisations.completion_latest_refresh(organisation BIGINT, subject VARCHAR, course BIGINT) RETURNS VOID
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM organisations.completion_latest l
    WHERE l.organisation_id = organisation AND l.learner_subject = subject AND l.course_id = course;
    INSERT INTO organisations.completion_latest (organisation_id, learner_subject, course_id, latest_fact_id, latest_at,
                                                 completed_on, validity_months, course_title, valid_until, counting_at)
    SELECT f.organisation_id, f.learner_subject, f.course_id, f.id, f.completed_at, f.completed_on, f.validity_months,
           f.course_title,
           CAST(f.completed_on + make_interval(months => COALESCE(f.validity_months, o.certificate_validity_months)) AS DATE),
           (SELECT max(g.completed_at) FROM organisations.completion_fact g
            WHERE g.organisation_id = f.organisation_id AND g.learner_subject = f.learner_subject AND g.course_id = f.course_id
              AND NOT EXISTS (SELECT 1 FROM organisations.course_version_policy p WHERE p.organisation_id = g.organisation_id
                              AND p.course_id = g.course_id AND p.minimum_version > g.course_version))
    FROM organisations.completion_fact f
         JOIN organisations.organisation o ON o.id = f.organisation_id
    WHERE f.organisation_id = organisation AND f.learner_subject = subject AND f.course_id = course
    ORDER BY f.completed_at DESC, f.id DESC
    LIMIT 1;
END $$;

CREATE FUNCTION organisations.completion_latest_on_fact() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    counts BOOLEAN;
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM organisations.completion_latest_lock(NEW.organisation_id, FALSE);
        counts := NOT EXISTS (SELECT 1 FROM organisations.course_version_policy p WHERE p.organisation_id = NEW.organisation_id
                              AND p.course_id = NEW.course_id AND p.minimum_version > NEW.course_version);
        INSERT INTO organisations.completion_latest AS l (organisation_id, learner_subject, course_id, latest_fact_id, latest_at,
                                                          completed_on, validity_months, course_title, valid_until, counting_at)
        SELECT NEW.organisation_id, NEW.learner_subject, NEW.course_id, NEW.id, NEW.completed_at, NEW.completed_on,
               NEW.validity_months, NEW.course_title,
               CAST(NEW.completed_on + make_interval(months => COALESCE(NEW.validity_months, o.certificate_validity_months)) AS DATE),
               CASE WHEN counts THEN NEW.completed_at END
        FROM organisations.organisation o WHERE o.id = NEW.organisation_id
        ON CONFLICT (organisation_id, learner_subject, course_id) DO UPDATE SET
            latest_fact_id  = CASE WHEN (EXCLUDED.latest_at, EXCLUDED.latest_fact_id) > (l.latest_at, l.latest_fact_id)
                                   THEN EXCLUDED.latest_fact_id ELSE l.latest_fact_id END,
            latest_at       = CASE WHEN (EXCLUDED.latest_at, EXCLUDED.latest_fact_id) > (l.latest_at, l.latest_fact_id)
                                   THEN EXCLUDED.latest_at ELSE l.latest_at END,
            completed_on    = CASE WHEN (EXCLUDED.latest_at, EXCLUDED.latest_fact_id) > (l.latest_at, l.latest_fact_id)
                                   THEN EXCLUDED.completed_on ELSE l.completed_on END,
            validity_months = CASE WHEN (EXCLUDED.latest_at, EXCLUDED.latest_fact_id) > (l.latest_at, l.latest_fact_id)
                                   THEN EXCLUDED.validity_months ELSE l.validity_months END,
            course_title    = CASE WHEN (EXCLUDED.latest_at, EXCLUDED.latest_fact_id) > (l.latest_at, l.latest_fact_id)
                                   THEN EXCLUDED.course_title ELSE l.course_title END,
            valid_until     = CASE WHEN (EXCLUDED.latest_at, EXCLUDED.latest_fact_id) > (l.latest_at, l.latest_fact_id)
                                   THEN EXCLUDED.valid_until ELSE l.valid_until END,
            counting_at     = GREATEST(l.counting_at, EXCLUDED.counting_at);
        RETURN NULL;
    END IF;
    -- facts are never updated or deleted by the product; a script or a test that does is followed all the same
    PERFORM organisations.completion_latest_lock(OLD.organisation_id, FALSE);
    PERFORM organisations.completion_latest_refresh(OLD.organisation_id, OLD.learner_subject, OLD.course_id);
    IF TG_OP = 'UPDATE' AND (NEW.organisation_id, NEW.learner_subject, NEW.course_id)
            IS DISTINCT FROM (OLD.organisation_id, OLD.learner_subject, OLD.course_id) THEN
        PERFORM organisations.completion_latest_lock(NEW.organisation_id, FALSE);
        PERFORM organisations.completion_latest_refresh(NEW.organisation_id, NEW.learner_subject, NEW.course_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER completion_latest_on_fact AFTER INSERT OR UPDATE OR DELETE ON organisations.completion_fact
    FOR EACH ROW EXECUTE FUNCTION organisations.completion_latest_on_fact();

-- A version decision: which completions count changed for one course of one organisation.
CREATE FUNCTION organisations.completion_latest_on_policy() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    organisation BIGINT;
    course BIGINT;
    minimum INTEGER;
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.organisation_id, OLD.course_id) IS DISTINCT FROM (NEW.organisation_id, NEW.course_id) THEN
        RAISE EXCEPTION 'course_version_policy keys are not updated';
    END IF;
    IF TG_OP = 'DELETE' THEN
        organisation := OLD.organisation_id;
        course := OLD.course_id;
    ELSE
        organisation := NEW.organisation_id;
        course := NEW.course_id;
    END IF;
    PERFORM organisations.completion_latest_lock(organisation, TRUE);
    minimum := COALESCE((SELECT p.minimum_version FROM organisations.course_version_policy p
                         WHERE p.organisation_id = organisation AND p.course_id = course), 1);
    UPDATE organisations.completion_latest l SET counting_at = c.counting_at
    FROM (SELECT f.learner_subject, max(f.completed_at) FILTER (WHERE f.course_version >= minimum) AS counting_at
          FROM organisations.completion_fact f
          WHERE f.organisation_id = organisation AND f.course_id = course
          GROUP BY f.learner_subject) c
    WHERE l.organisation_id = organisation AND l.course_id = course AND l.learner_subject = c.learner_subject
      AND l.counting_at IS DISTINCT FROM c.counting_at;
    RETURN NULL;
END $$;

CREATE TRIGGER completion_latest_on_policy_insert AFTER INSERT ON organisations.course_version_policy
    FOR EACH ROW WHEN (NEW.minimum_version > 1) EXECUTE FUNCTION organisations.completion_latest_on_policy();
CREATE TRIGGER completion_latest_on_policy_update AFTER UPDATE ON organisations.course_version_policy
    FOR EACH ROW WHEN ((OLD.organisation_id, OLD.course_id, OLD.minimum_version)
                       IS DISTINCT FROM (NEW.organisation_id, NEW.course_id, NEW.minimum_version))
    EXECUTE FUNCTION organisations.completion_latest_on_policy();
CREATE TRIGGER completion_latest_on_policy_delete AFTER DELETE ON organisations.course_version_policy
    FOR EACH ROW WHEN (OLD.minimum_version > 1) EXECUTE FUNCTION organisations.completion_latest_on_policy();

-- The organisation's default validity changed: certificates of courses without their own validity end on another day.
CREATE FUNCTION organisations.completion_latest_on_default_validity() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM organisations.completion_latest_lock(NEW.id, TRUE);
    UPDATE organisations.completion_latest l
    SET valid_until = CAST(l.completed_on + make_interval(months => NEW.certificate_validity_months) AS DATE)
    WHERE l.organisation_id = NEW.id AND l.validity_months IS NULL;
    RETURN NULL;
END $$;

CREATE TRIGGER completion_latest_on_default_validity AFTER UPDATE OF certificate_validity_months ON organisations.organisation
    FOR EACH ROW WHEN (OLD.certificate_validity_months IS DISTINCT FROM NEW.certificate_validity_months)
    EXECUTE FUNCTION organisations.completion_latest_on_default_validity();

-- Backfill from the facts recorded so far (the triggers above keep it from here on).
INSERT INTO organisations.completion_latest (organisation_id, learner_subject, course_id, latest_fact_id, latest_at, completed_on,
                                             validity_months, course_title, valid_until, counting_at)
SELECT l.organisation_id, l.learner_subject, l.course_id, l.id, l.completed_at, l.completed_on, l.validity_months, l.course_title,
       CAST(l.completed_on + make_interval(months => COALESCE(l.validity_months, o.certificate_validity_months)) AS DATE),
       c.counting_at
FROM (SELECT DISTINCT ON (f.organisation_id, f.learner_subject, f.course_id) f.*
      FROM organisations.completion_fact f
      ORDER BY f.organisation_id, f.learner_subject, f.course_id, f.completed_at DESC, f.id DESC) l
     JOIN organisations.organisation o ON o.id = l.organisation_id
     LEFT JOIN (SELECT f.organisation_id, f.learner_subject, f.course_id, max(f.completed_at) AS counting_at
                FROM organisations.completion_fact f
                WHERE NOT EXISTS (SELECT 1 FROM organisations.course_version_policy p WHERE p.organisation_id = f.organisation_id
                                  AND p.course_id = f.course_id AND p.minimum_version > f.course_version)
                GROUP BY f.organisation_id, f.learner_subject, f.course_id) c
         ON c.organisation_id = l.organisation_id AND c.learner_subject = l.learner_subject AND c.course_id = l.course_id;

ANALYZE organisations.completion_latest;
