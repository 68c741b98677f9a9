#!/usr/bin/env bash
# Checks the audit log offline (contracts' OfflineVerifier), with only the log's public key:
#   scripts/audit-verify.sh inclusion   <public-key.pem> <checkpoint.json> <proof.json>
#   scripts/audit-verify.sh consistency <public-key.pem> <older-checkpoint.json> <newer-checkpoint.json> <consistency.json>
# Exit status 0 when the proof holds, 1 when it does not, 2 for a wrong call.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$ROOT/contracts/target/contracts-1.0.0-SNAPSHOT.jar"
classpath="$ROOT/contracts/target/runtime-classpath.txt"
if [[ ! -f "$jar" || ! -f "$classpath" ]]; then
  (cd "$ROOT" && ./mvnw -q -pl contracts package -DskipTests \
    && ./mvnw -q -pl contracts dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt) >&2
fi
exec java -cp "$jar:$(cat "$classpath")" io.keyprojects.contracts.audit.OfflineVerifier "$@"
