"""NC5xx: navigation menus and breadcrumbs.

A menu comes out of a scraper as a run of short lines, one link each ("Politics",
"Business", "Tech", ...), or as one line of links glued together without spaces
("DAZN GutscheineNike Store Gutscheine..."). A breadcrumb is one line of a few
links with separators ("Home › News › World"). One short line is not a menu: an
article has subheadings, and a short line before a paragraph is kept.

>>> doc = Document.from_text("Home\\nPolitics\\nBusiness\\nTech\\nSport\\nThe vote was close.")
>>> [f.index for f in navigation_menu(doc)]
[0, 1, 2, 3, 4]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import regex

from ..document import Document, Finding
from ..memo import per_line
from .boilerplate import is_separator
from .shapes import is_menu_item, is_sentence, size

#: A run of at least this many menu items is a menu.
MIN_MENU_RUN = 4
#: Links glued together: a capitalised word running at once into the next capital
#: ("GutscheineNike"), a question glued to the next headline ("fat?Chhattisgarh"), or a
#: long lowercase word running into a capitalised one ("surrenderGunfire"). A short
#: lowercase prefix before a capital ("nguMphathiswa" in Xhosa) is no junction.
GLUED_LINK = regex.compile(
    r"\p{Lu}\p{Ll}+(?=\p{Lu})|\p{Ll}[?!](?=\p{Lu})|\p{Ll}{6,}(?=\p{Lu}\p{Ll})"
)
MIN_GLUED_LINKS = 4
#: Where a junction of :data:`GLUED_LINK` can end: a capital right after a lowercase
#: letter, or after one and a ``?`` or ``!``. Every junction ends at a different one, so
#: counting these (a fast search for capitals) bounds the count of junctions from above.
JUNCTION_END = regex.compile(r"(?<=\p{Ll}[?!]?)\p{Lu}")
#: A numbered item or a price: a list or a product box of the article, not a menu.
LIST_MARK = regex.compile(r"\d{1,3}[.)]\s|.*[£$€¥]\s?\d", regex.DOTALL)
#: At most this many characters per junction, or it is running text (the articles of
#: the corpus have one junction in 300 characters at most).
MAX_CHARS_PER_GLUED_LINK = 150
#: The separators of a breadcrumb or a link bar.
CRUMB_SEPARATOR = regex.compile(r"\s+[›»>→|•·/]\s+|\s*[›»→]\s*")
#: The mark every separator holds, which the standard ``re`` module finds fast.
CRUMB_MARK = re.compile(r"[›»>→|•·/]")
#: A separator that alone makes a breadcrumb of two links.
STRONG_CRUMB_MARK = regex.compile(r"[›»→]")
MIN_CRUMBS = 3
MAX_CRUMB_LINE = 200


@per_line
def is_glued_links(text: str) -> bool:
    """Many links glued into one line: "FußballBasketballkorbTennisschläger".

    >>> is_glued_links("Sports NewsBusiness NewsIndia NewsWorld NewsBollywood News")
    True
    >>> is_glued_links("Owayesakuba nguMphathiswa wamaShishini oLuntu, uGqirha Malusi Gigaba.")
    False
    """
    least = max(MIN_GLUED_LINKS, -(-len(text) // MAX_CHARS_PER_GLUED_LINK))
    if len(JUNCTION_END.findall(text)) < least:
        return False  # too few places where a junction could end
    junctions = len(GLUED_LINK.findall(text))
    return junctions >= MIN_GLUED_LINKS and len(text) <= MAX_CHARS_PER_GLUED_LINK * junctions


def navigation_menu(doc: Document) -> Iterator[Finding]:
    """A navigation or section menu: a run of short link lines, or links glued together.

    A short line alone, or two or three together, stay: they may be subheadings. A run
    after a line ending in a colon, with numbered items or prices, or with figures in
    half its lines ("200 g Mehl"), is the article's own list.

    >>> doc = Document.from_text("Results\\nThe vote was close.\\n"
    ...                          "Nike GutscheineAsos GutscheinePuma GutscheineOtto GutscheineLidl")
    >>> [f.index for f in navigation_menu(doc)]
    [2]
    """
    texts = doc.texts
    index = 0
    while index < len(texts):
        if not is_menu_item(texts[index]):
            if size(texts[index]) <= 2000 and is_glued_links(texts[index]):
                yield Finding(index, "navigation menu")
            index += 1
            continue
        end = index
        while end < len(texts) and (
            is_menu_item(texts[end]) or (is_separator(texts[end]) and _link_after(texts, end))
        ):
            end += 1  # separator lines between two links ("|", "•") are the menu's
        introduced = index > 0 and texts[index - 1].endswith(":")
        run = [text for text in texts[index:end] if not is_separator(text)]
        counted = 2 * sum(any(char.isdigit() for char in text) for text in run) >= len(run)
        listed = counted or any(LIST_MARK.match(text) for text in run)
        if len(run) >= MIN_MENU_RUN and not introduced and not listed:
            for position in range(index, end):
                yield Finding(position, "navigation menu")
        index = end


def _link_after(texts: Sequence[str], at: int) -> bool:
    """Whether a link follows the separator lines from ``at`` on."""
    while at < len(texts) and is_separator(texts[at]):
        at += 1
    return at < len(texts) and is_menu_item(texts[at])


@per_line
def is_breadcrumb(text: str) -> bool:
    """A line of a few short links with separators: "Home › News › World".

    >>> is_breadcrumb("Startseite > Politik > Ausland"), is_breadcrumb("Rain / snow is due.")
    (True, False)
    """
    if size(text) > MAX_CRUMB_LINE or is_sentence(text) or CRUMB_MARK.search(text) is None:
        return False  # no separator: one part, whatever the split
    parts = [part for part in CRUMB_SEPARATOR.split(text) if part]
    if len(parts) < 2:
        return False
    strong = STRONG_CRUMB_MARK.search(text) is not None
    return (strong or len(parts) >= MIN_CRUMBS) and all(is_menu_item(part) for part in parts)


def breadcrumb(doc: Document) -> Iterator[Finding]:
    """A breadcrumb or link bar: "Home › News › World", "Politik | Wirtschaft | Sport".

    >>> doc = Document.from_text("Home › News › World\\nPrices rose 3% / year.")
    >>> [f.index for f in breadcrumb(doc)]
    [0]
    """
    for index, block in enumerate(doc.blocks):
        if is_breadcrumb(block.text):
            yield Finding(index, "breadcrumb")
