"""NC5xx: share and follow buttons, scraped as lines of their own.

A share bar comes out of a scraper as "Share on Facebook", "Teilen Twittern Senden",
"über Bluesky teilen per Mail teilen", or one network name per line. Such a line is
made only of network names, share or follow verbs and small linking words.

>>> [f.index for f in share_line(Document.from_text("Facebook\\nShare on X\\nHe shared it."))]
[0, 1]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document, Finding
from ..memo import per_line
from .phrases import any_of, whole_line
from .shapes import size, words

#: Networks and channels a page offers to share on (a button's whole label).
NETWORKS = frozenset(
    """facebook twitter x linkedin whatsapp telegram pinterest reddit tumblr flipboard
    messenger xing threads bluesky instagram youtube tiktok snapchat vk pocket rss mastodon
    email e-mail mail sms print drucken imprimer imprimir stampa utskrift yazdır tisk cetak
    tweet twittern tweeten whatsappen mailen flippen google facebooku twitteru""".split()
)
#: Share, send, copy and follow, in the corpus's languages.
VERBS = frozenset(
    """share shares teilen teile teilt partager partagez partage compartir comparte compartilhar
    compartilhe partilhe partilhar
    condividi condividere del dele deel delen dela paylaş paylas sdílet sdilet bagikan
    send senden envoyer enviar invia sende copy copied kopieren kopiert copier copié copiar
    copia kopier save merken speichern bookmark gift""".split()
)
#: What a share label names besides the network: the article, the link.
OBJECTS = frozenset(
    """article artikel beitrag story link url page seite artículo articolo artikkel
    artikkelen makale článek clipboard zwischenablage news""".split()
)
#: Small words that glue a share label together; "follow" is one of them, since "Folgen"
#: alone is a German word (consequences) and "Follow the money" a heading.
LINKING = frozenset(
    """on via by to the this it us our now and or in your social network networks media web
    follow auf über per mit bei diesen dieser den die das uns sie jetzt und oder folgen folge
    sur par cet cette le la les nous en este esta por el nos su questo questa ci suivez
    suivre seguir sigue segui på denne dette oss følg ile bu takip na tento ini kami click
    tap""".split()
)
SHARE_WORDS = NETWORKS | VERBS | OBJECTS
#: A screen reader's note after a share button's label: "(Opens in new window)".
NEW_WINDOW = regex.compile(
    r"\s*\((?:opens|öffnet sich|öffnet|ouvre|se abre)\s+(?:in\s+)?(?:(?:a|einem|ein|une|"
    r"una)\s+)?(?:new|neuen|nouvelle|nueva)\s+(?:window|tab|fenster|fenêtre|ventana|pestaña)\)",
    regex.IGNORECASE,
)
#: "Follow Al Jazeera English:": an invitation to follow the outlet, its name capitalised.
FOLLOW_LABEL = regex.compile(
    r"(?i:follow|folgen sie|suivez)\s+(?:\p{Lu}[\p{L}.&'’-]*\s*){1,4}:"
    r"|(?i:follow|folgen|suivre|seguir|segui|følg)\s*:"  # a follow bar's label: "Follow:"
)
#: The words of a share bar that are no other word: share words and linking words.
_BAR_WORDS = SHARE_WORDS | LINKING
#: A share label is short; longer lines are running text even if they name networks.
MAX_SIZE = 120
MAX_WORDS = 16


@per_line
def is_share_line(text: str) -> bool:
    """Whether ``text`` is only share or follow buttons.

    Every word must be a network, a share verb, what is shared or a linking word; one
    other word (a site's name: "Share this Story: Canada.com") is allowed when at least
    two words are share words.

    >>> is_share_line("über Bluesky teilen über facebook teilen per Mail teilen")
    True
    >>> is_share_line("Follow the money"), is_share_line("Share prices fell")
    (False, False)
    """
    if size(text) > MAX_SIZE:
        return False
    if "(" in text:
        text = NEW_WINDOW.sub("", text)
    tokens = words(text)
    if not tokens or len(tokens) > MAX_WORDS:
        return False
    share = sum(map(SHARE_WORDS.__contains__, tokens))  # counted at C speed
    if share == 0:
        return False
    other = len(tokens) - sum(map(_BAR_WORDS.__contains__, tokens))
    if other == 0:
        return any(token in NETWORKS or token in VERBS for token in tokens)
    return other == 1 and share >= 2 and tokens[-1] not in LINKING and tokens[0] in VERBS


#: An invitation to follow the outlet: "Folgst du schon 20 Minuten auf Whatsapp?".
FOLLOW_PROMPT = any_of(
    "follow us", "folgen sie uns", "folge uns", "folgst du", "folgt uns", "suivez-nous",
    "síguenos", "seguici", "følg oss", "følg med", "bizi takip edin", "sledujte nás",
    "ikuti kami", "join us on", "abonniere uns", "google news feed", "on google news",
    "auf google news", "sur google news", "di google news",
)  # fmt: skip
MAX_FOLLOW_SIZE = 200


@per_line
def is_follow_prompt(text: str) -> bool:
    """An invitation to follow the outlet on a network ("Follow us on Instagram").

    >>> is_follow_prompt("Folgst du schon 20 Minuten auf Whatsapp?")
    True
    >>> is_follow_prompt("Follow us as we walk the route on Friday.")
    False
    """
    if size(text) > MAX_FOLLOW_SIZE:
        return False
    if FOLLOW_LABEL.fullmatch(text):
        return True
    if not FOLLOW_PROMPT.search(text):
        return False
    return any(token in NETWORKS for token in words(text))


def share_line(doc: Document) -> Iterator[Finding]:
    """Share and follow buttons: "Share on Facebook", "Teilen", "Partager", "X".

    The labels of a page's share bar say nothing of the article; a sentence that
    mentions a network ("He shared the video on Facebook.") is running text and stays.

    >>> doc = Document.from_text("Teilen Twittern Senden\\nCopy link\\nShe posted it on X.")
    >>> [(f.index, f.reason) for f in share_line(doc)]
    [(0, 'share button'), (1, 'share button')]
    """
    for index, block in enumerate(doc.blocks):
        if is_share_line(block.text) or is_follow_prompt(block.text):
            yield Finding(index, "share button")


#: The signature under an embedded post: "— Jane Doe (@janedoe) August 5, 2024".
POST_SIGNATURE = regex.compile(
    r"[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s*(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\.?\s+\p{L}{3,9}\.?\s+\d{4})"
)
#: A post's short links and the labels of an embedded post.
POST_LINK = regex.compile(r"pic\.twitter\.com/\w+|https?://t\.co/\w+\s*$")
#: What every match of :data:`POST_LINK` holds, found by ``in`` at C speed.
POST_LINK_MARKS = ("pic.twitter.com/", "://t.co/")
POST_LABEL = whole_line(
    "view this post on instagram", "a post shared by", "ein beitrag geteilt von",
    "diesen beitrag auf instagram ansehen", "beitrag auf instagram ansehen",
    "voir cette publication sur instagram", "ver esta publicación en instagram",
    "visualizza questo post su instagram",
)  # fmt: skip
MAX_POST_SIZE = 600


def embedded_post(doc: Document) -> Iterator[Finding]:
    """An embedded social-media post: its signature, its short links, its labels.

    The lines that end in a post's own short link ("... pic.twitter.com/7IJ") and
    the signature under it ("— Jane Doe (@janedoe) August 5, 2024") go; the article's
    sentences around the post stay.

    >>> doc = Document.from_text("Buses run late. pic.twitter.com/7IJYBkhgep\\n"
    ...                          "— City Bus (@citybus) August 5, 2024\\nThe mayor spoke.")
    >>> [f.index for f in embedded_post(doc)]
    [0, 1]
    """
    for index, block in enumerate(doc.blocks):
        text = block.text
        if size(text) > MAX_POST_SIZE:
            continue
        if (
            POST_SIGNATURE.fullmatch(text)
            or (any(mark in text for mark in POST_LINK_MARKS) and POST_LINK.search(text))
            or (size(text) <= MAX_SIZE and POST_LABEL.match(text))
        ):
            yield Finding(index, "embedded post")
