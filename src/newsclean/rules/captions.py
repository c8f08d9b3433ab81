"""NC5xx: photo credits, source lines and photo captions.

A picture leaves three kinds of line in scraped text: its alt text, its caption,
and its credit ("Foto: Getty Images", "Noel Celis/AFP via Getty Images", "© dpa").
A credit is recognised by itself; a caption by its credit, glued to its end or on
the next line, or by the alt text that repeats it just before.

>>> doc = Document.from_text("The mayor at the site.\\nFoto: Getty Images\\nHe spoke.")
>>> [(f.index, f.reason) for f in photo_credit(doc)], [f.index for f in photo_caption(doc)]
([(1, 'photo credit')], [0])
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import regex

from ..document import Document, Finding
from ..memo import per_line
from ..patterns import backwards
from .boilerplate import is_separator
from .duplicates import SENTENCE_BREAK
from .phrases import alternatives, bar_list, literal_trie
from .shapes import is_sentence, size, words

#: Photo agencies and picture desks, spelled as credits spell them (the case matters:
#: "Pool" and "AP" are credits, "pool" and "ap" are words).
AGENCY_NAMES = bar_list(
    """Getty Images|GETTY IMAGES|Getty|Reuters|REUTERS|AP|AP Photo|AFP|dpa|DPA|EPA|EPA-EFE|
    Keystone|KEYSTONE|IMAGO|Imago|imago|imago images|picture alliance|picture-alliance|
    Shutterstock|iStock|iStockphoto|Unsplash|Pexels|Pixabay|Bloomberg|APA|ANSA|EFE|
    Europa Press|ČTK|CTK|Xinhua|PA|PA Images|PA Wire|PA Media|Alamy|SIPA|Sipa|Anadolu|AA|
    Kyodo|Jiji|NurPhoto|ZUMA|Zuma Press|Abaca|ABACA|ddp|SDA|Adobe Stock|stock.adobe.com|
    laif|Ullstein|ullstein bild|Eibner|Sportimage|Supplied|Handout|HANDOUT|Bildredaktion"""
)
AGENCIES = alternatives(AGENCY_NAMES)
#: Agencies that only sell pictures: a credit naming them is a photo credit.
PICTURE_AGENCIES = alternatives(
    bar_list(
        """Getty Images|GETTY IMAGES|Getty|Keystone|KEYSTONE|IMAGO|Imago|imago|imago images|
    picture alliance|picture-alliance|Shutterstock|iStock|iStockphoto|Unsplash|Pexels|Pixabay|
    Alamy|NurPhoto|ZUMA|Zuma Press|Abaca|ABACA|Adobe Stock|stock.adobe.com|laif|
    ullstein bild|Eibner|Sportimage|Supplied|Handout|HANDOUT|AP Photo"""
    )
)
_WORD = r"[\p{L}\d.'’-]+"
#: A word of a photographer's name: capitalised.
_NAME = r"\p{Lu}[\p{L}'’-]*\.?"
#: "Noel Celis/AFP via Getty Images", "Ohad Zwigenberg / Pool via Reuters", "AP".
_AGENCY_CREDIT = (
    rf"(?-i:(?:{_NAME}\s+){{0,4}}(?:{_WORD}\s*/\s*){{0,3}}(?:(?:{_WORD}\s+){{1,3}}via\s+)?"
    rf"{AGENCIES}(?:\s*/\s*[^/]{{1,60}})?)"
)
#: "Foto: ...", "Photo by ...", "Bild: ...": a credit's label.
_LABEL = (
    r"(?:photo illustration|foto ilustrativa|fotografía|fotos?|photos?|photograph|bild(?:er)?|"
    r"image[ns]?|imagen|immagine|pictures?|credits?|crédito|videos?|"
    r"photo credit|crédit photo|crédits?|kuva|bilde|billede|fotoğraf|fotografie|foto/video|"
    r"grafik|illustration|illustrasjon|ilustración|illustrazione)"
)
#: A line that is only a credit.
CREDIT_LINE = regex.compile(
    rf"\(?\s*(?:{_LABEL}\s*(?::|by)\s*.{{1,120}}|©\s*.{{1,120}}|{_AGENCY_CREDIT}"
    rf"|(?:image|media|video) source\s*,\s*.{{1,120}})\s*\)?"
    rf"|(?-i:\((?:{_NAME}\s+){{1,3}}{_NAME}(?:\s*/\s*(?:{_NAME}\s+){{0,4}}{_NAME})?\))",
    regex.IGNORECASE,
)
#: A credit glued to the end of a caption: after a full stop or a bar, a credit; after a
#: plain space, only a credit with a slash ("... the country AP Photo/Eric Gay").
CREDIT_TAIL = regex.compile(
    rf"(?:(?:(?<=[.!?”\"»)])|\s*[|–]|\s+-)\s*(?:{_LABEL}\s*:\s*[^:]{{1,100}}|©\s*[^©]{{1,100}}"
    rf"|copyright\s+[^.]{{1,100}}(?:\.\s*all rights reserved\.?)?|{_AGENCY_CREDIT}(?:,\s*file)?"
    rf"|(?-i:(?:{_NAME}\s+){{1,3}}for\s+(?:the\s+|The\s+)?\p{{Lu}}[\p{{L}}.'’ -]{{1,40}}))"
    rf"|\s*\((?:{_LABEL}\s*:\s*[^()]{{1,100}}|[^()]{{0,60}}(?-i:{AGENCIES})[^()]{{0,60}})\)"
    rf"|\s*(?:{_LABEL}\s*:\s*[^:]{{1,80}}|©\s*[^©]{{1,80}})"
    rf"|\s+(?-i:(?:{_WORD}\s+){{0,3}}(?:{_WORD}\s*/\s*){{1,3}}(?:(?:{_WORD}\s+){{1,3}}via\s+)?"
    rf"{AGENCIES}|{AGENCIES}\s*/\s*[^/]{{1,60}}))$",
    regex.IGNORECASE,
)
#: How far from the end of a caption its credit may start.
TAIL_WINDOW = 160
#: Something every glued credit has: a label's colon, a ©, a bracket, a slash, an agency.
CREDIT_HINT = regex.compile(
    rf"[:©()/|–]|\s-\s|copyright|\sfor\s|(?-i:{AGENCIES})", regex.IGNORECASE
)
#: :data:`CREDIT_TAIL` matched backwards from the end of the text.
CREDIT_TAIL_FROM_END = backwards(CREDIT_TAIL)
#: :data:`CREDIT_TAIL` matched backwards, leftmost-longest (POSIX): of the matches that end
#: where the match is tried, the one that starts first.
CREDIT_TAIL_LONGEST = regex.compile(
    CREDIT_TAIL.pattern, CREDIT_TAIL.flags | regex.REVERSE | regex.POSIX
)
#: An agency's first word, which every credit naming an agency holds (the standard ``re``
#: module finds literals fast).
AGENCY_WORD = re.compile(literal_trie({name.split()[0] for name in AGENCY_NAMES}))
#: What stands between a caption and most credits glued to it.
_TAIL_SEPARATOR = r"(?:(?<=[.!?”\"»)])|\s*[|–]|\s+-)\s*"


def _from_end(*alternatives: str) -> regex.Pattern[str]:
    """Alternatives of :data:`CREDIT_TAIL`, ending the text, matched backwards.

    >>> bool(_from_end(" © [^©]{1,100}").match("Rain. © dpa"))
    True
    """
    return regex.compile(rf"(?:{'|'.join(alternatives)})$", CREDIT_TAIL.flags | regex.REVERSE)


#: :data:`CREDIT_TAIL_FROM_END` in parts, by what each part's credits hold besides their
#: separator: a label's colon, a ©, "copyright", "for" after a name, or an agency (then
#: the text ends in a bracket, holds a slash, or ends in the agency's name). Only the
#: parts whose mark the window holds are tried (most lines hold a colon at most), and no
#: part tries the others' branches at each character.
_TAILS_WITH_COLON = _from_end(
    rf"{_TAIL_SEPARATOR}{_LABEL}\s*:\s*[^:]{{1,100}}",
    rf"\s*\({_LABEL}\s*:\s*[^()]{{1,100}}\)",
    rf"\s*{_LABEL}\s*:\s*[^:]{{1,80}}",
)
_TAILS_WITH_SIGN = _from_end(rf"{_TAIL_SEPARATOR}©\s*[^©]{{1,100}}", r"\s*©\s*[^©]{1,80}")
_TAIL_WITH_COPYRIGHT = _from_end(
    rf"{_TAIL_SEPARATOR}copyright\s+[^.]{{1,100}}(?:\.\s*all rights reserved\.?)?"
)
_TAIL_WITH_FOR = _from_end(
    rf"{_TAIL_SEPARATOR}(?-i:(?:{_NAME}\s+){{1,3}}for\s+(?:the\s+|The\s+)?"
    rf"\p{{Lu}}[\p{{L}}.'’ -]{{1,40}})"
)
_TAILS_WITH_AGENCY = _from_end(
    rf"{_TAIL_SEPARATOR}{_AGENCY_CREDIT}(?:,\s*file)?",
    rf"\s*\([^()]{{0,60}}(?-i:{AGENCIES})[^()]{{0,60}}\)",
    rf"\s+(?-i:(?:{_WORD}\s+){{0,3}}(?:{_WORD}\s*/\s*){{1,3}}(?:(?:{_WORD}\s+){{1,3}}via\s+)?"
    rf"{AGENCIES}|{AGENCIES}\s*/\s*[^/]{{1,60}})",
)
#: An agency's name ending the text: what a part of :data:`_TAILS_WITH_AGENCY` ends in when
#: it ends neither in a bracket nor after a slash.
_AGENCY_AT_END = _from_end(rf"(?-i:{AGENCIES})(?:,\s*file)?")
#: A picture's source in brackets after the caption's last sentence: ". (Christie's)".
NAMED_SOURCE = regex.compile(
    r"(?<=[.!?])\s+\((?P<source>\p{Lu}[\p{L}'’&.-]*(?:\s+[\p{L}'’&.-]+){0,3})\)$"
)
#: A news agency's sign-off, which ends the article's own last paragraph: "(AP)".
TEXT_AGENCY = regex.compile(
    r"AP|AFP|APA|SDA|DPA|dpa|Reuters|KNA|epd|EFE|ANSA|ČTK|CTK|AA|PA|AAP|UPI"
)
#: How a caption opens: "Clockwise from top left:", "Von links:", "Pictured:".
CAPTION_OPENER = regex.compile(
    r"(?:clockwise from (?:top|left)[\w ]{0,12}|from left|left to right|pictured|above|"
    r"von links|v\.\s?l\.\s?n\.\s?r\.|im bild|de gauche à droite|de izquierda a derecha|"
    r"da sinistra|fra venstre|soldan sağa|zleva|image caption|media caption)\s*[:,]",
    regex.IGNORECASE,
)
#: The alt text of a chart or a map: "A line chart showing ...".
FIGURE_ALT = regex.compile(
    r"\b(?:line|bar|area|pie|column|scatter|stacked area|stacked bar)\s+(?:chart|graph|plot)\b"
    r"|\b(?:a|an)\s+(?:map|chart|graph|infographic|illustration|diagram)\s+(?:showing|shows|of)\b",
    regex.IGNORECASE,
)
#: The alt text of a photo, in English: a scene described, "A woman wearing a red dress
#: harvests cassava", "A camel crossing a desolate highway": an indefinite subject and a
#: participle in its first words ...
SCENE_ALT = regex.compile(r"(?:an?|two|three|four|several)\s", regex.IGNORECASE)
#: The participle among the first words: "-ing", but no noun or preposition that ends so.
_PARTICIPLE = regex.compile(r"\w{2,}ing")
_NOT_PARTICIPLES = frozenset(
    "thing things something nothing anything everything king kings spring morning evening "
    "building buildings meeting meetings ring string wing ceiling during bring sibling "
    "offering earnings briefing funding ruling".split()
)
#: How many first words are looked through for the participle.
SCENE_WORDS = 16
#: ... and none of the words that tell of a report: what was said, found or done.
_REPORTED = frozenset(
    "said says told according found was were has have had will would could should who "
    "which that announced reported".split()
)
#: A piece of every match of :data:`FIGURE_ALT`, lowercased ("agram" of "diagram", "llu"
#: of "illustration": no letter of these has a case partner outside ASCII). A line
#: without one is no chart's alt text, and ``in`` finds them at C speed (spelled out in
#: :func:`_is_figure_alt`, where a chain of ``or`` is faster than a loop over them).
FIGURE_MARKS = ("chart", "graph", "plot", "map", "llu", "agram")
#: "Quelle: dpa", "(Source: Reuters)", "Mit Agenturmaterial": where the text came from.
SOURCE_LINE = regex.compile(
    r"\(?\s*(?:quelle|quellen|source|sources|fuente|fuentes|fonte|fonti|kilde|kaynak|zdroj|"
    r"sumber|weitere quellen|additional sources)\s*[:•]\s*.{1,100}"
    r"|\(?\s*(?:mit agenturmaterial|mit material von|with agencies|with reporting by|"
    r"avec agences|con agencias)\b.{0,100}",
    regex.IGNORECASE,
)
#: A credit that can only be a picture's: a label, a picture agency, "photographer / agency".
PHOTO_CREDIT = regex.compile(
    rf"\(?\s*(?:{_LABEL}\s*(?::|by)\s*.{{1,120}}"
    rf"|(?-i:(?:{_NAME}\s+){{0,4}}(?:{_WORD}\s*/\s*){{0,3}}(?:(?:{_WORD}\s+){{1,3}}via\s+)?"
    rf"{PICTURE_AGENCIES}(?:\s*/\s*[^/]{{1,60}})?)"
    rf"|(?-i:\p{{Lu}}[\p{{L}}.'’-]+(?:\s+[\p{{L}}.'’-]+){{1,3}}\s*/\s*(?:Pool\s+via\s+)?{AGENCIES}))"
    rf"\s*\)?",
    regex.IGNORECASE,
)
#: A picture agency's name anywhere in a line, and a word of a credit after its label.
PICTURE_AGENCY = regex.compile(PICTURE_AGENCIES)
NAME_WORD = regex.compile(r"[\p{L}][\p{L}'’.-]*")
#: A credit's label and its colon or "by": "Foto:", "Photo by".
CREDIT_LABEL = regex.compile(rf"\(?\s*{_LABEL}\s*(?::|by)\s*", regex.IGNORECASE)
#: A list item ("2. Evergrande ...") is the article's, picture or not.
LIST_ITEM = regex.compile(r"\d{1,3}[.)]\s")
MAX_CREDIT_WORDS = 12
MAX_CREDIT_SIZE = 140
#: A caption is short; a longer block is running text even before a credit.
MAX_CAPTION_SIZE = 400


@per_line
def is_credit(text: str) -> bool:
    """Whether ``text`` is only a photo credit.

    >>> is_credit("Ohad Zwigenberg / Pool via Reuters"), is_credit("Foto: Urs Flueeler (Keystone)")
    (True, True)
    >>> is_credit("The AP reported it."), is_credit("Reuters said on Monday that it would")
    (False, False)
    """
    return (
        size(text) <= MAX_CREDIT_SIZE
        and len(words(text)) <= MAX_CREDIT_WORDS
        and not (is_sentence(text) and not text.endswith(")") and len(words(text)) > 3)
        and _may_be_credit_line(text)
        and CREDIT_LINE.fullmatch(text) is not None
    )


def _may_be_credit_line(text: str) -> bool:
    """Whether ``text`` holds what every :data:`CREDIT_LINE` holds: a label's colon or
    "by", a ©, a source's comma, a bracket, or an agency's first word. Most short lines
    hold none, and ``in`` tells at C speed (the case partners of "b" and "y" lowercase to
    them, a test checks every code point).

    >>> _may_be_credit_line("Photo by Jane Doe"), _may_be_credit_line("Storm hits coast")
    (True, False)
    """
    return (
        ":" in text
        or "©" in text
        or "," in text
        or "(" in text
        or "by" in text.lower()
        or AGENCY_WORD.search(text) is not None
    )


def photo_credit(doc: Document) -> Iterator[Finding]:
    """A line that is only a credit: "Foto: Getty Images", "AP", "© André Schmidt".

    >>> doc = Document.from_text("Noel Celis/AFP via Getty Images\\nAP\\nThe AP said so.")
    >>> [f.index for f in photo_credit(doc)]
    [0, 1]
    """
    for index, block in enumerate(doc.blocks):
        if is_credit(block.text):
            yield Finding(index, "photo credit")


def source_credit(doc: Document) -> Iterator[Finding]:
    """A line naming where the text came from, such as "Quelle: dpa" or "Mit Agenturmaterial".

    >>> doc = Document.from_text("(Quelle: APA/sda/dpa)\\nThe source said so.")
    >>> [f.index for f in source_credit(doc)]
    [0]
    """
    texts = doc.texts
    boxed = set(_sources_box(texts))
    for index, text in enumerate(texts):
        if index in boxed or (size(text) <= MAX_CREDIT_SIZE and SOURCE_LINE.fullmatch(text)):
            yield Finding(index, "source credit")


#: The heading of a box that lists the sources used, at the foot of the article.
SOURCES_HEADING = regex.compile(
    r"(?:verwendete quellen|quellen|sources|sources used|fuentes|fonti|kilder|kaynaklar|"
    r"zdroje|sumber)\s*:?",
    regex.IGNORECASE,
)
#: A sources box lists at most this many, each a short line and no sentence of prose.
MAX_SOURCES = 6
MAX_SOURCE_SIZE = 100


def _sources_box(texts: tuple[str, ...]) -> Iterator[int]:
    """A sources box: its heading ("Verwendete Quellen") and the short lines under it, to
    the end of the text ("Nachrichtenagentur dpa", "Eigene Recherche").

    >>> list(_sources_box(("He left.", "Quellen", "dpa", "Eigene Recherche")))
    [1, 2, 3]
    """
    for top, text in enumerate(texts):
        if size(text) > MAX_SOURCE_SIZE or not SOURCES_HEADING.fullmatch(text):
            continue
        items = texts[top + 1 :]
        if 0 < len(items) <= MAX_SOURCES and all(
            size(item) <= MAX_SOURCE_SIZE and not is_sentence(item) for item in items
        ):
            yield from range(top, len(texts))
        return


def _is_caption_pair(first: str, second: str) -> bool:
    """The alt text and the caption of one picture: one repeats the other and adds a credit,
    or the caption follows the alt text after a bar and then stands again alone."""
    if len(first) > len(second):
        first, second = second, first
    if not second.startswith(first) and not second.endswith(first):
        return False  # most neighbours: neither holds the other, told at C speed
    if size(second) > MAX_CAPTION_SIZE + MAX_CREDIT_SIZE:
        return False
    if second.endswith(" | " + first):  # "alt text | caption", then the caption again
        return True
    if not second.startswith(first):
        return False
    rest = second[len(first) :]
    return (
        rest == ""
        or CREDIT_TAIL.fullmatch(second, len(first)) is not None  # sees the caption's stop
        or is_credit(rest.strip(" |"))
    )


def photo_caption(doc: Document) -> Iterator[Finding]:
    """A picture's caption or alt text, known by the credit after it or at its end.

    The caption is the line just before a credit line, a line ending in a credit
    ("... in Genf. Foto: dpa", "... Jane Doe for Reuters"), a line repeated at once
    with a credit added, a line that opens like a caption ("Clockwise from top left:")
    or describes a chart ("A line chart showing ..."). Running text longer than a
    caption stays, credit or not.

    >>> doc = Document.from_text("Rain in Paris.\\nRain in Paris. Getty Images/Joe Doe\\n"
    ...                          "Storms hit Lyon (Photo: AP)\\nThe storm came at night.\\n"
    ...                          "Fans at the stadium.\\nFoto: Jane Roe\\nThe match ended 2:1.")
    >>> [f.index for f in photo_caption(doc)]
    [0, 1, 2, 4]

    The picture's alt text, just above its caption, goes with it when the caption says
    the same in other words (:func:`is_alt_text`), when the page shows it again (a
    gallery of the article's pictures repeats their alt texts), or when it describes a
    scene in English with no word of a report (:func:`is_scene_alt`: "A camel crossing
    a desolate highway").

    >>> doc = Document.from_text("Fans at the Munich stadium on Saturday.\\n"
    ...                          "Fans at the stadium in Munich, Saturday.\\nFoto: Jane Roe")
    >>> [f.index for f in photo_caption(doc)]
    [0, 1]

    A credit in brackets split from its caption goes with it, label and all.

    >>> doc = Document.from_text("A street in Walton (\\nImage:\\nLiverpool Echo)\\nThey came.")
    >>> [f.index for f in photo_caption(doc)]
    [0, 1, 2]
    """
    texts = doc.texts
    sizes = [size(text) for text in texts]
    credits = [is_credit(text) for text in texts]
    photo = [credit and _is_photo_credit(text) for credit, text in zip(credits, texts, strict=True)]
    photo.append(False)
    for index in _above_cut_credit(doc):
        photo[index + 1] = True  # its credit went already (a copy of an earlier credit)
    captions = [False] * len(texts)
    separators = [is_separator(text) for text in texts]
    after = _past_separators(separators)  # a separator line between them is cut later (NC528)
    before = {
        below: above
        for above, below in enumerate(after)
        if below < len(texts) and not separators[above]
    }
    for index, text in enumerate(texts):
        big = sizes[index]
        if credits[index] or big > MAX_CAPTION_SIZE + MAX_CREDIT_SIZE:
            continue
        if LIST_ITEM.match(text):
            continue
        following = texts[after[index]] if after[index] < len(texts) else ""
        previous = texts[before[index]] if index in before else ""
        captions[index] = bool(
            (big <= MAX_CAPTION_SIZE and photo[after[index]] and not reports_speech(text))
            or _is_caption_pair(text, following)
            or (previous and _is_caption_pair(previous, text))
            or (big <= MAX_CAPTION_SIZE and has_credit_tail(text))
            or CAPTION_OPENER.match(text)
            or _is_figure_alt(text)
        )
    _mark_split_credits(texts, captions)
    shown = Counter(block.text for block in (doc.head.blocks if doc.head else doc.blocks))
    for index, text in enumerate(texts):
        below = after[index]
        if captions[index] or (
            below < len(texts)
            and captions[below]
            and not credits[index]
            and (
                is_alt_text(text, texts[below])
                or _is_gallery_alt_text(text, shown)
                or is_scene_alt(text)
            )
        ):
            yield Finding(index, "photo caption")


def _past_separators(separators: list[bool]) -> list[int]:
    """For each line, the index of the next line that is no separator (the count of lines
    at the end), given which lines are separators: a separator between a caption and its
    credit is cut, and then they meet.

    >>> _past_separators([is_separator(text) for text in ("Rain.", "***", "Foto: AP", "Hi.")])
    [2, 2, 3, 4]
    """
    after = [len(separators)] * len(separators)
    following = len(separators)
    for index in range(len(separators) - 1, -1, -1):
        after[index] = following
        if not separators[index]:
            following = index
    return after


#: How many cut lines below a block (its own copies, then the credit) are looked through.
MAX_CUT_BELOW = 3


def _above_cut_credit(doc: Document) -> Iterator[int]:
    """The blocks that stood just above a photo credit an earlier rule has cut.

    A credit shown twice goes as a duplicate paragraph before the captions are read, and
    so does a caption's own copy between it and the credit; the page as it was (the
    head's blocks) still has them. Other cut lines between end the search: a sentence
    of the article above a cut caption's copy is no caption.
    """
    if doc.head is None:
        return
    page = doc.head.blocks
    now = {block.line: index for index, block in enumerate(doc.blocks)}
    for index, above in enumerate(page):
        if above.line not in now:
            continue
        for below in page[index + 1 : index + 1 + MAX_CUT_BELOW]:
            if below.line in now:
                break
            if below.text == above.text:
                continue  # the caption's own copy
            if is_credit(below.text) and _is_photo_credit(below.text):
                yield now[above.line]
            break


def _is_gallery_alt_text(text: str, shown: Counter[str]) -> bool:
    """An alt text the page shows again (its gallery repeats each picture's alt text)."""
    return shown[text] >= 2 and size(text) <= MAX_CAPTION_SIZE and not LIST_ITEM.match(text)


def _mark_split_credits(texts: tuple[str, ...], captions: list[bool]) -> None:
    """Mark a caption whose credit in brackets was split over the next lines.

    ``"Locals clean up a street ("``, then ``"Image:"``, then ``"Liverpool Echo)"``: the
    opening bracket ends the caption, a credit's label and the credit's closing half
    follow. The caption goes with the bracket open, its label and credit with it.
    """
    pending = False  # a caption with its bracket open is just above
    for index, text in enumerate(texts):
        if text.endswith("(") and size(text) <= MAX_CAPTION_SIZE and _unbalanced(text, "(", ")"):
            captions[index] = pending = True
        elif pending and CREDIT_LABEL.fullmatch(text):
            captions[index] = True
        elif (
            pending
            and text.endswith(")")
            and len(words(text)) <= MAX_CREDIT_WORDS
            and _unbalanced(text, ")", "(")
        ):
            captions[index] = True
            pending = False
        else:
            pending = False


def _unbalanced(text: str, more: str, fewer: str) -> bool:
    """Whether ``text`` holds more of one bracket than of the other."""
    return text.count(more) > text.count(fewer)


#: An alt text shares this share of its words with the caption under it ...
ALT_OVERLAP = 0.7
#: ... and at least this many words; only words of this many letters count.
MIN_ALT_SHARED = 3
MIN_ALT_WORD = 4


#: The words that report what someone said, in the corpus's languages.
_SAYING = frozenset(
    """said says told sagte sagten sagt erklärte erklärten betonte laut déclaré selon dijo
    según afirmó detto secondo sier uttalte dedi açıkladı řekl řekla uvedla uvedl mengatakan
    kata""".split()
)
#: A quotation's mark, or the dash that opens one in Norwegian and Swedish.
_QUOTATION = regex.compile(r"[\"“”„«»‚‘’]|^[–—-]\s")


def reports_speech(text: str) -> bool:
    """A report of what someone said, in two sentences or more or as a quotation: a
    paragraph of the article, even over a photo's bare credit, which a picture with no
    caption leaves.

    >>> reports_speech("The work will take a year, engineers said. A ferry will run.")
    True
    >>> reports_speech("– Vi hadde ikke noe valg, sier rådsleder John Roe.")
    True
    >>> reports_speech("The bridge in 2019. It was built in 1890.")
    False
    """
    if _SAYING.isdisjoint(words(text)):
        return False
    return SENTENCE_BREAK.search(text) is not None or _QUOTATION.search(text) is not None


def is_scene_alt(text: str) -> bool:
    """Whether ``text`` describes a photo's scene as its alt text does (:data:`SCENE_ALT`),
    with no word of a report and no quotation.

    >>> is_scene_alt("A camel crossing a desolate highway in a desert landscape.")
    True
    >>> is_scene_alt("A study published last year found that surgery was becoming rarer.")
    False
    """
    if size(text) > MAX_CAPTION_SIZE or SCENE_ALT.match(text) is None:
        return False
    if any(mark in text for mark in ('"', "“", "”", "«", "»", "„")):
        return False
    said = words(text)
    return _REPORTED.isdisjoint(said) and any(
        _PARTICIPLE.fullmatch(word) and word not in _NOT_PARTICIPLES for word in said[1:SCENE_WORDS]
    )


def _is_figure_alt(text: str) -> bool:
    """:data:`FIGURE_ALT` is in ``text``; tried only where one of its marks is."""
    lowered = text.lower()
    return (
        "chart" in lowered
        or "graph" in lowered
        or "plot" in lowered
        or "map" in lowered
        or "llu" in lowered
        or "agram" in lowered
    ) and FIGURE_ALT.search(text) is not None


def is_alt_text(text: str, caption: str) -> bool:
    """Whether ``text``, just above ``caption``, is the same picture's alt text.

    Most of its words (of four letters or more) are the caption's: the alt text
    describes the picture the caption describes, often in the same words. A sentence
    of the article above a caption of the same scene shares fewer.

    >>> is_alt_text("Zendaya attends a Dune photocall in Mexico City.",
    ...             "Zendaya attends a Dune photo-call in Mexico City. Getty Images")
    True
    >>> is_alt_text("Zendaya brought the naked trend back while attending the Venice festival.",
    ...             "Zendaya attends a Dune screening at the Venice Film Festival.")
    False
    """
    if size(text) > MAX_CAPTION_SIZE or LIST_ITEM.match(text):
        return False
    own = {word for word in words(text) if len(word) >= MIN_ALT_WORD}
    shared = own & {word for word in words(caption) if len(word) >= MIN_ALT_WORD}
    return len(shared) >= MIN_ALT_SHARED and len(shared) >= ALT_OVERLAP * len(own)


@per_line
def _is_photo_credit(text: str) -> bool:
    """A credit that names a picture's source, not the text's ("© dpa", "SDA/sep").

    After its label a credit names people and agencies, so its words are mostly
    capitalised ("Foto: Urs Flueeler (Keystone)"); a label over a phrase ("Illustration:
    Prices fall for trips south") is an advert's picture, and says nothing of the line
    before it.
    """
    if PHOTO_CREDIT.fullmatch(text) is None:
        return False
    label = CREDIT_LABEL.match(text)
    if label is None or PICTURE_AGENCY.search(text):
        return True
    names = NAME_WORD.findall(text[label.end() :])
    capitalised = sum(name[0].isupper() for name in names)
    return not names or 2 * capitalised >= len(names)


@per_line
def has_credit_tail(text: str) -> bool:
    """Whether a credit is glued to the end of ``text`` (and something is before it).

    >>> has_credit_tail("Swedish police officer - Copyright Fredrik Persson/AP")
    True
    >>> has_credit_tail("The police said so, AP reported.")
    False
    """
    start = max(0, len(text) - TAIL_WINDOW)
    tail = _credit_tail(text, start)
    if tail is not None and tail.start() > 0:
        return not TEXT_AGENCY.fullmatch(tail.group().strip(" ()"))
    named = NAMED_SOURCE.search(text, pos=start) if text.endswith((")", ")\n")) else None
    return named is not None and not TEXT_AGENCY.fullmatch(named.group("source"))


def _credit_tail(text: str, start: int) -> regex.Match[str] | None:
    """The credit glued to the end of ``text``, at or after ``start``, as a forward search
    (``CREDIT_TAIL.search(text, pos=start)``) finds it: of the tails that end the text,
    the one that starts first.

    That is the longest match ending at the end, which :data:`CREDIT_TAIL_LONGEST` finds
    in one attempt, backwards, where the search tries each start in the window. A text
    ending in a line break (a tail may end before it) is searched forwards.

    >>> _credit_tail("Rain in Genf. Foto: dpa", 0).group()
    ' Foto: dpa'
    """
    if not _ends_in_credit(text, start):
        return None
    if text.endswith("\n"):
        return CREDIT_TAIL.search(text, pos=start)
    return CREDIT_TAIL_LONGEST.match(text, start)


def _ends_in_credit(text: str, start: int) -> bool:
    """Whether a match of :data:`CREDIT_TAIL` at or after ``start`` ends ``text``.

    The tail is anchored at the end (``$``: the end, or before a last line break), so
    one attempt from there, backwards, tells whether a forward search (one attempt per
    start in the window) can find anything at all; and a part of the pattern can match
    only where its mark is in the window (the ``in`` operator finds them at C speed; the
    case partners of the letters of "copyr" all lowercase to them, a test checks every
    code point). A credit naming an agency ends in a bracket, holds a slash, or ends in
    the agency's name (:data:`_AGENCY_AT_END`, one attempt backwards).

    >>> _ends_in_credit("Rain in Genf. Foto: dpa", 0), _ends_in_credit("Forward, he said.", 0)
    (True, False)
    """
    window = text[start:]
    return (
        (":" in window and _tail_ends(_TAILS_WITH_COLON, text, start))
        or ("©" in window and _tail_ends(_TAILS_WITH_SIGN, text, start))
        or ("for" in window and _tail_ends(_TAIL_WITH_FOR, text, start))
        or ("copyr" in window.lower() and _tail_ends(_TAIL_WITH_COPYRIGHT, text, start))
        or (
            (
                text.endswith((")", ")\n"))
                or "/" in window
                or _tail_ends(_AGENCY_AT_END, text, start)
            )
            and _tail_ends(_TAILS_WITH_AGENCY, text, start)
        )
    )


def _tail_ends(tails: regex.Pattern[str], text: str, start: int) -> bool:
    """Whether ``tails`` (matched backwards, ``$`` at their end) ends ``text`` after ``start``."""
    if tails.match(text, start) is not None:
        return True
    return text.endswith("\n") and tails.match(text, start, len(text) - 1) is not None
