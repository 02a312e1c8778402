-- The dashboard of a large organisation (issue 5, Performance; measured by the dashboard benchmark,
-- modules/organisations -Pbenchmark). An organisation's facts and judgements arrive interleaved
-- with every other organisation's, so its rows lie scattered over the whole table: reading them
-- through the heap touches about one page per row (83,000 pages for 10,000 staff among 2,000
-- organisations). These indexes carry every column the dashboard's statements read, so PostgreSQL
-- answers them from the index alone (index-only scans; autovacuum keeps the visibility map of
-- these append-mostly tables current). Each replaces a narrower index on the same leading columns.
-- No query changes: the same statements, the same results.

-- Latest completion per person and course, certificates expiring (and the "no newer completion"
-- check): completion_fact_latest plus the columns the expiry date and title come from.
CREATE INDEX completion_fact_per_subject ON organisations.completion_fact
    (organisation_id, learner_subject, course_id, completed_at) INCLUDE (completed_on, validity_months, course_title);
DROP INDEX organisations.completion_fact_latest;

-- Completions per day (the trend counts ids).
CREATE INDEX completion_fact_per_day ON organisations.completion_fact (organisation_id, completed_on) INCLUDE (id);
DROP INDEX organisations.completion_fact_trend;

-- The heat map: per course and signal, who judged it and whether they missed it.
CREATE INDEX signal_judgement_heat_map ON organisations.signal_judgement
    (organisation_id, course_id, signal_id, learner_subject) INCLUDE (missed, id);

-- Members as the dashboard reads them: the active audience (id, department, sector, job), and the
-- joins on the Keycloak id (active members' departments; "is this person a member at all").
CREATE INDEX member_subject_dashboard ON organisations.member
    (organisation_id, keycloak_user_id) INCLUDE (active, department_id, id, sector, job);
DROP INDEX organisations.member_subject_active_idx;
