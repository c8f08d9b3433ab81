"""NC5xx: single boilerplate lines a page puts around and inside an article.

Each rule here recognises one kind of line by its words, in the corpus's languages:
advertisement markers, media placeholders, copyright and legal footers. They match
whole lines, so a sentence that only mentions an advertisement stays.

>>> doc = Document.from_text("Anzeige\\nThe advertisement ran on TV.\\nImpressum")
>>> [f.index for f in advertisement_marker(doc)], [f.index for f in legal_footer(doc)]
([0], [2])
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document, Finding
from ..memo import per_line
from .phrases import WholeLine, any_of, line_start
from .shapes import is_sentence, size

#: Longest line a whole-line phrase rule looks at; running text is longer.
SHORT_LINE = 160

ADVERTISEMENT = WholeLine(
    "anzeige", "advertisement", "advertising", "ad", "ads", "werbung", "publicité", "publicidad",
    "pubblicità", "annonse", "annons", "reklame", "reklam", "reklama", "iklan", "広告", "sponsored",
    "gesponsert", "sponsored content", "paid content", "promoted", "partner content",
    "advertorial", "advertorials", "anuncio", "story continues below", "article continues below",
    "continue reading below", "werbung überspringen", "anzeige überspringen", "skip advert",
    "skip advertisement", "skip ad", "anzeige schließen", "weiter nach der anzeige",
    "artikel wird nach der anzeige fortgesetzt", "la suite après cette publicité",
    "la suite après la publicité", "el artículo continúa después de la publicidad", "ad feedback",
    "this advertisement has not loaded yet", "this advertisement has not loaded yet, but your "
    "article continues below", "powered by",
    "affiliate link", "affiliate-link", "partnerangebote", "partnerangebot", "annonsørinnhold",
    "annonsorinnhold", "annonce", "sponsorisé", "patrocinado", "contenido patrocinado",
    "stellenmarkt", "stellenangebote", "jobs", "job", "anzeigen", "supported by",
)  # fmt: skip
#: "Anzeige: Hier geht es zu ...", "Reklame Hier geht es zu ... bei Amazon": a labelled ad.
ADVERTISEMENT_LABEL = regex.compile(
    r"(?:anzeige|reklame|werbung|advertisement|sponsored|gesponsert|publicité|publicidad)"
    r"\s*[:|–-]\s*\S.{0,150}",
    regex.IGNORECASE,
)
#: A sponsor's credit over a paid-for article: "In partnership with ...", "Sponsored by
#: ...". Alone on its line and no sentence: "In partnership with local charities, the
#: council opened a shelter." is the article's.
SPONSOR_LINE = regex.compile(
    r"(?:in partnership with|produced in partnership with|en partenariat avec|"
    r"in partnerschaft mit|en colaboración con|in collaborazione con|em parceria com|"
    r"i samarbeid med|i samarbete med|sponsored by|presented by|brought to you by|"
    r"paid for by|präsentiert von|gesponsert von|sponsorisé par|patrocinado por)"
    r"\s+[^,.;:!?]{2,60}",
    regex.IGNORECASE,
)
#: An ad slot's name left as text: "werbung_3", "ad-2".
AD_SLOT = regex.compile(r"(?:werbung|anzeige|ad|ads|advert|banner|promo)[_-]\d{1,3}", regex.I)
#: A job advert's gender note, "(m/w/d)": the line is an advert, not the article.
JOB_AD = regex.compile(
    r"\((?:[mwfd]|div|x)(?:\s*/\s*(?:[mwfd]|div|x)){2}\)|\(all genders\)", regex.I
)

PLACEHOLDER = WholeLine(
    "logo", "teaser-bild", "teaser bild", "placeholder image", "placeholder image-1",
    "placeholder image-2", "placeholder image-3", "placeholder image-4", "close button", "close",
    "schließen", "bullet point", "loading", "loading...", "lädt", "wird geladen", "cargando",
    "chargement", "caricamento", "laster", "video", "videos", "bildstrecke", "fotostrecke",
    "fotostrecke ansehen", "galerie", "gallery", "open this photo in gallery",
    "bildbeschreibung einblenden", "bild vergrößern", "zoom", "vollbild", "play", "play video",
    "watch video", "video abspielen", "back to video", "icon zum appstore", "app store logo",
    "google play logo", "opening envelope", "we apologize, but this video has failed to load",
    "try refreshing your browser, or", "tap here to see other videos from our team",
    "embed", "einbetten", "den link zum einbetten des videos kopieren", "läuft gerade weiter",
    "skip navigation", "zu den barrierefreiheitskürzeln springen", "seitennavigation",
    "zum inhalt springen", "skip to content", "skip to main content", "article content",
    "accéder aux raccourcis d'accessibilité", "aller au contenu", "ir al contenido",
    "zur startseite", "startseite", "home", "zurück", "back", "en lecture", "suivant",
    "weiter", "next", "previous", "undefined", "alle anzeigen", "mehr anzeigen", "show more",
    "watch now", "jetzt ansehen", "video ansehen",
    "menu", "menü", "search", "suche", "login", "log in", "sign in", "anmelden", "einloggen",
    "registrieren", "register", "abmelden", "logout", "mein konto", "my account",
    "bitte aktivieren sie javascript", "javascript ist deaktiviert", "please enable javascript",
    "please enable javascript to view this content", "javascript is disabled",
    "you need to enable javascript to run this app", "veuillez activer javascript",
    "activa javascript", "attiva javascript", "aktiver javascript",
    "your browser does not support the video tag",
    "your browser does not support the audio element",
    "your browser does not support the video element", "your browser does not support iframes",
    "continue reading the main story", "story continues", "continue reading", "read full article",
    "read the full article", "read the full story", "lire la suite", "mehr lesen", "zum artikel",
    "leia mais", "leer artículo completo", "leggi l'articolo completo", "haberin devamı",
    "zur übersicht", "nach oben", "zurück nach oben", "back to top", "scroll to top",
    "top of page", "retour en haut", "volver arriba", "torna su", "til toppen", "başa dön",
    "nahoru", "baca selengkapnya", "selengkapnya", "devamını oku", "les mer", "läs mer",
)  # fmt: skip
#: A video player's duration: "02:53", "VIDEO4:4204:42", "01:48 min", "1:24:10".
VIDEO_DURATION = regex.compile(
    r"(?:video\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\d{1,2}:\d{2})?(?:\s*min\.?)?", regex.IGNORECASE
)
#: A video's title with its duration in brackets: "Quantumscape – Präsentation (1:24:10)".
VIDEO_TITLE = regex.compile(r"[^()]{1,100}\(\d{1,2}:\d{2}(?::\d{2})?\)")
#: "1 / 3": a gallery's counter.
GALLERY_COUNTER = regex.compile(r"\d{1,3}\s*/\s*\d{1,3}")
#: An image's alt text as keywords: "lobby, restaurant, totems, table".
ALT_KEYWORDS = regex.compile(
    r"[\p{Ll}\d][\p{Ll}\d' -]{0,30}(?:,\s*[\p{Ll}\d][\p{Ll}\d' -]{0,30}){2,12}"
)

_RIGHTS = any_of(
    "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
    "todos los derechos reservados", "tutti i diritti riservati", "alle rettigheter reservert",
    "tüm hakları saklıdır", "všechna práva vyhrazena", "hak cipta dilindungi",
)  # fmt: skip
LEGAL_LINK = WholeLine(
    "impressum", "datenschutz", "datenschutzerklärung", "agb", "nutzungsbedingungen",
    "privacy", "privacy policy", "privacy notice", "terms of use", "terms of service",
    "terms and conditions", "cookie policy", "cookie-verwaltung", "cookie settings",
    "cookie-einstellungen", "privatsphäre-einstellungen", "mentions légales",
    "politique de confidentialité", "aviso legal", "política de privacidad", "note legali",
    "personvern", "personvernerklæring", "gizlilik politikası", "ochrana osobních údajů",
    "kebijakan privasi", "imprint", "sitemap", "kontakt", "contact", "contact us", "about us",
    "über uns", "mediadaten", "barrierefreiheit", "accessibility", "careers", "karriere",
    "jobs", "presse", "faq", "hilfe", "help", "rss", "rss feeds", "abo-verwaltung",
    "abonnement kündigen", "verträge hier kündigen", "do not sell my personal information",
    "license this content", "reprints & permissions", "reprints and permissions",
    "nutzungsrechte erwerben", "nachdruckrechte", "reuse this content", "our standards",
    "editorial standards", "editorial guidelines",
)  # fmt: skip
#: A legal link with its page's name after it: "Our Standards: The … Trust Principles."
LEGAL_PREFIX = line_start("our standards", "editorial standards", "editorial guidelines")
#: "© 2025 Publisher", "Copyright 2024 The AP": a copyright notice opens the line.
COPYRIGHT = regex.compile(
    r"copyright\s*(?:©|\(c\)|:)|(?:copyright|©|\(c\))\s*(?:\d{4}|\d{4}\s*[-–]\s*\d{4})\b", regex.I
)
MAX_COPYRIGHT_SIZE = 300


def advertisement_marker(doc: Document) -> Iterator[Finding]:
    """An advertisement's label, "Anzeige", "Advertisement 2", "Story continues below".

    A line opened by such a label ("Reklame: Hier geht es zu ..."), a job advert
    ("Ingenieur (m/w/d)") and a sponsor's credit ("En partenariat avec The European
    Commission") go too, unless they read as a sentence.

    >>> doc = Document.from_text("WERBUNG\\nThe advertisement was pulled.\\n"
    ...                          "IT-Spezialist (m/w/d) Speidel GmbH")
    >>> [f.index for f in advertisement_marker(doc)]
    [0, 2]
    """
    for index, block in enumerate(doc.blocks):
        if is_advertisement(block.text):
            yield Finding(index, "advertisement marker")


def is_advertisement(text: str) -> bool:
    """A line :func:`advertisement_marker` takes: an ad marker, a line an ad's label
    opens, a job advert or a sponsor's credit, not read as a sentence.

    >>> is_advertisement("IT-Spezialist (m/w/d) Speidel GmbH")
    True
    >>> is_advertisement("The advertisement was pulled.")
    False
    """
    if size(text) > SHORT_LINE + 100:
        return False
    return is_ad_marker(text) or bool(
        (ADVERTISEMENT_LABEL.fullmatch(text) or JOB_AD.search(text) or SPONSOR_LINE.fullmatch(text))
        and not is_sentence(text)
    )


def media_placeholder(doc: Document) -> Iterator[Finding]:
    """The label of an image, video, gallery or page control: "logo", "Video", "1 / 3".

    An image's alt text written as lowercase keywords ("lobby, restaurant, table"), a
    video's duration ("01:48 min", "Präsentation (1:24:10)") and a notice that scripts
    are off ("Bitte aktivieren Sie Javascript.") are too.

    >>> doc = Document.from_text("Teaser-Bild\\n1 / 3\\nThe video shows the crash.")
    >>> [f.index for f in media_placeholder(doc)]
    [0, 1]
    """
    for index, block in enumerate(doc.blocks):
        if is_media_placeholder(block.text):
            yield Finding(index, "media placeholder")


def is_media_placeholder(text: str) -> bool:
    """A line :func:`media_placeholder` takes: the label of an image, video, gallery or
    page control.

    >>> is_media_placeholder("1 / 3"), is_media_placeholder("The video shows the crash.")
    (True, False)
    """
    return size(text) <= SHORT_LINE and bool(
        PLACEHOLDER.fullmatch(text)
        or GALLERY_COUNTER.fullmatch(text)
        or VIDEO_DURATION.fullmatch(text)
        or (VIDEO_TITLE.fullmatch(text) and not is_sentence(text))
        or ALT_KEYWORDS.fullmatch(text)
    )


@per_line
def is_ad_marker(text: str) -> bool:
    """An advertisement's label alone on its line: "Anzeige", "Advertisement 2", "ad_3".

    >>> is_ad_marker("Publicité"), is_ad_marker("The advertisement was pulled.")
    (True, False)
    """
    if size(text) > SHORT_LINE + 100:
        return False
    return ADVERTISEMENT.fullmatch(text) is not None or AD_SLOT.fullmatch(text) is not None


@per_line
def is_legal_line(text: str) -> bool:
    """A copyright notice or a legal link.

    >>> is_legal_line("© 2025 Börsen-Zeitung"), is_legal_line("The copyright case went on.")
    (True, False)
    """
    big = size(text)
    link = big <= SHORT_LINE and (
        LEGAL_LINK.fullmatch(text) is not None or LEGAL_PREFIX.match(text) is not None
    )
    notice = big <= MAX_COPYRIGHT_SIZE and (COPYRIGHT.match(text) or _RIGHTS.search(text))
    return bool(link or notice)


def legal_footer(doc: Document) -> Iterator[Finding]:
    """A copyright notice or a legal link: "© 2025 Publisher", "Impressum", "Privacy Policy".

    >>> doc = Document.from_text("Copyright © NZZ AG. Alle Rechte vorbehalten.\\nImpressum\\n"
    ...                          "The copyright case went to court.")
    >>> [f.index for f in legal_footer(doc)]
    [0, 1]
    """
    for index, block in enumerate(doc.blocks):
        if is_legal_line(block.text):
            yield Finding(index, "legal footer")


#: A line with no letter and no digit: a rule, a row of stars or bullets, a lone dash.
NO_WORD = regex.compile(r"[^\p{L}\p{N}]+")
#: Longer than this, a line of marks is no separator but something to look at.
MAX_SEPARATOR_CHARS = 80
#: The rule under a table's header row, "|---|---|": part of the table, not a separator.
TABLE_RULE = regex.compile(r"\|?(?:\s*:?-+:?\s*\|)+(?:\s*:?-+:?\s*)?")


def separator_line(doc: Document) -> Iterator[Finding]:
    """A separator between parts of a page: a line with no letter or digit ("___", "* * *").

    Such a line holds no word of the article; a line with a number ("1 / 3", "§ 2")
    is another rule's, and a table's header rule ("|---|---|") stays with its table.

    >>> doc = Document.from_text("The talks ended.\\n___\\nThe talks ended again.")
    >>> [f.index for f in separator_line(doc)]
    [1]
    """
    for index, block in enumerate(doc.blocks):
        if is_separator(block.text):
            yield Finding(index, "separator line")


def is_separator(text: str) -> bool:
    """Whether ``text`` is a separator line (:func:`separator_line`).

    >>> is_separator("* * *"), is_separator("|---|---|"), is_separator("1 / 3")
    (True, False, False)
    """
    return (
        len(text) <= MAX_SEPARATOR_CHARS
        and NO_WORD.fullmatch(text) is not None
        and not TABLE_RULE.fullmatch(text)
    )
