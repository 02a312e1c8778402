-- The dashboard benchmark's data (issue 5, Performance): 2,000 organisations, one of them with
-- 10,000 staff, about 300,000 members in all, and 5,000,000 attempt/completion rows — the
-- organisations context's completion_fact and signal_judgement rows, the dashboard's inputs.
-- All in SQL (generate_series), seeded, so every run with the same parameters builds the same
-- data. Run by DashboardData after the module's own migrations, in an embedded PostgreSQL that
-- holds nothing else: it never touches the product's database.
--
-- Parameters (replaced by DashboardData before it runs): ${organisations} organisations in all,
-- ${largeStaff} staff in the large one (the organisation measured), ${members} members in all,
-- ${rows} completion_fact + signal_judgement rows in all (half each).
--
-- Ids: organisations 1001.., departments 100001.., members 1000001.., facts 10000001..;
-- the demo organisations of V2.2 (ids 1–3) stay as they are. Organisation 1001 is the large one
-- (code bench-groot), 1002 a small one of 25 staff (bench-klein) for the statement count; the
-- others get 5 to a few hundred staff each, most of them small.
--
-- Statements are separated by a semicolon at the end of a line.

SELECT setseed(0.20240401);

-- Twelve courses, most-taken first; a certificate is valid 24 months, 12 for two of them, and for
-- one the course names no validity (the organisation's default applies).
CREATE TEMPORARY TABLE bench_course AS
SELECT n, 9000 + n AS id, title,
       CASE WHEN n IN (3, 7) THEN 12 WHEN n = 12 THEN NULL ELSE 24 END AS validity
FROM unnest(ARRAY['Mensenhandel herkennen: de basis', 'Arbeidsuitbuiting in de zorg', 'Signalen bij de receptie',
    'Seksuele uitbuiting herkennen', 'Criminele uitbuiting van jongeren', 'Melden: waar en hoe',
    'Loverboys en grooming', 'Uitbuiting in transport en logistiek', 'Schuldslavernij en dwang',
    'Gesprekken voeren bij vermoedens', 'Mensenhandel in de land- en tuinbouw', 'Opfriscursus signalen']) WITH ORDINALITY AS c(title, n);

-- Ten signals per course; how often staff miss one differs per signal (5 % to 60 %).
CREATE TEMPORARY TABLE bench_signal AS
SELECT n, id, label_nl, label_en
FROM unnest(ARRAY['geen-identiteitsbewijs', 'schuld-bij-werkgever', 'woont-op-werkadres', 'lange-werkdagen',
        'gebracht-en-gehaald', 'angstig-schichtig', 'geen-loon', 'spreekt-niet-zelf', 'verwondingen', 'geen-contact-familie'],
    ARRAY['Heeft geen eigen identiteitsbewijs', 'Heeft een schuld bij de werkgever', 'Woont op het werkadres',
        'Maakt zeer lange werkdagen zonder vrije dagen', 'Wordt gebracht en gehaald', 'Is angstig of schichtig',
        'Heeft geen vrije beschikking over het loon', 'Spreekt niet voor zichzelf', 'Heeft onverklaarde verwondingen',
        'Heeft geen contact met familie'],
    ARRAY['Has no identity document', 'Owes a debt to the employer', 'Lives at the workplace', 'Works very long days without days off',
        'Is dropped off and picked up', 'Is anxious or nervous', 'Has no control over their wages', 'Does not speak for themselves',
        'Has unexplained injuries', 'Has no contact with family']) WITH ORDINALITY AS s(id, label_nl, label_en, n);

INSERT INTO organisations.signal_label (course_id, signal_id, course_title, label_nl, label_en, updated_at)
SELECT c.id, s.id, c.title, s.label_nl, s.label_en, now()
FROM bench_course c CROSS JOIN bench_signal s;

CREATE TEMPORARY TABLE bench_sector AS
SELECT n, name FROM unnest(ARRAY['HEALTHCARE', 'HOSPITALITY', 'TRANSPORT', 'AGRICULTURE', 'MUNICIPALITY',
    'EDUCATION_YOUTH_CARE', 'FINANCE', 'HOUSING', 'LAW_ENFORCEMENT', 'OTHER']) WITH ORDINALITY AS s(name, n);

CREATE TEMPORARY TABLE bench_job AS
SELECT n, name FROM unnest(ARRAY['Verpleegkundige', 'Verzorgende', 'Arts', 'Receptionist', 'Schoonmaker', 'Chauffeur',
    'Kok', 'Teamleider', 'Beleidsmedewerker', 'Wijkagent', 'Jeugdconsulent', 'Baliemedewerker']) WITH ORDINALITY AS j(name, n);

-- The organisations and their sizes: the large one, the small reference one, and the rest with a
-- skewed share (most small, a few of several hundred) of the remaining members.
CREATE TEMPORARY TABLE bench_org_raw AS
SELECT n, 1000 + n AS id, random() ^ 3 + 0.01 AS weight, 1 + floor(random() * 10)::int AS sector_n
FROM generate_series(1, ${organisations}) n;

CREATE TEMPORARY TABLE bench_org AS
SELECT n, id, sector_n,
       CASE WHEN n = 1 THEN ${largeStaff}
            WHEN n = 2 THEN 25
            ELSE greatest(5, round(weight / sum(weight) FILTER (WHERE n > 2) OVER () * (${members} - ${largeStaff} - 25))::int)
       END AS staff
FROM bench_org_raw;

ALTER TABLE bench_org ADD COLUMN departments int, ADD COLUMN top_level int, ADD COLUMN assignments int;
UPDATE bench_org SET departments = CASE WHEN n = 1 THEN 200 ELSE least(30, 2 + staff / 25) END;
UPDATE bench_org SET top_level = CASE WHEN n = 1 THEN 20 ELSE greatest(1, departments / 4) END,
                     assignments = CASE WHEN n = 1 THEN 30 ELSE 3 + floor(random() * 6)::int END;

CREATE TEMPORARY TABLE bench_org_range AS
SELECT o.*,
       100000 + sum(departments) OVER (ORDER BY n) - departments AS department_offset,
       1000000 + sum(staff) OVER (ORDER BY n) - staff AS member_offset
FROM bench_org o;

INSERT INTO organisations.organisation (id, code, name, municipality_code, sectors, demo, created_at)
SELECT id,
       CASE n WHEN 1 THEN 'bench-groot' WHEN 2 THEN 'bench-klein' ELSE 'bench-' || lpad(n::text, 4, '0') END,
       CASE n WHEN 1 THEN 'Benchmark Zorggroep (10.000 medewerkers)' WHEN 2 THEN 'Benchmark Kleine Organisatie'
              ELSE 'Benchmarkorganisatie ' || lpad(n::text, 4, '0') END,
       (ARRAY['GM0599', 'GM0363', 'GM0344', 'GM0518', 'GM0772', 'GM0014', 'GM0855', 'GM0034'])[1 + n % 8],
       (SELECT name FROM bench_sector s WHERE s.n = o.sector_n), FALSE, now() - interval '3 years'
FROM bench_org_range o;

-- Departments: a tree of two levels; the first quarter (20 for the large organisation) top-level.
INSERT INTO organisations.department (id, organisation_id, parent_id, name)
SELECT o.department_offset + k + 1, o.id,
       CASE WHEN k < o.top_level THEN NULL ELSE o.department_offset + (k % o.top_level) + 1 END,
       CASE WHEN k < o.top_level
            THEN (ARRAY['Zorg', 'Verpleging', 'Facilitair', 'Keuken', 'Receptie', 'Schoonmaak', 'Logistiek', 'Personeelszaken',
                        'Financiën', 'ICT', 'Beveiliging', 'Huishouding', 'Techniek', 'Inkoop', 'Communicatie', 'Jeugdzorg',
                        'Wijkteam', 'Spoedeisende hulp', 'Ambulancedienst', 'Administratie'])[1 + k % 20] || ' ' || (k + 1)
            ELSE 'Team ' || (k + 1) END
FROM bench_org_range o CROSS JOIN LATERAL generate_series(0, o.departments - 1) k;

-- Members: 5 % deactivated, 5 % without department, sector mostly the organisation's own.
INSERT INTO organisations.member (id, organisation_id, keycloak_user_id, username, email, first_name, last_name, department_id,
                                  sector, job, active, created_at, created_by, deactivated_at, deactivated_by)
SELECT id, organisation_id, 'bench-' || id, 'bench.' || id, 'm' || id || '@bench.signaal.invalid',
       (ARRAY['Anna', 'Mohammed', 'Sanne', 'Daan', 'Fatima', 'Lucas', 'Emma', 'Jan', 'Łukasz', 'Noor', 'Sem', 'Julia'])[1 + id % 12],
       (ARRAY['de Vries', 'Jansen', 'El Amrani', 'Bakker', 'Visser', 'Smit', 'Yılmaz', 'Meijer', 'de Boer', 'Kowalski'])[1 + (id / 12) % 10],
       department_id, sector, job, active, now() - interval '3 years', 'benchmark',
       CASE WHEN active THEN NULL ELSE now() - interval '30 days' END,
       CASE WHEN active THEN NULL ELSE 'benchmark' END
FROM (SELECT o.member_offset + s AS id, o.id AS organisation_id,
             CASE WHEN random() < 0.05 THEN NULL ELSE o.department_offset + 1 + floor(random() * o.departments)::bigint END AS department_id,
             CASE WHEN random() < 0.1 THEN NULL
                  WHEN random() < 0.7 THEN (SELECT name FROM bench_sector x WHERE x.n = o.sector_n)
                  ELSE (ARRAY['HEALTHCARE', 'HOSPITALITY', 'TRANSPORT', 'AGRICULTURE', 'MUNICIPALITY', 'EDUCATION_YOUTH_CARE',
                              'FINANCE', 'HOUSING', 'LAW_ENFORCEMENT', 'OTHER'])[1 + floor(random() * 10)::int] END AS sector,
             CASE WHEN random() < 0.15 THEN NULL
                  ELSE (ARRAY['Verpleegkundige', 'Verzorgende', 'Arts', 'Receptionist', 'Schoonmaker', 'Chauffeur', 'Kok',
                              'Teamleider', 'Beleidsmedewerker', 'Wijkagent', 'Jeugdconsulent', 'Baliemedewerker'])[1 + floor(random() * 12)::int] END AS job,
             random() >= 0.05 AS active
      FROM bench_org_range o CROSS JOIN LATERAL generate_series(1, o.staff) s) m;

-- Assignments: the first to the whole organisation, then by turns to a department, a sector, a job
-- or the whole organisation; due dates from four months ago to eight months ahead; most recur.
INSERT INTO organisations.assignment (id, organisation_id, course_id, course_title, target, department_id, sector, job, due_date,
                                      recurrence_months, created_at, created_by)
SELECT row_number() OVER (ORDER BY o.n, k) + 100000, o.id, c.id, c.title, t.target,
       CASE WHEN t.target = 'DEPARTMENT' THEN o.department_offset + 1 + (k * 7) % o.departments END,
       CASE WHEN t.target = 'SECTOR' THEN (ARRAY['HEALTHCARE', 'HOSPITALITY', 'TRANSPORT', 'AGRICULTURE', 'MUNICIPALITY',
                'EDUCATION_YOUTH_CARE', 'FINANCE', 'HOUSING', 'LAW_ENFORCEMENT', 'OTHER'])[1 + (o.sector_n + k) % 10] END,
       CASE WHEN t.target = 'JOB' THEN (ARRAY['Verpleegkundige', 'Verzorgende', 'Arts', 'Receptionist', 'Schoonmaker', 'Chauffeur',
                'Kok', 'Teamleider', 'Beleidsmedewerker', 'Wijkagent', 'Jeugdconsulent', 'Baliemedewerker'])[1 + k % 12] END,
       current_date - 120 + floor(random() * 360)::int,
       CASE WHEN random() < 0.2 THEN NULL WHEN random() < 0.5 THEN 12 ELSE 24 END,
       now() - interval '2 years', 'benchmark'
FROM bench_org_range o
     CROSS JOIN LATERAL generate_series(0, o.assignments - 1) k
     JOIN bench_course c ON c.n = 1 + (k + o.n) % 12
     CROSS JOIN LATERAL (SELECT CASE WHEN k = 0 THEN 'ORGANISATION'
                                     ELSE (ARRAY['DEPARTMENT', 'SECTOR', 'JOB', 'ORGANISATION'])[1 + k % 4] END AS target) t;

-- Completion facts: half the rows. A random member (so organisations get their share by size) of
-- whom 3 % have left since (no member row: a subject the member table does not know); popular
-- courses more often; completion times spread over three years, later ones of a later version.
INSERT INTO organisations.completion_fact (id, organisation_id, completion_id, learner_subject, member_id, course_id, course_version,
                                           completed_at, score_percent, validity_months, course_title)
SELECT 10000000 + r.g, m.organisation_id, 10000000 + r.g,
       CASE WHEN r.gone THEN 'bench-left-' || r.g ELSE m.keycloak_user_id END,
       CASE WHEN r.gone THEN NULL ELSE m.id END,
       c.id, 3 - least(2, floor(r.age * 3)::int), now() - r.age * interval '3 years', 50 + floor(random() * 51)::int,
       c.validity, c.title
FROM (SELECT g, 1000001 + floor(random() * (SELECT count(*) FROM organisations.member WHERE id > 1000000))::bigint AS member_id,
             1 + floor(12 * random() ^ 1.5)::int AS course, random() AS age, random() < 0.03 AS gone
      FROM generate_series(1, ${rows} / 2) g) r
     JOIN organisations.member m ON m.id = r.member_id
     JOIN bench_course c ON c.n = r.course;

-- Signal judgements: the other half, ten per person and course (one per signal), for people who
-- took the course (members or not), picked at random among them.
CREATE TEMPORARY TABLE bench_attempt AS
SELECT organisation_id, learner_subject, course_id, min(completed_at) AS first_at, max(completed_at) AS last_at
FROM organisations.completion_fact WHERE id > 10000000
GROUP BY organisation_id, learner_subject, course_id;

INSERT INTO organisations.signal_judgement (id, organisation_id, learner_subject, course_id, signal_id, missed, recognised, first_at,
                                            last_at)
SELECT 10000000 + row_number() OVER (), a.organisation_id, a.learner_subject, a.course_id, s.id, j.missed,
       NOT j.missed OR random() < 0.4, a.first_at, a.last_at
FROM (SELECT * FROM bench_attempt ORDER BY random() LIMIT (${rows} - ${rows} / 2) / 10) a
     CROSS JOIN bench_signal s
     CROSS JOIN LATERAL (SELECT random() < 0.05 + 0.55 * ((s.n * 37 + a.course_id * 11) % 10) / 10.0 AS missed) j;

-- The product's sequences past the generated ids, as if the application had written them.
SELECT setval('organisations.organisation_seq', 1000000, false);
SELECT setval('organisations.department_seq', 10000000, false);
SELECT setval('organisations.member_seq', 100000000, false);
SELECT setval('organisations.assignment_seq', 10000000, false);
SELECT setval('organisations.completion_fact_seq', 100000000, false);
SELECT setval('organisations.signal_judgement_seq', 100000000, false);
