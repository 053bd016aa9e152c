"""Merge: mentions (one row per sentence-event) -> events (one per real-world happening).

Public interface: `merge_mentions(frame)` fills `event_id`, `sources` and `merge_reason`.
"""

from __future__ import annotations

import pandas as pd


def merge_mentions(frame: pd.DataFrame) -> pd.DataFrame:
    """Give mentions of the same happening one `event_id` (filled in by issue 4)."""
    raise NotImplementedError
