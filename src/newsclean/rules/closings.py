"""NC3xx: credits at the foot of an article: a sign-off ("(dpa)", "SDA/sep"), an author box.

Agencies sign the copy they supply at its end, often with the initials of the editor
who handled it; some papers sign with their writers' initials alone. Such a line comes
after the last paragraph, among the page's furniture. A box about the writer ("Die
Autorin", then a line that opens with her name) names her too.

>>> doc = Document.from_text("Storm closes schools.\\n" + "The storm went on. " * 9 + "\\n(dpa)")
>>> [(f.index, f.authors) for f in closing_credit(doc)]
[(2, ('dpa',))]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document, Finding
from ..names import AGENCIES, INTERFACE_WORDS, opening_name
from ..titles import is_running_text
from .notes import AUTHOR_HEADING

#: A closing credit stands among the last lines of the page.
TAIL_BLOCKS = 15
MAX_CLOSING_CHARS = 120
MAX_HEADING_CHARS = 40
#: An editor's or writer's initials: "sep", "jm", "dan".
_INITIALS = regex.compile(r"[a-z]{2,4}")
#: Agencies and initials joined by slashes or commas, in brackets or not: "(dpa/AFP/jm)".
_CHAIN = regex.compile(
    r"(?P<open>\()?(?P<chain>[\p{L}\- ]{2,40}(?:\s*[/,]\s*[\p{L}\- ]{2,40}){0,5})\)?"
)


def _chain_credit(text: str) -> tuple[str, ...] | None:
    """The agencies of "(dpa)", "SDA/sep", "dpa/AFP/jm"; ``None`` if it is no such credit."""
    match = _CHAIN.fullmatch(text)
    if match is None:
        return None
    parts = [part.strip() for part in regex.split(r"[/,]", match.group("chain"))]
    agencies = [part for part in parts if AGENCIES.fullmatch(part) and "/" not in part]
    initials = [part for part in parts if part not in agencies and _is_initials(part)]
    if not agencies or len(agencies) + len(initials) != len(parts):
        return None
    if len(parts) == 1 and match.group("open") is None:
        return None  # "AP" alone under a picture is the picture's credit
    return tuple(dict.fromkeys(agencies))


def _is_initials(text: str) -> bool:
    return bool(_INITIALS.fullmatch(text)) and text not in INTERFACE_WORDS


def _initials_credit(text: str) -> tuple[str, ...] | None:
    """The initials of "ssi, dan; Foto [M]: Shutterstock", or ``None``."""
    first, semicolon, _ = text.partition(";")
    parts = [part.strip() for part in first.split(",")]
    if not all(_is_initials(part) for part in parts):
        return None
    if len(parts) < 2 and not semicolon:
        return None  # one short lower-case word alone: "mehr", "ok"
    return tuple(dict.fromkeys(parts))


def closing_credit(doc: Document) -> Iterator[Finding]:
    """An agency's or the writers' sign-off after the last paragraph: "(dpa)", "SDA/sep".

    The agencies become ``authors`` (the initials after them are an editor's); initials
    alone ("ssi, dan") are the writers'. Only when the head credited no one: a byline
    there is the article's. One short lower-case word ("mehr") is no credit.

    >>> doc = Document.from_text("Storm closes schools.\\n" + "The storm went on. " * 9 +
    ...                          "\\nSDA/sep\\nShare")
    >>> [(f.index, f.authors) for f in closing_credit(doc)]
    [(2, ('SDA',))]
    """
    blocks = doc.blocks
    last_text = max(
        (index for index, block in enumerate(blocks) if is_running_text(block.text)), default=None
    )
    if last_text is None:
        return
    for index in range(max(last_text + 1, len(blocks) - TAIL_BLOCKS), len(blocks)):
        text = blocks[index].text
        if len(text) > MAX_CLOSING_CHARS:
            continue
        names = _chain_credit(text) or _initials_credit(text)
        if names:
            yield Finding(index, "closing credit", authors=() if doc.authors else names)
            return


def author_box(doc: Document) -> Iterator[Finding]:
    """A box about the writer: its heading ("Die Autorin", "About the author") over a bio.

    The name the bio opens with becomes ``authors``, when nothing else credited the
    article (a byline in the head is the article's); heading and bio are cut. A bio
    that opens with no name ("Seit 2019 bei der taz.") is left to NC519.

    >>> doc = Document.from_text("Body.\\nDie Autorin\\nAnne-Marie Slaughter (*1958) war dort.")
    >>> [(f.index, f.authors) for f in author_box(doc)]
    [(1, ()), (2, ('Anne-Marie Slaughter',))]
    """
    if doc.authors:
        return
    blocks = doc.blocks
    for index in range(len(blocks) - 1):
        if len(blocks[index].text) > MAX_HEADING_CHARS:
            continue
        if AUTHOR_HEADING.fullmatch(blocks[index].text):
            name = opening_name(blocks[index + 1].text)
            if name is not None:
                yield Finding(index, "author box")
                yield Finding(index + 1, "author box", authors=(name,))
                return
