"""Who said what, against PolNeAR's hand-annotated attributions (2016 US election coverage).

    python benchmarks/polnear.py --polnear ~/PolNeAR               # the test split
    python benchmarks/polnear.py --polnear ~/PolNeAR --split dev --show

PolNeAR (github.com/networkdynamics/PolNeAR, Newell et al. 2018) holds 1,008 articles from
seven US outlets with every attribution annotated as source, cue and content spans, and
CoreNLP's coreference for each article. Nothing of it is stored here: point `--polnear` at a
checkout (or set POLNEAR). It is not a quote-attribution gold in this project's sense, so the
scores are agreements, read with their limits:

- Each evidence span of an offline position is matched to the annotated attribution whose
  content covers at least half of it. The annotated source is reduced to names: the named
  entities (and capitalised words) inside the source span. With `--coref`, a source without
  a name ('he') takes the names of its CoreNLP coreference chain's representative mention;
  off by default, because those chains are wrong too often to judge by (on the test split
  most of the disagreements they add are CoreNLP's: 'he' as Hillary Clinton for Douglas
  Band's own words).
- agree: the position's actor shares a name word with the source; disagree: the source has
  names and the actor shares none; unnamed: the source has no names ('a spokesman', a
  pronoun without a chain). Positions that no annotation covers are counted apart.
- PolNeAR gives nested reporting to the outer source ('The Post reported that Trump said
  "…"' is the Post's), so some disagreements are the engine naming the inner speaker. Read
  them with `--show`; the agreement is a floor on precision, not precision itself.
- Unattributed quotations whose annotation names a source, and annotated direct quotations
  the engine shows nowhere, are the recall side.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from summarizer.engines.offline import extract_offline
from summarizer.models import Article, Evidence

NAMED_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "MISC"})
NOT_NAMES = frozenset(
    "the a an of and mr mrs ms dr sen gov rep president jr sr his her she they its their "
    "this that".split()
)
MIN_OVERLAP = 0.5
Span = tuple[int, int]
Token = tuple[int, str, str]  # start offset, word, named-entity type


@dataclass(frozen=True)
class Attribution:
    """One annotated attribution: where its source and content stand."""

    source: tuple[Span, ...]
    content: tuple[Span, ...]


def read_attributions(path: Path) -> list[Attribution]:
    """The brat standoff file's attribution relations (the first annotator's file)."""
    spans: dict[str, tuple[Span, ...]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            _, _, ranges = fields[1].partition(" ")
            spans[fields[0]] = tuple(
                (int(a), int(b)) for a, b in (r.split() for r in ranges.split(";"))
            )
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(role.split(":", 1) for role in fields[1].split()))
    return [
        Attribution(spans.get(r.get("Source", ""), ()), spans.get(r.get("Content", ""), ()))
        for r in relations
    ]


def read_corenlp(path: Path) -> tuple[list[Token], list[list[list[Token]]]]:
    """CoreNLP's tokens (offset, word, entity type) and coreference chains of mentions."""
    if not path.exists():
        return [], []
    root = ET.parse(path).getroot()
    by_id: dict[tuple[int, int], Token] = {}
    for sentence in root.iter("sentence"):
        number = int(sentence.get("id") or 0)
        for token in sentence.iter("token"):
            by_id[(number, int(token.get("id") or 0))] = (
                int(token.findtext("CharacterOffsetBegin") or 0),
                token.findtext("word") or "",
                token.findtext("NER") or "O",
            )
    chains = []
    for chain in root.findall("document/coreference/coreference"):
        mentions: list[list[Token]] = []  # the representative mention first
        for mention in chain.findall("mention"):
            number = int(mention.findtext("sentence") or 0)
            first, end = int(mention.findtext("start") or 0), int(mention.findtext("end") or 0)
            tokens = [by_id[(number, i)] for i in range(first, end) if (number, i) in by_id]
            if mention.get("representative") == "true":
                mentions.insert(0, tokens)
            else:
                mentions.append(tokens)
        chains.append(mentions)
    return list(by_id.values()), chains


def name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and w not in NOT_NAMES}


def _inside(offset: int, spans: Sequence[Span]) -> bool:
    return any(start <= offset < end for start, end in spans)


def source_names(
    attribution: Attribution,
    text: str,
    tokens: Sequence[Token],
    chains: Sequence[Sequence[Sequence[Token]]] = (),
) -> set[str]:
    """The name words the annotated source gives, or its coreference chain does."""
    names = {
        w
        for offset, word, kind in tokens
        if kind in NAMED_TYPES and _inside(offset, attribution.source)
        for w in name_words(word)
    }
    for start, end in attribution.source:
        for capitalised in re.finditer(r"\b[A-Z][\w'\u2019-]+", text[start:end]):
            names |= name_words(capitalised.group())
    if names:
        return names
    for chain in chains:
        if chain and any(_inside(t[0], attribution.source) for mention in chain for t in mention):
            return {  # the chain's representative mention, when a name: CoreNLP's chains run
                w for _, word, kind in chain[0] if kind in NAMED_TYPES for w in name_words(word)
            }  # together too often to pool every mention's names
    return set()


def overlap(start: int, end: int, spans: Sequence[Span]) -> int:
    return sum(max(0, min(end, b) - max(start, a)) for a, b in spans)


def score_article(
    paths: tuple[Path, Path, Path], coref: bool = False
) -> list[tuple[str, str, str, str]]:
    """(verdict, actor, annotated source, quote) for each of an article's evidence spans and
    each annotated direct quotation with a named source the engine shows nowhere."""
    text_path, annotation_path, corenlp_path = paths
    text = text_path.read_text(encoding="utf-8")
    attributions = read_attributions(annotation_path)
    tokens, chains = read_corenlp(corenlp_path)
    if not coref:
        chains = []
    article = Article(id=1, path=text_path.name, text=text, published=date(2016, 6, 1))
    extraction = extract_offline(article)
    spans: list[tuple[str | None, Evidence]] = [
        (p.actor, e) for p in extraction.positions for e in p.evidence
    ]
    spans += [(None, e) for q in extraction.unattributed for e in q.evidence]
    rows: list[tuple[str, str, str, str]] = []
    covered: set[int] = set()
    for actor, evidence in spans:
        best = max(
            range(len(attributions)),
            key=lambda i: overlap(evidence.start, evidence.end, attributions[i].content),
            default=None,
        )
        quote = " ".join(text[evidence.start : evidence.end].split())[:160]
        if best is None or overlap(evidence.start, evidence.end, attributions[best].content) < (
            MIN_OVERLAP * (evidence.end - evidence.start)
        ):
            rows.append(("not annotated", actor or "", "", quote))
            continue
        covered.add(best)
        names = source_names(attributions[best], text, tokens, chains)
        source = " | ".join(text[a:b] for a, b in attributions[best].source)
        if names and not any(w in source.lower() for w in names):
            source += " = " + ", ".join(sorted(names))  # the chain's names for 'he
        if actor is None:
            verdict = "unattributed, source named" if names else "unattributed, source unnamed"
        elif not names:
            verdict = "unnamed"
        else:
            verdict = "agree" if name_words(actor) & names else "disagree"
        rows.append((verdict, actor or "", source, quote))
    for i, attribution in enumerate(attributions):
        if i in covered or not attribution.content:
            continue
        start, end = attribution.content[0]
        quoted = text[start:end].lstrip().startswith(("\u201c", '"')) and end - start >= 25
        if quoted and (names := source_names(attribution, text, tokens, chains)):
            rows.append(
                ("missed", "", ",".join(sorted(names)), " ".join(text[start:end].split())[:160])
            )
    return rows


def articles(root: Path, split: str) -> Iterator[tuple[Path, Path, Path]]:
    """Each article of the split with its first annotator's file and its CoreNLP output."""
    folder = root / "data" / split
    for text_path in sorted((folder / "text").glob("*.txt")):
        annotations = sorted((folder / "attributions").glob(text_path.stem + "_*.ann"))
        if annotations:
            yield text_path, annotations[0], folder / "corenlp" / (text_path.name + ".xml")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=os.environ.get("POLNEAR"))
    parser.add_argument("--split", choices=("train", "dev", "test"), default="test")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--show", action="store_true", help="list every disagreement")
    parser.add_argument("--coref", action="store_true", help="name pronoun sources by CoreNLP")
    options = parser.parse_args(argv)
    if options.polnear is None or not (options.polnear / "data").is_dir():
        print("PolNeAR not found: give --polnear DIR (a checkout of networkdynamics/PolNeAR)")
        return 2
    work = list(articles(options.polnear, options.split))
    with ProcessPoolExecutor(options.jobs) as pool:
        scored = pool.map(partial(score_article, coref=options.coref), work, chunksize=4)
        rows = [row for found in scored for row in found]
    counts = Counter(verdict for verdict, *_ in rows)
    if options.show:
        for verdict, actor, source, quote in rows:
            if verdict == "disagree":
                print(f"- [{actor}] vs [{source}]: {quote}")
    judged = counts["agree"] + counts["disagree"]
    print(f"PolNeAR {options.split}: {len(work)} articles, {len(rows)} spans")
    for verdict, count in sorted(counts.items()):
        print(f"  {verdict}: {count}")
    share = counts["agree"] / max(1, judged)
    print(f"agreement on named sources: {counts['agree']}/{judged} = {share:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
