#!/usr/bin/env bash
# Start the dashboard on the bundled articles: bash scripts/run.sh [streamlit options]
source "$(dirname "$0")/_venv.sh" requirements.txt
exec .venv/bin/python -m streamlit run app.py "$@"
