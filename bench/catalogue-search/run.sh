#!/usr/bin/env bash
# Catalogue search over 100,000 entries: builds the benchmark (Release), starts a private PostgreSQL and RabbitMQ and the
# catalogue service in-process, seeds the entries and sessions, and prints p50/p95/p99 per typical query.
# Usage: bench/catalogue-search/run.sh [--entries N] [--sessions N] [--iterations N] [--warmup N] [--explain]
#        bench/catalogue-search/run.sh --gateway URL --token JWT --connection "Host=…;Database=cataloguedb;…"   (running platform)
set -euo pipefail
cd "$(dirname "$0")"
dotnet build -c Release -nologo -v q -clp:ErrorsOnly
# WebApplicationFactory finds the service's content root through the manifest next to the binaries, read from the working directory
cd bin/Release/net10.0
exec dotnet CatalogueSearchBench.dll "$@"
