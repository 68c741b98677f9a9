#!/usr/bin/env bash
# make keys: the JWT signing key pair and the audit checkpoint key pair in .run/keys (also used by docker-compose), if missing.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
ensure_stack_built
java -cp "$(stack_classpath)" io.keyprojects.stack.SigningKeys "$KEYS"
