"""Extraction: an article -> `Mention`s of deployments, designations and statements."""
