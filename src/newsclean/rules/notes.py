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

from ..document import Document, Finding
from .phrases import any_of
from .shapes import is_prose, size

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
    "articolo pubblicato originariamente", "permalink:", "partnermarke", "erstveröffentlichung",
    "sie können diesen inhalt sehen",
)  # fmt: skip

_ROLE = (
    r"(?:redakteur(?:in)?|redaktor(?:in)?|korrespondent(?:in)?|reporter(?:in)?|journalist(?:in)?|"
    r"autor(?:in)?|kolumnist(?:in)?|volontär(?:in)?|ressortleiter(?:in)?|chefredakteur(?:in)?|"
    r"reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|"
    r"journaliste|rédacteur|rédactrice|correspondant|periodista|redactor|redactora|"
    r"corresponsal|giornalista|redattore|redattrice|corrispondente|journalist|muhabir|"
    r"novinář|novinářka|wartawan)"
)
#: "Jane Doe is a reporter at ...", "Redakteur in der Wirtschaft.", "Seit 2019 bei der taz."
AUTHOR_BIO = regex.compile(
    rf"(?:\p{{Lu}}[\p{{L}}.'’-]+\s+){{1,3}}(?:ist|is|est|es|è|er|war|was)\s+(?:\S+\s+){{0,3}}"
    rf"{_ROLE}\b.*"
    rf"|{_ROLE}\s+(?:in|im|bei|at|for|für|of|de|du|del|della)\b.*"
    rf"|(?:seit|since)\s+\d{{4}}\s+(?:bei|at|with|für|for)\b.*",
    regex.IGNORECASE | regex.DOTALL,
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

    >>> doc = Document.from_text("ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet.\\n"
    ...                          "Die Redaktion bearbeitete den Text am Abend.")
    >>> [f.index for f in editorial_note(doc)]
    [0]
    """
    for index, block in enumerate(doc.blocks):
        if size(block.text) <= MAX_NOTE_SIZE and EDITORIAL_NOTE.search(block.text):
            yield Finding(index, "editorial note")


def author_bio(doc: Document) -> Iterator[Finding]:
    """The box about the author: its heading and a bio sentence ("Jane Doe is a reporter").

    Only in the last third of the text, where author boxes are, and not before a
    paragraph: a sentence of the article that says someone is a reporter stays.

    >>> doc = Document.from_text("The mayor spoke. " * 8 + "\\nThe bridge closed. " * 3 +
    ...                          "\\nAbout the author\\nJane Doe is a reporter at the Herald.")
    >>> [f.index for f in author_bio(doc)]
    [4, 5]
    """
    texts = doc.texts
    for index in range(len(texts) - len(texts) // 3, len(texts)):
        text = texts[index]
        last = index + 1 == len(texts) or not is_prose(texts[index + 1])
        if size(text) <= MAX_NOTE_SIZE and (
            AUTHOR_HEADING.fullmatch(text) or (last and AUTHOR_BIO.match(text))
        ):
            yield Finding(index, "author bio")
