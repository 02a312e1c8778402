-- The organisations context: the product's tenants.
CREATE SCHEMA IF NOT EXISTS organisations;

CREATE SEQUENCE organisations.organisation_seq START 1 INCREMENT 50;

CREATE TABLE organisations.organisation (
    id                BIGINT PRIMARY KEY,
    -- the value of the identity provider's "organisation" claim; never reused
    code              VARCHAR(64)  NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name              VARCHAR(200) NOT NULL,
    -- CBS code of the municipality where it works; drives the reporting routes taught
    municipality_code CHAR(6)      CHECK (municipality_code ~ '^GM[0-9]{4}$'),
    sectors           VARCHAR(200) NOT NULL DEFAULT '',
    demo              BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
