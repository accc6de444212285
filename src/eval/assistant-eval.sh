#!/usr/bin/env bash
# The assistant's evaluation: asks every question of the dev-data sets and of the municipal set through the same
# answer engine the API uses, and prints R@1, R@5, MRR, containment@1 and a calibration table per language.
#   bash src/eval/assistant-eval.sh [dev-data dir] [municipal questions] [knowledge dir]
# The program is src/eval/java/.../assistant/eval/AssistantEvaluation.java (compiled with the tests).
# -Deval.only=qa-parallel|qa-tr-history|gov-faq-en|municipal and -Deval.misses=true via EVAL_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEV=${1:-../shared/dev-data}
MUNI=${2:-src/eval/municipal-questions.tsv}
KNOW=${3:-index}
LOG=$(mktemp)
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/eval.classpath \
  -Dmdep.includeScope=test >"$LOG" 2>&1 || { cat "$LOG"; rm -f "$LOG"; exit 1; }
rm -f "$LOG"
java ${EVAL_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/eval.classpath)" \
  tr.bel.kucukcekmece.kentsesi.assistant.eval.AssistantEvaluation "$DEV" "$MUNI" "$KNOW"
