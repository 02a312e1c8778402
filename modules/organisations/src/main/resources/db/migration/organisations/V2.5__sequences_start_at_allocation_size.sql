-- EclipseLink preallocates 50 ids per nextval (allocationSize 50) and refuses a first value
-- below 50 ("sequence ... is setup incorrectly"), so a sequence that STARTs at 1 fails the first
-- insert. Move both sequences of V2.4 past their allocation size and past every id handed out.
SELECT setval('organisations.department_seq',
              GREATEST((SELECT COALESCE(MAX(id), 0) FROM organisations.department) + 50,
                       (SELECT last_value FROM organisations.department_seq) + 50), false);
SELECT setval('organisations.member_seq',
              GREATEST((SELECT COALESCE(MAX(id), 0) FROM organisations.member) + 50,
                       (SELECT last_value FROM organisations.member_seq) + 50), false);
