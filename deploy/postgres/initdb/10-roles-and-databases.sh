#!/usr/bin/env bash
# Runs once, when the postgres container starts on an empty data volume
# (docker-entrypoint-initdb.d). Creates:
#   - ATRIUM_DB_OWNER, a login role that owns ATRIUM_DB_NAME and runs the
#     migrations (DATABASE_OWNER_URL). It is not a superuser; CREATEROLE lets the
#     migrate step create the application role (DATABASE_URL: NOSUPERUSER
#     NOBYPASSRLS, owns nothing) and grant it DML.
#   - TEMPORAL_DB_USER, owning the temporal and temporal_visibility databases,
#     which no other role may connect to.
# Idempotent, so it can also be run by hand against an existing server.
# No `set -u`: the entrypoint sources this file when it is not executable.
set -eo pipefail

: "${ATRIUM_DB_NAME:?ATRIUM_DB_NAME is required}"
: "${ATRIUM_DB_OWNER:?ATRIUM_DB_OWNER is required}"
: "${ATRIUM_DB_OWNER_PASSWORD:?ATRIUM_DB_OWNER_PASSWORD is required}"
: "${TEMPORAL_DB_USER:?TEMPORAL_DB_USER is required}"
: "${TEMPORAL_DB_PASSWORD:?TEMPORAL_DB_PASSWORD is required}"

psql --no-psqlrc -v ON_ERROR_STOP=1 \
  --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  -v atrium_db="$ATRIUM_DB_NAME" \
  -v atrium_owner="$ATRIUM_DB_OWNER" \
  -v atrium_owner_password="$ATRIUM_DB_OWNER_PASSWORD" \
  -v temporal_user="$TEMPORAL_DB_USER" \
  -v temporal_password="$TEMPORAL_DB_PASSWORD" <<'EOSQL'
SELECT format('CREATE ROLE %I LOGIN CREATEROLE NOSUPERUSER NOBYPASSRLS PASSWORD %L',
              :'atrium_owner', :'atrium_owner_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'atrium_owner') \gexec

SELECT format('CREATE DATABASE %I OWNER %I', :'atrium_db', :'atrium_owner')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'atrium_db') \gexec

SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L',
              :'temporal_user', :'temporal_password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'temporal_user') \gexec

SELECT format('CREATE DATABASE %I OWNER %I', db, :'temporal_user')
FROM unnest(ARRAY['temporal', 'temporal_visibility']) AS db
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = db) \gexec

SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db)
FROM unnest(ARRAY['temporal', 'temporal_visibility']) AS db \gexec
EOSQL

echo "atrium: created role ${ATRIUM_DB_OWNER} (database ${ATRIUM_DB_NAME}) and role ${TEMPORAL_DB_USER} (databases temporal, temporal_visibility)"
