#!/usr/bin/env bash
# Indicators over a million historical episodes: builds the benchmark (Release), starts a private PostgreSQL and RabbitMQ
# and the indicators service in-process, seeds five years of projections and prints p50/p95/p99, cold and warm.
# Usage: bench/indicators/run.sh [--episodes N] [--organismes N] [--cold N] [--warm N] [--warmup N]
set -euo pipefail
cd "$(dirname "$0")"
dotnet build -c Release -nologo -v q -clp:ErrorsOnly
# WebApplicationFactory finds the service's content root through the manifest next to the binaries, read from the working directory
cd bin/Release/net10.0
exec dotnet IndicatorsBench.dll "$@"
