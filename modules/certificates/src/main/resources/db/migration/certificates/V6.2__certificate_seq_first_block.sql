-- EclipseLink reads nextval as the LAST id of a block of allocationSize (50) and refuses a
-- value below 49 (EclipseLink-7027 "sequence setup incorrectly"), so on a fresh database the
-- very first certificate failed to issue with START 1. Let the first nextval return 50
-- (block 1..50); a sequence already past that is left alone.
SELECT setval('certificates.certificate_seq', 50, false)
WHERE (SELECT last_value FROM certificates.certificate_seq) < 50;
