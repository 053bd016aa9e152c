"""The spaCy pipeline, loaded once per process, and its components."""
