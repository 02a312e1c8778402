-- Creates the two databases on the shared PostgreSQL service, each owned by its
-- own login role: one for Signaal (jdbc/signaal) and one for Keycloak.
--
-- The postgres image runs this once, as POSTGRES_USER, and only while the data
-- volume is still empty. Names and passwords come from the container's
-- environment (set in compose.yaml) through psql's \getenv, so this file holds
-- no secrets. A missing variable leaves its :"name" unresolved, which stops the
-- initialisation with a syntax error instead of creating a half-configured database.

\set ON_ERROR_STOP on

\getenv signaal_db SIGNAAL_DB_NAME
\getenv signaal_user SIGNAAL_DB_USER
\getenv signaal_password SIGNAAL_DB_PASSWORD
\getenv keycloak_db KEYCLOAK_DB_NAME
\getenv keycloak_user KEYCLOAK_DB_USER
\getenv keycloak_password KEYCLOAK_DB_PASSWORD

CREATE ROLE :"signaal_user" LOGIN PASSWORD :'signaal_password';
CREATE DATABASE :"signaal_db" OWNER :"signaal_user" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"signaal_db" FROM PUBLIC;

CREATE ROLE :"keycloak_user" LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE :"keycloak_db" OWNER :"keycloak_user" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"keycloak_db" FROM PUBLIC;
