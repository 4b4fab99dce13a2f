#!/usr/bin/env bash
# Runs every test: unit, integration (real PostgreSQL/RabbitMQ/Redis) and end-to-end (the whole platform).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prerequisites.sh
dotnet build RenminDaibiao.sln
exec dotnet test RenminDaibiao.sln --no-build "$@"
