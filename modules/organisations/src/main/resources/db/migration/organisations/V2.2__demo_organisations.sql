-- Demo tenants, marked as such; their users live in the demo Keycloak realm
-- (devstack/src/main/resources/keycloak/signaal-realm.json). The organisations are invented
-- for the demo and carry "(demo)" in their names so nobody mistakes them for real ones.
INSERT INTO organisations.organisation (id, code, name, municipality_code, sectors, demo) VALUES
    (1, 'demo-zorg',     'Zorggroep Rivierenland (demo)', 'GM0599', 'HEALTHCARE', TRUE),
    (2, 'demo-horeca',   'Hotelgroep Amstel (demo)',      'GM0363', 'HOSPITALITY', TRUE),
    (3, 'signaal-beheer','Signaal platformbeheer (demo)', 'GM0344', 'OTHER', TRUE);
SELECT setval('organisations.organisation_seq', 51, false);
