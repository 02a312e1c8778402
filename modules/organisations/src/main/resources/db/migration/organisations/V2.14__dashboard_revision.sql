-- The dashboard's completion figures, expiring certificates and trend of a large organisation take
-- ~150 ms to read and compute (10,000 staff, 59,000 person × course rows), while they only change
-- when the organisation's people, departments, assignments or completions change — rarely next to
-- how often an admin opens the dashboard. So the application keeps the last computed figures per
-- organisation in memory, and this table tells it whether they still hold: one number per
-- organisation, raised in the same transaction as every change the figures are computed from
-- (docs/adr/0010). A dashboard load reads the number first; figures computed after reading number
-- N are served again only while the number is still N. Since the raise commits atomically with
-- the change, no load can see the new number without the change, or the change without the new
-- number — whichever server computed the figures, and however they got there (the product, a
-- script, a test writing SQL). The signals heat map is not cached: answers change it all day.
--
-- One raise per organisation per transaction (a flag in a transaction-local setting): an import of
-- 1,000 members writes the row once. The raise runs when the transaction commits (deferred
-- constraint triggers), after everything else it does: the row is the last lock the transaction
-- takes, held only for the commit, so a transaction holding it never waits for another lock —
-- no deadlock can run through it. Two transactions changing one organisation's figures commit one
-- after the other; they are the rare writes (completions, member and assignment administration),
-- never answers. An organisation removed in the same transaction gets no row.
CREATE TABLE organisations.dashboard_revision (
    organisation_id BIGINT NOT NULL PRIMARY KEY REFERENCES organisations.organisation (id) ON DELETE CASCADE,
    revision        BIGINT NOT NULL
);

CREATE FUNCTION organisations.dashboard_revision_raise(organisation BIGINT) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    flag TEXT := 'signaal.dashboard_revision_raised_' || organisation;
BEGIN
    IF organisation IS NULL OR current_setting(flag, TRUE) = 'yes' THEN
        RETURN;
    END IF;
    INSERT INTO organisations.dashboard_revision AS r (organisation_id, revision)
    SELECT o.id, 1 FROM organisations.organisation o WHERE o.id = organisation
    ON CONFLICT (organisation_id) DO UPDATE SET revision = r.revision + 1;
    -- transaction-local: reverted with the transaction (or the savepoint) that set it
    PERFORM set_config(flag, 'yes', TRUE);
END $$;

CREATE FUNCTION organisations.dashboard_revision_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM organisations.dashboard_revision_raise(OLD.organisation_id);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM organisations.dashboard_revision_raise(NEW.organisation_id);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION organisations.dashboard_revision_on_organisation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM organisations.dashboard_revision_raise(NEW.id);
    RETURN NULL;
END $$;

-- who is counted, in which department, with which sector and job
CREATE CONSTRAINT TRIGGER zz_dashboard_revision AFTER INSERT OR UPDATE OR DELETE ON organisations.member
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisations.dashboard_revision_on_change();
-- the department tree: labels, and which members a department assignment reaches
CREATE CONSTRAINT TRIGGER zz_dashboard_revision AFTER INSERT OR UPDATE OR DELETE ON organisations.department
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisations.dashboard_revision_on_change();
-- what is assigned to whom, due when, recurring how
CREATE CONSTRAINT TRIGGER zz_dashboard_revision AFTER INSERT OR UPDATE OR DELETE ON organisations.assignment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisations.dashboard_revision_on_change();
-- the trend (completions per day)
CREATE CONSTRAINT TRIGGER zz_dashboard_revision AFTER INSERT OR UPDATE OR DELETE ON organisations.completion_fact
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisations.dashboard_revision_on_change();
-- who is done, whose certificate expires when: also after a version decision or a new default validity,
-- which the triggers of V2.11 carry into this table
CREATE CONSTRAINT TRIGGER zz_dashboard_revision AFTER INSERT OR UPDATE OR DELETE ON organisations.completion_latest
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisations.dashboard_revision_on_change();
CREATE CONSTRAINT TRIGGER zz_dashboard_revision AFTER INSERT OR UPDATE OR DELETE ON organisations.course_version_policy
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisations.dashboard_revision_on_change();
-- the organisation's settings (the default validity, among others)
CREATE CONSTRAINT TRIGGER zz_dashboard_revision AFTER UPDATE ON organisations.organisation
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisations.dashboard_revision_on_organisation();
