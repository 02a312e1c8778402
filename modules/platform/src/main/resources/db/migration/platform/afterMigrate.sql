-- Flyway callback, run after every migration run (idempotent).
-- EclipseLink reads a sequence value v (allocationSize 50) as the block of ids v-49 .. v and refuses a
-- first value below 50 ("sequence setup incorrectly"), so a sequence created "START 1 INCREMENT 50"
-- fails the first insert. Every context's sequence that nobody has used yet starts at 1000 instead:
-- past the allocation size and past the explicit ids that seed migrations hand out.
DO $$
DECLARE
    s RECORD;
BEGIN
    FOR s IN SELECT schemaname, sequencename FROM pg_sequences
             WHERE schemaname IN ('platform', 'organisations', 'routes', 'catalogue', 'learning', 'certificates')
               AND increment_by = 50 AND last_value IS NULL
    LOOP
        EXECUTE format('SELECT setval(%L, 1000, false)', s.schemaname || '.' || s.sequencename);
    END LOOP;
END
$$;
