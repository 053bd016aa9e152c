"""Ingest: an articles folder (texts and manifest.csv, HTML and Markdown) -> `Article` values."""
