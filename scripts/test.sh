#!/usr/bin/env bash
# Runs every test: unit, integration (real PostgreSQL/RabbitMQ/Redis), end-to-end (the whole platform) and browser
# tests (the portal in Chromium). Arguments are passed to one `dotnet test` over the whole solution.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prerequisites.sh
dotnet build RenminDaibiao.sln
if (($# > 0)); then
    exec dotnet test RenminDaibiao.sln --no-build "$@"
fi

# The whole platform is started last, on a machine of its own: started next to the integration test projects (which
# run in parallel, each with its own servers), it missed its start timeout on two cores.
platform_tests=(tests/EndToEnd.Tests tests/Portal.Tests)
dotnet test RenminDaibiao.sln --no-build \
    --filter "FullyQualifiedName!~RenminDaibiao.EndToEnd.Tests&FullyQualifiedName!~RenminDaibiao.Portal.Tests"
for project in "${platform_tests[@]}"; do
    dotnet test "$project" --no-build
done
