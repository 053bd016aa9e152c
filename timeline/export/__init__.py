"""Exports: CSV, JSON, TimelineJS, the Markdown brief and the one-file offline page."""
