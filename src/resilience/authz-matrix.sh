#!/usr/bin/env bash
# The authorisation matrix against a portal of its own on PostgreSQL (see portal.sh and src/docs/resilience.md):
#
#   bash src/resilience/authz-matrix.sh
#
# Runs every row of src/test/resources/resilience/authz-matrix.tsv; prints counts per role and every mismatch, every
# operation of the OpenAPI document without rows and every row of no operation; exits 1 when there is any.
source "$(dirname "$0")/portal.sh"
start_portal
run_suite matrix
