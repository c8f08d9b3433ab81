"""Finding the headline among the blocks of a scraped page.

Scraped pages often start with menus, share buttons and teasers of other stories; the
headline is the block that the byline, the date and the standfirst gather around.

>>> doc = Document.from_text("Home\\nWorld\\nLee Set for Talks in Washington\\nBy Jane Doe\\nBody.")
>>> find_title(doc)
2
"""

from __future__ import annotations

import re

import regex

from .dates import find_date, read_date_label, read_date_line
from .document import Document, fold, single_block
from .memo import per_line
from .names import AGENCIES, BY_WORD, is_byline, names_a_role, read_credit
from .patterns import backwards

#: A headline is short and does not end like a sentence of running text.
MAX_TITLE_CHARS = 250
MAX_TITLE_WORDS = 35
MIN_TITLE_CHARS = 12
CJK_TITLE_CHARS = 8
#: Headlines longer than this are more often a standfirst or a caption.
LONG_TITLE_CHARS = 140
#: A headline shown again this close below, its byline or date between, is the article's.
REPEAT_REACH = 4
#: A headline-like block this long under a shorter one is read as its standfirst.
DEK_CHARS = 90
#: A block shorter than this above a headline is its kicker, not a headline itself.
KICKER_CHARS = 30
_SENTENCE_END = regex.compile(r"(?:[.:;,…。]|\.\.\.)[\p{Pf}\p{Pe}\"'」]*$")
_ANY_SENTENCE_END = regex.compile(r"[.:;,…。?!][\p{Pf}\p{Pe}\"'」]*$")
#: A question or cry in quotation marks is someone's speech, not a headline.
_QUOTED_SPEECH = regex.compile(r"[“\"„«‘'].*[?!][”\"“»’']")
QUOTE_WORDS = 6
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: No character of :data:`_CJK` comes before this one, so a line without a character
#: from here up holds none (the standard ``re`` module scans for a range fast).
CJK_FLOOR = "\u2e80"
_FROM_CJK_FLOOR = re.compile(f"[{CJK_FLOOR}-\U0010ffff]")
#: :data:`_SENTENCE_END` and :data:`_ANY_SENTENCE_END` matched backwards from the end.
_SENTENCE_END_FROM_END = backwards(_SENTENCE_END)
_ANY_SENTENCE_END_FROM_END = backwards(_ANY_SENTENCE_END)
#: How far the headline is looked for, and how far its head reaches.
SCAN_BLOCKS = 400
EVIDENCE_AFTER = 9
EVIDENCE_BEFORE = 3
#: A credit naming an agency is a short line.
MAX_CREDIT_CHARS = 80
#: Blocks this long that end like sentences are body text: the head is above them.
BODY_CHARS = 150
MAX_BODY_SEEN = 3
#: A block of this many words that ends like a sentence is running text.
SENTENCE_WORDS = 5
#: A headline-like block of this many words or fewer that reads as a name is one.
MAX_NAME_WORDS = 3
#: A block of this many words or fewer is a label (a section, a menu link, a name).
MAX_LABEL_WORDS = 3
#: A label with a byline or date this close under it is a short headline.
SHORT_HEADLINE_REACH = 2
#: The least score a headline needs, unless it is the first block.
MIN_SCORE = 2
#: Each earlier block that could be the headline counts against a later one, up to this.
MAX_RIVALS = 2
RIVAL_SCORE = 2
EMPTY_BYLINE = regex.compile(rf"(?:{BY_WORD})\s*:?", regex.IGNORECASE)
#: A photo's credit or caption, not a headline.
_PHOTO_CREDIT = regex.compile(
    r"\b(?:photo|foto|bild|image|getty|imago|shutterstock|keystone|picture\s+alliance|"
    r"copyright|credits?|crédits?|bildquelle|droits\s+réservés|rights\s+reserved|"
    r"derechos\s+reservados|diritti\s+riservati)\b|©|\((?:ap|afp|reuters|dpa|epa)\)",
    regex.IGNORECASE,
)
#: A breadcrumb or menu: sections joined by arrows or bars, or by two slashes (one slash
#: may join a kicker to its headline: "Nationale Demo / Der 9. Juli naht").
_MENU = regex.compile(
    r"\s[>|»›]\s|\s/\s.*\s/\s|\s9\s|^(?:home|start|startseite)\b", regex.IGNORECASE
)
#: What is not a letter or a digit.
_NOT_LETTER = regex.compile(r"[\W_]+")
#: A time relative to now: "2 hours ago", "vor 3 Stunden", "Publiziert heute um 12:19 Uhr".
_RELATIVE_TIME = regex.compile(
    r"(?:[\p{L}.]+(?:\s[\p{L}.]+)?\s*[:|]?\s*)?(?:"
    r"(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago"
    r"(?:\s*\d{1,2}:\d{2})?"  # a live blog's entry: "21 mins ago11:48"
    r"|vor\s+(?:\d{1,3}|einer?)\s+(?:Sekunden?|Minuten?|Min\.|Stunden?|Std\.|Tag(?:en)?|"
    r"Wochen?|Monat(?:en)?)"
    r"|hace\s+(?:\d{1,3}|una?)\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?)"
    r"|il\s+y\s+a\s+(?:\d{1,3}|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois)"
    r"|(?:today|yesterday|heute|gestern|hoy|ayer|aujourd[’']hui|hier|oggi|ieri|dnes|včera|"
    r"i\s+dag|i\s+går|idag|igår|bugün|dün)"
    r",?\s+(?:at\s+|um\s+|a\s+las\s+|à\s+|alle\s+|kl\.?\s+)?\d{1,2}[:.]\d{2}"
    r"(?:\s*(?:uhr|h|[ap]\.?m\.?))?"
    r")",
    regex.IGNORECASE,
)
#: :data:`_RELATIVE_TIME` matched backwards: the optional label it opens with ("Updated",
#: "Publiziert heute um") is tried at each split of a line's first words when read
#: forwards, once when read from the end. Whether a line fully matches does not depend on
#: the direction (the pattern has no lookaround and no atomic group).
_RELATIVE_TIME_FROM_END = backwards(_RELATIVE_TIME)
MAX_RELATIVE_TIME_CHARS = 60
#: A kicker that runs on into the headline below it: "Umbau des Weissen Hauses –", or a
#: label run on into a separator of the layout: "National, News, Top Story |".
_LEAD_IN = regex.compile(r"\s[-–—|]$")
#: Counts of views, comments or minutes: "3304 views 13 mins 0 comments".
_COUNTS = regex.compile(r"(?:\d[\d.,]*\s*[kKM]?\s+\p{L}{1,12}\.?\s*){2,}")
_AVATAR = regex.compile(
    r".{1,80}?\s+avatar|(?:picture|photo|image|profilbild|bild|foto)\s+(?:of|von|de|di)\s+.{3,60}",
    regex.IGNORECASE,
)
_AVATAR_FROM_END = backwards(_AVATAR)


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese or Japanese character.

    >>> has_cjk("東京で会談"), has_cjk("Tōkyō talks")
    (True, False)
    """
    if text.isascii():  # told at once: a string knows whether it is ASCII
        return False
    above = _FROM_CJK_FLOOR.search(text)
    return above is not None and _CJK.search(text, above.start()) is not None


def _ends_like(pattern_from_end: regex.Pattern[str], text: str) -> bool:
    """Whether the end-anchored pattern matches at the end of ``text``, as ``search`` would.

    One attempt, backwards from the end, instead of one per position of the line; ``$``
    also stands before a final line break.
    """
    if pattern_from_end.match(text) is not None:
        return True
    return text.endswith("\n") and pattern_from_end.match(text, 0, len(text) - 1) is not None


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence of running text (a stop, colon or comma).

    >>> ends_sentence("He said so.”"), ends_sentence("Lee Set for Talks?")
    (True, False)
    """
    return _ends_like(_SENTENCE_END_FROM_END, text)


def ends_any_sentence(text: str) -> bool:
    """Whether ``text`` ends like any sentence, a question or a cry too.

    >>> ends_any_sentence("Lee Set for Talks?"), ends_any_sentence("Lee Set for Talks")
    (True, False)
    """
    return _ends_like(_ANY_SENTENCE_END_FROM_END, text)


@per_line
def is_headline_like(text: str) -> bool:
    """Short, and not ending like running text.

    >>> is_headline_like("Lee Set for Crucial Talks"), is_headline_like("He said so.")
    (True, False)
    >>> is_headline_like("“We will win.”")
    False
    >>> is_headline_like("“Will the talks in Seoul go on after the summit?”")
    False
    """
    words = len(text.split())
    if has_cjk(text):
        long_enough = len(text) >= CJK_TITLE_CHARS
    else:
        long_enough = len(text) >= MIN_TITLE_CHARS and words >= 2
    return (
        long_enough
        and len(text) <= MAX_TITLE_CHARS
        and words <= MAX_TITLE_WORDS
        and not ends_sentence(text)
        and not (words >= QUOTE_WORDS and _QUOTED_SPEECH.fullmatch(text))
    )


@per_line
def is_furniture(text: str) -> bool:
    """A line of page furniture that a boilerplate rule takes on its own (share bar,
    newsletter or paywall prompt, ad marker, legal line): never a headline, however
    often the page shows it.

    >>> is_furniture("Share on Facebook"), is_furniture("Sign up for our newsletter")
    (True, True)
    >>> is_furniture("Lee Set for Talks")
    False
    """
    from .rules import boilerplate, prompts, social, widgets  # rules/ imports this module

    line = single_block(text)
    if line is not None:  # the finders below, run on a document of this one line, ask these
        return (
            social.is_share_line(line)
            or social.is_follow_prompt(line)
            or prompts.is_newsletter_prompt(line)
            or prompts.is_paywall_line(line)
            or widgets.is_comment_prompt(line)
            or widgets.is_bookmark_prompt(line)
            or boilerplate.is_advertisement(line)
            or boilerplate.is_legal_line(line)
            or widgets.reading_time_start(line) is not None
            or boilerplate.is_media_placeholder(line)
        )
    alone = Document.from_text(text)
    finders = (
        social.share_line,
        prompts.newsletter_prompt,
        prompts.paywall_prompt,
        widgets.comment_prompt,
        widgets.bookmark_prompt,
        boilerplate.advertisement_marker,
        boilerplate.legal_footer,
        widgets.reading_time,
        boilerplate.media_placeholder,
    )
    return any(next(iter(find(alone)), None) is not None for find in finders)


@per_line
def is_metadata_line(text: str) -> bool:
    """A byline, a date line, a date label or an author's picture: what a head holds.

    >>> is_metadata_line("Von Anna Sleegers, Frankfurt"), is_metadata_line("Stand: 05.06.2025")
    (True, True)
    >>> is_metadata_line("The talks begin on Monday.")
    False
    """
    if len(text) > 160:
        return False
    text = text.lstrip(" |•·,/-–—")
    return bool(
        read_date_line(text) is not None
        or (names_a_role(text) and read_credit(text, min_tokens=2))
        or _is_dated_credit(text)
        or read_date_label(text) is not None
        or is_byline(text)
        or _AVATAR_FROM_END.fullmatch(text)
        or (len(text) <= 20 and EMPTY_BYLINE.fullmatch(text))
    )


def is_relative_time(text: str) -> bool:
    """A time relative to now, as a head gives it beside the headline: it dates nothing,
    yet vouches for the headline above it as a date line would.

    >>> is_relative_time("Updated 2 hours ago"), is_relative_time("Publiziert heute um 12:19 Uhr")
    (True, True)
    >>> is_relative_time("Three days ago the talks began")
    False
    """
    return len(text) <= MAX_RELATIVE_TIME_CHARS and bool(_RELATIVE_TIME_FROM_END.fullmatch(text))


@per_line
def _is_dated_credit(text: str) -> bool:
    """A credit with a date, or a credit that names an agency: "Reuters, Thorsten Kramer"."""
    found = find_date(text)
    if found is not None:
        return bool(found.start and read_credit(text[: found.start], min_tokens=2))
    if "," not in text or len(text) > MAX_CREDIT_CHARS:
        return False
    parts = text.split(",")
    return any(AGENCIES.fullmatch(part.strip()) for part in parts) and bool(
        read_credit(text, min_tokens=2)
    )


@per_line
def is_running_text(text: str) -> bool:
    """A paragraph of running text: long, and ending like a sentence.

    >>> is_running_text("He said so. " * 20 + "Yes."), is_running_text("Lee Set for Talks")
    (True, False)
    """
    least = BODY_CHARS // 3 if has_cjk(text) else BODY_CHARS
    return len(text) >= least and (ends_sentence(text) or text.endswith(("?", "!")))


def _score(
    texts: list[str],
    index: int,
    metadata: list[bool],
    folded: dict[str, list[int]],
    claimed: int = -1,
) -> int:
    """How much speaks for block ``index`` being the headline.

    Metadata at or above ``claimed`` already follows an earlier candidate: it does not
    speak for this one too.
    """
    text = texts[index]
    score = 0
    if any(metadata[index + 1 : index + 4]):
        score += 4 if metadata[index + 1] else 3  # its byline or date right under it
    elif any(metadata[index + 4 : index + 1 + EVIDENCE_AFTER]):
        score += 2
    if any(metadata[max(0, index - EVIDENCE_BEFORE, claimed + 1) : index]):
        score += 2
    twins = folded.get(fold(text), [])
    if any(abs(twin - index) > 1 for twin in twins):
        score += 1
        later = [twin for twin in twins if 1 < twin - index <= REPEAT_REACH]
        if any(any(metadata[index + 1 : twin]) for twin in later):
            score += 1  # shown again right under its byline or date
    following = texts[index + 1] if index + 1 < len(texts) else ""
    if len(following) >= 60 and not is_headline_like(following):
        score += 2  # a standfirst or the body's first paragraph
    elif is_headline_like(following) and len(following) > len(text) >= KICKER_CHARS:
        if following.casefold().startswith(text.casefold()):
            score -= 3  # a photo's alt text, then its caption with the credit
        elif len(following) >= DEK_CHARS:
            score += 2  # a headline, then a standfirst without a full stop
    if index == 0 or len(texts[index - 1]) <= 40:
        score += 1
    if not has_cjk(text):
        words = len(text.split())
        score -= 2 if words <= 2 else 1 if words == 3 else 0
    if len(text) < (CJK_TITLE_CHARS if has_cjk(text) else MIN_TITLE_CHARS):
        score -= 2  # a few words opening the text: a headline only if nothing better
    if _PHOTO_CREDIT.search(text) or _MENU.search(text):
        score -= 3
    if len(text) > LONG_TITLE_CHARS:
        score -= 1 if len(text) <= 2 * LONG_TITLE_CHARS else 2
    above = texts[index - 1] if index else ""
    if (
        is_headline_like(above)
        and len(above) >= KICKER_CHARS
        and len(text) >= DEK_CHARS
        and len(text) > 1.3 * len(above)
    ):
        score -= 2  # a standfirst under its headline
    return score


def _letters(text: str) -> str:
    """The letters and digits of ``text``, casefolded: the same headline however it is
    spaced or punctuated ("Nationale DemoDer 9. Juli" and "Nationale Demo / Der 9. Juli").

    >>> _letters("Nationale Demo / Der 9. Juli")
    'nationaledemoder9juli'
    """
    return "".join(_NOT_LETTER.split(text.casefold()))


#: The word a page puts over any article of its kind ("Článek", "News"): a label, never
#: the headline, though it opens the text.
_PAGE_LABEL = regex.compile(
    r"article|artikel|článek|artículo|articolo|artigo|artykuł|makale|news|nachrichten|"
    r"noticias|notizie|nieuws|nyheter|nyheder|actualités|actualité|zprávy|haberler|berita",
    regex.IGNORECASE,
)


#: The marks a list item opens with, left out when a line is read as a label: those of
#: ``rules.shapes.BULLET``, which this module cannot import (the rules import it).
_LIST_MARKS = "-–•*· "


def is_page_label(text: str) -> bool:
    """The word a page puts over any article of its kind, maybe as a list item.

    >>> is_page_label("News"), is_page_label("• Nachrichten"), is_page_label("News of the day")
    (True, True, False)
    """
    return _PAGE_LABEL.fullmatch(text.lstrip(_LIST_MARKS)) is not None


def _short_opening(text: str) -> bool:
    """Too short to score as a headline, yet read as one when it opens the text; the
    word a page puts over any article ("Článek", "News") is a label.

    >>> _short_opening("Talks Stall"), _short_opening("Headline"), _short_opening("Článek")
    (True, True, False)
    >>> _short_opening("- News")
    False
    """
    return (
        len(text) < MIN_TITLE_CHARS
        and not is_page_label(text)
        and not ends_sentence(text)
        and not _MENU.search(text)
    )


def _reads_as_name(text: str) -> bool:
    """A writer's name, not a headline: two or three words that read as one."""
    return len(text.split()) <= MAX_NAME_WORDS and bool(read_credit(text, min_tokens=2))


def _ends_with(text: str, tail: str) -> bool:
    """Whether ``text`` is a breadcrumb or section label followed by ``tail``."""
    if len(tail) < MIN_TITLE_CHARS or len(tail) >= len(text):
        return False
    if not text.casefold().endswith(tail.casefold()):
        return False
    lead = text[: len(text) - len(tail)]
    return len(lead.split()) <= 2 or bool(_MENU.search(lead + " "))


def _is_caption_copy(texts: list[str], index: int) -> bool:
    """A photo's caption shown twice in a row, or again with its credit after it.

    >>> _is_caption_copy(["Lee in Seoul.", "Lee in Seoul. Photo: AP", "Body."], 0)
    True
    """
    text = texts[index]
    after = texts[index + 1] if index + 1 < len(texts) else ""
    before = texts[index - 1] if index else ""
    return after.startswith(text) or (bool(before) and text.startswith(before))


def _is_body(texts: list[str], index: int) -> bool:
    """A paragraph of the body: running text that is no photo caption shown twice, and
    no note about the article (a guest column's disclaimer above its headline)."""
    return (
        is_running_text(texts[index])
        and not _is_caption_copy(texts, index)
        and not is_editorial_note(texts[index])
    )


@per_line
def is_editorial_note(text: str) -> bool:
    """A note about the article that the editorial-note rule takes: a disclaimer, a
    translation note. Running text as it may be, it does not begin the body.

    >>> is_editorial_note("Opinions expressed are solely those of the author.")
    True
    >>> is_editorial_note("The talks went on for hours.")
    False
    """
    from .rules.notes import editorial_note, is_note  # rules/ imports this module

    line = single_block(text)
    if line is not None:  # what the rule, run on a document of this one line, asks
        return is_note(line)
    return next(iter(editorial_note(Document.from_text(text))), None) is not None


def _head_end(texts: list[str]) -> int:
    """The index where the body has clearly begun: the last paragraph the search reads."""
    seen = 0
    for index in range(len(texts)):
        if _is_body(texts, index):
            seen += 1
            if seen >= MAX_BODY_SEEN:
                return index
    return len(texts)


def is_label(text: str) -> bool:
    """A section label, a menu link or a name: three words or fewer (CJK aside).

    Such a block is the headline only when no longer block reads as one.

    >>> is_label("Politics & Government"), is_label("Lee Set for Talks")
    (True, False)
    """
    return not has_cjk(text) and len(text.split()) <= MAX_LABEL_WORDS


def _short_headline(texts: list[str], index: int) -> bool:
    """A headline of a few words with its byline right under it ("Storm hits coast",
    "By Jane Doe"): no mere label, though as short as one.

    >>> _short_headline(["Storm hits coast", "By Jane Doe", "Body."], 0)
    True
    """
    if not is_headline_like(texts[index]):
        return False
    for below in texts[index + 1 : index + 1 + SHORT_HEADLINE_REACH]:
        if is_byline(below):  # asked first: reading the block as a name costs more
            return not _reads_as_name(texts[index])
        if is_headline_like(below) and not is_metadata_line(below):
            return False  # a headline between: the byline is its own
    return False


def _is_sentence_above(text: str) -> bool:
    """Whether ``text`` ends like a sentence of at least ``SENTENCE_WORDS`` words."""
    return ends_any_sentence(text) and len(text.split()) >= SENTENCE_WORDS


def _under_running_text(texts: list[str], index: int) -> bool:
    """Whether the nearest block above ``index`` that is no page furniture (a share bar,
    an ad marker between them changes nothing) is a paragraph of running text.

    The blocks above are read for a sentence first (cheap), and asked whether they are
    furniture (costly) only between ``index`` and a sentence: above no sentence, the
    nearest block that is no furniture is no sentence either.

    >>> _under_running_text(["The talks ended on Monday.", "Share on Facebook", "Why?"], 2)
    True
    >>> _under_running_text(["The talks ended on Monday.", "Politics", "Why?"], 2)
    False
    """
    end = index
    while True:
        sentence = end - 1
        while sentence >= 0 and not _is_sentence_above(texts[sentence]):
            sentence -= 1
        if sentence < 0:
            return False  # no sentence above: the nearest block that is no furniture is none
        if not all(map(is_furniture, texts[sentence + 1 : end])):
            return False  # a block between that is no furniture, and no sentence
        if not is_furniture(texts[sentence]):
            return not is_editorial_note(texts[sentence])
        end = sentence


def _in_menu(texts: list[str], index: int, metadata: list[bool]) -> bool:
    """A short link between short links: an item of a menu or a trending list."""
    from .rules.shapes import is_menu_item  # rules/ imports this module

    if not is_menu_item(texts[index]) or index == 0 or index + 1 >= len(texts):
        return False
    return all(is_menu_item(texts[i]) and not metadata[i] for i in (index - 1, index + 1))


def _choose(
    texts: list[str], folded: dict[str, list[int]], metadata: list[bool], *, labels: bool
) -> int | None:
    """The best-scored headline among the blocks; labels are candidates only if ``labels``."""
    best: tuple[int, int] | None = None
    first: tuple[int, int] | None = None
    body_seen = 0
    rivals = 0  # headline-like blocks above with something for them
    last_rival = (-2, "")  # the last rival's index and letters
    claimed = -1  # the last metadata block that follows a candidate above
    top = 0  # the last index with only short labels (menus, a kicker) above it
    for index, text in enumerate(texts):
        label = texts[top] if top == index - 1 else ""
        if label and (
            (len(label) <= KICKER_CHARS and label != text and len(label.split()) <= 3)
            or is_furniture(label)
        ):
            top = index  # only short labels so far: this block is still at the top
        if _is_body(texts, index):
            body_seen += 1
            if body_seen >= MAX_BODY_SEEN:
                break
            continue
        if not labels and is_label(text) and not _short_headline(texts, index):
            under = range(index + 1, min(len(texts), index + 1 + EVIDENCE_AFTER))
            dated = [i for i in under if metadata[i]]  # asked first: costs least
            if dated and is_headline_like(text) and (index == 0 or not _reads_as_name(text)):
                claimed = max(claimed, *dated)  # its byline or date
            continue
        twins = folded[fold(text)]
        opening = index == 0 and _short_opening(text)
        # Each check below passes a block over, none has an effect: the cheap ones first.
        if metadata[index] or not (is_headline_like(text) or opening):
            continue
        near = metadata[max(0, index - EVIDENCE_BEFORE) : index + 1 + EVIDENCE_AFTER]
        if index > top and not any(near) and len(twins) < 2:
            continue  # below the top, a headline has its byline, date or copy near it
        if _COUNTS.fullmatch(text) or _LEAD_IN.search(text):
            continue  # counts of views and comments; a kicker that runs on into the headline
        if index + 1 < len(texts) and _ends_with(text, texts[index + 1]):
            continue  # a breadcrumb that ends with the headline: the next block is better
        shown_twice = index == 0 or any(abs(twin - index) > 1 for twin in twins)
        if not shown_twice and _reads_as_name(text):
            continue
        if is_furniture(text) or _in_menu(texts, index, metadata):
            continue
        if _under_running_text(texts, index):
            continue  # under a paragraph of running text: the body has begun
        raw = _score(texts, index, metadata, folded, claimed)
        key = _letters(text)
        same = last_rival == (index - 1, key)  # the same headline just above, spaced otherwise
        signed = index + 1 < len(texts) and metadata[index + 1]  # its byline right under it
        score = raw - 3 * body_seen - (0 if signed else min(rivals - same, MAX_RIVALS))
        if index == 0:
            first = (score, index)
        if best is None or score > best[0]:
            best = (score, index)
        if raw >= RIVAL_SCORE and not opening:
            rivals += 1
            last_rival = (index, key)
        after = [i for i in range(index + 1, index + 1 + EVIDENCE_AFTER) if i < len(texts)]
        claimed = max([claimed, *(i for i in after if metadata[i])])
    if best is not None and best[0] >= MIN_SCORE:
        return best[1]
    if (
        labels
        and first is not None
        and not is_page_label(texts[0])
        and (first[0] >= 0 or _short_opening(texts[0]))
    ):
        return 0  # the first block, read as a headline, with nothing better below
    return None


def find_title(doc: Document) -> int | None:
    """The index of the headline block, or ``None`` when no block reads as one.

    Each short, headline-like block above the body is scored: a byline or date just
    after or before it, the same text shown twice, a standfirst below it. The best
    wins, the earliest among equals. Text that already began (long paragraphs) ends
    the search. A label of a few words (a section, a menu link, a name) is read as the
    headline only when no longer block is one.

    >>> find_title(Document.from_text("Lee Set for Talks\\nLee arrives in Washington, DC, "
    ...                               "leading a delegation of business leaders."))
    0
    >>> find_title(Document.from_text("Politics\\nLee Set for Talks in Seoul\\nBy Jo Doe\\nBody."))
    1
    >>> find_title(Document.from_text("Lee arrives in Washington, leading the talks."))
    """
    texts = [block.text for block in doc.blocks[:SCAN_BLOCKS]]
    if len(texts) < 2:
        return None
    folded: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        folded.setdefault(fold(text), []).append(index)
    texts = texts[: _head_end(texts) + EVIDENCE_AFTER + 1]
    metadata = [is_metadata_line(text) or is_relative_time(text) for text in texts]
    found = _choose(texts, folded, metadata, labels=False)
    return found if found is not None else _choose(texts, folded, metadata, labels=True)
