-- A department created, renamed or removed changes the dashboard's labels and the department tree,
-- not whom an assignment reaches: a new department has no members yet, a removed one had none (the
-- product removes empty departments only; the foreign keys refuse anything else), and a rename moves
-- nobody. So such a change no longer makes a server compute the whole completion part again (~150 ms
-- for 10,000 staff): it reads the departments again for the paths and the tree, and keeps every
-- department's figures (docs/adr/0011). Only a department moved to another parent — which changes who
-- lies under a department that an assignment targets — still counts as a change of everything.
--
-- * dashboard_revision.tree_at: the figures number of the last such change.
ALTER TABLE organisations.dashboard_revision
    ADD COLUMN tree_at BIGINT NOT NULL DEFAULT 0;

CREATE OR REPLACE FUNCTION organisations.dashboard_note_all(organisation BIGINT, what TEXT) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    raised_to BIGINT := organisations.dashboard_raised(organisation);
    flag      TEXT := 'signaal.dashboard_noted_' || what || '_' || organisation;
BEGIN
    IF raised_to IS NULL OR COALESCE(current_setting(flag, TRUE), '') <> '' THEN
        RETURN;
    END IF;
    IF what = 'trend' THEN
        UPDATE organisations.dashboard_revision SET trend_at = raised_to WHERE organisation_id = organisation;
    ELSIF what = 'tree' THEN
        UPDATE organisations.dashboard_revision SET tree_at = raised_to WHERE organisation_id = organisation;
    ELSE
        UPDATE organisations.dashboard_revision SET everything_at = raised_to WHERE organisation_id = organisation;
    END IF;
    PERFORM set_config(flag, 'yes', TRUE);
END $$;

-- the department tree: moved departments change everything, the rest only the tree and its labels
CREATE FUNCTION organisations.dashboard_on_department() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.parent_id IS DISTINCT FROM NEW.parent_id OR OLD.organisation_id <> NEW.organisation_id) THEN
        PERFORM organisations.dashboard_note_all(OLD.organisation_id, 'everything');
        PERFORM organisations.dashboard_note_all(NEW.organisation_id, 'everything');
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM organisations.dashboard_note_all(OLD.organisation_id, 'tree');
    ELSE
        PERFORM organisations.dashboard_note_all(NEW.organisation_id, 'tree');
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER zz_dashboard_revision ON organisations.department;
CREATE CONSTRAINT TRIGGER zz_dashboard_revision AFTER INSERT OR UPDATE OR DELETE ON organisations.department
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION organisations.dashboard_on_department();

CREATE OR REPLACE VIEW organisations.dashboard_revisions AS
SELECT o.id AS organisation_id,
       COALESCE(r.revision, 0) AS figures,
       COALESCE((SELECT sum(s.revision) FROM organisations.signal_revision s WHERE s.organisation_id = o.id), 0)::BIGINT AS signals,
       (SELECT l.revision FROM organisations.signal_label_revision l) AS labels,
       COALESCE(r.everything_at, 0) AS everything_at,
       COALESCE(r.trend_at, 0) AS trend_at,
       COALESCE(r.courses_at, 0) AS courses_at,
       COALESCE(r.tree_at, 0) AS tree_at
FROM organisations.organisation o
LEFT JOIN organisations.dashboard_revision r ON r.organisation_id = o.id;
