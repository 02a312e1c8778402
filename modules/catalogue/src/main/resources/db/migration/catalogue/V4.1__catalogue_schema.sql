-- The catalogue context: awareness campaigns on trafficking and their materials.
-- Multi-valued classifications (audiences, sectors, forms, channels, area codes) are stored as
-- comma-separated enum names: they are filtered with string_to_array(...) and counted with unnest(...).
-- An empty value means "not known", never "none".
CREATE SCHEMA IF NOT EXISTS catalogue;

CREATE SEQUENCE catalogue.campaign_seq START 1 INCREMENT 50;
CREATE SEQUENCE catalogue.material_seq START 1 INCREMENT 50;

CREATE TABLE catalogue.campaign (
    id                    BIGINT PRIMARY KEY,
    title                 VARCHAR(300) NOT NULL CHECK (btrim(title) <> ''),
    -- NULL: the source does not say who owns it
    owner_organisation    VARCHAR(300),
    -- names separated by ';'
    partner_organisations TEXT         NOT NULL DEFAULT '',
    start_year            SMALLINT CHECK (start_year BETWEEN 1990 AND 2100),
    end_year              SMALLINT CHECK (end_year BETWEEN 1990 AND 2100),
    no_end_date           BOOLEAN      NOT NULL DEFAULT FALSE,
    audiences             VARCHAR(200) NOT NULL DEFAULT '',
    sectors               VARCHAR(300) NOT NULL DEFAULT '',
    forms                 VARCHAR(100) NOT NULL DEFAULT '',
    -- NULL: scope not known
    scope                 VARCHAR(20)  CHECK (scope IN ('NATIONAL', 'PROVINCE', 'MUNICIPALITY')),
    area_codes            VARCHAR(2000) NOT NULL DEFAULT '',
    channels              VARCHAR(300) NOT NULL DEFAULT '',
    goal                  TEXT,
    cost_band             VARCHAR(20)  NOT NULL DEFAULT 'UNKNOWN'
                          CHECK (cost_band IN ('LT_10K', 'FROM_10K_TO_30K', 'GT_30K', 'UNKNOWN')),
    duration_band         VARCHAR(30)  NOT NULL DEFAULT 'UNKNOWN'
                          CHECK (duration_band IN ('DAYS', 'WEEKS', 'MONTHS', 'HALF_YEAR_OR_LONGER', 'NO_END_DATE', 'UNKNOWN')),
    reach                 TEXT,
    reuse_licence         VARCHAR(300),
    permission_contact    VARCHAR(300),
    source_url            VARCHAR(1000),
    confidence            VARCHAR(20)  NOT NULL CHECK (confidence IN ('CONFIRMED', 'UNCONFIRMED')),
    -- what exactly is unconfirmed or unknown, in words
    confidence_note       VARCHAR(1000),
    demo                  BOOLEAN      NOT NULL DEFAULT FALSE,
    status                VARCHAR(20)  NOT NULL CHECK (status IN ('PROPOSED', 'PUBLISHED')),
    proposed_by           VARCHAR(200),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version               BIGINT       NOT NULL DEFAULT 0,
    search_vector         TSVECTOR GENERATED ALWAYS AS (
                              to_tsvector('dutch'::regconfig,
                                  coalesce(title, '') || ' ' || coalesce(goal, '') || ' ' ||
                                  coalesce(owner_organisation, '') || ' ' ||
                                  replace(partner_organisations, ';', ' ') || ' ' || coalesce(reach, ''))) STORED,
    CHECK (end_year IS NULL OR start_year IS NULL OR end_year >= start_year),
    CHECK (NOT (no_end_date AND end_year IS NOT NULL))
);

-- titles are unique regardless of case: the import refuses duplicates
CREATE UNIQUE INDEX campaign_title_key ON catalogue.campaign (lower(title));
CREATE INDEX campaign_search_idx ON catalogue.campaign USING GIN (search_vector);
CREATE INDEX campaign_start_year_idx ON catalogue.campaign (start_year);
CREATE INDEX campaign_status_idx ON catalogue.campaign (status);

CREATE TABLE catalogue.material (
    id               BIGINT PRIMARY KEY,
    campaign_id      BIGINT       NOT NULL REFERENCES catalogue.campaign (id) ON DELETE CASCADE,
    kind             VARCHAR(10)  NOT NULL CHECK (kind IN ('FILE', 'LINK')),
    title            VARCHAR(300) NOT NULL CHECK (btrim(title) <> ''),
    language         VARCHAR(10),
    audience         VARCHAR(20)  CHECK (audience IN ('CITIZENS', 'YOUNG_PEOPLE', 'EMPLOYERS', 'PROFESSIONALS')),
    licence          VARCHAR(300),
    -- sanitised HTML (OWASP java-html-sanitizer) or NULL
    description_html TEXT,
    url              VARCHAR(1000),
    file_name        VARCHAR(300),
    content_type     VARCHAR(100),
    size_bytes       BIGINT,
    sha256           CHAR(64),
    has_preview      BOOLEAN      NOT NULL DEFAULT FALSE,
    demo             BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by       VARCHAR(200),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CHECK ((kind = 'LINK' AND url IS NOT NULL) OR (kind = 'FILE' AND content_type IS NOT NULL AND sha256 IS NOT NULL))
);
CREATE INDEX material_campaign_idx ON catalogue.material (campaign_id);

-- The bytes live apart from the listing columns, so listing materials never loads a file.
CREATE TABLE catalogue.material_content (
    material_id  BIGINT PRIMARY KEY REFERENCES catalogue.material (id) ON DELETE CASCADE,
    bytes        BYTEA NOT NULL,
    preview_png  BYTEA
);
