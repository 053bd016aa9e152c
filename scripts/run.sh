#!/usr/bin/env bash
# Start the dashboard on the bundled articles: bash scripts/run.sh [streamlit options]
source "$(dirname "$0")/_venv.sh" requirements.txt
# In the background, with the same options: once the server answers, one run of the page fills the caches
# its first visitor would otherwise wait for (app_warmup.py; it ends by itself and never stops the server).
.venv/bin/python app_warmup.py "$@" &
exec .venv/bin/python -m streamlit run app.py "$@"
