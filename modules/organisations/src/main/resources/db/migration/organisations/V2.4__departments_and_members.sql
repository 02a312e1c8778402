-- Departments (a tree per organisation) and members (the organisation's people; Keycloak
-- stays the identity source, this is what the organisation knows of them). Members are
-- deactivated, never deleted: history is kept.
CREATE SEQUENCE organisations.department_seq START 1 INCREMENT 50;

CREATE TABLE organisations.department (
    id              BIGINT PRIMARY KEY,
    organisation_id BIGINT       NOT NULL REFERENCES organisations.organisation (id),
    parent_id       BIGINT       REFERENCES organisations.department (id),
    name            VARCHAR(120) NOT NULL CHECK (btrim(name) <> '' AND position('/' IN name) = 0)
);
-- one name per parent (case-insensitive), top-level departments included
CREATE UNIQUE INDEX department_name_per_parent
    ON organisations.department (organisation_id, COALESCE(parent_id, 0), lower(name));
CREATE INDEX department_parent_idx ON organisations.department (parent_id);

CREATE SEQUENCE organisations.member_seq START 1 INCREMENT 50;

CREATE TABLE organisations.member (
    id               BIGINT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisations.organisation (id),
    keycloak_user_id VARCHAR(64)  NOT NULL UNIQUE,
    username         VARCHAR(255) NOT NULL,
    email            VARCHAR(255) NOT NULL,
    first_name       VARCHAR(120) NOT NULL,
    last_name        VARCHAR(120) NOT NULL,
    department_id    BIGINT       REFERENCES organisations.department (id),
    sector           VARCHAR(40),
    job              VARCHAR(120),
    active           BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by       VARCHAR(255) NOT NULL,
    deactivated_at   TIMESTAMP WITH TIME ZONE,
    deactivated_by   VARCHAR(255),
    CHECK (active = (deactivated_at IS NULL))
);
-- a person is in an organisation once; Keycloak keeps e-mail addresses unique across the realm
CREATE UNIQUE INDEX member_email_per_organisation ON organisations.member (organisation_id, lower(email));
CREATE INDEX member_department_idx ON organisations.member (organisation_id, department_id);
