"""Real news with gold coreference: ECB+ topics scored by `../shared/tools/ecb-score`.

    python benchmarks/ecbplus.py                       # DEV topics, entities and events
    python benchmarks/ecbplus.py --topics all --kind event
    python benchmarks/ecbplus.py --keep scratch/ecb    # keep each topic's briefing JSON

For each topic the `.txt` articles are loaded one by one (the topic folder also holds gold.json),
extracted by the offline engine, merged into one briefing, and the briefing is scored by the
official scorer against the same-lemma baseline under the same options:

- entities: `--kind entity --validated-only --types HUMAN_PART_PER,HUMAN_PART_ORG` (the named
  and described participants a briefing's actors cover);
- events: `--kind event --validated-only`, plus the number of merged events whose evidence mixes
  the topic's two sub-events (documents `*ecb` and `*ecbplus` report different happenings), the
  pairs of merged reports the gold calls one happening or two (each report stands for the gold
  mention of its predicate inside its evidence), and the share of timeline events that carry a
  date: a day, or the month or year the text gives where it names no day (how many of them
  are dated to the day is shown beside).

Nothing of the corpus is copied into this repository: the articles are read from `../shared/`.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import mean
from typing import Any

from summarizer.engines.extract import extract_articles
from summarizer.engines.offline import OfflineEngine
from summarizer.merge import merge_extractions
from summarizer.models import Article, Briefing, RunStats
from summarizer.render.markdown import on_timeline, render_json, tells_news
from summarizer.sources.loading import load_articles
from summarizer.text.lemmas import lemma
from summarizer.text.predicates import happening_kind

ROOT = Path(__file__).resolve().parent.parent
DEV = (2, 5, 12, 18, 21, 23, 34, 35)
OPTIONS = {
    "entity": ["--kind", "entity", "--validated-only", "--types", "HUMAN_PART_PER,HUMAN_PART_ORG"],
    "event": ["--kind", "event", "--validated-only"],
}


def topic_articles(folder: Path, pattern: str = "*.txt") -> list[Article]:
    """The topic's articles loaded as `brief FOLDER` loads them (what one article tells about
    another's date counts), from a copy of the `.txt` files only: the topic folder also holds
    gold.json. Source ids in file-name order."""
    with tempfile.TemporaryDirectory() as copy:
        for path in sorted(folder.glob(pattern)):
            shutil.copyfile(path, Path(copy) / path.name)
        loaded = load_articles(copy).articles
    ordered = sorted(loaded, key=lambda a: Path(a.path).name)
    return [a.model_copy(update={"id": n}) for n, a in enumerate(ordered, start=1)]


def timeline_dated(articles: list[Article]) -> tuple[int, int, int]:
    """Timeline lines (dated or multi-source clauses) of a briefing of the `*ecbplus`
    articles, which carry their publication dates; how many of them are dated (to a day, a
    month or a year), and how many to the day."""
    shown = [e for e in briefing_for(articles).events if on_timeline(e) and tells_news(e)]
    dated = sum(1 for e in shown if e.date or e.period)
    return len(shown), dated, sum(1 for e in shown if e.date)


def briefing_for(articles: list[Article]) -> Briefing:
    run = asyncio.run(extract_articles(articles, OfflineEngine()))
    extractions = [result.extraction for _, result in run.results]
    stats = RunStats(engine="offline", articles_loaded=len(articles))
    return merge_extractions(articles, extractions, stats=stats)


def conll(scorer: Path, args: list[str]) -> float:
    done = subprocess.run(
        [sys.executable, str(scorer), *args, "--json"], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    kind = "entity" if "entity" in args else "event"
    return float(result[kind]["conll"])


def mixed_events(briefing: Briefing) -> int:
    """Merged events whose evidence comes from both sub-events' documents (ecb and ecbplus).

    A crude count: an article about one sub-event may recall the other as background, and
    citing both is then right. `mixed_chains` counts what is wrong."""
    kinds = {s.id: "plus" if s.path.endswith("ecbplus.txt") else "ecb" for s in briefing.sources}
    return sum(1 for e in briefing.events if len({kinds[x.source] for x in e.evidence}) > 1)


def mixed_chains(briefing: Briefing, gold: dict[str, Any]) -> int:
    """Merged events holding gold mentions of happenings from both sub-events: each gold chain
    belongs to the sub-event most of its mentions' documents report."""
    mentions = [m for m in gold["mentions"] if m["kind"] == "event" and m["validated"]]
    home: dict[str, str] = {}
    for chain in {m["chain"] for m in mentions}:
        docs = [m["doc"].endswith("ecbplus") for m in mentions if m["chain"] == chain]
        home[chain] = "plus" if sum(docs) * 2 >= len(docs) else "ecb"
    stems = {s.id: Path(s.path).stem for s in briefing.sources}
    mixed = 0
    for event in briefing.events:
        sides = {
            home[m["chain"]]
            for e in event.evidence
            for m in mentions
            if m["doc"] == stems[e.source] and m["start"] < e.end and e.start < m["end"]
        }
        mixed += len(sides) > 1
    return mixed


def merged_pairs(briefing: Briefing, gold: dict[str, Any]) -> tuple[int, int]:
    """Pairs of reports merged into one event that the gold puts in one chain, and in two.

    A report stands for the validated gold event mention inside its evidence whose word is
    the event's predicate, or names its kind of happening ('struck' or 'hit' for 'strike');
    reports with none are not judged. The
    clause grain of the scorer's mapping does not blur this: it asks only whether what was
    merged is one happening."""
    mentions = [m for m in gold["mentions"] if m["kind"] == "event" and m["validated"]]
    stems = {s.id: Path(s.path).stem for s in briefing.sources}
    right = wrong = 0
    for event in briefing.events:
        if len(event.evidence) < 2 or not event.predicate:
            continue
        kind = happening_kind(event.predicate)
        chains = [
            head["chain"]
            for e in event.evidence
            for head in [
                m
                for m in mentions
                if m["doc"] == stems[e.source]
                and m["start"] < e.end
                and e.start < m["end"]
                and happening_kind(lemma(m["text"].split()[0])) == kind
            ][:1]
        ]
        for a, b in itertools.combinations(chains, 2):
            right += a == b
            wrong += a != b
    return right, wrong


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--topics", default="dev", help="'dev', 'all' or a comma-separated list")
    parser.add_argument("--kind", choices=["entity", "event", "both"], default="both")
    parser.add_argument("--keep", type=Path, help="write each topic's briefing JSON here")
    args = parser.parse_args()
    data = args.shared / "data" / "ecbplus"
    scorer = args.shared / "tools" / "ecb-score"
    if not data.is_dir() or not scorer.exists():
        print(f"ecbplus: {data} or {scorer} not found", file=sys.stderr)
        return 2
    if args.topics == "dev":
        topics = list(DEV)
    elif args.topics == "all":
        topics = sorted(int(p.name) for p in data.iterdir() if p.name.isdigit())
    else:
        topics = [int(t) for t in args.topics.split(",")]
    kinds = ["entity", "event"] if args.kind == "both" else [args.kind]
    rows: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as scratch:
        out = args.keep or Path(scratch)
        out.mkdir(parents=True, exist_ok=True)
        for topic in topics:
            folder = data / str(topic)
            briefing = briefing_for(topic_articles(folder))
            path = out / f"{topic}.json"
            path.write_text(render_json(briefing), encoding="utf-8")
            row: dict[str, float] = {"topic": topic}
            for kind in kinds:
                row[kind] = conll(scorer, [str(path), str(folder), *OPTIONS[kind]])
                row[f"{kind}_lemma"] = conll(
                    scorer, ["--baseline", "lemma", str(folder), *OPTIONS[kind]]
                )
            if "event" in kinds:
                row["mixed"] = mixed_events(briefing)
                gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
                row["mixed_chains"] = mixed_chains(briefing, gold)
                row["pairs_right"], row["pairs_wrong"] = merged_pairs(briefing, gold)
                row["events"] = len(briefing.events)
                shown, dated, days = timeline_dated(topic_articles(folder, "*ecbplus.txt"))
                row["timeline"], row["dated"], row["days"] = shown, dated, days
            rows.append(row)
            print(_row(row, kinds), flush=True)
    summary = {"topic": "mean"} | {
        key: mean(r[key] for r in rows) for key in rows[0] if key != "topic"
    }
    totals = (
        "mixed",
        "mixed_chains",
        "pairs_right",
        "pairs_wrong",
        "events",
        "timeline",
        "dated",
        "days",
    )
    summary |= {k: sum(r[k] for r in rows) for k in totals if k in rows[0]}
    print(_row(summary, kinds))
    return 0


def _row(row: dict[str, Any], kinds: list[str]) -> str:
    parts = [f"topic {row['topic']}"]
    for kind in kinds:
        parts.append(f"{kind} {row[kind]:.1f} (lemma {row[kind + '_lemma']:.1f})")
    if "mixed" in row:
        dated = row["dated"] / row["timeline"] if row["timeline"] else 0.0
        parts.append(
            f"{row['mixed']:.0f}/{row['events']:.0f} events cite both sub-events' documents, "
            f"{row['mixed_chains']:.0f} mix their happenings; merged pairs one happening "
            f"{row['pairs_right']:.0f}, two {row['pairs_wrong']:.0f}; ecbplus timeline "
            f"{row['dated']:.0f}/{row['timeline']:.0f} dated ({dated:.2f}; "
            f"{row['days']:.0f} to the day)"
        )
    return " · ".join(parts)


if __name__ == "__main__":
    sys.exit(main())
