#!/usr/bin/env bash
# The Firefox tier and `npm start -- --firefox` drive Debian's Firefox ESR; install it when it is missing.
set -euo pipefail
if [ -x /usr/bin/firefox-esr ]; then exit 0; fi
echo "Firefox ESR is missing: installing Debian's firefox-esr package…" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq firefox-esr >/dev/null
/usr/bin/firefox-esr --version >&2
