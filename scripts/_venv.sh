# Sourced by scripts/run and scripts/test: creates .venv on first use and installs the package.
# EXTRAS (set by the caller) names the optional dependencies: scripts/run installs only what the
# app needs, scripts/test adds the "dev" tools. A venv with the dev tools also serves scripts/run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRAS="${EXTRAS:-}"
HASH="$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
STAMP="$VENV/.installed-$HASH${EXTRAS:+-$EXTRAS}"
say() { echo "rete: $*" >&2; }
ready() {
  [ -f "$STAMP" ] && return 0
  # the app alone is satisfied by a venv that also has the dev tools
  [ -z "$EXTRAS" ] && [ -f "$VENV/.installed-$HASH-dev" ]
}
if ! ready; then
  if [ ! -x "$VENV/bin/python" ]; then
    say "first use: creating the Python environment in $VENV"
    python3 -m venv "$VENV" || {
      echo "python3 -m venv failed: on Debian install it with 'sudo apt-get install python3-venv'" >&2
      exit 1
    }
  fi
  say "updating pip"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip >/dev/null
  if [ -n "$EXTRAS" ]; then
    say "installing Rete Desktop with the $EXTRAS tools (may take a few minutes)"
    "$VENV/bin/python" -m pip install --quiet -e "$ROOT[$EXTRAS]"
  else
    say "installing Rete Desktop and the libraries it needs (may take a few minutes)"
    "$VENV/bin/python" -m pip install --quiet -e "$ROOT"
  fi
  rm -f "$VENV"/.installed-*
  touch "$STAMP"
  say "installed; next starts skip these steps"
fi
