# Sourced by scripts/run and scripts/test: creates .venv on first use and installs the package.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.installed-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" || {
    echo "python3 -m venv failed: on Debian install it with 'sudo apt-get install python3-venv'" >&2
    exit 1
  }
fi
if [ ! -f "$STAMP" ]; then
  "$VENV/bin/python" -m pip install --quiet --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install --quiet -e "$ROOT[dev]"
  rm -f "$VENV"/.installed-*
  touch "$STAMP"
fi
