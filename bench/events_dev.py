"""Event extraction on real news the tool was not written for: the TempEval-3 development set.

    .venv/bin/python -m bench.events_dev                 # recall, precision and false events per type
    .venv/bin/python -m bench.events_dev -v              # ... and every miss and every unmatched row
    .venv/bin/python -m bench.events_dev --gold bench/gold/tempeval_events_fresh.csv   # the second set
    .venv/bin/python -m bench.events_dev --gold bench/gold/tempeval_events_third.csv   # the third set
    .venv/bin/python -m bench.events_dev --gold bench/gold/tempeval_events_fourth.csv  # the fourth set

`bench/gold/tempeval_events.csv` lists the key events of TempEval-3 training documents (1998-2000 wire and
broadcast news: the Iraq inspections crisis, Kosovo, the US strikes on Sudan and Afghanistan, the embassy
bombings, the Gulf crisis of 1990, ...), annotated blind (before the extractor was run on them) in the seed gold
format of `../shared/eval` (`article,anchor,expect,types,actors,country,date_min,date_max`, plus `subtype` and
`note`). The annotators named countries and forces as news does ("Britain", "British forces", "Soviet Union");
the bench adds the project's canonical names of the same entities (`canonical_names`). Only anchors and labels
live in the project: the texts are read from `../shared/tempeval/data/train` with the TempEval scorer's own
reader, written to a temporary articles folder (the document creation time as publication date, as
`bench/tempeval.py` does) and run through `python -m timeline extract`.

`bench/gold/tempeval_events_fresh.csv` is a second list, annotated blind on 2026-12-02 by two more annotators on
25 other training documents (the 1998-99 abortion-clinic shootings, NATO's enlargement, the Elian Gonzalez affair,
a New York election, Supreme Court rulings, Rwanda): it measured how far the first set's figures carry to documents
the rules were not tuned on. `bench/gold/tempeval_events_third.csv` is a third, annotated the same way the same
night on 18 more documents (the Elian Gonzalez affair of 1999-2000, the manhunt for a sniper, an Australian
constitutional convention), and `bench/gold/tempeval_events_fourth.csv` a fourth (8 documents) that no rule was
written from. Each set's first figures, taken before any rule was written from it, are in `bench/RESULTS.md`.

Scores, as `../shared/eval/score_events.py` counts them (a row belongs to an anchor when its sentence holds it):
- strict recall per type: a row of the sentence has an accepted type, actor and dates inside the window;
- row precision: of every row the extractor writes for the annotated documents, the share that strictly
  matches some gold event (a row on a sentence nobody annotated counts as wrong: the annotation is exhaustive
  within a document);
- false events: `none` sentences that got any row.
"""

from __future__ import annotations

import argparse
import csv
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bench import tempeval  # the TempEval scorer (by path) and its TimeML -> articles conversion
from timeline.extract.actors.registry import Registry

ROOT = Path(__file__).resolve().parent.parent

GOLD = ROOT / "bench" / "gold" / "tempeval_events.csv"
TRAIN = tempeval.DEFAULT_SCORER.parent / "data" / "train"
EVENT_SCORER = tempeval.DEFAULT_SCORER.parent.parent / "eval" / "score_events.py"


@dataclass(frozen=True)
class GoldRow:
    article: str
    anchor: str
    expect: str
    types: frozenset[str]
    actors: frozenset[str]
    country: str
    window: tuple[date, date] | None

    def matches(self, row: dict[str, str], norm: object) -> bool:
        """Type, actor and dates right (the strict test of score_events.py)."""
        n = norm  # the scorer's own normalisation
        if (row.get("event_type") or "").casefold() not in self.types:
            return False
        actor_ok = n(row.get("actor", "")) in self.actors or (  # type: ignore[operator]
            "*" in self.actors and n(row.get("actor_country") or "") == self.country)  # type: ignore[operator]
        if not actor_ok or self.window is None:
            return False
        try:
            start = date.fromisoformat(str(row["date_start"])[:10])
            end = date.fromisoformat(str(row.get("date_end") or row["date_start"])[:10])
        except (KeyError, ValueError):
            return False
        return self.window[0] <= start <= end <= self.window[1]


_FORCES = re.compile(r"^(?:the\s+)?(.+?)\s+(armed forces|forces|military|army|troops|police)$", re.IGNORECASE)


def canonical_names(names: list[str], registry: Registry) -> list[str]:
    """The annotators' actor names plus the project's canonical names for the same entity: a country's alias or
    demonym ("Britain", "Soviet Union") names the country ("United Kingdom", "Russia"), and "<country or
    demonym> forces/military/army/troops" its armed forces ("United Kingdom armed forces", or the registered
    force), "<...> police" its police. Names only: which entity a row must name stays the annotators' call."""
    out = list(names)
    for name in names:
        country = registry.country(name)
        if country:
            out.append(country)
        forces = _FORCES.match(name.strip())
        country = registry.country(forces.group(1)) if forces else None
        if forces and country:
            if forces.group(2).lower() == "police":
                out += [f"{country} police", f"{registry.demonym(country)} police"]
            else:
                out += [f"{country} armed forces", registry.military(country).name]
    return out


def load_gold(path: Path, norm: object) -> list[GoldRow]:
    registry = Registry.default()
    rows = []
    with path.open(newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            window = None
            if r["expect"] == "event":
                window = (date.fromisoformat(r["date_min"]), date.fromisoformat(r["date_max"]))
            rows.append(GoldRow(
                article=r["article"], anchor=norm(r["anchor"]), expect=r["expect"],  # type: ignore[operator]
                types=frozenset(t.strip().casefold() for t in (r["types"] or "").split("|") if t.strip()),
                actors=frozenset(norm(a) for a in canonical_names(  # type: ignore[operator]
                    [a for a in (r["actors"] or "").split("|") if a.strip()], registry)),
                country=norm(r["country"] or ""), window=window))  # type: ignore[operator]
    return rows


def extract(docs: dict[str, dict[str, object]], out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        tempeval.write_articles(docs, folder)
        subprocess.run([sys.executable, "-m", "timeline", "extract", str(folder), "--out", str(out), "--quiet"],
                       cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD, help="gold list (default: bench/gold/tempeval_events.csv)")
    ap.add_argument("--train", type=Path, default=TRAIN, help="TempEval-3 train folder (TimeBank and AQUAINT)")
    ap.add_argument("--keep", type=Path, help="also keep the extracted events table here (CSV)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses, false events and unmatched rows")
    a = ap.parse_args(argv)
    if not EVENT_SCORER.is_file() or not a.train.is_dir():
        raise SystemExit(f"{EVENT_SCORER} or {a.train} not found: this bench reads ../shared (the TempEval-3 corpus "
                         "and the event scorer) next to the repository")
    scorer = tempeval.load_scorer(EVENT_SCORER)  # its norm() and same_sentence() define a match
    gold = load_gold(a.gold, scorer.norm)
    wanted = {g.article for g in gold}
    reader = tempeval.load_scorer(tempeval.DEFAULT_SCORER)
    docs: dict[str, dict[str, object]] = {}
    for sub in ("TimeBank", "AQUAINT"):
        docs.update({k: v for k, v in reader.load_gold(str(a.train / sub)).items() if k in wanted})
    missing = wanted - set(docs)
    if missing:
        raise SystemExit(f"{a.gold}: article(s) not in {a.train}: {', '.join(sorted(missing))}")
    out = a.keep or Path(tempfile.mkdtemp()) / "events.csv"
    extract(docs, out)
    with out.open(newline="", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["article_id"] in wanted]
    by_article: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        r["_sentence"] = scorer.norm(r["sentence"])
        by_article.setdefault(r["article_id"], []).append(r)

    found, total = Counter(), Counter()
    negatives = false_events = 0
    matched_rows: set[int] = set()
    notes: list[str] = []
    for g in gold:
        hits = [r for r in by_article.get(g.article, []) if scorer.same_sentence(g.anchor, r["_sentence"])]
        if g.expect == "none":
            negatives += 1
            false_events += bool(hits)
            if hits:
                notes.append(f"FALSE {g.article} {g.anchor[:80]!r} -> "
                             + "; ".join(f"{r['event_type']}/{r['actor']}" for r in hits))
            continue
        kind = sorted(g.types)[0] if len(g.types) == 1 else "|".join(sorted(g.types))
        total[kind] += 1
        good = [r for r in hits if g.matches(r, scorer.norm)]
        matched_rows.update(id(r) for r in good)
        if good:
            found[kind] += 1
        else:
            got = "; ".join(f"{r['event_type']}/{r['actor']}/{r['date_start'][:10]}..{r['date_end'][:10]}"
                            for r in hits) or "nothing"
            notes.append(f"MISS  {g.article} {g.anchor[:70]!r} want {kind} {sorted(g.actors)[:3]} "
                         f"{g.window[0] if g.window else ''}..{g.window[1] if g.window else ''} | got {got}")
    unmatched = [r for r in rows if id(r) not in matched_rows]
    if a.verbose:
        print("\n".join(notes))
        for r in unmatched:
            print(f"ROW   {r['article_id']} {r['event_type']}/{r['subtype']}/{r['actor']}/{r['date_start'][:10]} "
                  f"| {r['sentence'][:110]!r}")
        print()
    print(f"TempEval-3 {a.gold.name}: {len(wanted)} documents, {sum(total.values())} key events, "
          f"{negatives} sentences with no event, {len(rows)} rows extracted")
    for kind in sorted(total):
        print(f"  {kind:<24} strict recall {found[kind]:>3}/{total[kind]:<3} ({100 * found[kind] / total[kind]:.0f}%)")
    n_found, n_total = sum(found.values()), max(sum(total.values()), 1)
    good_rows = len(rows) - len(unmatched)
    print(f"strict recall {n_found}/{n_total} ({100 * n_found / n_total:.0f}%), row precision {good_rows}/{len(rows)} "
          f"({100 * good_rows / max(len(rows), 1):.0f}%), false events {false_events}/{negatives}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
