"""The dashboard: the Streamlit code that `app.py` (the entry point `streamlit run` starts) draws with.

    frame.py       what every page has around it: settings, the upload guard, the banner, the pages registered
    context.py     the app's settings (environment and Streamlit secrets) and its clock
    sources.py     where the events come from: an events table or a month-partitioned dataset, same methods
    url_state.py   the view in the URL's query string <-> the filter widgets; the empty-view hint
    components/    the panels a page is made of: filters, chart, detail, table, notes, the local workflow
    pages/         explore.py (the timeline, every deployment); change.py (add, correct, rebuild: local mode only)

Every decision about data is made in `timeline/`, which never imports from here (tests/test_import_graph.py).
"""
