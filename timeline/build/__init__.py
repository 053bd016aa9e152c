"""The build: the only place with parallelism and caching; articles -> the merged, curated frame."""
