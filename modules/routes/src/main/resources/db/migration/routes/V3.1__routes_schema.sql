-- The routes context: regions, municipalities, reporting points (meldpunten) and knowledge
-- centres (kenniscentra). NULL in a region or contact column means "unknown", never "none":
-- the application shows it as unknown. Every row carries where its facts come from.
CREATE SCHEMA IF NOT EXISTS routes;

CREATE TABLE routes.province (
    code    VARCHAR(4)   PRIMARY KEY CHECK (code ~ '^PV[0-9]{2}$'),
    name    VARCHAR(100) NOT NULL,
    source  TEXT         NOT NULL
);

-- The ten regional police units. They have no official code, so the code is a stable slug.
CREATE TABLE routes.police_unit (
    code    VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
    name    VARCHAR(100) NOT NULL,
    source  TEXT         NOT NULL
);

-- The 25 safety regions; each lies within one police unit (a unit covers whole safety regions).
CREATE TABLE routes.safety_region (
    code              VARCHAR(4)   PRIMARY KEY CHECK (code ~ '^VR[0-9]{2}$'),
    name              VARCHAR(100) NOT NULL,
    police_unit_code  VARCHAR(40)  NOT NULL REFERENCES routes.police_unit (code),
    source            TEXT         NOT NULL
);

CREATE TABLE routes.municipality (
    code                      VARCHAR(6)   PRIMARY KEY CHECK (code ~ '^GM[0-9]{4}$'),
    name                      VARCHAR(100) NOT NULL,
    also_known_as             VARCHAR(200),
    province_code             VARCHAR(4)   NOT NULL REFERENCES routes.province (code),
    safety_region_code        VARCHAR(4)   NOT NULL REFERENCES routes.safety_region (code),
    ggd_region                VARCHAR(100),
    riec_region               VARCHAR(100),
    riec_region_confirmed     BOOLEAN      NOT NULL DEFAULT FALSE,
    veilig_thuis_region       VARCHAR(100),
    care_coordination_region  VARCHAR(100),
    source                    TEXT         NOT NULL
);
CREATE INDEX municipality_province_idx ON routes.municipality (province_code);
CREATE INDEX municipality_safety_region_idx ON routes.municipality (safety_region_code);

COMMENT ON COLUMN routes.municipality.also_known_as IS 'Everyday names people search by, e.g. Den Haag for ''s-Gravenhage';
COMMENT ON COLUMN routes.municipality.riec_region IS 'NULL = unknown; see riec_region_confirmed';
COMMENT ON COLUMN routes.municipality.riec_region_confirmed IS 'FALSE while the RIEC is inferred from the police unit rather than read from a source';
COMMENT ON COLUMN routes.municipality.veilig_thuis_region IS 'NULL = unknown (no usable public data file yet)';
COMMENT ON COLUMN routes.municipality.care_coordination_region IS 'NULL = unknown (no usable public data file yet)';

CREATE SEQUENCE routes.reporting_point_seq START 1 INCREMENT 50;

CREATE TABLE routes.reporting_point (
    id                  BIGINT        PRIMARY KEY,
    version             INTEGER       NOT NULL DEFAULT 0,
    name                VARCHAR(200)  NOT NULL,
    routing_key         VARCHAR(40)   UNIQUE,
    kind                VARCHAR(30)   NOT NULL CHECK (kind IN ('EMERGENCY', 'REPORT', 'ANONYMOUS_REPORT', 'ADVICE',
                                                               'REGISTRATION', 'VICTIM_CARE', 'KNOWLEDGE')),
    scope               VARCHAR(20)   NOT NULL CHECK (scope IN ('NATIONAL', 'PROVINCE', 'REGION', 'MUNICIPALITY')),
    phone               VARCHAR(40),
    phone_hours         VARCHAR(200),
    phone_abroad        VARCHAR(40),
    web                 VARCHAR(500),
    email               VARCHAR(254),
    chat                VARCHAR(500),
    chat_hours          VARCHAR(200),
    anonymous_possible  BOOLEAN,
    source_url          VARCHAR(1000) NOT NULL CHECK (source_url ~ '^https?://'),
    verified_on         DATE,
    confidence          VARCHAR(20)   NOT NULL CHECK (confidence IN ('CONFIRMED', 'UNCONFIRMED')),
    notes               TEXT
);
CREATE UNIQUE INDEX reporting_point_name_scope_idx ON routes.reporting_point (lower(name), scope);

COMMENT ON COLUMN routes.reporting_point.routing_key IS 'Set on the national points the resolver''s rules name (e.g. EMERGENCY for 112)';
COMMENT ON COLUMN routes.reporting_point.phone IS 'NULL = unknown or not offered; never a guessed number';
COMMENT ON COLUMN routes.reporting_point.anonymous_possible IS 'NULL = unknown';
COMMENT ON COLUMN routes.reporting_point.verified_on IS 'The day a person last checked this record against its source; NULL = not yet verified';

-- The areas a non-national point covers: PVnn for PROVINCE, VRnn for REGION, GMnnnn for MUNICIPALITY.
CREATE TABLE routes.reporting_point_area (
    reporting_point_id  BIGINT      NOT NULL REFERENCES routes.reporting_point (id) ON DELETE CASCADE,
    area_code           VARCHAR(6)  NOT NULL CHECK (area_code ~ '^(PV[0-9]{2}|VR[0-9]{2}|GM[0-9]{4})$'),
    PRIMARY KEY (reporting_point_id, area_code)
);
CREATE INDEX reporting_point_area_code_idx ON routes.reporting_point_area (area_code);

CREATE TABLE routes.reporting_point_form (
    reporting_point_id  BIGINT      NOT NULL REFERENCES routes.reporting_point (id) ON DELETE CASCADE,
    form                VARCHAR(20) NOT NULL CHECK (form IN ('SEXUAL', 'LABOUR', 'CRIMINAL', 'ORGAN_REMOVAL')),
    PRIMARY KEY (reporting_point_id, form)
);

CREATE TABLE routes.reporting_point_audience (
    reporting_point_id  BIGINT      NOT NULL REFERENCES routes.reporting_point (id) ON DELETE CASCADE,
    audience            VARCHAR(20) NOT NULL CHECK (audience IN ('CITIZENS', 'PROFESSIONALS', 'MINORS', 'VICTIMS')),
    PRIMARY KEY (reporting_point_id, audience)
);
