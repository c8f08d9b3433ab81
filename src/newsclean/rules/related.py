"""NC5xx: links to other stories, and the article's tags.

"Read more", "Mehr zum Thema", "Lire aussi" head a list of other stories' headlines;
"READ MORE: Storm hits coast" is one such link inside the text. A tags heading
("Schlagworte", "Related Topics") heads a list of topic links.

>>> doc = Document.from_text("Body text ends here.\\nMehr zum Thema\\nStorm hits coast\\n"
...                          "Floods in the north")
>>> [f.index for f in related_links(doc)]
[1, 2, 3]
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import regex

from ..document import Document, Finding
from ..memo import per_line
from ..patterns import backwards
from .phrases import WholeLine, line_start
from .shapes import BULLET, is_menu_item, is_prose, is_sentence, size, words
from .teasers import PROSE_ABOVE

RELATED_HEADING = WholeLine(
    # English
    "related", "related articles", "related stories", "related coverage", "related content",
    "related news", "read more", "read also", "also read", "more", "more news", "more stories",
    "more on this story", "more on this topic", "more to explore", "more from", "most viewed",
    "most read", "most popular", "popular", "trending", "trending stories", "trending now",
    "top stories", "latest", "latest news", "latest stories", "latest national stories",
    "recommended", "recommended for you", "recommended stories", "you may also like",
    "you might also like", "don't miss", "our readers read next", "editor's picks",
    "what to read next", "up next", "read next", "see also", "web stories", "featured",
    "more in", "world news", "must read", "end of article", "explore more",
    # German
    "mehr zum thema", "mehr zu diesem thema", "mehr news", "mehr nachrichten", "lesen sie auch",
    "lesen sie mehr", "lest auch", "auch interessant", "das könnte sie auch interessieren",
    "das könnte dich auch interessieren", "passend zum artikel", "passend zum thema",
    "weitere artikel", "weitere nachrichten", "verwandte artikel", "ähnliche artikel",
    "zum selben thema", "zum thema", "unsere auswahl", "meistgesehen", "meistgelesen",
    "meistgelesene artikel", "meist gelesen", "empfehlungen", "unsere empfehlungen",
    "top-artikel", "top artikel", "aus dem ressort", "neueste artikel", "beliebt",
    "auch lesenswert", "aktuelles: schlagzeilen", "schlagzeilen", "weitere meldungen",
    "empfohlene artikel", "mehr aus dem web", "andere autoren", "häufig gelesen",
    "alle anzeigen", "vorheriger beitrag", "nächster beitrag", "previous article", "next article",
    "previous story", "next story", "read more on these topics", "passend dazu",
    "editor's choice", "editors' choice", "noticia relacionada", "noticias relacionadas",
    "related posts", "weitere beiträge", "zurück zur übersicht", "alle artikel zum thema",
    "à découvrir également", "à découvrir aussi", "à découvrir", "mer om", "hot on the web",
    "top trends", "popular categories", "other news sites", "関連記事", "関連ニュース",
    "à la une", "a la une", "en lecture suivant", "dernières infos", "te recomendamos",
    "přečtěte si také", "weitere artikel aus dem ressort", "mehr aus dem ressort",
    "ayrıca okuyun", "mehr artikel",
    # French, Spanish, Italian, Portuguese, Dutch
    "lire aussi", "à lire aussi", "a lire aussi", "sur le même sujet", "les plus lus",
    "voir aussi", "à voir aussi", "nos articles", "à lire également", "lee también",
    "lea también", "te puede interesar", "más noticias", "lo más leído", "ver más artículos",
    "noticias relacionadas", "relacionado", "relacionadas", "leggi anche", "potrebbe interessarti",
    "articoli correlati", "i più letti", "altre notizie", "leia também", "lees ook",
    "meer over", "gerelateerd",
    # Norwegian, Turkish, Czech, Indonesian, Japanese
    "les også", "les mer", "mest lest", "flere saker", "relaterte saker", "anbefalt",
    "siste nytt", "i̇lgili haberler", "ilgili haberler", "benzer haberler", "çok okunanlar",
    "diğer haberler", "daha fazla", "čtěte také", "související", "další články", "nejčtenější",
    "baca juga", "berita terkait", "berita lainnya", "terpopuler", "関連記事", "おすすめ情報",
    "あわせて読みたい", "人気記事", "ランキング", "注目記事",
)  # fmt: skip
#: "Latest Articles", "Ähnliche Beiträge": a word for which stories, a word for stories.
STORIES_HEADING = regex.compile(
    r"(?:[\p{L}&,'’-]+\s+){0,3}(?:latest|popular|related|recent|top|more|most read|trending|"
    r"recommended|weitere|neueste|letzte|ähnliche|verwandte|beliebte|meistgelesene|aktuelle|"
    r"andere|derniers|dernières|autres|últimas|últimos|otras|otros|ultimi|altri|siste|flere|"
    r"son|diğer|další|nejnovější|terbaru|lainnya)\s+(?:articles?|stories|posts|news|headlines|"
    r"videos|nachrichten|artikel|beiträge|meldungen|news|articles|actualités|noticias|"
    r"artículos|articoli|notizie|saker|nyheter|artikler|haberler|haber|články|zprávy|berita|"
    r"artikel)\s*[:>»›]?",
    regex.IGNORECASE,
)
#: :data:`STORIES_HEADING` matched backwards: a line that does not end in a word for
#: stories fails at once, where the pattern read forwards tries its first three words
#: every way. Whether a line fully matches does not depend on the direction.
STORIES_HEADING_FROM_END = backwards(STORIES_HEADING)
#: Openers of a heading that names an author or a section: "More from Jane Doe".
RELATED_OPENER = regex.compile(
    r"(?:more from|more in|mehr von|mehr aus|mehr zum thema|plus de|más de|altro da|mer fra)"
    r"\s+\S",
    regex.IGNORECASE,
)
MORE_FROM_WORDS = 6
#: "READ MORE: Storm hits coast": a link to one other story, inside the text.
RELATED_PREFIX = line_start(
    "read more", "also read", "read also", "read next", "see also", "related", "watch",
    "lesen sie auch", "lesen sie mehr", "lest auch", "mehr zum thema", "auch interessant",
    "siehe auch", "les også", "les mer", "lire aussi", "à lire aussi", "voir aussi",
    "lee también", "lea también", "leggi anche", "baca juga", "čtěte také", "ayrıca oku",
    "devamını oku", "lees ook", "leia também", "you can also check", "you may also like",
    "das könnte sie auch interessieren", "vous aimerez aussi", "te puede interesar", "leer más",
    "lire plus", "leggi di più",
)  # fmt: skip
#: A headline cut short with an ellipsis, as lists of other stories show them.
CUT_HEADLINE = regex.compile(r".{10,150}?\s*(?:\.\.\.|…)")
MIN_CUT_HEADLINES = 2
#: A teaser's link to the story at its end: "... zum Artikel", "... Read more".
CALL_TO_READ = regex.compile(
    r".{10,300}?\s(?:zum artikel|zum kurs|zum ratgeber|zum beitrag|zum video|weiterlesen|"
    r"mehr lesen|read more|read the story|continue reading|lire la suite|leer más|seguir leyendo|"
    r"leggi di più|les mer|devamını oku|číst dál|baca selengkapnya|undefined)\s*[»›>→…]?",
    regex.IGNORECASE,
)
#: :data:`CALL_TO_READ` matched backwards: whether a line is one is told from its end, at
#: once, where the pattern read forwards tries each of its first 300 characters.
CALL_TO_READ_FROM_END = backwards(CALL_TO_READ)
#: A teaser whose link ("lesen") is glued to its headline: "Tipps für Ihren Gartenlesen".
#: A headline may end in the word too ("Die Kunst, Gedanken zu lesen"), so only two or
#: more such lines in one text count.
GLUED_READ = regex.compile(r".{10,300}\p{Ll}\s?lesen")
MIN_GLUED_READS = 2
#: "Previous articleEngine maker ...", "Abo Architekten besorgt: ...": a link to another
#: story behind a label glued to it, or behind a paywall badge.
LABELLED_LINK = regex.compile(
    r"(?:(?:previous|next)\s+(?:article|post|story)|(?:vorheriger|nächster)\s+(?:artikel|beitrag)"
    r"|read more|also read|les også|lesen sie auch|lire aussi|lee también|leggi anche|"
    r"baca juga|čtěte také|(?-i:Abo))\s*(?-i:(?=\p{Lu})).{3,200}",
    regex.IGNORECASE,
)
#: A teaser shows its headline twice, as a picture's alt text and as the link: two
#: headlines in a row that share this much of their words.
TWIN_OVERLAP = 0.6
#: A list item's mark: the article's own list, never a teaser.
LIST_BULLET = regex.compile(rf"{BULLET.pattern}|\d{{1,3}}[.)]\s")
MIN_TWIN_WORDS = 4
#: A related link line holds one headline; a longer line is running text.
MAX_LINK_SIZE = 220
#: A teaser in a list of other stories is at most this big.
MAX_TEASER_SIZE = 200
#: A teaser's standfirst under its headline is at most this big.
MAX_LEDE_SIZE = 300

TAG_HEADING = WholeLine(
    "tags", "tag", "topics", "related topics", "related tags", "related countries",
    "related people", "trending topics", "schlagworte", "schlagwörter", "stichworte", "themen",
    "themenseiten",
    "alle themen", "weitere themen", "themen des artikels", "lesen sie mehr zu diesen themen",
    "mehr zu den themen", "mots-clés", "sujets", "etiquetas", "temas", "argomenti", "emner",
    "etiketler", "konular", "ilgili konular", "i̇lgili konular", "témata", "štítky", "topik",
    "関連キーワード", "キーワード", "explore more on these topics", "more on these topics",
)  # fmt: skip
TAG_LINE = line_start(
    "tags", "topics", "schlagworte", "schlagwörter", "stichworte", "themen", "mots-clés",
    "etiquetas", "temas", "argomenti", "emner", "etiketler", "témata", "štítky",
)  # fmt: skip


@per_line
def is_related_heading(text: str) -> bool:
    """A heading over links to other stories: "Read more", "Mehr von Jane Doe".

    >>> is_related_heading("Mehr zum Thema:"), is_related_heading("Mehr Geld für Schulen")
    (True, False)
    """
    if size(text) > MAX_LINK_SIZE:
        return False
    if RELATED_HEADING.fullmatch(text) or STORIES_HEADING_FROM_END.fullmatch(text):
        return True
    return RELATED_OPENER.match(text) is not None and len(text.split()) <= MORE_FROM_WORDS


def teaser_list_end(texts: tuple[str, ...], start: int) -> int:
    """Where a list of other stories that starts at ``start`` ends (exclusive).

    >>> teaser_list_end(("Read more", "Storm hits coast", "Floods in the north", "He said."), 1)
    3

    Headlines (short lines that are not sentences) belong to it, and so does a short
    teaser sentence between them; a big paragraph, a sentence followed by another
    sentence, or a line just before a big paragraph (a subheading) is the article again.
    """
    end = start
    while end < len(texts):
        text = texts[end]
        if size(text) > MAX_TEASER_SIZE or is_related_heading(text):
            break
        following = texts[end + 1] if end + 1 < len(texts) else ""
        if size(following) > MAX_TEASER_SIZE and is_prose(following):
            break  # a subheading, or the last line, before the article's next paragraph
        if (is_prose(text) or is_sentence(text)) and (
            not following or is_prose(following) or is_sentence(following)
        ):
            break
        end += 1
    return end


def related_links(doc: Document) -> Iterator[Finding]:
    """A list of links to other stories, under "Read more", "Mehr zum Thema", "Lire aussi".

    The heading goes with the headlines under it, up to the next paragraph of the
    article; an inline "READ MORE: <headline>" line goes alone, and so do a teaser
    that ends in its link ("... zum Artikel"; two or more with "lesen" glued to their
    end, "... Ihren Gartenlesen"), a headline behind a label or a paywall
    badge ("Previous articleStorm hits", "Abo Architekten besorgt"), a run of
    headlines cut short with "...", and two or more headlines in a row inside the text
    that a related list below shows again.

    >>> doc = Document.from_text("Lesen Sie auch\\nStorm hits coast\\nFloods in the north\\n"
    ...                          "READ MORE: Snow in May\\nRead more about it below. It is late.")
    >>> [f.index for f in related_links(doc)]
    [0, 1, 2, 3]
    """
    texts = doc.texts
    twice = _headlines_shown_twice(doc) | _listed_again_below(doc)
    glued = [index for index, text in enumerate(texts) if _ends_in_glued_read(text)]
    if len(glued) < MIN_GLUED_READS:
        glued = []
    under_cut_heading = set(_below_cut_heading(doc))
    index = 0
    while index < len(texts):
        text = texts[index]
        if index in twice:
            yield Finding(index, "related link")
            index += 1
            continue
        if index in under_cut_heading and not is_related_heading(text):
            end = teaser_list_end(texts, index)  # its heading went as a copy of another
            for position in range(index, end):
                yield Finding(position, "related links")
            index = max(end, index + 1)
            continue
        if is_related_heading(text):
            end = teaser_list_end(texts, index + 1)
            for position in range(index, end):
                yield Finding(position, "related links")
            index = end
            continue
        if _is_cut_headline(text):
            end = index
            while end < len(texts) and _is_cut_headline(texts[end]):
                end += 1
            if end - index >= MIN_CUT_HEADLINES:
                for position in range(index, end):
                    yield Finding(position, "related links")
                index = end
                continue
        following = texts[index + 1] if index + 1 < len(texts) else ""
        after = texts[index + 2] if index + 2 < len(texts) else ""
        previous = texts[index - 1] if index > 0 else ""
        if (
            _are_twin_headlines(text, following)
            and not _are_twin_headlines(following, after)
            and not _are_twin_headlines(previous, text)
        ):  # two alike, not a list of alike items ("Aldi heaters", "Argos heaters", ...)
            yield Finding(index, "related links")
            yield Finding(index + 1, "related links")
            index += 2
            continue
        short = size(text) <= MAX_LINK_SIZE + 100
        if short and (
            index in glued
            or CALL_TO_READ_FROM_END.fullmatch(text)
            or (LABELLED_LINK.fullmatch(text) and not is_sentence(text))
        ):
            yield Finding(index, "related link")
            index += 1
            continue
        prefix = RELATED_PREFIX.match(text)
        if prefix is not None and prefix.end() < len(text) and size(text) <= MAX_LINK_SIZE:
            yield Finding(index, "related link")
        index += 1


def _below_cut_heading(doc: Document) -> Iterator[int]:
    """The blocks that stood just below a related heading an earlier rule has cut.

    A heading shown twice ("Lest auch") goes as a duplicate paragraph first; the page
    as it was (the head's blocks) still has it over its second box.
    """
    if doc.head is None:
        return
    page = doc.head.blocks
    now = {block.line: index for index, block in enumerate(doc.blocks)}
    for above, below in pairwise(page):
        if below.line in now and above.line not in now and is_related_heading(above.text):
            yield now[below.line]


def _headlines_shown_twice(doc: Document) -> set[int]:
    """The blocks of a headline the page shows twice in a row, below the article's start.

    A teaser shows its headline as its picture's alt text and again as its link; the
    copy goes as a duplicate paragraph, so the page is read as it was (the head's
    blocks). The article's own headline, and a line with fewer than two paragraphs of
    the article's prose above it, are left alone. A short standfirst under the headline
    goes with it when another such teaser or the end of the text follows it.
    """
    page = doc.head.blocks if doc.head is not None else doc.blocks
    headline = doc.head.headline if doc.head is not None else None
    now = {block.line: index for index, block in enumerate(doc.blocks)}
    found: set[int] = set()
    prose = 0
    for index, block in enumerate(page[:-1]):
        copy = page[index + 1]
        if (
            prose >= PROSE_ABOVE
            and headline not in (index, index + 1)
            and block.text == copy.text
            and _is_teaser_headline(block.text)
        ):
            found.update(now[part.line] for part in (block, copy) if part.line in now)
        if block.line in now and is_prose(block.text):
            prose += 1
    texts = doc.texts
    for index in sorted(found):
        lede = index + 1
        if (
            lede < len(texts)
            and lede not in found
            and size(texts[lede]) <= MAX_LEDE_SIZE
            and (lede + 1 == len(texts) or lede + 1 in found)
        ):
            found.add(lede)  # the teaser's standfirst, before the next teaser or the end
    return found


def _listed_again_below(doc: Document) -> set[int]:
    """The blocks of a headline that a list under a related heading shows again below.

    A box of links in the article's middle ("Sweden PM asks military to help", "3 killed
    in shootings ...") comes back in the "You might also like" list at its foot; the
    list's copy goes as a duplicate paragraph first, so the lists are read from the page
    as it was (the head's blocks). Only a box goes, two such headlines in a row or more:
    a single link inside the text is part of the article for some publishers (Nature).
    A line with fewer than two paragraphs of the article's prose above it is left alone.
    """
    page = doc.head.blocks if doc.head is not None else doc.blocks
    texts = tuple(block.text for block in page)
    listed: dict[str, int] = {}  # a listed headline, and where its list's heading stands
    for index, text in enumerate(texts):
        if is_related_heading(text):
            for position in range(index + 1, teaser_list_end(texts, index + 1)):
                if _is_teaser_headline(texts[position]):
                    listed.setdefault(texts[position], index)
    if not listed:
        return set()
    found: set[int] = set()
    prose = 0
    for index, block in enumerate(doc.blocks):
        heading = listed.get(block.text)
        if heading is not None and prose >= PROSE_ABOVE and block.line < page[heading].line:
            found.add(index)
        if is_prose(block.text):
            prose += 1
    return {index for index in found if index - 1 in found or index + 1 in found}


def _is_teaser_headline(text: str) -> bool:
    """A headline of at least four words, no sentence and no list item."""
    return (
        size(text) <= MAX_LINK_SIZE
        and not is_sentence(text)
        and not LIST_BULLET.match(text)
        and len(words(text)) >= MIN_TWIN_WORDS
    )


@per_line
def _ends_in_glued_read(text: str) -> bool:
    """A headline with its "lesen" link at its end (:data:`GLUED_READ`), no sentence.

    >>> _ends_in_glued_read("Elf Pflanzen, die sich mit Tomaten nicht vertragenlesen")
    True
    >>> _ends_in_glued_read("Er wollte es nachlesen."), _ends_in_glued_read("Zum Lesen")
    (False, False)
    """
    return (
        text.endswith("lesen")
        and size(text) <= MAX_LINK_SIZE
        and GLUED_READ.fullmatch(text) is not None
    )


def _is_cut_headline(text: str) -> bool:
    """A headline cut short (:data:`CUT_HEADLINE`); only a line ending in an ellipsis can be."""
    return text.endswith(("...", "…")) and CUT_HEADLINE.fullmatch(text) is not None


def _are_twin_headlines(first: str, second: str) -> bool:
    """Two headlines in a row with nearly the same words: a teaser's picture and link."""
    if not second or size(first) > MAX_LINK_SIZE or size(second) > MAX_LINK_SIZE:
        return False
    if is_sentence(first) or is_sentence(second) or first == second:
        return False
    if LIST_BULLET.match(first) or LIST_BULLET.match(second):
        return False
    one, two = set(words(first)), set(words(second))
    if min(len(one), len(two)) < MIN_TWIN_WORDS:
        return False
    return len(one & two) >= TWIN_OVERLAP * len(one | two)


@per_line
def is_tag_heading(text: str) -> bool:
    """A heading over the article's tags, or a line of tags: "Schlagworte", "Tags: a, b".

    >>> is_tag_heading("Related Topics"), is_tag_heading("Themen der Woche waren Sturm und Flut.")
    (True, False)
    """
    if size(text) > MAX_LINK_SIZE:
        return False
    return bool(TAG_HEADING.fullmatch(text) or (TAG_LINE.match(text) and not is_sentence(text)))


def tag_list(doc: Document) -> Iterator[Finding]:
    """The article's tags: "Schlagworte: Genf, WHO", or a tags heading and its links.

    >>> doc = Document.from_text("Related Topics\\nClimate change\\nFloods\\n"
    ...                          "Tags: storm, coast\\nThe topics were hard.")
    >>> [f.index for f in tag_list(doc)]
    [0, 1, 2, 3]
    """
    texts = doc.texts
    index = 0
    while index < len(texts):
        text = texts[index]
        if not is_tag_heading(text):  # neither pattern matches (the fence has asked)
            index += 1
            continue
        if size(text) <= MAX_LINK_SIZE and TAG_HEADING.fullmatch(text):
            end = index + 1
            while end < len(texts) and is_menu_item(texts[end]):
                end += 1
            for position in range(index, end):
                yield Finding(position, "tag list")
            index = end
            continue
        if size(text) <= MAX_LINK_SIZE and TAG_LINE.match(text) and not is_sentence(text):
            yield Finding(index, "tag list")
        index += 1
