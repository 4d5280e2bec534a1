"""Recognise web-page debris in text copied from a news site.

Copy-pasted articles carry lines that are not the story: navigation ('Skip to content'), browser
warnings, photo captions and credits, bylines, "Read more" links, share buttons, timestamps.
They are kept in the loaded text (so offsets stay true to the file) but must not become a title,
an event or a quote.
"""

from __future__ import annotations

import re
from itertools import islice

from .lemmas import is_common_word

_DEBRIS_LINE = re.compile(
    r"""^(?:
        skip\s+to\s+(?:main\s+)?content
      | (?:ie|internet\s+explorer)\s*\d*\s+is\s+not\s+supported.*
      | your\s+browser\s+is\s+(?:out\s+of\s+date|not\s+supported).*
      | (?:read|see)\s+(?:more|also)\b.*
      | also\s+read\b.*
      | related(?:\s+(?:articles?|stories|coverage|news))?(?:\s*:.*)?
      | most\s+read\s+in\s+(?-i:[A-Z]).*  # a paper's list of its most read, run on
      | related\s+(?:articles|stories)\s+(?-i:[A-Z'"\u2018\u201c]).*  # their headlines run on
      | (?:share|print|email|tweet)(?:\s+this(?:\s+(?:article|story))?)?
      | close | menu | advertisement | sponsored(?:\s+content)? | subscribe\b.* | sign\s+up\b.*
      | get\s+more\s+news.* | watch(?:\s+live)?\s*:.* | listen\s+to\s+this\s+article.*
      | (?:by|reporting\s+by|written\s+by)\s+(?-i:[A-Z][\w.'-]+(?:\s+(?:and\s+)?[A-Z][\w.'-]+){0,4})
        (?:,\s*[^.]*)?
      | (?:last\s+)?updated(?:\s*:|\s+\d|\s+(?:on|at)\s).* | published\s*:.*
      | (?:photo|image|picture|video|file\s+photo)\s*(?::|\bby\b|\bcredit\b).*
      | photo\s+shows\b.*
      | enlarge\s+this\s+image\b.* | toggle\s+caption\b.*
      | in\s+this\s+(?:pool\s+|handout\s+|file\s+)?(?:photo|photograph|image)\b.*
      | just\s+watched\s+(?-i:[A-Z]).* | must\s+watch\s+(?-i:[A-Z]).*  # a video player's
      | skip\s+in\s+skip\s+x\s+embed\b.* | (?-i:CLOSE\s+[A-Z]).*  # another's carousel
      | .*\b(?:via\s+getty(?:\s+images)?|getty\s+images|(?:afp|ap|reuters)\s+photo)\)?\.?
      | the\s+post\s+.*\s+appeared\s+first\s+on\s+.*
      | what\s+you\s+should\s+know
      | (?:follow|read|watch|get)\s+(?:our|the|all)?\s*
        (?:live\s*-?\s*blog|live\s+(?:coverage|updates?)).*
      | live\s*(?:blog|updates?|coverage)\s*:?.* | key\s+(?:points|events|takeaways)\s*:?
      | (?:click|tap)\s+here\b.* | download\s+(?:our|the)\s+app\b.*
      | (?:caption|image\s+caption|media\s+caption)\s*:?.*
      | (?:(?-i:[A-Z][\w.'-]+)\s+){1,3}(?:reported|contributed)\s+(?:from|to)\b.*
      | additional\s+reporting\s+by\b.*
      | \(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b.*
      | (?:reporting|writing)\s+by\s+[^.;]+;\s*(?:writing|editing)\s+by\b.*
      | (?-i:[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3})\s+is\s+an?\s+(?:[\w-]+\s+){0,3}
        (?:reporter|correspondent|writer|editor|columnist|journalist|contributor|producer)
        \s+(?:for|at|with)\s+(?:the\s+)?(?-i:[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,5})\.?
      | follow\s+.+\s+on\s+(?:twitter|x|instagram|facebook|threads|bluesky|tiktok)\b.*
      | copyright\b.* | ©.* | all\s+rights\s+reserved.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_CAPTION_CREDIT = re.compile(r"/\s*[A-Z][\w ]+(?:Photo|Images?)\b")


_CALL_TO_ACTION = re.compile(
    r"""^(?:
        sign\s+up\s+(?:for|to|now|here|today)\b | subscribe\s+(?:to|now|here|for|today)\b
      | (?:click|tap)\s+here\b | download\s+(?:our|the)\s+(?:free\s+)?app\b
      | follow\s+us\b | start\s+your\s+day\s+with\b
      | get\s+(?:our|the)\s+(?:free\s+)?(?:daily\s+|weekly\s+)?newsletter\b
      | we\s+pay\s+for\s+your\s+(?:stories|videos|pictures|photos)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)


_GALLERY_CAPTION = re.compile(r"\bHide\s+Caption\s+\d+\s+of\s+\d+\b")
"""'Hide Caption 5 of 25 Photos: …': a gallery's captions run into the prose."""
_CREDIT_OPENING = re.compile(
    r"^(?:Reuters|REUTERS|AP|AFP|EPA|PA|Getty\s+Images|GETTY|Twitter|Facebook|Instagram|Rex"
    r"|[a-z][\w-]*(?:\.[\w-]+)*\.(?:com|co\.uk|net|org))"
    r"\s+([A-Z][a-z]+)\s"
)
"""A caption opening on its credit, then a capitalised word: 'Reuters The attack was …',
'matrixpictures.co.uk Survivors comfort each other …' (a picture agency's web address)."""


_GALLERY_CHROME = re.compile(r"(?:\bHide\s+Caption\s+\d+\s+of\s+\d+\s+)?\bPhotos:\s+")
"""The furniture before each caption of a gallery run into the prose: 'Hide Caption 5 of 25
Photos: ' and the gallery's title after it."""
_GALLERY_TITLE_WORDS = 2
_GALLERY_TITLE_MOST = 30
"""A gallery's title is a headline: it and the caption's first word fit in this many words."""
_WORD = re.compile(r"\S+")


def gallery_chrome(line: str) -> list[tuple[int, int]]:
    """The spans of a photo gallery's furniture in a line ('Hide Caption 22 of 25 Photos:
    Bastille Day terror: Harrowing images of truck attack in Nice'): the counter and the
    gallery's title, which repeats word for word before every caption. None unless the line
    repeats it: one 'Photos:' may open a sentence of prose."""
    if line.count("Photos:") < 2:  # (the cheap test first: most lines have none)
        return []
    found = list(_GALLERY_CHROME.finditer(line))
    if len(found) < 2:
        return []
    after = [list(islice(_WORD.finditer(line, m.end()), _GALLERY_TITLE_MOST)) for m in found]
    shared = 0  # words every caption's furniture opens with, each with one more of its own
    while all(len(words) > shared + 1 for words in after) and (
        len({words[shared].group() for words in after}) == 1
    ):
        shared += 1
    if shared < _GALLERY_TITLE_WORDS:
        return []
    return [(m.start(), words[shared - 1].end()) for m, words in zip(found, after, strict=True)]


def is_photo_caption(sentence: str) -> bool:
    """A photo gallery's caption run into the prose ('Hide Caption 5 of 25 Photos: …') or a
    caption opening on its credit before an ordinary word ('Reuters The attack was …',
    'Twitter Women cling to each other'): no news of its own."""
    stripped = sentence.strip()
    if _GALLERY_CAPTION.search(stripped):
        return True
    opening = _CREDIT_OPENING.match(stripped)
    return opening is not None and is_common_word(opening.group(1))


def is_call_to_action(sentence: str) -> bool:
    """A sentence asking the reader to do something for the site ('Sign up for the free daily
    newsletter.', 'Start your day with the Opening Bell'), inside a paragraph of prose: page
    furniture, no news."""
    return bool(_CALL_TO_ACTION.match(sentence.strip()))


def is_debris_line(line: str) -> bool:
    """Whether a whole line is page furniture rather than article prose."""
    stripped = line.strip()
    if not stripped:
        return False
    return bool(_DEBRIS_LINE.match(stripped) or _CAPTION_CREDIT.search(stripped))


def looks_like_headline(line: str) -> bool:
    """A short line without closing punctuation that is not debris: a plausible title."""
    stripped = line.strip()
    return (
        8 <= len(stripped) <= 200
        and not stripped.endswith((".", ":", ";", ","))
        and sum(c.isalpha() for c in stripped) >= 8
        and not is_debris_line(stripped)
    )
