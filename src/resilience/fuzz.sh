#!/usr/bin/env bash
# The OpenAPI-driven fuzzer against a portal of its own on PostgreSQL (see portal.sh and src/docs/resilience.md):
#
#   bash src/resilience/fuzz.sh [requests] [seed]        (default 10000 requests, seed 20261207)
#
# Prints counts per role and per operation by status class and every violation (5xx, stack trace or server banner in
# a body, an /api/ error that is not problem+json); exits 1 when there is any.
source "$(dirname "$0")/portal.sh"
start_portal
run_suite fuzz "${1:-10000}" "${2:-20261207}"
