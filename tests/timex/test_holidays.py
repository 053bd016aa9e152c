"""`timeline.timex.holidays`: Christmas, Thanksgiving, Easter and the other holidays.

On sentences written for these tests (other crises, other years), through `find_timexes`.
"""

from __future__ import annotations

from tests.timex import cases
from tests.timex.cases import D

RESOLVED: list[cases.Resolved] = [
    # TempEval-3 train error analysis (issue 14, third batch)
    ("Pilgrims gathered as Easter week began.", D("2025-04-14"), "Easter week", "2025-W16", "2025-04-14",
     "2025-04-20", "week"),
    ("Christmas markets draw crowds in Vienna.", D("2025-11-20"), "Christmas", "2025-12-25", "2025-12-25",
     "2025-12-25", "day"),  # no tense: a holiday at most three months ahead is the coming one
]


test_resolves = cases.resolves(RESOLVED)
