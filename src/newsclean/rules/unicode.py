"""NC1xx: unicode damage and invisible characters.

These rules replace characters rather than cut lines: mojibake becomes the text it
was meant to be, invisible characters go. What they take out is still recorded.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document, Finding
from ..ftfy_fast import NEWS_SAFE, fix_lines, fix_text

#: Characters that take up no space and carry nothing in news text: zero-width
#: space, word joiner, soft hyphen, Mongolian vowel separator. Zero-width joiners
#: and direction marks are left alone: scripts and emoji need them.
INVISIBLE = regex.compile(r"[\u200b\u2060\u00ad\u180e]+")


def fix_unicode(text: str) -> str:
    """The text exactly as ``ftfy.fix_text`` with :data:`NEWS_SAFE` gives it, only faster.

    >>> fix_unicode("CafÃ© “quoted”")
    'Café “quoted”'
    """
    return fix_text(text, NEWS_SAFE)


def changed_span(old: str, new: str) -> tuple[int, int, str]:
    """The smallest ``old[start:end]`` that, replaced by the returned text, gives ``new``.

    >>> changed_span("CafÃ© au lait", "Café au lait")
    (3, 5, 'é')
    """
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return start, end_old, new[start:end_new]


def mojibake(doc: Document) -> Iterator[Finding]:
    """Mojibake and other encoding damage, repaired with ftfy.

    Text decoded with the wrong encoding, HTML entities, terminal escapes and
    control characters are repaired in place; correct text is left byte for byte.

    >>> doc = Document.from_text("The cafÃ© opened.")
    >>> [(f.reason, f.replacement) for f in mojibake(doc)]
    [('mojibake', 'é')]
    """
    for index, fixed in fix_lines(doc.texts, NEWS_SAFE):
        start, end, replacement = changed_span(doc.blocks[index].text, fixed)
        yield Finding(index, "mojibake", start, end, replacement=replacement)


def invisible_character(doc: Document) -> Iterator[Finding]:
    """Zero-width spaces, word joiners and soft hyphens inside the text.

    >>> doc = Document.from_text("Zero\\u200bwidth and soft\\u00adhyphen.")
    >>> [(f.start, f.reason) for f in invisible_character(doc)]
    [(4, 'invisible character'), (19, 'invisible character')]
    """
    if INVISIBLE.search("\n".join(doc.texts)) is None:
        return
    for index, block in enumerate(doc.blocks):
        for match in INVISIBLE.finditer(block.text):
            yield Finding(index, "invisible character", match.start(), match.end(), replacement="")
