#!/usr/bin/env bash
# Build the one-folder app into dist/rete-desktop/ and smoke-test it. One command:
#   packaging/build.sh            build + smoke test (CLI round trip, GUI start under Xvfb)
#   packaging/build.sh --no-smoke build only
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3

"$PY" -m pip install -q -e '.[packaging]'
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/rete-desktop.spec
echo "built dist/rete-desktop in $(( $(date +%s) - start )) s, $(du -sh dist/rete-desktop | cut -f1)"

[ "${1:-}" = "--no-smoke" ] && exit 0
"$PY" packaging/smoke.py dist/rete-desktop
