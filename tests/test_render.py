"""The Markdown briefing cites a source on every content line; the JSON follows schemas/."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path

import jsonschema
import markdown_it
import pytest
from corpus_support import ROOT, expected_corpus

from summarizer.devtools.export_schemas import SCHEMA_FILES, schema_text
from summarizer.merge import merge_extractions
from summarizer.models import (
    ArticleFailure,
    Briefing,
    Event,
    Evidence,
    OpenQuestion,
    RunStats,
    SourceRef,
)
from summarizer.render.markdown import render_json, render_markdown, short_quote, short_text

GOLDEN = Path(__file__).parent / "golden" / "corpus_briefing.md"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    corpus = expected_corpus()
    stats = RunStats(
        engine="gold",
        articles_loaded=6,
        articles_extracted=6,
        articles_failed=[ArticleFailure(path="tests/x.txt", stage="load", reason="empty file")],
        ungrounded_dropped=2,
    )
    return merge_extractions(
        [e.article for e in corpus], [e.extraction for e in corpus], stats=stats
    )


def test_markdown_matches_the_reviewed_golden_file(briefing: Briefing) -> None:
    rendered = render_markdown(briefing)
    if os.environ.get("BRIEF_UPDATE_GOLDEN"):  # regenerate, then review the diff before committing
        GOLDEN.write_text(rendered, encoding="utf-8")
    assert rendered == GOLDEN.read_text(encoding="utf-8"), (
        "Markdown changed: review it, then regenerate with "
        "BRIEF_UPDATE_GOLDEN=1 pytest tests/test_render.py"
    )


def test_every_content_line_cites_its_sources(briefing: Briefing) -> None:
    lines = render_markdown(briefing).splitlines()
    content = [
        line
        for line in lines
        if line.startswith("- ") or (line.startswith("_") and "Based on" in line)
    ]
    assert content
    for line in content:
        assert re.search(r"\[\d+\]", line), line


def test_sections_are_present(briefing: Briefing) -> None:
    headings = [line for line in render_markdown(briefing).splitlines() if line.startswith("## ")]
    assert headings == [
        "## Overview",
        "## Timeline",
        "## Key actors",
        "## Positions",
        "## Where sources disagree",
        "## Open questions",
        "## Sources",
    ]


def test_every_source_is_numbered_once(briefing: Briefing) -> None:
    text = render_markdown(briefing)
    sources = text.split("## Sources\n\n")[1].split("\n\n")[0].splitlines()
    assert [line.split(".")[0] for line in sources] == ["1", "2", "3", "4", "5", "6"]
    assert "`tests/corpus/articles/wires.jsonl#2`" in sources[5]


def test_the_run_note_counts_what_was_dropped_and_what_failed(briefing: Briefing) -> None:
    note = render_markdown(briefing).rstrip().splitlines()[-1]
    assert "2 items without verbatim support dropped" in note
    assert "`tests/x.txt` (empty file)" in note


def test_json_validates_against_the_exported_schema(briefing: Briefing) -> None:
    schema = json.loads((ROOT / "schemas" / "briefing.schema.json").read_text(encoding="utf-8"))
    document = json.loads(render_json(briefing))
    jsonschema.validate(document, schema)
    assert {
        "sources",
        "actors",
        "events",
        "positions",
        "disagreements",
        "open_questions",
        "stats",
    } <= set(document)
    assert document["events"][0]["date"] == "2026-03-08"
    assert set(document["sources"][0]) >= {"id", "path", "title"}
    assert set(document["actors"][0]) >= {"name", "aliases", "sources"}
    assert set(document["positions"][0]) >= {"actor", "stance", "evidence"}
    assert set(document["events"][0]["evidence"][0]) == {"source", "quote", "start", "end"}


@pytest.mark.parametrize(("name", "model"), sorted(SCHEMA_FILES.items()))
def test_schema_files_match_the_models(name: str, model: type) -> None:
    on_disk = (ROOT / "schemas" / name).read_text(encoding="utf-8")
    assert on_disk == schema_text(model), (
        f"schemas/{name} is stale: run `python -m summarizer.devtools.export_schemas`"
    )


def test_markdown_in_article_text_cannot_break_the_document() -> None:
    assert short_quote("*bold* [link](x) <b>") == "\u201c\\*bold\\* \\[link\\](x) \\<b\\>\u201d"
    long = short_quote("word " * 100)
    assert long.endswith("\u2026\u201d")
    assert len(long) < 240


def test_every_citation_links_to_its_numbered_source(briefing: Briefing) -> None:
    html = markdown_it.MarkdownIt().render(render_markdown(briefing))
    targets = re.findall(r'<a href="#(source-\d+)">\[(\d+)\]</a>', html)
    anchors = set(re.findall(r'<a id="(source-\d+)"></a>', html))
    assert len(targets) > 20  # every citation of the briefing
    assert {target for target, _ in targets} <= anchors
    assert all(target == f"source-{number}" for target, number in targets)
    assert len(anchors) == len(briefing.sources)


def test_the_header_counts_only_the_articles_that_were_extracted() -> None:
    corpus = expected_corpus()
    finished = corpus[:2]
    stats = RunStats(engine="gold", articles_loaded=len(corpus), articles_extracted=2)
    partial = merge_extractions(
        [e.article for e in corpus], [e.extraction for e in finished], stats=stats
    )
    header = render_markdown(partial).splitlines()[2]
    assert header.startswith(f"_Based on 2 of {len(corpus)} articles")
    cited = re.findall(r"\[\[(\d+)\]\]", header)
    assert cited == [str(e.article.id) for e in finished]
    assert [s.extracted for s in partial.sources].count(True) == 2
    assert render_markdown(partial).count("_(not extracted)_") == len(corpus) - 2


@pytest.mark.parametrize(
    ("text", "limit", "shown"),
    [
        ("short enough", 20, "short enough"),
        ("the quick brown fox, jumps over the dog", 20, "the quick brown fox \u2026"),
        ("a  line\nbreak and   spaces", 40, "a line break and spaces"),
        ("x" * 50, 10, "x" * 10 + " \u2026"),  # one word longer than the limit is cut
    ],
)
def test_short_text_cuts_at_a_word_with_an_ellipsis(text: str, limit: int, shown: str) -> None:
    assert short_text(text, limit) == shown


def _told(summary: str, clause: str, sources: list[int]) -> Event:
    at = summary.index(clause)
    evidence = [Evidence(source=s, quote=clause, start=at, end=at + len(clause)) for s in sources]
    return Event(summary=summary, evidence=evidence)


def test_two_happenings_of_one_sentence_each_show_their_own_words() -> None:
    sentence = "Both guards were released after being forced to drive, where the man ran away."
    events = [
        _told(sentence, "being forced to drive", [1, 2]),
        _told(sentence, "the man ran away", [1, 2]),
        _told(sentence, "the man ran away", [3, 2]),  # reads exactly as the line before
    ]
    sources = [SourceRef(id=n, path=f"{n}.txt") for n in (1, 2, 3)]
    briefing = Briefing(title="t", sources=sources, events=events, stats=RunStats(engine="gold"))
    timeline = [line for line in render_markdown(briefing).splitlines() if "**Undated**" in line]
    assert len(timeline) == 2
    assert "*being forced to drive*" in timeline[0]
    assert "*the man ran away*" in timeline[1]
    assert timeline[1].endswith("[[1]](#source-1)[[2]](#source-2)[[3]](#source-3)")


def test_the_overview_tells_a_sentence_of_two_happenings_once() -> None:
    sentence = "A quake struck Amara late on Friday, killing at least 120 people, officials said."
    events = [
        _told(sentence, "killing at least 120 people", [1, 2]),
        _told(sentence, "A quake struck Amara late on Friday", [1, 2]),
        _told("Rescuers searched homes in Amara.", "Rescuers searched homes in Amara", [2]),
    ]
    sources = [SourceRef(id=n, path=f"{n}.txt") for n in (1, 2)]
    briefing = Briefing(title="t", sources=sources, events=events, stats=RunStats(engine="gold"))
    overview = render_markdown(briefing).split("## Overview", 1)[1].split("##", 1)[0]
    assert overview.count("A quake struck Amara") == 1
    assert "Rescuers searched homes in Amara." in overview


def test_the_overview_puts_a_line_the_source_broke_last() -> None:
    """ECB+: a source's 'she returned with a. 357 Magnum' made an overview line end 'with a.';
    a sentence ending on 'a', 'the', 'with' … comes after whole ones."""
    broken = "Minutes after she was suspended from her job, she returned to the plant with a."
    events = [
        _told(broken, "she returned to the plant with a", [1, 2, 3]),
        _told(
            "Police arrested Ana Lind at the plant.",
            "Police arrested Ana Lind at the plant",
            [1, 2],
        ),
        _told("The plant closed on Friday night.", "The plant closed on Friday night", [1, 2]),
        _told("Two workers died at the plant.", "Two workers died at the plant", [2, 3]),
    ]
    sources = [SourceRef(id=n, path=f"{n}.txt") for n in (1, 2, 3)]
    briefing = Briefing(title="t", sources=sources, events=events, stats=RunStats(engine="gold"))
    overview = render_markdown(briefing).split("## Overview", 1)[1].split("##", 1)[0]
    lines = [line for line in overview.splitlines() if line.startswith("- ")]
    assert [broken in line for line in lines] == [False, False, False, True], lines


def test_the_overview_fills_in_with_sentences_that_name_who_before_he_said() -> None:
    events = [
        _told(
            "He said attackers entered through a contractor in May.",
            "attackers entered through a contractor in May",
            [1],
        ),
        _told(
            "Norvale Bank said hackers stole the data of customers.",
            "hackers stole the data of customers",
            [1],
        ),
        _told(
            "The bank said no passwords or card numbers were taken.",
            "no passwords or card numbers were taken",
            [1],
        ),
        _told(
            "Roux said the bank would pay for credit monitoring.",
            "the bank would pay for credit monitoring",
            [1],
        ),
    ]
    briefing = Briefing(
        title="t",
        sources=[SourceRef(id=1, path="1.txt")],
        events=events,
        open_questions=[OpenQuestion(question="Who?", evidence=[_said(1)])],
        stats=RunStats(engine="gold"),
    )
    overview = render_markdown(briefing).split("## Overview", 1)[1].split("##", 1)[0]
    assert "He said" not in overview
    assert "- 1 open question remains" in overview


def _said(source: int) -> Evidence:
    return Evidence(source=source, quote="Who", start=0, end=3)


def test_also_reported_shows_whole_sentences_once_each() -> None:
    from summarizer.engines.offline import extract_offline
    from summarizer.merge import merge_extractions
    from summarizer.models import Article

    text = (
        "Harbour news\n\nIvo Mark, who has also worked in Amara, resigned and left the board, "
        "officials said.\n"
    )
    article = Article(id=1, path="1.txt", text=text)
    rendered = render_markdown(merge_extractions([article], [extract_offline(article)]))
    also = rendered.split("**Also reported**", 1)[1].split("##", 1)[0]
    assert also.count("Ivo Mark, who has also worked in Amara, resigned and left the board") == 1


def test_a_sentence_on_the_timeline_is_not_also_reported() -> None:
    sentence = "The navy launched 100 drones overnight into Friday, killing three people in Amara."
    dated = _told(sentence, "The navy launched 100 drones overnight into Friday", [1])
    dated = dated.model_copy(update={"date": dt.date(2031, 4, 25)})
    undated = _told(sentence, "killing three people in Amara", [1])  # one source, no day
    searched = "Rescuers searched the rubble of the harbour"
    other = _told(f"{searched}.", searched, [1])
    sources = [SourceRef(id=1, path="1.txt")]
    briefing = Briefing(
        title="t", sources=sources, events=[dated, undated, other], stats=RunStats(engine="gold")
    )
    timeline = render_markdown(briefing).split("## Timeline", 1)[1].split("\n## ", 1)[0]
    assert timeline.count("killing three people in Amara") == 1  # on its dated line only
    also = timeline.split("**Also reported**", 1)[1]
    assert searched in also


def test_a_position_shows_each_quote_once_and_none_hidden() -> None:
    from summarizer.models import Evidence, Position
    from summarizer.render.markdown import _position_line

    text = 'telling his counterpart, "Stop now!" on social media'
    said, added = "Stop now!", "Get the deal done!"
    evidence = [
        Evidence(source=1, quote=said, start=0, end=9),
        Evidence(source=2, quote=said, start=0, end=9),
        Evidence(source=2, quote=added, start=20, end=38),
    ]
    line = _position_line(Position(actor="Tom Hale", stance=text, evidence=evidence))
    assert line.count("Stop now") == 1
    assert line.count("Get the deal done") == 1


def test_a_long_stance_cut_short_does_not_show_its_last_quote_again() -> None:
    from summarizer.models import Evidence, Position
    from summarizer.render.markdown import MAX_STANCE_CHARS, _position_line

    first = "We are doing all we can for the family and " + "the town " * 30
    last = "The best approach is to hold the hearing in his absence."
    stance = f'said: "{first}" "{last}"'
    assert len(stance) > MAX_STANCE_CHARS
    evidence = [
        Evidence(source=1, quote=first, start=0, end=len(first)),
        Evidence(source=1, quote=last, start=len(first) + 3, end=len(first) + 3 + len(last)),
    ]
    line = _position_line(Position(actor="Ann Bates", stance=stance, evidence=evidence))
    assert "best approach" not in line  # cut with the stance, not repeated after it
    assert line.endswith("[[1]](#source-1)")


def test_a_quote_the_stance_holds_across_its_quotation_marks_is_not_shown_again() -> None:
    from summarizer.models import Evidence, Position
    from summarizer.render.markdown import _position_line

    stance = 'said Crimea "will stay with Amaria,"'
    evidence = [
        Evidence(source=1, quote="will stay with Amaria,", start=12, end=34),
        Evidence(source=1, quote="Crimea will stay with Amaria", start=80, end=108),
    ]
    line = _position_line(Position(actor="Tom Hale", stance=stance, evidence=evidence))
    assert line.count("will stay with Amaria") == 1


@pytest.mark.parametrize(
    ("question", "quote", "line"),
    [
        (  # a question of its own: before the sentence it was read from
            "What caused the fire?",
            "The cause of the fire was not known.",
            "- What caused the fire? \u2014 \u201cThe cause of the fire was not known.\u201d",
        ),
        (  # the reporter's sentence itself: shown once
            "Details of the deal remain unclear, despite talks on Friday",
            "Details of the deal remain unclear, despite talks on Friday.",
            "- \u201cDetails of the deal remain unclear, despite talks on Friday.\u201d",
        ),
        (  # the sentence under a label: the label, then the sentence once
            "Unconfirmed: that would suggest a deal",
            "If confirmed, that would suggest a deal.",
            "- Unconfirmed \u2014 \u201cIf confirmed, that would suggest a deal.\u201d",
        ),
    ],
)
def test_an_open_question_shows_its_sentence_once(question: str, quote: str, line: str) -> None:
    from summarizer.models import OpenQuestion

    evidence = [Evidence(source=1, quote=quote, start=0, end=len(quote))]
    briefing = Briefing(
        title="t",
        sources=[SourceRef(id=1, path="a.txt")],
        open_questions=[OpenQuestion(question=question, evidence=evidence)],
        stats=RunStats(engine="offline"),
    )
    shown = [x for x in render_markdown(briefing).splitlines() if x.startswith("- ")]
    assert shown[-1] == f"{line} [[1]](#source-1)"


def test_a_quotation_inside_a_quoted_passage_takes_single_marks() -> None:
    """A passage is shown in double marks; the quotations it holds nest in single ones, with
    both their marks, so none is doubled or lost."""
    assert short_quote('Asked about it, he said: "We have a plan."') == (
        "\u201cAsked about it, he said: \u2018We have a plan.\u2019\u201d"
    )
    assert short_quote('"We need beds,"') == "\u201cWe need beds\u201d"  # its own marks go
    # a sentence opening with a quotation keeps both its marks
    assert short_quote('"We will respond in kind," the ministry said.') == (
        "\u201c\u2018We will respond in kind,\u2019 the ministry said.\u201d"
    )
    assert short_quote("\u201cWe will,\u201d he said, \u201cand soon.\u201d") == (
        "\u201c\u2018We will,\u2019 he said, \u2018and soon.\u2019\u201d"
    )


def test_happenings_of_one_sentence_day_and_sources_are_one_line_each_emphasised() -> None:
    """'*The army launched 100 drones overnight*, *killing three people*': the sentence once,
    not a line per clause; a clause other sources report too keeps a line of its own."""
    sentence = "The army launched 100 drones overnight, killing three people, officials said."
    other = "Rescuers searched homes in Amara."
    told = [
        _told(sentence, "The army launched 100 drones overnight", [1]),
        _told(sentence, "killing three people", [1]),
        _told(other, "Rescuers searched homes", [1, 2]),
        _told(other, "searched homes in Amara", [2]),
    ]
    events = [e.model_copy(update={"date": dt.date(2031, 5, 2)}) for e in told]
    sources = [SourceRef(id=n, path=f"{n}.txt") for n in (1, 2)]
    briefing = Briefing(title="t", sources=sources, events=events, stats=RunStats(engine="gold"))
    timeline = [line for line in render_markdown(briefing).splitlines() if "**2031-05-02**" in line]
    assert timeline[0] == (
        "- **2031-05-02** \u2014 *The army launched 100 drones overnight*, *killing three "
        "people*, officials said. [[1]](#source-1)"
    )
    assert len(timeline) == 3  # the other sentence: cited by other sources, two lines


def test_a_line_opening_on_a_pronoun_comes_after_lines_that_name_who() -> None:
    """ECB+: 'He had also boasted … that he wanted to kill a cop, the judge added.', reported by
    six sources, had led the overview: read alone it names no one."""
    events = [
        _told(
            "He had also boasted that he wanted to make a name for his gang.",
            "He had also boasted that he wanted",
            [1, 2, 3],
        ),
        _told(
            "Deputies found Ivo Marek hiding in a bathtub.",
            "Deputies found Ivo Marek hiding in a bathtub",
            [1, 2],
        ),
    ]
    sources = [SourceRef(id=n, path=f"{n}.txt") for n in (1, 2, 3)]
    briefing = Briefing(title="t", sources=sources, events=events, stats=RunStats(engine="gold"))
    overview = render_markdown(briefing).split("## Overview", 1)[1].split("##", 1)[0]
    lines = [line for line in overview.splitlines() if line.startswith("- ")]
    assert lines[0].startswith("- Deputies found Ivo Marek")
    assert lines[1].startswith("- He had")


def test_a_sentence_one_event_tells_whole_is_one_line_citing_its_sources() -> None:
    """'Ilse Brandt will host the gala next year, the academy announced Friday.': the hosting,
    told by two sources in those words, and the announcing, by one of them, were two lines of
    one sentence; one line, citing both."""
    sentence = "Ilse Brandt will host the gala next year, the academy announced Friday."
    told = [
        _told(sentence, sentence[:-1], [1, 2]),
        _told(sentence, "the academy announced Friday", [2]),
    ]
    events = [e.model_copy(update={"date": dt.date(2031, 5, 2)}) for e in told]
    sources = [SourceRef(id=n, path=f"{n}.txt") for n in (1, 2)]
    briefing = Briefing(title="t", sources=sources, events=events, stats=RunStats(engine="gold"))
    timeline = [line for line in render_markdown(briefing).splitlines() if "**2031-05-02**" in line]
    assert timeline == [f"- **2031-05-02** \u2014 {sentence} [[1]](#source-1)[[2]](#source-2)"]


def test_background_placed_in_an_earlier_year_comes_after_single_source_news() -> None:
    """'storms a cinema in July 2012, | opening fire': a year the event is placed in, not only
    one its words name, makes it background to a story of 2017; reported twice, it still
    comes after the story's own single-source lines."""
    past = _told(
        "A man stormed a cinema in Aurora in July 2012, opening fire on the crowd inside.",
        "opening fire on the crowd inside",
        [1, 2],
    ).model_copy(update={"period": "2012-07"})
    news = [
        _told("A gunman fired on the crowd below.", "A gunman fired on the crowd", [1]).model_copy(
            update={"date": dt.date(2017, 10, 1)}
        ),
        _told("Police found 23 guns in the room.", "Police found 23 guns in the room", [2]),
        _told("The hotel closed its doors on Monday.", "The hotel closed its doors", [1]),
    ]
    sources = [SourceRef(id=n, path=f"{n}.txt") for n in (1, 2)]
    briefing = Briefing(
        title="t", sources=sources, events=[past, *news], stats=RunStats(engine="gold")
    )
    overview = render_markdown(briefing).split("## Overview", 1)[1].split("##", 1)[0]
    assert "Aurora" not in overview
    assert "Police found 23 guns in the room." in overview
