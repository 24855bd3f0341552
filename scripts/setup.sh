#!/usr/bin/env bash
# Sets up the virtual environment (idempotent; fast when nothing changed).
#   scripts/setup.sh        the service
#   scripts/setup.sh test   the service plus test tools and, as root, the system
#                           packages the tests use (espeak-ng, sox, chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}
extra=""
[ "${1:-}" = "test" ] && extra="[test]"

if [ "${1:-}" = "test" ]; then
  missing=""
  command -v espeak-ng >/dev/null || missing="$missing espeak-ng"
  command -v sox >/dev/null || missing="$missing sox"
  [ -x /usr/bin/chromium ] || missing="$missing chromium"
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "installing system packages:$missing"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq && apt-get install -y -qq $missing >/dev/null
    else
      echo "note: tests that need$missing will be skipped (install them with: sudo apt-get install$missing)"
    fi
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.qa-setup-$(cat pyproject.toml | sha256sum | cut -c1-16)$extra"
if [ ! -f "$stamp" ]; then
  # torch first, pinned: it takes the CPU wheel; a looser requirement pulls CUDA builds
  "$VENV/bin/pip" install -q --disable-pip-version-check "torch==2.13.0"
  "$VENV/bin/pip" install -q --disable-pip-version-check -e ".$extra"
  rm -f "$VENV"/.qa-setup-*
  touch "$stamp"
fi
