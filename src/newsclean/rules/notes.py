"""NC5xx: notes about the article rather than the article: editorial notes, author bios.

An agency note ("ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet."), a
translation note, a disclaimer under a guest column, and the box about the author
("Jane Doe is a reporter at the Herald.") sit under or over the text; each is a
sentence of its own, known by phrases such notes use and articles do not.

>>> doc = Document.from_text("Dies ist eine maschinelle Übersetzung eines Artikels.\\n"
...                          "The translation was poor, critics said.")
>>> [f.index for f in editorial_note(doc)]
[0]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document, Finding, fold
from .phrases import any_of, whole_line
from .shapes import BULLET, SENTENCE_END, is_prose, is_sentence, size, words

#: A stop, then a capital: a second sentence begins.
_SECOND_SENTENCE = regex.compile(r"[.!?…]\s+\p{Lu}")
#: A note is a sentence or two; a longer block is running text.
MAX_NOTE_SIZE = 400

EDITORIAL_NOTE = any_of(
    "redaktionell nicht bearbeitet", "automatisch von der deutschen presse-agentur",
    "maschinelle übersetzung", "automatisiert übersetzt", "originalartikel",
    "rechte an diesem artikel", "artikelrechte erwerben", "nicht der meinung der redaktion",
    "zusammenfassung wurde künstlich erzeugt", "im original veröffentlicht",
    "dieser artikel erschien zuerst", "dieser beitrag erschien zuerst", "aus dem englischen von",
    "ist zuerst bei", "zuerst erschienen", "erschien zuerst",
    "machine translation", "machine-translated", "translated by ai", "this article was originally "
    "published", "this story was originally published", "originally appeared", "may earn an "
    "affiliate commission", "may earn a commission", "we may receive a commission",
    "reviews and recommendations are unbiased", "cet article a été traduit",
    "publié initialement", "este artículo fue publicado originalmente", "traducción automática",
    "articolo pubblicato originariamente", "partnermarke", "erstveröffentlichung",
    "sie können diesen inhalt sehen", "contributed to this report", "contributed to this story",
    "additional reporting by", "dieser artikel ist eine übersetzung", "im original ist er",
    "im original erschienen", "dieser artikel stammt aus", "dieser beitrag stammt aus",
    "dieser text stammt aus", "this article was amended", "this article has been amended",
    "this article was corrected", "this article has been corrected",
    "version of this article appears in print", "version of this article appeared in print",
    "this article appeared in print", "this article appears in print",
    "dieses thema im programm",
)  # fmt: skip
#: A staff credit's label with its colon ("Mitarbeit: …", "…, Schlussredaktion: …") or an
#: agency's editor after a semicolon ("Reporting by …; Editing by …"): the word alone is
#: prose ("Die Mitarbeit der Gewerkschaft", "editing by hand").
CREDIT_LABEL = regex.compile(
    r"(?:^|[,;]\s*)(?:mitarbeit|schlussredaktion|redigatur|permalink)\s*:|;\s*editing by\b",
    regex.IGNORECASE,
)

#: A piece of each of :data:`CREDIT_LABEL`'s words ("mitarbeit", "schlussredaktion",
#: "redigatur", "permalink", "editing by") with no "i" or "s" (whose case partners "İ"
#: and "ſ" lowercase to other letters).
_LABEL_PIECES = ("arbe", "redakt", "gatur", "permal", "by")

_STAFF_NAME = r"\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}"
#: A staff credit on a line of its own: an editorial role, a colon and names only
#: ("Redaktion: Marcus Bensmann, Elena Müller", "Faktencheck: …", "Edited by: …").
STAFF_CREDIT = regex.compile(
    r"(?i:redaktion|schlussredaktion|redigatur|faktencheck|lektorat|bildredaktion|übersetzung|"
    r"mitarbeit|audioversion|editing|edited by|copy editing|fact-checking|fact check|"
    rf"translation)\s*:\s*{_STAFF_NAME}(?:\s*(?:,|&|\bund\b|\band\b)\s*{_STAFF_NAME})*\.?"
)

#: A guest column's disclaimer, which may run on with the sponsor's fine print.
DISCLAIMER = any_of(
    "solely those of the author", "are those of the author", "are the author's own",
    "do not necessarily reflect the views", "do not necessarily reflect the opinion",
    "gibt die meinung des autors wieder", "geben die meinung des autors wieder",
    "n'engagent que leur auteur", "n'engagent que l'auteur",
)  # fmt: skip
MAX_DISCLAIMER_SIZE = 700
#: The longest words of the phrases of :data:`EDITORIAL_NOTE` and :data:`DISCLAIMER`: a
#: line without any of them holds none of their phrases.
_NOTE_KEYS = EDITORIAL_NOTE.keys | DISCLAIMER.keys

_ROLE = (
    r"(?:redakteur(?:in)?|redaktor(?:in)?|korrespondent(?:in)?|reporter(?:in)?|journalist(?:in)?|"
    r"autor(?:in)?|kolumnist(?:in)?|volontär(?:in)?|ressortleiter(?:in)?|chefredakteur(?:in)?|"
    r"reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|"
    r"journaliste|rédacteur|rédactrice|correspondant|periodista|redactor|redactora|"
    r"corresponsal|giornalista|redattore|redattrice|corrispondente|journalist|muhabir|"
    r"novinář|novinářka|wartawan)"
)
#: "Jane Doe covers politics for ...": what an English bio says its author does.
_BIO_VERB = r"(?:covers|writes about|writes for|reports on|reports for)"
#: "Jane Doe is a reporter at ...", "Redakteur in der Wirtschaft.", "Seit 2019 bei der taz."
AUTHOR_BIO = regex.compile(
    rf"(?:\p{{Lu}}[\p{{L}}.'’-]+\s+){{1,3}}(?:ist|is|est|es|è|er|war|was)\s+(?:\S+\s+){{0,3}}"
    rf"{_ROLE}\b.*"
    rf"|{_ROLE}\s+(?:in|im|bei|at|for|für|of|de|du|del|della)\b.*"
    rf"|(?:seit|since)\s+\d{{4}}\s+(?:bei|at|with|für|for)\b.*"
    rf"|(?:\p{{Lu}}[\p{{L}}.'’-]+\s+){{1,3}}{_BIO_VERB}\s.*",
    regex.IGNORECASE | regex.DOTALL,
)
#: A line that opens with the author's role: "Redakteurin", "Korrespondent für Politik".
ROLE_LINE = regex.compile(
    rf"(?-i:(?=\p{{Lu}})){_ROLE}(?:\s*$|\s*[,•|]|\s+(?:in|im|bei|at|for|für|of|de|du|del|della|"
    r"und|and|et|y|e)\b)",
    regex.IGNORECASE,
)
#: "Die Autorin", "About the author": the heading of an author box.
AUTHOR_HEADING = regex.compile(
    r"(?:die autorin|der autor|die autoren|über den autor|über die autorin|zur person|"
    r"about the author|about the authors|l'auteur|l'autrice|el autor|la autora|l'autore|"
    r"om forfatteren|om skribenten|sobre la firma|sobre el autor|yazar hakkında|o autorovi|"
    r"tentang penulis|この記事を書いた人)\s*:?",
    regex.IGNORECASE,
)


def editorial_note(doc: Document) -> Iterator[Finding]:
    """An editorial note: agency copy, machine translation, rights, disclaimers.

    A guest column's disclaimer ("Opinions expressed are solely those of the author")
    is taken with the fine print glued to it, up to a long paragraph's size.

    >>> doc = Document.from_text("ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet.\\n"
    ...                          "Die Redaktion bearbeitete den Text am Abend.")
    >>> [f.index for f in editorial_note(doc)]
    [0]
    """
    for index, block in enumerate(doc.blocks):
        if is_note(block.text):
            yield Finding(index, "editorial note")


def is_note(text: str) -> bool:
    """A line :func:`editorial_note` takes: a note on agency copy, translation, rights, a
    staff credit, or a disclaimer.

    >>> is_note("Opinions expressed are solely those of the author."), is_note("He left.")
    (True, False)
    """
    big = size(text)
    if big > MAX_DISCLAIMER_SIZE:
        return False
    if big <= MAX_NOTE_SIZE and _is_staff_credit(text):
        return True
    if _NOTE_KEYS.isdisjoint(words(text)):
        return False  # neither phrase set can find a phrase: told at once
    return bool((big <= MAX_NOTE_SIZE and EDITORIAL_NOTE.search(text)) or DISCLAIMER.search(text))


def _is_staff_credit(text: str) -> bool:
    """A staff credit (:data:`CREDIT_LABEL`, :data:`STAFF_CREDIT`); each needs a colon or a
    semicolon, looked for first at C speed, and a label needs a piece of one of its words
    (:data:`_LABEL_PIECES`: the case partners of their letters all lowercase to them, a
    test checks every code point).

    >>> _is_staff_credit("Redaktion: Marcus Bensmann"), _is_staff_credit("Die Redaktion tagt.")
    (True, False)
    """
    if ":" not in text and ";" not in text:
        return False
    lowered = text.lower()
    labelled = any(piece in lowered for piece in _LABEL_PIECES)
    return bool((labelled and CREDIT_LABEL.search(text)) or STAFF_CREDIT.fullmatch(text))


def author_bio(doc: Document) -> Iterator[Finding]:
    """The box about the author: its heading and a bio sentence ("Jane Doe is a reporter").

    Only in the last third of the text, where author boxes are, and not before a
    paragraph (but the bio): a sentence of the article that says someone is a reporter
    stays. A role alone on its line ("Redakteurin") is the box's too.

    >>> doc = Document.from_text("The mayor spoke. " * 8 + "\\nThe bridge closed. " * 3 +
    ...                          "\\nAbout the author\\nJane Doe is a reporter at the Herald.")
    >>> [f.index for f in author_bio(doc)]
    [4, 5]

    Anywhere in the text, a line that is only the name of a credited author is the
    author box's (or the byline's again), with the role or bio under it.

    >>> from dataclasses import replace
    >>> doc = Document.from_text("The mayor spoke.\\nJane Doe\\nRedakteurin\\nHe left.")
    >>> [f.index for f in author_bio(replace(doc, authors=("Jane Doe",)))]
    [1, 2]
    """
    texts = doc.texts
    boxed: set[int] = set()
    names = {_folded_name(name) for name in doc.authors}
    for index, text in enumerate(texts if names else ()):
        if size(text) > MAX_NOTE_SIZE:
            continue
        name = fold(text)  # _folded_name(text), remembered per line
        glued = any(
            name.startswith(author) and ROLE_LINE.match(text[len(author) :]) for author in names
        )
        if name in names or glued:
            boxed.add(index)
            following = texts[index + 1] if index + 1 < len(texts) else ""
            if size(following) <= MAX_NOTE_SIZE and (
                ROLE_LINE.match(following) or AUTHOR_BIO.match(following)
            ):
                boxed.add(index + 1)
    for index in range(len(texts) - len(texts) // 3, len(texts)):
        text = texts[index]
        following = texts[index + 1] if index + 1 < len(texts) else ""
        last = not is_prose(following) or AUTHOR_BIO.match(following) is not None
        if size(text) <= MAX_NOTE_SIZE and (
            AUTHOR_HEADING.fullmatch(text)
            or (last and (AUTHOR_BIO.match(text) or ROLE_LINE.fullmatch(text)))
        ):
            boxed.add(index)
            if index > 0 and _is_name_line(texts[index - 1]) and AUTHOR_BIO.match(text):
                boxed.add(index - 1)  # the name over the bio: "THOMAS BEAUMONT"
    for index in sorted(boxed):
        yield Finding(index, "author bio")


def _folded_name(text: str) -> str:
    """A name as compared with the credited authors: case folded, spaces collapsed."""
    return " ".join(text.casefold().split())


#: A name on its own line: two to four capitalised words ("Jane Doe", "THOMAS BEAUMONT").
NAME_LINE = regex.compile(r"\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}")


def _is_name_line(text: str) -> bool:
    return NAME_LINE.fullmatch(text) is not None


#: The heading of a box that sums the article up in a few points.
KEY_POINTS_HEADING = whole_line(
    "in kürze", "das wichtigste in kürze", "das wichtigste", "kurz und knapp", "darum geht's",
    "darum gehts", "darum geht es", "auf einen blick", "zusammenfassung", "kurz zusammengefasst",
    "der artikel für sie zusammengefasst", "key points", "key takeaways", "at a glance",
    "in short", "in brief", "story highlights", "tl;dr", "en bref", "l'essentiel",
    "en résumé", "en resumen", "lo más importante", "in breve", "in sintesi", "kort fortalt",
    "kort oppsummert", "oppsummert", "özetle", "kısaca", "stručně", "ve zkratce", "ringkasan",
    "要点", "ポイント",
)  # fmt: skip
#: A point of the box is one short sentence.
MAX_POINT_SIZE = 200
MIN_POINTS = 2
#: More short sentences in a row than a box holds: the article's own one-sentence
#: paragraphs follow, and where the box ends cannot be told.
MAX_POINTS = 5
#: The box stands at the top, under the standfirst and the lead picture: above it are this
#: many paragraphs at most.
MAX_PROSE_ABOVE = 4
#: The note under the points that says who wrote them ("Sammendraget er laget av ChatGPT").
SUMMARY_WORD = any_of(
    "summary", "zusammenfassung", "sammendraget", "sammendrag", "résumé", "resumen",
    "riassunto", "özet", "shrnutí", "ringkasan", "chatgpt", "künstlich erzeugt",
)  # fmt: skip


def _is_summary_note(text: str) -> bool:
    """A note on who wrote the summary: "Diese Zusammenfassung wurde künstlich erzeugt."."""
    return size(text) <= MAX_NOTE_SIZE and SUMMARY_WORD.search(text)


#: Above points with no heading: the standfirst, and a caption at most.
MAX_SENTENCES_ABOVE_POINTS = 2


def _is_point(text: str, *, bulleted: bool = False) -> bool:
    """One short sentence: a stop at its end and none before. A bullet marks a point as
    well as a stop does, so with ``bulleted`` one that lost its stop counts too."""
    if size(text) > MAX_POINT_SIZE:
        return False
    marked = BULLET.match(text)
    if bulleted and marked and not is_sentence(text):
        text += "."
    return (
        is_sentence(text)
        and not _SECOND_SENTENCE.search(text)
        and SENTENCE_END.search(text[:-1].rstrip(".!?…\"'”’»)")) is None
    )


def _is_bulleted_point(text: str) -> bool:
    """A point marked with a bullet that is also one short sentence: "- Rates rose."."""
    return BULLET.match(text) is not None and _is_point(text)


def key_points(doc: Document) -> Iterator[Finding]:
    """A box of key points that sums the article up: "In Kürze:", "Key points", "Kort fortalt".

    The box stands at the top of the article, under the headline and standfirst. Its
    heading goes with the short sentences under it (two to five, one sentence
    each), and with a note on who wrote them; more in a row are the article's own
    one-sentence paragraphs, and the box is left alone. Points of several sentences are the
    article's own paragraphs (a live ticker's "Das Wichtigste in Kürze:") and stay.

    Where the heading is lost (trafilatura drops it), two to five points marked with
    bullets at the top of the article, with nothing of the report above them but the
    standfirst and the report right below them, are the box too.

    >>> doc = Document.from_text("Key points\\nRates rose.\\nPrices fell.\\n" + "Text. " * 20)
    >>> [f.index for f in key_points(doc)]
    [0, 1, 2]
    >>> doc = Document.from_text("- Rates rose.\\n- Prices fell.\\n" + "Text. " * 20)
    >>> [f.index for f in key_points(doc)]
    [0, 1]
    """
    # The box is read in the page as it was (the head's blocks): page chrome may have
    # cut its heading already, as it stands above the article's first paragraph.
    page = doc.head.blocks if doc.head is not None else doc.blocks
    texts = [block.text for block in page]
    now = {block.line: index for index, block in enumerate(doc.blocks)}
    for index in list(_headed_points(texts)) or _unheaded_points(texts):
        if page[index].line in now:
            yield Finding(now[page[index].line], "key points")


def _unheaded_points(texts: list[str]) -> Iterator[int]:
    """The first run of bulleted points, where it stands at the top of the article."""
    start = None
    prose = 0
    for at, text in enumerate(texts):
        if BULLET.match(text):
            start = at
            break
        prose += is_prose(text)
        if prose > 1:
            return  # the report began above any list: the rest is not read
    if start is None:
        return
    above = texts[:start]
    if sum(is_sentence(text) for text in above) > MAX_SENTENCES_ABOVE_POINTS or (
        above and above[-1].endswith(":")
    ):
        return  # the report began above it, or a line announces the list
    end = start
    while end < len(texts) and _is_bulleted_point(texts[end]):
        end += 1
    below = texts[end] if end < len(texts) else ""
    if MIN_POINTS <= end - start <= MAX_POINTS and (is_prose(below) or is_sentence(below)):
        yield from range(start, end)


def _headed_points(texts: list[str]) -> Iterator[int]:
    """The heading of each box of points near the top, its points and its note."""
    index = prose_above = 0
    while index < len(texts):
        if not KEY_POINTS_HEADING.fullmatch(texts[index]):
            if is_prose(texts[index]):
                prose_above += 1
                if prose_above > MAX_PROSE_ABOVE:
                    break  # any heading below is a subheading of the article (see below)
            index += 1
            continue
        if prose_above > MAX_PROSE_ABOVE:
            break  # a heading in the middle of the article: its subheading
        start = index + 1
        if start < len(texts) and _is_summary_note(texts[start]):
            start += 1
        end = start
        while (
            end < len(texts)
            and _is_point(texts[end], bulleted=True)
            and not _is_summary_note(texts[end])
        ):
            end += 1
        if not MIN_POINTS <= end - start <= MAX_POINTS:
            index += 1
            continue
        if end < len(texts) and _is_summary_note(texts[end]):
            end += 1
        yield from range(index, end)
        index = end
