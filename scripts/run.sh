#!/usr/bin/env bash
# Starts the whole platform with demo data (pass --no-demo to skip it) and the Aspire dashboard; prints the
# dashboard's login URL. Ctrl+C, or SIGINT/SIGTERM to this script's process, stops everything.
#
# Builds Release and runs the built AppHost itself (no `dotnet run`, which would not pass SIGINT on).
# RENMINDAIBIAO_CONFIGURATION=Debug runs a Debug build; RENMINDAIBIAO_NO_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/prerequisites.sh

configuration=${RENMINDAIBIAO_CONFIGURATION:-Release}
if [[ ${RENMINDAIBIAO_NO_BUILD:-} != 1 ]]; then
    dotnet build AppHost/AppHost.csproj --configuration "$configuration" --nologo --verbosity quiet
fi

# The http profile of AppHost/Properties/launchSettings.json, which only `dotnet run` would apply.
export DOTNET_ENVIRONMENT=${DOTNET_ENVIRONMENT:-Development}
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-$DOTNET_ENVIRONMENT}
export ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:15080}
export ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=${ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL:-http://localhost:19080}
export ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=${ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL:-http://localhost:20080}
export ASPIRE_ALLOW_UNSECURED_TRANSPORT=true

# exec: this process becomes the AppHost, so a signal sent to it reaches the AppHost, which stops DCP and with it
# every server and service (and DCP ends them by itself if the AppHost is killed outright).
cd AppHost
exec dotnet "bin/$configuration/net10.0/RenminDaibiao.AppHost.dll" "$@"
