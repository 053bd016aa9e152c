"""Time expressions: text and a publication date -> `TimeSpan`s (the only importer of dateparser)."""
