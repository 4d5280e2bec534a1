"""Are the disagreements a briefing shows real? A hand check on real news, kept reproducible.

    python benchmarks/disagreements.py            # every ECB+ topic: each half and the whole
    python benchmarks/disagreements.py --show     # also print each disagreement not yet judged

Each of the 32 ECB+ topic folders under `../shared/data/ecbplus/` is briefed three ways by the
offline engine: its `*ecb` articles (one real happening), its `*ecbplus` articles (a similar
one), and the whole folder (both, the hard case: two quakes on one island, two seasons of one
team). Every disagreement shown is looked up in the judgements kept in
`benchmarks/gold/disagreements.json`, which hold, for each one judged by reading the articles,
the topic folder, the selection, its kind and the file and character offset of each side's
first passage, with the verdict: genuine (two sources really give one quantity or day of one
happening differently) or not (background, a part, another person's or another happening's
figure). No article text is stored. A disagreement the judgements do not hold is listed as
unjudged: judge it by reading the articles, then add it.

The figure reported is the share of shown disagreements judged genuine (target >= 0.8), and
the number of disagreements drawn within one article (target 0).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ecbplus import briefing_for, topic_articles

from summarizer.models import Briefing, Disagreement

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ecbplus"
JUDGED = ROOT / "benchmarks" / "gold" / "disagreements.json"
SELECTIONS = ("*ecb.txt", "*ecbplus.txt", "*.txt")


def sides(disagreement: Disagreement, names: dict[int, str]) -> list[list[Any]]:
    """Each claim's first passage as [file name, start offset]: the key a judgement holds."""
    return [[names[c.evidence[0].source], c.evidence[0].start] for c in disagreement.claims]


def within_one_article(disagreement: Disagreement) -> bool:
    sources = {e.source for c in disagreement.claims for e in c.evidence}
    return len(sources) < 2


def shown(folder: Path) -> list[tuple[str, Briefing, dict[int, str]]]:
    briefings = []
    for selection in SELECTIONS:
        articles = topic_articles(folder, selection)
        if articles:
            names = {a.id: Path(a.path).name for a in articles}
            briefings.append((selection, briefing_for(articles), names))
    return briefings


def _show(topic: str, selection: str, disagreement: Disagreement, names: dict[int, str]) -> None:
    """An unjudged disagreement, with the key to judge it under and each side's passage."""
    key = {"topic": topic, "selection": selection, "kind": disagreement.kind}
    print(f"unjudged: {json.dumps({**key, 'sides': sides(disagreement, names)})}")
    print(f"    {disagreement.topic}")
    for claim in disagreement.claims:
        quote = " ".join(claim.evidence[0].quote.split())[:140]
        print(f"    - {claim.claim} {claim.sources}: {quote}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print unjudged disagreements")
    options = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"no ECB+ data at {DATA}: nothing to measure", file=sys.stderr)
        return 0
    judged = {
        (j["topic"], j["selection"], j["kind"], json.dumps(j["sides"])): j["genuine"]
        for j in json.loads(JUDGED.read_text(encoding="utf-8"))["judged"]
    }
    total = genuine = unjudged = within = 0
    for folder in sorted(
        (p for p in DATA.iterdir() if p.name.isdigit()), key=lambda p: int(p.name)
    ):
        for selection, briefing, names in shown(folder):
            for disagreement in briefing.disagreements:
                total += 1
                within += within_one_article(disagreement)
                key = (
                    folder.name,
                    selection,
                    disagreement.kind,
                    json.dumps(sides(disagreement, names)),
                )
                verdict = judged.get(key)
                if verdict is None:
                    unjudged += 1
                    if options.show:
                        _show(folder.name, selection, disagreement, names)
                genuine += bool(verdict)
    judged_count = total - unjudged
    share = genuine / judged_count if judged_count else float("nan")
    print("| shown (32 topics, 3 selections) | judged | genuine | share | within one article |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    print(f"| {total} | {judged_count} | {genuine} | {share:.2f} | {within} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
