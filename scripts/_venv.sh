# Sourced by run.sh and test.sh: make .venv and install the project with its pinned requirements when they changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=${PYTHON:-python3}
want=$1  # what to install: . (the dashboard and the CLI) or .[dev] (the tools and tests too)
stamp=.venv/.installed-$([ "$want" = . ] && echo run || echo dev)
sum=$(cat pyproject.toml requirements*.txt | sha256sum | cut -d' ' -f1)
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv with $($PY --version)..." >&2
  "$PY" -m venv .venv
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
  echo "Installing $want into .venv (first run only)..." >&2
  if [ -L .venv ]; then
    # A virtualenv shared with other checkouts (a symlink): the project installed in it would point all of them
    # at this one, so install only its requirements (every script here runs from the checkout's root).
    reqs=(-r requirements.txt)
    [ "$want" = . ] || reqs+=(-r requirements-dev.txt -r requirements-dask.txt)
    .venv/bin/python -m pip install --quiet --disable-pip-version-check "${reqs[@]}"
  else
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$want"
  fi
  echo "$sum" > "$stamp"
fi
