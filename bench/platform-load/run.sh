#!/usr/bin/env bash
# Gateway overhead, write path and event propagation (architecture §5) on the whole platform: builds it (Release),
# starts it with a private state folder and free ports, runs the load generator, stops everything.
# Usage: bench/platform-load/run.sh [--seconds 20] [--write-rate 500] [--event-rate 200]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build Intensif.AppHost -c Release -nologo -v q -clp:ErrorsOnly
dotnet build bench/platform-load -c Release -nologo -v q -clp:ErrorsOnly
apphost=Intensif.AppHost/bin/Release/net10.0/Intensif.AppHost.dll
state=$(mktemp -d /tmp/intensif-load.XXXXXX); chmod 755 "$state"
gw=$((40000 + RANDOM % 10000)); dash=$((gw + 1)); pg=$((gw + 2)); rmq=$((20000 + RANDOM % 10000))
setsid dotnet "$apphost" --Hosting:StateDirectory="$state" --Gateway:Port=$gw --Dashboard:Port=$dash --Postgres:Port=$pg --RabbitMQ:Port=$rmq \
  > "$state/apphost.log" 2>&1 < /dev/null &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$state"' EXIT
for _ in $(seq 1 240); do grep -q "Intensif is running" "$state/apphost.log" && break; sleep 1; done
grep -q "Intensif is running" "$state/apphost.log" || { tail -20 "$state/apphost.log"; exit 1; }
login=$(grep -o 'dashboard: http://127\.0\.0\.1:[0-9]*/login?t=[0-9a-f]*' "$state/apphost.log" | head -1 | cut -d' ' -f2)
referent=$(dotnet "$apphost" token --Hosting:StateDirectory="$state" --sub bench-referent --name Bench --org bench-org --org-kind organisme --role referent --territories 75)
echo "platform up (gateway :$gw, AppHost pid $pid)"
dotnet bench/platform-load/bin/Release/net10.0/PlatformLoad.dll --gateway "http://127.0.0.1:$gw" --dashboard-login "$login" \
  --referent-token "$referent" "$@"
