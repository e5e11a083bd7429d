#!/usr/bin/env bash
# Dashboard memory under continuous load: starts the platform (private state folder, free ports), drives real requests
# through the gateway (each one makes spans, logs and metrics in the gateway and a service, exported to the dashboard),
# and samples the AppHost's resident memory (the dashboard lives in it). Usage: bench/dashboard-soak/run.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-240}
state=$(mktemp -d /tmp/intensif-soak.XXXXXX); chmod 755 "$state"
out=bench/dashboard-soak/results-$(date +%F).csv
dotnet build Intensif.AppHost -nologo -v q -clp:ErrorsOnly
apphost=Intensif.AppHost/bin/Debug/net10.0/Intensif.AppHost.dll
gw=$((40000 + RANDOM % 10000)); dash=$((gw + 1)); pg=$((gw + 2)); rmq=$((20000 + RANDOM % 10000))
setsid dotnet "$apphost" --Hosting:StateDirectory="$state" --Gateway:Port=$gw --Dashboard:Port=$dash --Postgres:Port=$pg --RabbitMQ:Port=$rmq \
  > "$state/apphost.log" 2>&1 < /dev/null &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$state"' EXIT
for _ in $(seq 1 180); do grep -q "Intensif is running" "$state/apphost.log" && break; sleep 1; done
grep -q "Intensif is running" "$state/apphost.log" || { tail -20 "$state/apphost.log"; exit 1; }
token=$(dotnet "$apphost" token --Hosting:StateDirectory="$state" --sub soak --name Soak --org soak-org --org-kind organisme --role manager --territories 34)
echo "platform up (gateway :$gw, AppHost pid $pid); load for $duration s"
python3 bench/dashboard-soak/load.py "http://127.0.0.1:$gw" "$token" "$duration" "$pid" > "$out"
python3 - "$out" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
rss = [(float(r["seconds"]), int(r["rss_kib"]) / 1024, int(r["requests"])) for r in rows]
half = [m for s, m, _ in rss if s >= rss[-1][0] / 2]
print(f"samples {len(rss)}, requests {rss[-1][2]}, rss start {rss[0][1]:.0f} MiB, max {max(m for _, m, _ in rss):.0f} MiB, "
      f"second half min {min(half):.0f} / max {max(half):.0f} MiB, end {rss[-1][1]:.0f} MiB")
PY
