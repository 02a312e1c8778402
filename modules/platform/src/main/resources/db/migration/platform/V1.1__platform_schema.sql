-- The platform context: the audit trail every context writes to.
CREATE SCHEMA IF NOT EXISTS platform;

CREATE SEQUENCE platform.audit_entry_seq START 1 INCREMENT 50;

CREATE TABLE platform.audit_entry (
    id            BIGINT PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(255) NOT NULL,
    organisation  VARCHAR(100),
    context       VARCHAR(40)  NOT NULL,
    entity_type   VARCHAR(80)  NOT NULL,
    entity_id     VARCHAR(80)  NOT NULL,
    action        VARCHAR(40)  NOT NULL,
    details       TEXT
);
CREATE INDEX audit_entry_entity_idx ON platform.audit_entry (context, entity_type, entity_id);
