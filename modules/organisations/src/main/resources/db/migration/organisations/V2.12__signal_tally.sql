-- The signals heat map of a large organisation (issue 5, Performance; docs/adr/0009): it joined
-- every judgement of the organisation (83,000 for 10,000 staff) with the members and grouped them
-- on every load (130 + 60 ms). This table holds the grouped answer: per organisation × course ×
-- signal × group how many people judged the signal and how many of them missed it at least once.
-- The group is what the heat map shows: the department of an active member, or NULL for active
-- members without a department and for people without a member row (the heat map puts both under
-- "no department"); deactivated members are in no group. The privacy rules (groups under five,
-- derivable totals) stay in Java (SignalHeatMaps): this table only counts.
--
-- Kept by the database in the same transaction as what it counts — triggers on signal_judgement
-- (a new row; "missed" switched on) and on member (created for someone who already judged signals,
-- moved to another department, deactivated, reactivated, removed) — so no code path and no test
-- probe can leave it behind.
--
-- Races: a judgement and a change of that person's member row committing at the same time could
-- each miss the other. The judgement trigger takes a shared, the member trigger an exclusive
-- transaction-scoped advisory lock on (organisation, person), so they serialise. Row locks on the
-- tally are taken in the order course, signal, group (SignalRecorder sorts an answer's signals),
-- so a learner's answer and an org admin's member change do not deadlock each other.
CREATE TABLE organisations.signal_tally (
    organisation_id BIGINT      NOT NULL REFERENCES organisations.organisation (id),
    course_id       BIGINT      NOT NULL,
    signal_id       VARCHAR(64) NOT NULL,
    department_id   BIGINT,
    people          INTEGER     NOT NULL CHECK (people >= 0),
    missed          INTEGER     NOT NULL CHECK (missed >= 0 AND missed <= people),
    -- the upserts' conflict target, and the heat map's read of one organisation from the index alone
    CONSTRAINT signal_tally_group UNIQUE NULLS NOT DISTINCT (organisation_id, course_id, signal_id, department_id)
        INCLUDE (people, missed)
);

-- A member change looks up that person's judgements (the unique index leads with course and signal).
CREATE INDEX signal_judgement_subject ON organisations.signal_judgement (learner_subject, organisation_id);

CREATE FUNCTION organisations.signal_tally_lock(organisation BIGINT, subject VARCHAR, exclusive BOOLEAN) RETURNS VOID
    LANGUAGE plpgsql AS $$
BEGIN
    IF exclusive THEN
        PERFORM pg_advisory_xact_lock(hashtext('organisations.signal_tally'), hashtext(organisation::text || '/' || subject));
    ELSE
        PERFORM pg_advisory_xact_lock_shared(hashtext('organisations.signal_tally'), hashtext(organisation::text || '/' || subject));
    END IF;
END $$;

CREATE FUNCTION organisations.signal_tally_add(organisation BIGINT, course BIGINT, signal VARCHAR, department BIGINT,
                                               people INTEGER, missed INTEGER) RETURNS VOID
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO organisations.signal_tally AS t (organisation_id, course_id, signal_id, department_id, people, missed)
    VALUES (organisation, course, signal, department, people, missed)
    ON CONFLICT (organisation_id, course_id, signal_id, department_id)
        DO UPDATE SET people = t.people + EXCLUDED.people, missed = t.missed + EXCLUDED.missed;
END $$;

-- Whose figures a person's judgements are in: counted (not a deactivated member) and which group.
CREATE FUNCTION organisations.signal_tally_group(organisation BIGINT, subject VARCHAR, OUT counted BOOLEAN, OUT department BIGINT)
    LANGUAGE plpgsql AS $$
DECLARE
    is_active BOOLEAN;
    member_department BIGINT;
BEGIN
    SELECT m.active, m.department_id INTO is_active, member_department
    FROM organisations.member m WHERE m.organisation_id = organisation AND m.keycloak_user_id = subject;
    IF NOT FOUND THEN
        counted := TRUE;
        department := NULL;
    ELSE
        counted := is_active;
        department := CASE WHEN is_active THEN member_department END;
    END IF;
END $$;

CREATE FUNCTION organisations.signal_tally_on_judgement() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    g RECORD;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM organisations.signal_tally_lock(OLD.organisation_id, OLD.learner_subject, FALSE);
        g := organisations.signal_tally_group(OLD.organisation_id, OLD.learner_subject);
        IF g.counted THEN
            PERFORM organisations.signal_tally_add(OLD.organisation_id, OLD.course_id, OLD.signal_id, g.department,
                                                   -1, -(OLD.missed::int));
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM organisations.signal_tally_lock(NEW.organisation_id, NEW.learner_subject, FALSE);
        g := organisations.signal_tally_group(NEW.organisation_id, NEW.learner_subject);
        IF g.counted THEN
            PERFORM organisations.signal_tally_add(NEW.organisation_id, NEW.course_id, NEW.signal_id, g.department,
                                                   1, NEW.missed::int);
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER signal_tally_on_judgement_insert AFTER INSERT ON organisations.signal_judgement
    FOR EACH ROW EXECUTE FUNCTION organisations.signal_tally_on_judgement();
-- SignalRecorder's upsert rewrites first_at/last_at on every answer: only a changed flag or key matters
CREATE TRIGGER signal_tally_on_judgement_update AFTER UPDATE ON organisations.signal_judgement
    FOR EACH ROW WHEN ((OLD.organisation_id, OLD.learner_subject, OLD.course_id, OLD.signal_id, OLD.missed)
                       IS DISTINCT FROM (NEW.organisation_id, NEW.learner_subject, NEW.course_id, NEW.signal_id, NEW.missed))
    EXECUTE FUNCTION organisations.signal_tally_on_judgement();
CREATE TRIGGER signal_tally_on_judgement_delete AFTER DELETE ON organisations.signal_judgement
    FOR EACH ROW EXECUTE FUNCTION organisations.signal_tally_on_judgement();

-- A person's judgements move from one group to another (or into or out of the figures).
CREATE FUNCTION organisations.signal_tally_move(organisation BIGINT, subject VARCHAR, from_counted BOOLEAN, from_department BIGINT,
                                                to_counted BOOLEAN, to_department BIGINT) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    j RECORD;
    from_first BOOLEAN;
BEGIN
    IF from_counted = to_counted AND from_department IS NOT DISTINCT FROM to_department THEN
        RETURN;
    END IF;
    PERFORM organisations.signal_tally_lock(organisation, subject, TRUE);
    -- per course and signal, the two groups in one fixed order (no department first, then by id)
    from_first := from_department IS NULL OR (to_department IS NOT NULL AND from_department < to_department);
    FOR j IN SELECT s.course_id, s.signal_id, s.missed FROM organisations.signal_judgement s
             WHERE s.learner_subject = subject AND s.organisation_id = organisation
             ORDER BY s.course_id, s.signal_id LOOP
        IF from_first AND from_counted THEN
            PERFORM organisations.signal_tally_add(organisation, j.course_id, j.signal_id, from_department, -1, -(j.missed::int));
        END IF;
        IF to_counted THEN
            PERFORM organisations.signal_tally_add(organisation, j.course_id, j.signal_id, to_department, 1, j.missed::int);
        END IF;
        IF NOT from_first AND from_counted THEN
            PERFORM organisations.signal_tally_add(organisation, j.course_id, j.signal_id, from_department, -1, -(j.missed::int));
        END IF;
    END LOOP;
END $$;

CREATE FUNCTION organisations.signal_tally_on_member() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        -- until now a person without a member row: counted under "no department"
        PERFORM organisations.signal_tally_move(NEW.organisation_id, NEW.keycloak_user_id, TRUE, NULL,
                                                NEW.active, CASE WHEN NEW.active THEN NEW.department_id END);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM organisations.signal_tally_move(OLD.organisation_id, OLD.keycloak_user_id,
                                                OLD.active, CASE WHEN OLD.active THEN OLD.department_id END, TRUE, NULL);
    ELSIF (OLD.organisation_id, OLD.keycloak_user_id) IS DISTINCT FROM (NEW.organisation_id, NEW.keycloak_user_id) THEN
        PERFORM organisations.signal_tally_move(OLD.organisation_id, OLD.keycloak_user_id,
                                                OLD.active, CASE WHEN OLD.active THEN OLD.department_id END, TRUE, NULL);
        PERFORM organisations.signal_tally_move(NEW.organisation_id, NEW.keycloak_user_id, TRUE, NULL,
                                                NEW.active, CASE WHEN NEW.active THEN NEW.department_id END);
    ELSE
        PERFORM organisations.signal_tally_move(NEW.organisation_id, NEW.keycloak_user_id,
                                                OLD.active, CASE WHEN OLD.active THEN OLD.department_id END,
                                                NEW.active, CASE WHEN NEW.active THEN NEW.department_id END);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER signal_tally_on_member_insert AFTER INSERT ON organisations.member
    FOR EACH ROW EXECUTE FUNCTION organisations.signal_tally_on_member();
-- a new name or e-mail address changes nothing in the figures
CREATE TRIGGER signal_tally_on_member_update AFTER UPDATE ON organisations.member
    FOR EACH ROW WHEN ((OLD.organisation_id, OLD.keycloak_user_id, OLD.active, OLD.department_id)
                       IS DISTINCT FROM (NEW.organisation_id, NEW.keycloak_user_id, NEW.active, NEW.department_id))
    EXECUTE FUNCTION organisations.signal_tally_on_member();
CREATE TRIGGER signal_tally_on_member_delete AFTER DELETE ON organisations.member
    FOR EACH ROW EXECUTE FUNCTION organisations.signal_tally_on_member();

-- Backfill from the judgements recorded so far (the triggers above keep it from here on).
INSERT INTO organisations.signal_tally (organisation_id, course_id, signal_id, department_id, people, missed)
SELECT j.organisation_id, j.course_id, j.signal_id, CASE WHEN m.id IS NOT NULL THEN m.department_id END,
       count(*), count(*) FILTER (WHERE j.missed)
FROM organisations.signal_judgement j
     LEFT JOIN organisations.member m ON m.organisation_id = j.organisation_id AND m.keycloak_user_id = j.learner_subject
WHERE m.id IS NULL OR m.active
GROUP BY 1, 2, 3, 4;

ANALYZE organisations.signal_tally;
