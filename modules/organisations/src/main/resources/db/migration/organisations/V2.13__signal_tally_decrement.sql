-- V2.12's signal_tally_add took a person out of a group with the same upsert that puts one in:
-- INSERT … VALUES (…, -1, …) ON CONFLICT DO UPDATE. PostgreSQL checks the CHECK constraints of the
-- proposed row before it looks for the conflict, so every decrement (a judgement turning into
-- "missed", a member moved or deactivated, a judgement removed) failed on people >= 0. Taking out
-- is an UPDATE of the row that must be there; a missing row means the tally no longer matches the
-- judgements, which is an error, never a silent zero.
CREATE OR REPLACE FUNCTION organisations.signal_tally_add(organisation BIGINT, course BIGINT, signal VARCHAR, department BIGINT,
                                                          people INTEGER, missed INTEGER) RETURNS VOID
    LANGUAGE plpgsql AS $$
BEGIN
    IF people < 0 OR missed < 0 THEN
        UPDATE organisations.signal_tally t SET people = t.people + signal_tally_add.people, missed = t.missed + signal_tally_add.missed
        WHERE t.organisation_id = organisation AND t.course_id = course AND t.signal_id = signal
          AND t.department_id IS NOT DISTINCT FROM department;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'signal_tally has no row for organisation %, course %, signal %, department % to take from',
                organisation, course, signal, department;
        END IF;
    ELSE
        INSERT INTO organisations.signal_tally AS t (organisation_id, course_id, signal_id, department_id, people, missed)
        VALUES (organisation, course, signal, department, people, missed)
        ON CONFLICT (organisation_id, course_id, signal_id, department_id)
            DO UPDATE SET people = t.people + EXCLUDED.people, missed = t.missed + EXCLUDED.missed;
    END IF;
END $$;
