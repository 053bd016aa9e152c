"""One small exception tree. Every message says what was wrong, where, and how to fix it."""

from __future__ import annotations


class TimelineError(Exception):
    """Base of every error the package raises on purpose; the CLI and the app show its message."""

    def __init__(self, what: str, *, where: str = "", fix: str = "") -> None:
        self.what = what
        self.where = where
        self.fix = fix
        super().__init__(self.message)

    @property
    def message(self) -> str:
        head = f"{self.where}: {self.what}" if self.where else self.what
        return f"{head}. Fix: {self.fix}" if self.fix else head


class InputError(TimelineError):
    """An article, manifest, actor list or curation file that cannot be read as given."""


class SchemaError(TimelineError):
    """An events frame that breaks the contract in `timeline.schema`."""

    def __init__(self, problems: list[str], *, where: str = "events table") -> None:
        self.problems = problems
        super().__init__(
            f"{len(problems)} problem(s): " + "; ".join(problems),
            where=where,
            fix="rebuild the table with `python -m timeline extract` or correct the listed columns",
        )


class StoreError(TimelineError):
    """A stored events table that is missing, corrupted or written in an unknown format."""


class ReadOnlyError(TimelineError):
    """A write was attempted in a read-only deployment."""
