#!/usr/bin/env bash
# Run every check: lint, types, the test suite. bash scripts/test.sh [pytest options]
source "$(dirname "$0")/_venv.sh" '.[dev]'
.venv/bin/ruff check .
.venv/bin/mypy
exec .venv/bin/python -m pytest "$@"
