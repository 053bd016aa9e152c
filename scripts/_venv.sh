# Sourced by run.sh and test.sh: make .venv and install pinned requirements when they changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=${PYTHON:-python3}
want=$1  # requirements file to satisfy
stamp=.venv/.installed-$(basename "$want" .txt)
sum=$(cat requirements*.txt | sha256sum | cut -d' ' -f1)
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv with $($PY --version)..." >&2
  "$PY" -m venv .venv
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
  echo "Installing $want into .venv (first run only)..." >&2
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$want"
  echo "$sum" > "$stamp"
fi
