#!/usr/bin/env bash
# Start the dashboard on the bundled articles in local mode: bash scripts/run.sh [--network] [streamlit options]
#
# Local mode can change data (uploads, corrections, Rebuild) and has no login, so it listens on this machine only
# (127.0.0.1). --network serves it on every interface: every machine that can reach this one can then add
# articles and change corrections. To share the timeline, deploy it read-only instead (docs/deploy.md).
# A file upload may be up to 5 MB (the article limit is 5,000,000 bytes; .streamlit/config.toml allows none).
source "$(dirname "$0")/_venv.sh" .
address=127.0.0.1
options=()
for arg in "$@"; do
  if [ "$arg" = "--network" ]; then address=0.0.0.0; else options+=("$arg"); fi
done
if [ "$address" != 127.0.0.1 ]; then
  echo "warning: --network: serving the local workflow (uploads, corrections, Rebuild; no login) to every" \
       "machine that can reach this one. To share the timeline, use the read-only deployment (docs/deploy.md)." >&2
fi
exec .venv/bin/python -m streamlit run app.py --server.address "$address" --server.maxUploadSize 5 "${options[@]}"
