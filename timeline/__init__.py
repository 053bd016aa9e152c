"""Crisis Timeline: news articles -> a pandas frame of dated deployments, designations and statements.

Stages, one module each: articles (ingest), temporal (time expressions; the only dateparser user),
actors, events (extraction), merge, store, figures, export. `build` chains them; `schema` is the
frame's contract; `errors` is the one exception tree.
"""

__version__ = "0.1.0"
