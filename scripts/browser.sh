#!/usr/bin/env bash
# The browser the console's end-to-end tests drive: Debian's chromium and a CJK font (without one
# every Chinese character renders as an empty box). Installed with apt when missing; nothing to do
# when both are present. make test and .ci/run call it first.
set -euo pipefail
missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk\|noto serif cjk' || missing+=(fonts-wqy-microhei)
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "browser: installing ${missing[*]} with apt"
sudo_cmd=()
[[ "$(id -u)" == 0 ]] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
