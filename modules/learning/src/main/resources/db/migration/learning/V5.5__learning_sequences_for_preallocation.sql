-- EclipseLink reads a sequence value v (allocationSize 50) as the block of ids v-49 .. v and refuses
-- a first value below 50 ("sequence setup incorrectly"). V5.1 created the sequences with START 1, so
-- the first insert of each kind failed once. A sequence nobody has used yet now starts at 50; one already
-- used hands out 51, 101, … next, which is fine as it is.
DO $$
DECLARE
    seq TEXT;
BEGIN
    FOREACH seq IN ARRAY ARRAY['course_seq', 'course_version_seq', 'attempt_seq', 'attempt_event_seq',
                               'lesson_view_seq', 'completion_seq'] LOOP
        EXECUTE format('SELECT setval(%L, 50, false) FROM learning.%I WHERE NOT is_called', 'learning.' || seq, seq);
    END LOOP;
END
$$;
