"""Synthetic article corpora for the benchmarks, made from the seed articles with varied dates and names.

How a corpus of N articles is made (deterministic: the same N gives the same files):

- Article i is seed article `i % 5` (data/articles/) in variant `k = i // 5`.
- Dates: variant k moves the publication date and every explicit date in the text ("October 17",
  "Dec 1, 2025", "17 October 2025", "October 2025", "2025-10-17") by the same whole number of weeks,
  from -78 to +78 weeks, so weekday names ("on Wednesday") still point at the same relative day.
  A bare year ("in 2025") is left as written. Seed 002 keeps a blank `published` in the manifest so
  that its dateline ("Published: Dec 1, 2025", shifted like the rest) is read as in the real data.
- Names: the people of the seeds are swapped for leaders and officials of other crises (full name,
  then the surname alone), a different combination per variant.
- Each text ends with a one-line reference "(Dispatch 00042.)" so no two files are identical (ingest
  skips duplicate texts). Titles are varied the same way; outlets rotate over five names.

Usage: `python -m bench.corpus N OUT_DIR` writes N .txt files and manifest.csv to OUT_DIR.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "articles"
SIZES = (100, 1_000, 10_000)
OUTLETS = ("Wire A", "Daily B", "Broadcaster C", "Weekly D", "Gazette E")

# Seed person -> stand-ins (the first is the seed's own name). Surnames shared by two people are only
# swapped as part of the full name.
NAMES: tuple[tuple[str, ...], ...] = (
    ("Nicolás Maduro", "Daniel Ortega", "Alexander Lukashenko", "Miguel Díaz-Canel", "Bashar al-Assad"),
    ("Donald Trump", "Joe Biden", "Emmanuel Macron", "Keir Starmer", "Olaf Scholz"),
    ("Diosdado Cabello", "Sergei Shoigu", "Yoav Gallant", "Abdel Fattah al-Burhan"),
    ("Vladimir Padrino López", "Valery Gerasimov", "Herzi Halevi", "Mohamed Hamdan Dagalo"),
    ("Sergey Lavrov", "Wang Yi", "Hossein Amir-Abdollahian", "Antony Blinken"),
    ("Pete Hegseth", "Lloyd Austin", "Ben Wallace", "Boris Pistorius"),
    ("Marco Rubio", "Jake Sullivan", "Josep Borrell", "David Cameron"),
    ("Delcy Rodríguez",),
    ("Jorge Rodríguez",),
    ("Phil Gunson", "Anna Kelly", "Tom Reyes"),
    ("Jim Stavridis", "Mark Milley", "Wesley Clark"),
)
SHARED_SURNAMES = frozenset({"Rodríguez"})

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?P<{n}>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
_DATES = re.compile(
    r"\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
    r"|\b" + _MONTH.format(n="m1") + r"\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{4})\b)?"
    r"|\b(?P<d2>\d{1,2})\s+" + _MONTH.format(n="m2") + r"(?:,?\s+(?P<y2>\d{4})\b)?"
    r"|\b" + _MONTH.format(n="m3") + r"\s+(?P<y3>\d{4})\b",
    re.IGNORECASE,
)


def week_shift(variant: int) -> timedelta:
    """Whole weeks (-78..+78) that variant `variant` moves every date by; variant 0 is the seed itself."""
    return timedelta(weeks=(variant * 37) % 157 - 78 if variant else 0)


def _month_number(word: str) -> int | None:
    key = word.lower().rstrip(".")[:3]
    for number, name in enumerate(_MONTHS, start=1):
        if name.startswith(key):
            return number
    return None


def _nearest_year(month: int, day: int, around: date) -> int:
    candidates = [around.year - 1, around.year, around.year + 1]
    valid = [y for y in candidates if _safe_date(y, month, day)]
    return min(valid, key=lambda y: abs((_safe_date(y, month, day) or around) - around)) if valid else around.year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _spell(month_word: str, month: int) -> str:
    """Month name in the style it was written: full, abbreviated, with or without a period."""
    full = _MONTHS[month - 1].capitalize()
    base = month_word.rstrip(".")
    if len(base) <= 4 and base.lower() != _MONTHS[month - 1]:
        short = "Sept" if base.lower() == "sept" and month == 9 else full[:3]
        return short + ("." if month_word.endswith(".") else "")
    return full


def shift_dates(text: str, delta: timedelta, around: date) -> str:
    """`text` with every explicit date moved by `delta`; dates without a year are read in the year that
    puts them nearest to `around` (the seed's publication date)."""
    if not delta:
        return text

    def moved(match: re.Match[str]) -> str:
        g = match.groupdict()
        if g["iso"]:
            day = _safe_date(*(int(p) for p in g["iso"].split("-")))
            return (day + delta).isoformat() if day else match.group(0)
        if g["m3"]:
            month = _month_number(g["m3"])
            day = _safe_date(int(g["y3"]), month, 15) if month else None
            if day is None or month is None:
                return match.group(0)
            new = day + delta
            return f"{_spell(g['m3'], new.month)} {new.year}"
        word, d, y = (g["m1"], g["d1"], g["y1"]) if g["m1"] else (g["m2"], g["d2"], g["y2"])
        month = _month_number(word)
        if month is None:
            return match.group(0)
        year = int(y) if y else _nearest_year(month, int(d), around)
        day = _safe_date(year, month, int(d))
        if day is None:
            return match.group(0)
        new = day + delta
        name = _spell(word, new.month)
        if g["m1"]:
            return f"{name} {new.day}, {new.year}" if y else f"{name} {new.day}"
        return f"{new.day} {name} {new.year}" if y else f"{new.day} {name}"

    return _DATES.sub(moved, text)


def swap_names(text: str, variant: int) -> str:
    """`text` with each seed person replaced by a stand-in chosen by `variant`."""
    for j, options in enumerate(NAMES):
        new = options[(variant + j) % len(options)]
        old = options[0]
        if new == old:
            continue
        text = text.replace(old, new)
        old_last, new_last = old.split()[-1], new.split()[-1]
        if old_last not in SHARED_SURNAMES:
            text = re.sub(rf"\b{re.escape(old_last)}\b", new_last, text)
    return text


def read_seeds(folder: Path = SEEDS) -> list[dict[str, str]]:
    """The seed articles: file, text and manifest fields."""
    rows = {r["file"]: r for r in csv.DictReader(io.StringIO((folder / "manifest.csv").read_text("utf-8")))}
    seeds = []
    for path in sorted(folder.glob("*.txt")):
        row = rows.get(path.name, {})
        seeds.append({"file": path.name, "text": path.read_text("utf-8"), "title": row.get("title", ""),
                      "published": row.get("published", "")})
    return seeds


def variant_of(seed: dict[str, str], i: int, n_seeds: int) -> tuple[str, dict[str, str]]:
    """Text and manifest row of article i, made from `seed`."""
    variant = i // n_seeds
    delta = week_shift(variant)
    stem = Path(seed["file"]).stem
    base = date.fromisoformat(seed["published"]) if seed["published"] else _dateline(seed["text"]) or date(2025, 1, 1)
    vary: Callable[[str], str] = lambda s: swap_names(shift_dates(s, delta, base), variant)  # noqa: E731
    text = vary(seed["text"]).rstrip("\n") + f"\n\n(Dispatch {i:05d}.)\n"
    published = (base + delta).isoformat() if seed["published"] else ""
    row = {"file": f"{i:05d}_{stem[:3]}.txt", "title": vary(seed["title"]), "outlet": OUTLETS[i % len(OUTLETS)],
           "url": f"https://example.org/bench/{i:05d}", "published": published}
    return text, row


def _dateline(text: str) -> date | None:
    match = re.search(r"Published:\s*([A-Za-z]+\.? \d{1,2}, \d{4})", text)
    if not match:
        return None
    month_word, rest = match.group(1).split(" ", 1)
    month = _month_number(month_word)
    day, year = rest.replace(",", "").split()
    return _safe_date(int(year), month, int(day)) if month else None


def make_corpus(n: int, out: str | Path, seeds_dir: Path = SEEDS) -> Path:
    """Write `n` articles and their manifest.csv into `out` (created; existing files are replaced)."""
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    seeds = read_seeds(seeds_dir)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["file", "title", "outlet", "url", "published"], lineterminator="\n")
    writer.writeheader()
    for i in range(n):
        text, row = variant_of(seeds[i % len(seeds)], i, len(seeds))
        (target / row["file"]).write_text(text, encoding="utf-8")
        writer.writerow(row)
    (target / "manifest.csv").write_text(buffer.getvalue(), encoding="utf-8")
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not argv[0].isdigit():
        print("usage: python -m bench.corpus N OUT_DIR", file=sys.stderr)
        return 2
    path = make_corpus(int(argv[0]), argv[1])
    print(f"{argv[0]} articles -> {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
