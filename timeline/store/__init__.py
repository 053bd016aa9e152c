"""Storage: atomic tables, the partitioned dataset, the query on it, the app's workspace."""
