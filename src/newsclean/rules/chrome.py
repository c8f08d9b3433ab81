"""NC5xx: page chrome, everything a whole-page scrape holds before and after the article.

When a scraper found no article element it dumps the page: menus and the header
before the article, teasers of other stories, sitemaps and footers after it. The
article is where running text is dense: paragraphs of prose next to paragraphs of
prose. Lines that announce the end of an article (a "Read more" heading, a tags
heading, a comment section, a copyright line) are fences: they split the page into
segments, and a segment whose dense prose is small beside the best segment's is
another story's teaser, not the article.

The article runs from the first dense paragraph of the first article segment to the
last dense paragraph of the last one, widened over the paragraphs and subheadings
that touch it; what lies outside is page chrome. A page with no dense prose at all
(a short note, a list) is left alone.

>>> page = ["Home", "World", "Sport", "x " * 60 + "end.", "y " * 60 + "end.", "Most read",
...         "Storm hits coast", "z " * 50 + "end.", "Jane Doe", "Imprint"]
>>> [f.index for f in page_chrome(Document.from_text("\\n".join(page)))]
[0, 1, 2, 5, 6, 7, 8, 9]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..document import Document, Finding
from ..head import head_of
from ..memo import per_line
from .boilerplate import is_ad_marker, is_legal_line
from .menus import is_glued_links
from .prompts import is_newsletter_prompt, is_paywall_line
from .related import is_related_heading, is_tag_heading, teaser_list_end
from .shapes import is_menu_item, is_prose, is_sentence, size, words
from .social import is_share_line
from .widgets import reading_time_start

#: A prose paragraph this big counts as the article's even with no prose beside it.
STRONG_PROSE = 250
#: A segment is the article's if its dense prose is at least this share of the best's.
ARTICLE_SHARE = 0.2
#: A sentence this short beside the article may be its last line ("He left.").
MIN_SENTENCE_WORDS = 3
#: A kicker over a teaser's headline has at most this many words.
KICKER_WORDS = 2
#: No fence is longer than a paywall's few sentences.
MAX_FENCE_SIZE = 450
#: A label over a paywall block (the outlet's name) is at most this long.
MAX_LABEL_CHARS = 30
#: This many short link lines in a row are a menu: the article does not go on past them.
MENU_RUN = 3
#: A box of links is crossed when a long paragraph of the article stands within this many
#: blocks under its last link (a shorter paragraph and a pull quote may come first).
CROSS_REACH = 3


@per_line
def _is_fence(text: str) -> bool:
    """A line that ends an article: a related or tags heading, a share bar, a legal line,
    a paywall."""
    if size(text) > MAX_FENCE_SIZE:
        return False
    return (
        is_related_heading(text)
        or is_tag_heading(text)
        or is_share_line(text)
        or is_legal_line(text)
        or is_paywall_line(text)
    )


def _dense(texts: tuple[str, ...], fences: list[bool]) -> list[bool]:
    """Prose with prose next to it (no fence between), or a big paragraph alone.

    Links glued into one long line ("Sports NewsBusiness NewsIndia News") are no prose.
    """
    prose = [
        is_prose(text) and not fence and not is_glued_links(text)
        for text, fence in zip(texts, fences, strict=True)
    ]
    last = len(texts) - 1
    return [
        prose[i]
        and (
            size(texts[i]) >= STRONG_PROSE
            or (i > 0 and prose[i - 1])
            or (i < last and prose[i + 1])
        )
        for i in range(len(texts))
    ]


@per_line
def _interrupts(text: str) -> bool:
    """A line that breaks into an article and is no menu link: an ad marker, a newsletter
    prompt, a reading time. Lines like these in a row may stand before its last sentence.

    >>> _interrupts("Anzeige"), _interrupts("Sign up for our newsletter"), _interrupts("Sport")
    (True, True, False)
    """
    return is_ad_marker(text) or is_newsletter_prompt(text) or reading_time_start(text) == 0


def _is_article_line(text: str) -> bool:
    """A paragraph or a sentence, as the article's first and last lines may be."""
    return is_prose(text) or (is_sentence(text) and len(words(text)) >= MIN_SENTENCE_WORDS)


def _is_kicker(text: str) -> bool:
    """A teaser's kicker: one or two capitalised words of letters ("Gaza-Krieg", "USA")."""
    letters = text.replace("-", "").replace(" ", "")
    return len(text.split()) <= KICKER_WORDS and text[:1].isupper() and letters.isalpha()


@per_line
def _is_headline(text: str) -> bool:
    """A headline: more than a link's few words, and no sentence."""
    return not is_menu_item(text) and not is_sentence(text) and not is_prose(text)


def _is_strong(texts: tuple[str, ...], index: int) -> bool:
    return index < len(texts) and size(texts[index]) >= STRONG_PROSE and is_prose(texts[index])


def article_span(texts: tuple[str, ...]) -> tuple[int, int] | None:
    """The article's first and last block (inclusive), or ``None`` if no prose is dense.

    >>> article_span(("Menu", "x " * 60 + "end.", "y " * 60 + "end.", "Footer"))
    (1, 2)
    """
    fences = [_is_fence(text) for text in texts]
    dense = _dense(texts, fences)
    segments: list[tuple[int, int, int]] = []  # start, end (exclusive), dense size
    start = 0
    for index in range(len(texts) + 1):
        if index == len(texts) or fences[index]:
            mass = sum(size(texts[i]) for i in range(start, index) if dense[i])
            segments.append((start, index, mass))
            start = index
    masses = [mass for _, _, mass in segments]
    best = max(masses)
    if best == 0:
        return None
    kept = [number for number, mass in enumerate(masses) if mass >= ARTICLE_SHARE * best]
    opening = kept[0]
    while opening > 0 and masses[opening - 1] > 0:  # the article's start, before a box
        opening -= 1
    first = next(i for i in range(segments[opening][0], segments[opening][1]) if dense[i])
    closing = segments[kept[-1]]
    last = next(i for i in range(closing[1] - 1, closing[0] - 1, -1) if dense[i])
    return _widen(texts, fences, first, last)


#: At most this many lines of furniture between the lead paragraph and the rest.
MAX_FURNITURE_RUN = 3


def _furniture_under_lead(texts: tuple[str, ...], fences: list[bool], index: int) -> int:
    """How many lines of furniture (share bars, ad markers) end at ``index`` with the
    article's lead paragraph right above them; 0 if there is no such lead.

    >>> texts = ("He spoke first.", "Share on Facebook", "Advertisement", "x " * 60 + "end.")
    >>> _furniture_under_lead(texts, [False, True, False, False], 2)
    2
    """
    run = 0
    while index - run >= 0 and run < MAX_FURNITURE_RUN:
        line = index - run
        furniture = is_share_line(texts[line]) if fences[line] else is_menu_item(texts[line])
        if not furniture:
            break
        run += 1
    above = index - run
    if run == 0 or above < 0 or fences[above] or not _is_article_line(texts[above]):
        return 0
    return run


def _widen(texts: tuple[str, ...], fences: list[bool], first: int, last: int) -> tuple[int, int]:
    """Take in the article's lines that touch the dense part.

    Backwards only paragraphs and sentences right before it, and a lead-in ending in
    a colon (above them are the title, the byline and the lead picture). Forwards up
    to the last paragraph or sentence before a fence or a menu (a run of short links):
    an article's end may be a list, a short paragraph after a box, or a last sentence.
    A short box of links to other stories is crossed when a long paragraph of the
    article stands within ``CROSS_REACH`` blocks under it; a kicker over a headline
    ("Bayern" over "Drohne bei Erding abgestürzt") starts the teasers of other stories.
    """
    while first > 0:
        if not fences[first - 1] and _is_article_line(texts[first - 1]):
            first -= 1
        elif run := _furniture_under_lead(texts, fences, first - 1):
            first -= run + 1  # share bars or ads between the lead paragraph and the rest
        else:
            break
    if first > 0 and not fences[first - 1] and texts[first - 1].endswith((":", "：")):
        first -= 1  # a lead-in to the first paragraph: "Das Wichtigste in Kürze:"
    index = last + 1
    menu_run = 0
    while index < len(texts) and menu_run < MENU_RUN:
        text = texts[index]
        if fences[index]:
            if is_related_heading(text):  # a box of links: crossed if it lists headlines
                after = max(teaser_list_end(texts, index + 1), index + 2)
                headline = index + 1 < len(texts) and not is_prose(texts[index + 1])
                crossed = headline and any(
                    _is_strong(texts, i) for i in range(after - 1, after + CROSS_REACH + 1)
                )
            else:  # one line, an app banner or a share bar: crossed before a paragraph
                after = index + 1
                while (  # a share bar of several lines, an ad marker under it
                    after < len(texts)
                    and after - index < MAX_FURNITURE_RUN
                    and (is_share_line if fences[after] else is_menu_item)(texts[after])
                ):
                    after += 1
                crossed = _is_strong(texts, after) or (
                    is_share_line(text) and after < len(texts) and _is_article_line(texts[after])
                )
            if not crossed:
                break  # nothing of the article after it: the article has ended
            index = after
            continue
        if _is_kicker(text) and index + 1 < len(texts) and _is_headline(texts[index + 1]):
            break  # a kicker over a headline: teasers of other stories begin
        if _interrupts(text):  # ad markers, a newsletter box: no menu, the article goes on
            index += 1
            continue
        short_link = is_menu_item(text)
        if not short_link or _is_article_line(text):
            last = index
        menu_run = menu_run + 1 if short_link else 0
        index += 1
    return first, last


def page_chrome(doc: Document) -> Iterator[Finding]:
    """Menus, headers, teasers and footers of a whole-page scrape, outside the article.

    Above the headline, every line goes when none of them is prose (section labels, a
    breadcrumb, the page's title for search engines): the page's header.

    >>> doc = Document.from_text("Home\\nNews\\n" + "The mayor opened the bridge. " * 10
    ...                          + "\\n" + "Traffic flowed at once. " * 10 + "\\nSitemap")
    >>> [f.index for f in page_chrome(doc)]
    [0, 1, 4]
    """
    texts = doc.texts
    if not texts:
        return
    header = set(_page_header(doc))
    for index in sorted(header):
        yield Finding(index, "page header")
    span = article_span(texts)
    if span is None:
        return
    first, last = span
    lead = _lead_above_paywall(texts, first)
    for index in (*range(first), *range(last + 1, len(texts))):
        if index != lead and index not in header:
            yield Finding(index, "page chrome")


def _page_header(doc: Document) -> Iterator[int]:
    """The lines above the headline when none of them is prose: section labels, a
    breadcrumb, the page's own title for search engines, a kicker. The article starts at
    its headline; what a page sets above it, in short lines, is the page's.

    >>> doc = Document.from_text("Nachrichten\\nPanorama\\nBrücke gesperrt\\nVon Jo Doe\\n"
    ...                          + "Der Rat hat die Brücke gesperrt. " * 4)
    >>> list(_page_header(doc))
    [0, 1]
    """
    head = head_of(doc)
    if not head.headline:
        return
    above = head.blocks[: head.headline]
    if any(is_prose(block.text) for block in above):
        return  # the article's text above the headline: the headline may be wrong
    lines = [block.line for block in doc.blocks]  # as index_of_line reads them, read once
    for block in above:
        index = bisect_left(lines, block.line)
        if index < len(lines) and lines[index] == block.line:
            yield index


#: A paywall block: this many of its first lines at least are paywall prompts.
MIN_PAYWALL_LINES = 2
PAYWALL_LOOK = 4


def _lead_above_paywall(texts: tuple[str, ...], first: int) -> int | None:
    """The article's lead paragraph, left above a paywall block that the article's dense
    part comes after: the first prose block with a paywall block right under it (a
    short label between allowed, "Ottawa Citizen"), and no dense prose above it. The
    paywall's own pitch lines under it are never the lead.

    >>> lead = "The department gave up twelve floors of offices downtown in January, records show."
    >>> texts = ("Home", lead, "Subscribers only", "Subscribe now to read on.", "Body.")
    >>> _lead_above_paywall(texts, 4)
    1
    """
    for lead in range(first):
        if not is_prose(texts[lead]) or _is_fence(texts[lead]):
            continue
        below = lead + 1
        label = below < first and len(texts[below]) <= MAX_LABEL_CHARS
        if label and not is_sentence(texts[below]) and not is_paywall_line(texts[below]):
            below += 1  # the outlet's name over its paywall
        look = texts[below : min(first, below + PAYWALL_LOOK)]
        if not look or not is_paywall_line(look[0]):
            continue
        if sum(is_paywall_line(text) for text in look) < MIN_PAYWALL_LINES:
            continue
        fences = [_is_fence(text) for text in texts[: lead + 1]]
        return lead if not any(_dense(texts[: lead + 1], fences)) else None
    return None
