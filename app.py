"""Crisis Timeline dashboard: `streamlit run app.py`. The Streamlit code is the `ui` package; logic is in `timeline/`.

Data: the events table named by `TIMELINE_EVENTS` (CSV, Parquet or JSON lines written by `python -m timeline
extract`, or a month-partitioned dataset written with `--dataset DIR`, never loaded whole) when that variable is set;
otherwise the workspace's built store, rebuilt from `TIMELINE_DATA_DIR`/articles when anything changed (local mode).
Filters are mirrored in the URL's query string, so a copied link reopens the same view.
"""

from __future__ import annotations

from ui import frame

if __name__ == "__main__":  # `streamlit run` and AppTest run the script as __main__; an import does not
    frame.main()
