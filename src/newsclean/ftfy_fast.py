"""``ftfy.fix_text``, exactly, without paying for it on text that it would leave alone.

ftfy spends most of its time on correct text: every line goes through its badness
regex and several ``str.translate`` passes before it is returned unchanged. This
module proves, with one scan of the text, that a line holds none of the characters
that any of ftfy's fixes could act on, and calls ftfy only for the lines that do.
The answer is the same string as ``ftfy.fix_text`` gives, always (a differential
hypothesis property in ``tests/test_unicode_differential.py`` holds it to that).

How the proof goes, fix by fix, for a config without quote uncurling, width folding
or normalisation (any other config is handed to ftfy whole):

- ``unescape_html`` changes only a ``&name;`` or ``&#123;`` entity.
- ``fix_encoding`` changes nothing unless ftfy's badness regex matches. Every branch
  of that regex needs one of the :data:`ANCHORS` characters (a currency sign, a
  capital accented letter, a curly quote...) within its first four characters, and
  no match is longer than seven, so searching a short window around each anchor
  answers exactly what searching the whole line would.
- ``fix_c1_controls``, ``fix_latin_ligatures``, ``fix_line_breaks``,
  ``fix_surrogates``, ``remove_terminal_escapes`` and ``remove_control_chars`` each
  change only characters of :data:`HARD`, built from ftfy's own tables.

>>> fix_text("Plain news text, with “curly quotes” – and an ellipsis…")
'Plain news text, with “curly quotes” – and an ellipsis…'
>>> fix_text("The cafÃ© opened &amp; closed.\\nThen\\x00 it rained.")
'The café opened & closed.\\nThen it rained.'
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate

import ftfy
from ftfy import badness, chardata

#: ftfy's fixes that keep correct news text byte for byte: no quote uncurling, no width
#: folding, no Unicode normalisation (NFC would change CJK compatibility ideographs), no
#: explanation (it costs time). The default of :func:`fix_text`.
NEWS_SAFE = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    normalization=None,
    explain=False,
)

# ftfy 6.2-6.3's badness regex, whose branches the anchor set below was read from.
# Another regex (a new ftfy) turns the window search off: slower, still exact.
_KNOWN_BADNESS = "9dcc0f2ac90d9ae3c85eb7b9b2c0b8a8e8126153847c2b30c91a0bb263f3b8c4"
_BADNESS_DIGEST = hashlib.sha256(badness.BADNESS_RE.pattern.encode("utf-8")).hexdigest()

_CATEGORY = badness.MOJIBAKE_CATEGORIES
#: Characters one of which every match of ftfy's badness regex holds within its first
#: four characters: the C1 controls, the "bad" and legal signs, capital accented
#: letters, box drawing, opening and closing punctuation, currency and numeric signs,
#: and the few letters that start a fixed mojibake sequence (Œœ ° Ù Ђ).
ANCHORS = (
    "".join(
        _CATEGORY[name]
        for name in (
            "c1",
            "bad",
            "law",
            "currency",
            "start_punctuation",
            "end_punctuation",
            "numeric",
            "upper_accented",
            "box",
        )
    )
    + "Œœ°ÙЂ"
)
# Every match of the badness regex has either one of these characters, or an anchor
# next to another non-ASCII character (the non-ASCII characters of a match are always
# side by side). ``_SUSPECT`` finds them: the second character of such a pair.
_LONE = "Œœ\xc2\xc3\x80-\x9f"
_BEFORE, _AFTER = 4, 8  # a match holding a suspect lies within these many characters

#: Characters that ftfy's fixes other than ``fix_encoding`` and ``unescape_html`` act
#: on: control characters, C1 controls, ligatures, line breaks other than ``\\n``,
#: surrogates, and the escape that starts a terminal sequence.
HARD = "".join(
    sorted(
        {chr(code) for code in chardata.CONTROL_CHARS}
        | {chr(code) for code in chardata.LIGATURES}
        | {chr(code) for code in range(0x80, 0xA0)}
        | {"\r", "\u2028", "\u2029", "\x1b"}
    )
)
_HARD = re.compile(f"[{re.escape(HARD)}\ud800-\udfff]")
_SUSPECT = re.compile(
    f"[^\\x00-\\x7f](?<=[{ANCHORS}][^\\x00-\\x7f]|[^\\x00-\\x7f][{ANCHORS}])|[{_LONE}]"
)
# Everything that can make a segment need ftfy: text without any of these is returned as is.
_TRIGGER = re.compile(f"[{re.escape(HARD)}\ud800-\udfff{ANCHORS}&]")
# The badness regex with ``^`` at every line start: over many lines, it finds at least
# what the original finds in each line on its own.
_BADNESS_LINES = re.compile(badness.BADNESS_RE.pattern, badness.BADNESS_RE.flags | re.MULTILINE)


def _bad_from(pattern: re.Pattern[str], text: str, at: int) -> int:
    """Where the leftmost match of the badness ``pattern`` at or after ``at`` starts, or -1.

    The pattern is tried only in a short window around each suspect; once a window
    holds a match, no match starts between ``at`` and that window, so a search from the
    window's start finds the leftmost one a few characters on.
    """
    if _BADNESS_DIGEST != _KNOWN_BADNESS:
        found = pattern.search(text, at)
        return -1 if found is None else found.start()
    for suspect in _SUSPECT.finditer(text, at):
        start = max(at, suspect.start() - _BEFORE)
        if pattern.search(text, start, suspect.start() + _AFTER):
            return pattern.search(text, start).start()  # type: ignore[union-attr]
    return -1


def is_bad(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``, searching only around the anchor characters.

    >>> is_bad("The cafÃ© opened."), is_bad("The café opened, at “Zur Post”.")
    (True, False)
    """
    return _bad_from(badness.BADNESS_RE, text, 0) != -1


def may_change(segment: str, unescape: bool) -> bool:
    """Whether ftfy could change ``segment``; ``False`` is a proof that it will not.

    >>> may_change("Zürich, 5 °C", unescape=True), may_change("A &amp; B", unescape=True)
    (False, True)
    """
    return bool(
        _HARD.search(segment)
        or (unescape and "&" in segment and chardata.HTML_ENTITY_RE.search(segment))
        or is_bad(segment)
    )


class _Trouble:
    """The next place at or after a position where ftfy could find something to fix.

    Each kind of trouble is searched for again only once the text before its last
    find is done with, so walking a whole text costs one pass per kind.

    >>> _Trouble("ok\\nbad\\x00", entities=True, limit=1000).next(0)
    6
    """

    def __init__(self, text: str, *, entities: bool, limit: int) -> None:
        self.text = text
        self.limit = limit
        self.finders = [self._hard, self._bad]
        if entities:
            self.finders.append(self._entity)
        if len(text) > limit:
            self.finders.append(self._cut)
        self.found = [-2] * len(self.finders)

    def next(self, at: int) -> int:
        """The first place at or after ``at`` (a segment boundary), or -1 for none."""
        best = -1
        for kind, finder in enumerate(self.finders):
            position = self.found[kind]
            if -1 != position < at:
                position = self.found[kind] = finder(at)
            if position != -1 and (best == -1 or position < best):
                best = position
        return best

    def _hard(self, at: int) -> int:
        found = _HARD.search(self.text, at)
        return -1 if found is None else found.start()

    def _entity(self, at: int) -> int:
        found = chardata.HTML_ENTITY_RE.search(self.text, at)
        return -1 if found is None else found.start()

    def _bad(self, at: int) -> int:
        return _bad_from(_BADNESS_LINES, self.text, at)

    def _cut(self, at: int) -> int:
        """The next start of a segment that ftfy cuts out of a line longer than the limit."""
        if 0 < at < len(self.text) and self.text[at - 1] != "\n":
            return at  # the segment before ``at`` was cut short
        position, limit = at, self.limit
        while position + limit < len(self.text):
            newline = self.text.rfind("\n", position, position + limit)
            if newline == -1:
                return position + limit
            position = newline + 1
        return -1


def _segment(text: str, position: int, done: int, limit: int) -> tuple[int, int]:
    """The bounds of the segment ftfy cuts around ``position``; ``done`` is a boundary."""
    line_start = text.rfind("\n", done, position) + 1 or done
    start = line_start + (position - line_start) // limit * limit
    end = text.find("\n", position, start + limit) + 1 or min(len(text), start + limit)
    return start, end


def _fast_path_holds(config: ftfy.TextFixerConfig) -> bool:
    """Whether the pre-check's proof covers ``config``: no fix that acts on plain letters."""
    return (
        config.normalization is None
        and not config.uncurl_quotes
        and not config.fix_character_width
        and config.max_decode_length > 0
    )


def fix_text(text: str, config: ftfy.TextFixerConfig = NEWS_SAFE) -> str:
    """Exactly ``ftfy.fix_text(text, config)``; ftfy runs only on segments it could change.

    ftfy fixes a text one segment at a time: a line, or a piece of a line longer than
    ``config.max_decode_length``. Once a segment holds ``<``, HTML entities are left
    alone from there on (with ``unescape_html="auto"``). Both are followed here.

    >>> fix_text("<b>&amp;</b>\\n&amp; doesnâ€™t")
    '<b>&amp;</b>\\n&amp; doesn’t'
    """
    if not _fast_path_holds(config):
        return str(ftfy.fix_text(text, config))
    if _TRIGGER.search(text) is None:
        return text
    limit = config.max_decode_length
    trouble = _Trouble(text, entities=bool(config.unescape_html), limit=limit)
    first_tag = text.find("<")
    auto = config.unescape_html == "auto"
    pieces: list[str] = []
    done = 0
    while (position := trouble.next(done)) != -1:
        start, end = _segment(text, position, done, limit)
        segment = text[start:end]
        unescape = bool(config.unescape_html) and not (auto and -1 < first_tag < end)
        pieces.append(text[done:start])
        if may_change(segment, unescape):
            own = config._replace(unescape_html=False) if auto and not unescape else config
            segment = str(ftfy.fix_and_explain(segment, own).text)
        pieces.append(segment)
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def fix_lines(
    lines: Sequence[str], config: ftfy.TextFixerConfig = NEWS_SAFE
) -> Iterator[tuple[int, str]]:
    """``(index, fix_text(line, config))`` for every line that ``fix_text`` changes.

    One scan over all the lines together finds the few that ftfy could change.

    >>> list(fix_lines(["Fine.", "CafÃ©", "“Fine” too.", "x\\x00"]))
    [(1, 'Café'), (3, 'x')]
    """
    joined = "\n".join(lines)
    if not _fast_path_holds(config):
        candidates: Iterable[int] = range(len(lines))
    elif _TRIGGER.search(joined) is None:
        return
    else:
        candidates = _troubled_lines(joined, lines, config)
    for index in candidates:
        fixed = fix_text(lines[index], config)
        if fixed != lines[index]:
            yield index, fixed


def _troubled_lines(joined: str, lines: Sequence[str], config: ftfy.TextFixerConfig) -> list[int]:
    """The lines, joined by newlines in ``joined``, that hold trouble or are cut by ftfy."""
    limit = config.max_decode_length
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    flagged = set()
    if len(joined) > limit:  # ftfy cuts a line this long into pieces: leave that to it
        flagged = {i for i, line in enumerate(lines) if len(line) > limit}
    trouble = _Trouble(joined, entities=bool(config.unescape_html), limit=len(joined) + 1)
    at = 0
    while (position := trouble.next(at)) != -1:
        index = bisect_right(starts, position) - 1
        flagged.add(index)
        at = starts[index + 1]
    return sorted(flagged)
