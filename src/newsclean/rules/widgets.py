"""NC5xx: the widgets around an article: reading times, audio players, comment counts,
save-for-later buttons.

A page shows how long the article takes to read ("Lesezeit: 5 Min."), offers to read
it aloud ("Listen to this article") and counts and invites comments ("Kommentare (0)",
"Join the conversation"). Each is a whole line, or, for a reading time, the tail of a
date line; a sentence that mentions minutes or comments stays.

>>> doc = Document.from_text("Lesezeit: 4 Min.\\nKommentare (3)\\nIt took 4 minutes.")
>>> [f.index for f in reading_time(doc)], [f.index for f in comment_prompt(doc)]
([0], [1])
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document, Finding
from .phrases import WholeLine, any_of, whole_line
from .shapes import size

#: Longest line a whole-line phrase rule looks at; running text is longer.
SHORT_LINE = 160

_MINUTES = r"(?:min(?:ute[ns]?|utes?|s)?\.?|minuten|minutos|minuti|minutter|dakika|minut|minuty|分)"
_READ = r"(?:read|reading|lesen|lesezeit|de lectura|di lettura|lesetid|de lecture|okuma|čtení|baca)"
_READING_LABEL = (
    r"(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|"
    r"tempo di lettura|lesetid|okuma süresi|doba čtení|waktu baca)"
)
#: A whole line that is a reading time, or an audio player's label.
READING_TIME = regex.compile(
    rf"(?:{_READING_LABEL}\s*:?\s*)?(?:ca\.\s*)?\d{{1,3}}\s*-?\s*{_MINUTES}\s*{_READ}?\.?"
    rf"|{_READING_LABEL}\s*:?",
    regex.IGNORECASE,
)
AUDIO_PLAYER = whole_line(
    "listen to this article", "listen to article", "listen", "artikel anhören", "anhören",
    "vorlesen", "artikel vorlesen lassen", "écouter cet article", "écouter", "escuchar",
    "escuchar artículo", "ascolta", "ascolta l'articolo", "lytt til saken", "hør artikkelen",
    "dinle", "poslechnout", "dengarkan", "audio abspielen", "artikel abspielen",
    "hören sie hier die audioversion", "audioversion anhören", "zur audioversion",
    "vorlesen lassen",
)  # fmt: skip
#: An audio player's controls: its clock ("0:00 0:00", "0:00 / 4:35", "0:00 Anhören")
#: and its playback speeds ("1x 1.25x 1.50x 1.75x 2x").
PLAYER_CONTROLS = regex.compile(
    rf"\d{{1,2}}:\d{{2}}\s*(?:/\s*)?(?:\d{{1,2}}:\d{{2}}|{AUDIO_PLAYER.pattern})"
    r"|(?:\d(?:[.,]\d{1,2})?[x×]\s*){3,}",
    regex.IGNORECASE | regex.VERSION1,
)
#: A digit, as the patterns here read one (the ``regex`` module's tables know digits
#: that ``str.isdigit`` of this Python does not).
_DIGIT = regex.compile(r"\d")
#: A reading time glued to the end of a date line: "Published Jun 05, 2026 • 3 minute read".
READING_TIME_TAIL = regex.compile(rf"\s*[•·|–-]\s*\d{{1,3}}\s*-?\s*{_MINUTES}\s*{_READ}\.?$")

COMMENT_COUNT = regex.compile(
    r"(?:\d{1,6}\s*)?(?:kommentare?|comments?|commentaires?|comentarios?|commenti|kommentarer|"
    r"yorum(?:lar)?|komentáře|komentar|komentarze|コメント)\s*(?:\(\s*\d{0,6}\s*\))?\s*:?\s*"
    r"(?:\d{1,6}\s*)?,?(?:\s*(?:empfehlungen|recommendations|likes|shares)\s*:?\s*\d{0,6})?",
    regex.IGNORECASE,
)
COMMENT_PROMPT = WholeLine(
    "join the conversation", "leave a comment", "add a comment", "post a comment",
    "show comments", "view comments", "jetzt kommentieren", "kommentieren", "kommentar abgeben",
    "kommentar schreiben", "zu den kommentaren", "kommentare anzeigen", "diskutieren sie mit",
    "réagir", "commenter", "laisser un commentaire", "comentar", "deja un comentario",
    "commenta", "kommenter", "yorum yap", "diskuse", "komentovat",
    "ihre meinung ist uns wichtig", "fehler gefunden? jetzt melden", "fehler gefunden?jetzt melden",
    "fehler gefunden?", "fehler gefunden", "fehler melden", "report an error",
    "report a correction", "signaler une erreur", "segnala un errore", "informar de un error",
    "comment on this story", "comment on this article", "tap here to add comments",
    "click here to add comments", "jump to comments", "go to comments",
    "teilen sie ihre meinung mit", "share your thoughts",
)  # fmt: skip
#: Comment-section text: a comment word and a word of its rules or its log-in.
_COMMENT_WORD = any_of(
    "comment", "comments", "kommentar", "kommentare", "commentaire", "commentaires",
    "comentario", "comentarios", "commento", "commenti", "discussion", "diskussion",
)  # fmt: skip
_COMMENT_RULE = any_of(
    "logged in", "log in", "sign in", "respectful", "civil", "moderated", "moderation",
    "eingeloggt", "einloggen", "anmelden", "respektvoll", "verfasst", "netiquette",
    "abzugeben", "connecté", "connectez-vous", "respetuoso", "registrati",
)  # fmt: skip
MAX_COMMENT_PROMPT_SIZE = 400
#: A save-for-later widget's label, or its prompts: "Hai salvato un nuovo articolo".
BOOKMARK_LABEL = whole_line(
    "merkliste", "zur merkliste", "artikel merken", "save article", "save for later",
    "saved articles", "my bookmarks", "zum merkzettel hinzufügen", "merkzettel",
    "auf die merkliste", "add to reading list", "save to reading list",
)  # fmt: skip
BOOKMARK_PROMPT = any_of(
    "save this article", "save this story", "bookmark this article", "bookmark this story",
    "my bookmarks", "your saved articles", "saved articles", "salva questo articolo",
    "hai salvato un nuovo articolo", "articoli salvati", "gespeicherte artikel",
    "artikel gespeichert", "artikel merken", "sauvegarder cet article", "articles sauvegardés",
    "article sauvegardé", "guardar este artículo", "artículos guardados", "artículo guardado",
    "lagrede artikler", "lagre artikkelen", "uložené články", "uložit článek",
)  # fmt: skip


def reading_time(doc: Document) -> Iterator[Finding]:
    """A reading time or an audio player: "Lesezeit: 5 Min.", "Listen to this article".

    The player's controls go too: its clock ("0:00 0:00") and speeds ("1x 1.25x 2x").

    A reading time at the end of a date line is cut from it, the date left for the
    date rules.

    >>> doc = Document.from_text("3 min read\\nPublished Jun 05, 2026 • 3 minute read\\n"
    ...                          "It took 3 min.")
    >>> [(f.index, f.start) for f in reading_time(doc)]
    [(0, 0), (1, 22)]
    """
    for index, block in enumerate(doc.blocks):
        start = reading_time_start(block.text)
        if start is not None:
            yield Finding(index, "reading time", start=start)


def reading_time_start(text: str) -> int | None:
    """Where :func:`reading_time` cuts ``text``: 0 for a whole line, the start of a reading
    time that ends a date line, ``None`` where it finds nothing.

    >>> reading_time_start("3 min read"), reading_time_start("Jun 05, 2026 • 3 minute read")
    (0, 12)
    >>> reading_time_start("It took 3 min.") is None
    True
    """
    if size(text) > SHORT_LINE:
        return None
    digits = _DIGIT.search(text) is not None  # controls and a glued reading time hold one
    if (
        READING_TIME.fullmatch(text)
        or AUDIO_PLAYER.fullmatch(text)
        or (digits and PLAYER_CONTROLS.fullmatch(text))
    ):
        return 0
    tail = READING_TIME_TAIL.search(text) if digits else None
    if tail is not None and tail.start() > 0:
        return tail.start()
    return None


def comment_prompt(doc: Document) -> Iterator[Finding]:
    """A comment count or the comment section's prompts and rules.

    >>> doc = Document.from_text("Kommentare (0)\\nJoin the conversation\\nHe made a comment.")
    >>> [f.index for f in comment_prompt(doc)]
    [0, 1]
    """
    for index, block in enumerate(doc.blocks):
        if is_comment_prompt(block.text):
            yield Finding(index, "comment prompt")


def is_comment_prompt(text: str) -> bool:
    """A line :func:`comment_prompt` takes: a comment count, a prompt or a rule of the
    comment section.

    >>> is_comment_prompt("Kommentare (0)"), is_comment_prompt("He made a comment.")
    (True, False)
    """
    big = size(text)
    label = big <= SHORT_LINE and (COMMENT_COUNT.fullmatch(text) or COMMENT_PROMPT.fullmatch(text))
    rules = big <= MAX_COMMENT_PROMPT_SIZE and _COMMENT_WORD.search(text)
    return bool(label or (rules and _COMMENT_RULE.search(text)))


def bookmark_prompt(doc: Document) -> Iterator[Finding]:
    """A save-for-later widget: its label and prompts ("Save this article", "Merkliste").

    >>> doc = Document.from_text("Hai salvato un nuovo articolo\\nShe saved the article.")
    >>> [f.index for f in bookmark_prompt(doc)]
    [0]
    """
    for index, block in enumerate(doc.blocks):
        if is_bookmark_prompt(block.text):
            yield Finding(index, "bookmark prompt")


def is_bookmark_prompt(text: str) -> bool:
    """A line :func:`bookmark_prompt` takes: a save-for-later widget's label or prompt.

    >>> is_bookmark_prompt("Artikel merken"), is_bookmark_prompt("She saved the article.")
    (True, False)
    """
    return size(text) <= SHORT_LINE and bool(
        BOOKMARK_LABEL.fullmatch(text) or BOOKMARK_PROMPT.search(text)
    )
