#!/usr/bin/env bash
# Installs (if missing) and starts a local PostgreSQL on 127.0.0.1:5432 with a role the tests can
# use. Idempotent: safe on a machine where the cluster, role or database already exist.
set -euo pipefail
if ! command -v pg_ctlcluster >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main -p 5432 >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432
su postgres -c "psql -q -p 5432 -tc \"SELECT 1 FROM pg_roles WHERE rolname='tpatlas'\" | grep -q 1 || psql -q -p 5432 -c \"CREATE ROLE tpatlas LOGIN PASSWORD 'tpatlas' CREATEDB\""
su postgres -c "psql -q -p 5432 -tc \"SELECT 1 FROM pg_database WHERE datname='tpatlas'\" | grep -q 1 || psql -q -p 5432 -c \"CREATE DATABASE tpatlas OWNER tpatlas\""
