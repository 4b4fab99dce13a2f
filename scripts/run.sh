#!/usr/bin/env bash
# Starts the whole platform with demo data (pass --no-demo to skip it). Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prerequisites.sh
exec dotnet run --project AppHost -- "$@"
