"""Telling a person's name from a role, an agency or an e-mail in a credit line.

>>> read_credit("JANE DOE, Reuters")
('JANE DOE',)
>>> read_credit("The Associated Press")
('The Associated Press',)
>>> read_credit("Staff") == ()
True
>>> read_credit("the time he arrived") is None
True
"""

from __future__ import annotations

import regex

#: News agencies and wire services: a credit when alone, dropped after a person.
AGENCIES = regex.compile(
    r"(?:the\s+)?(?:associated\s+press|ap|reuters|thomson\s+reuters|afp|agence\s+france[-\s]presse|"
    r"dpa|apa|kna|epd|sda|keystone[-\s]sda|ats|ansa|efe|europa\s+press|kyodo|xinhua|"
    r"pa(?:\s+media)?|press\s+association|aap|upi|yonhap|anadolu|ntb|tt|ritzau|čtk|ctk|"
    r"bloomberg|cnn|bbc(?:\s+news)?|nhk|ians|pti|ani|sapa|belga|anp|lusa|tass|ria\s+novosti|"
    r"bernama|antara|dpa-afx|afx|sid|reuters/[a-z]+|[a-z]+/[a-z]+)",
    regex.IGNORECASE,
)
#: Words of a role or a desk, not a name.
ROLE_WORDS = frozenset(
    (
        "staff writer writers reporter reporters correspondent correspondents editor editors "
        "contributor contributors columnist photographer photographers senior chief political "
        "business sports science health deputy managing associate international national "
        "foreign special investigative editorial desk team newsroom board news online digital "
        "redaktion redakteur redakteurin korrespondent korrespondentin reporterin autor autorin "
        "journaliste rédaction rédacteur redacción redactor redazione redactie journalist "
        "journalistin freelance freier freie mitarbeiter mitarbeiterin wire service services "
        "and the of for in at from with"
    ).split()
)
#: Lower-case words that may stand inside a name.
PARTICLES = frozenset(
    "van von der den de da di du la le del della dos das bin ibn al el ten ter y zu".split()
)
_NAME_TOKEN = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]*\.?|\p{Lu}\.(?:-?\p{Lu}\.)*")
_EMAIL = regex.compile(r"\S+@\S+\.\w+")
_SPLIT = regex.compile(r"\s*(?:,|;|\||&|\s(?:(?i:and|und|et|en|og|och)|y|e|a|i)\s|\s[·•–—]\s)\s*")


def is_name(text: str, *, min_tokens: int = 1) -> bool:
    """Whether ``text`` reads as a person's name: capitalised words, maybe particles.

    >>> is_name("Ludwig van Beethoven"), is_name("Liam"), is_name("the time")
    (True, True, False)
    >>> is_name("Staff Writer")
    False
    """
    tokens = text.split()
    if not min_tokens <= len(tokens) <= 5:
        return False
    if tokens[0].lower() in PARTICLES and len(tokens) == 1:
        return False
    if all(token.lower().strip(".") in ROLE_WORDS for token in tokens):
        return False
    if AGENCIES.fullmatch(text):
        return False
    for position, token in enumerate(tokens):
        if token.lower() in PARTICLES and 0 < position < len(tokens) - 1:
            continue
        if not _NAME_TOKEN.fullmatch(token):
            return False
    return True


def is_role(text: str) -> bool:
    """Whether ``text`` is a role or desk ("Staff Writer", "Senior Editor").

    >>> is_role("Senior Political Correspondent"), is_role("Jane Doe")
    (True, False)
    """
    words = text.lower().replace("-", " ").split()
    return bool(words) and all(word in ROLE_WORDS for word in words)


def read_credit(text: str) -> tuple[str, ...] | None:
    """The names a credit line gives, or ``None`` when it is not a credit line.

    People come first; an agency counts only when no person is credited; roles and
    e-mails are dropped. Anything else (a sentence) makes the line no credit at all.

    >>> read_credit("Jane Doe and John Roe")
    ('Jane Doe', 'John Roe')
    >>> read_credit("JANE DOE AND JOHN ROE, Reuters")
    ('JANE DOE', 'JOHN ROE')
    >>> read_credit("Jane Doe | Staff Writer | jane@example.com")
    ('Jane Doe',)
    """
    people: list[str] = []
    agencies: list[str] = []
    for part in _SPLIT.split(text.strip()):
        part = part.strip(" .:()[]")
        if not part or _EMAIL.fullmatch(part) or is_role(part):
            continue
        if AGENCIES.fullmatch(part):
            agencies.append(part)
        elif is_name(part):
            people.append(part)
        else:
            return None
    credited = people or agencies
    return tuple(dict.fromkeys(credited))
