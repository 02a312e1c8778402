-- The signals heat map of a large organisation takes ~40 ms to read and compute (22,600 tally rows
-- for 10,000 staff) and changes only when someone judges a signal for the first time, misses one
-- they had recognised, or moves between departments. Like the completion part (V2.14), the
-- application keeps the last heat map per organisation with numbers read before computing it
-- (docs/adr/0010), and computes it again only when they changed:
--   * signal_revision: raised with every change of the organisation's signal_tally. Answers change
--     the tally all day, from many learners at once, so one row per organisation would make their
--     transactions commit one after the other. The number is spread over 16 rows per organisation
--     (the row by the database connection, pg_backend_pid() % 16 — two transactions running at
--     the same time are on two connections), and the organisation's number is their sum. Every
--     committed change adds at least 1 and nothing subtracts, so an unchanged sum means no change
--     committed in between.
--   * signal_label_revision: raised when the wording of a signal or a course title changes, or a
--     signal is judged for the first time anywhere — the labels are shared by every organisation.
--     Row triggers: SignalRecorder's INSERT … ON CONFLICT DO NOTHING on every answer fires none
--     unless a label is new, and its UPDATE matches only a changed wording.
-- dashboard_revisions: the three numbers of each organisation, read in one statement per load.
CREATE TABLE organisations.signal_revision (
    organisation_id BIGINT  NOT NULL REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    shard           INTEGER NOT NULL CHECK (shard BETWEEN 0 AND 15),
    revision        BIGINT  NOT NULL,
    PRIMARY KEY (organisation_id, shard)
);

CREATE TABLE organisations.signal_label_revision (
    singleton BOOLEAN NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    revision  BIGINT  NOT NULL
);
INSERT INTO organisations.signal_label_revision (singleton, revision) VALUES (TRUE, 0);

CREATE FUNCTION organisations.signal_revision_on_tally() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    organisation BIGINT;
    flag TEXT;
BEGIN
    FOR organisation IN SELECT DISTINCT o FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN OLD.organisation_id END,
            CASE WHEN TG_OP <> 'DELETE' THEN NEW.organisation_id END]) AS o WHERE o IS NOT NULL LOOP
        flag := 'signaal.signal_revision_raised_' || organisation;
        -- once per organisation per transaction (transaction-local: reverted with it)
        CONTINUE WHEN current_setting(flag, TRUE) = 'yes';
        INSERT INTO organisations.signal_revision AS r (organisation_id, shard, revision)
        SELECT o.id, pg_backend_pid() % 16, 1 FROM organisations.organisation o WHERE o.id = organisation
        ON CONFLICT (organisation_id, shard) DO UPDATE SET revision = r.revision + 1;
        PERFORM set_config(flag, 'yes', TRUE);
    END LOOP;
    RETURN NULL;
END $$;

-- when the transaction commits, after all its tally rows are locked (see V2.14: the last lock taken,
-- so two answers on connections that share a row never wait for each other in a circle)
CREATE CONSTRAINT TRIGGER zz_signal_revision AFTER INSERT OR UPDATE OR DELETE ON organisations.signal_tally
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisations.signal_revision_on_tally();

CREATE FUNCTION organisations.signal_label_revision_on_label() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE organisations.signal_label_revision SET revision = revision + 1;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER zz_signal_label_revision AFTER INSERT OR UPDATE OR DELETE ON organisations.signal_label
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisations.signal_label_revision_on_label();

CREATE VIEW organisations.dashboard_revisions AS
SELECT o.id AS organisation_id,
       COALESCE((SELECT r.revision FROM organisations.dashboard_revision r WHERE r.organisation_id = o.id), 0) AS figures,
       COALESCE((SELECT sum(s.revision) FROM organisations.signal_revision s WHERE s.organisation_id = o.id), 0)::BIGINT AS signals,
       (SELECT l.revision FROM organisations.signal_label_revision l) AS labels
FROM organisations.organisation o;
