"""The text being cleaned, as numbered blocks, and what a rule reports: a :class:`Finding`.

A block is one non-empty line of the input, with its whitespace tidied.
Rules only read a :class:`Document`; the engine applies their findings.

>>> doc = Document.from_text("Title\\n\\n  Body   text. \\n")
>>> [(b.line, b.text) for b in doc.blocks]
[(1, 'Title'), (3, 'Body text.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import attrgetter
from typing import Literal

import regex

from .memo import per_line

# The line breaks ftfy's fix_line_breaks turns into "\n"; each ends one input line.
LINE_BREAK = regex.compile(r"\r\n|[\r\n\u2028\u2029\x85]")
# Runs of white space, and any single white space that is not a plain or a no-break space.
# ``regex``'s ``\s`` leaves out the separators U+001C to U+001F that ``str.split`` counts.
_WHITESPACE_RUN = regex.compile(r"[\s\x1c-\x1f]{2,}|[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]")
# Two spaces, or any white space but a plain space (the standard ``re`` module's ``\s``
# holds every character of ``regex``'s): without these, ``_WHITESPACE_RUN`` finds nothing.
_UNEVEN_SPACE = re.compile(r"[^\S ]|  ")

Published = date | datetime
_TEXT_OF = attrgetter("text")
#: A line this short that the input repeats (a menu link, "Share") is held as one string.
SHARED_LINE_CHARS = 64


# The characters ``str.splitlines`` splits at that :data:`LINE_BREAK` leaves alone.
_OTHER_LINE_BREAK = re.compile("[\x0b\x0c\x1c-\x1e]")
# What ends a text whose last line ``str.splitlines`` leaves out (the empty one after it).
_FINAL_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")


def lines_of(text: str) -> list[str]:
    """The lines of ``text``, split at :data:`LINE_BREAK`; by ``str.splitlines``, several
    times faster, when the text has none of the breaks only it splits at.

    >>> lines_of("a\\r\\nb\\n"), lines_of("a\\x0cb"), lines_of("")
    (['a', 'b', ''], ['a\\x0cb'], [''])
    """
    if not text or _OTHER_LINE_BREAK.search(text) is not None:
        return LINE_BREAK.split(text)
    lines = text.splitlines()
    if text.endswith(_FINAL_BREAKS):
        lines.append("")
    return lines


def tidy(text: str) -> str:
    """Collapse runs of white space to one space and strip the ends.

    A single no-break or narrow no-break space (French typography) is left alone.

    >>> tidy("  a \\t b\\u00a0c  ")
    'a b\\xa0c'
    """
    if evenly_spaced(text):
        return text.strip()
    return str(_WHITESPACE_RUN.sub(" ", text)).strip()


def evenly_spaced(text: str) -> bool:
    """Whether ``text`` has no white space but single plain spaces (:data:`_UNEVEN_SPACE`
    finds nothing); a printable text without two spaces in a row is told at C speed, as
    no white space but the plain space is printable.

    >>> [evenly_spaced(text) for text in ("a b", "a  b", "a\\xa0b", "a\\xadb")]
    [True, False, False, True]
    """
    if text.isprintable():
        return "  " not in text
    return _UNEVEN_SPACE.search(text) is None


# ``str.casefold`` sets aside 12 bytes a character while it works; a huge line is folded
# in pieces of this many characters (case folding looks at one character at a time).
_FOLD_PIECE = 1 << 16


@per_line
def fold(text: str) -> str:
    """Text compared for sameness: case folded, white space collapsed; the same as
    ``" ".join(text.casefold().split())``.

    A block's text has no white space but single plain spaces between words (or a lone
    no-break space), so it only needs case folding.

    >>> fold("  Same   TEXT "), fold("Same TEXT")
    ('same text', 'same text')
    """
    if not evenly_spaced(text) or text[:1].isspace() or text[-1:].isspace():
        return " ".join(text.casefold().split())
    pieces = range(0, len(text), _FOLD_PIECE)
    return "".join(text[start : start + _FOLD_PIECE].casefold() for start in pieces)


def single_block(text: str) -> str | None:
    """The text of the one block :meth:`Document.from_text` makes of a one-line ``text``;
    ``None`` for text with a line break (or only white space), which may make several.

    A rule run on a document of that one block finds what its per-line check finds.

    >>> single_block("  Share \\t on X "), single_block("Share\\non X"), single_block(" ")
    ('Share on X', None, None)
    """
    if LINE_BREAK.search(text) is not None:
        return None
    return tidy(text) or None


@dataclass(frozen=True, slots=True)
class Block:
    """One line of the input: its 1-based number there, and its current text.

    >>> Block(3, "Body.").line
    3
    """

    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule found in one block: a span, and what becomes of it.

    The span ``[start, end)`` of block ``index`` is cut and recorded as a Removal, or
    kept as the ``title`` or ``summary``, or (for the unicode rules) replaced by
    ``replacement``. ``authors`` and ``published`` are read out of the span.

    >>> Finding(0, "empty byline").end is None
    True
    """

    index: int
    reason: str
    start: int = 0
    end: int | None = None
    keep_as: Literal["title", "summary"] | None = None
    replacement: str | None = None
    authors: tuple[str, ...] = ()
    published: Published | None = None


@dataclass(frozen=True, slots=True)
class Head:
    """Where the headline and standfirst are, among the blocks as they were when found.

    The metadata rules each cut lines; reading the head once keeps every rule looking at
    the same head, with the bylines and dates that vouch for it still in place.

    >>> Head(Document.from_text("Title\\nBody.").blocks, headline=0).headline
    0
    """

    blocks: tuple[Block, ...]
    headline: int | None = None
    standfirst: int | None = None
    variant: int | None = None  # a second version of the headline, right under it


@dataclass(frozen=True, slots=True)
class Document:
    """The blocks still in the article, and the fields found so far.

    ``locked`` is set when the fields came from a canonical front matter: rules that
    would set fields then leave the document alone. ``head`` is the article's head as
    the page gave it, read once before the metadata rules run (see :mod:`newsclean.head`).

    >>> Document.from_text("a\\nb").texts
    ('a', 'b')
    """

    blocks: tuple[Block, ...]
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: Published | None = None
    summary: str | None = None
    source: str | None = None
    locked: bool = False
    head: Head | None = None
    #: :attr:`texts`, once asked: most rules ask, of a document the rules before them left
    #: as it was. ``replace`` makes a document without it.
    _texts: tuple[str, ...] | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str, *, first_line: int = 1) -> Document:
        """Split text into numbered, tidied, non-empty blocks, one per line.

        >>> Document.from_text("\\n\\nx", first_line=10).blocks
        (Block(line=12, text='x'),)
        """
        blocks = []
        short: dict[str, str] = {}  # one string for each short line, however often it is there
        for number, line in enumerate(lines_of(text), start=first_line):
            # A printable line has no white space but plain spaces: tidy() would only strip.
            tidied = line.strip() if line.isprintable() and "  " not in line else tidy(line)
            if len(tidied) <= SHARED_LINE_CHARS:
                if not tidied:
                    continue
                tidied = short.setdefault(tidied, tidied)
            blocks.append(Block(number, tidied))
        return cls(blocks=tuple(blocks))

    @property
    def texts(self) -> tuple[str, ...]:
        """The current text of every block, in order.

        >>> Document.from_text("one\\n\\ntwo").texts
        ('one', 'two')
        """
        texts = self._texts
        if texts is None:
            texts = tuple(map(_TEXT_OF, self.blocks))
            object.__setattr__(self, "_texts", texts)  # frozen: set once, as it would be
        return texts
