"""Telling a person's name from a role, an agency, a place or an e-mail in a credit line.

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

import re

import regex

from .memo import per_line

#: The word a byline starts with, in the languages news is scraped in.
BY_WORD = (
    r"(?:une?\s+)?(?:chronique|tribune|analyse|enquête|reportage)\s+de|"
    r"(?:una?\s+)?(?:columna|análisis|crónica|tribuna|reportaje|opinión)\s+de|"
    r"(?:un\s+)?(?:commento|editoriale|analisi|reportage)\s+di|"
    r"by|written\s+by|words\s+by|reporting\s+by|story\s+by|text\s+by|von|text(?=\s*:)|par|por|"
    r"di|door|av|af|autor|autorin|autoren|author|authors|auteur|auteurs|autore|autori|"
    r"reportage|yazan|napsal|napsala|kirjoittanut|kommentar\s+von|ein\s+kommentar\s+von|"
    r"analyse\s+von|gastbeitrag\s+von|interview\s+von|quelle|source|fuente|fonte|bron|kilde|"
    r"kaynak|penulis|oleh|yazar|記者|文"
)
#: A byline word at the start of a line, with its colon.
BY_PREFIX = regex.compile(rf"(?:{BY_WORD})(?:\s*:\s*|\s+)", regex.IGNORECASE)
#: News agencies and wire services: a credit when alone, dropped after a person.
AGENCIES = regex.compile(
    r"(?:the\s+)?(?:associated\s+press|ap|reuters|thomson\s+reuters|afp|agence\s+france[-\s]presse|"
    r"dpa|apa|kna|epd|sda|keystone[-\s]sda|ats|ansa|efe|europa\s+press|kyodo|xinhua|"
    r"deutsche\s+presse-agentur|anadolu\s+ajansı|"
    r"pa(?:\s+media)?|press\s+association|aap|upi|yonhap|anadolu|ntb|tt|ritzau|čtk|ctk|"
    r"bloomberg|cnn|bbc(?:\s+news)?|nhk|ians|pti|ani|sapa|belga|anp|lusa|tass|ria\s+novosti|"
    r"bernama|antara|dpa-afx|afx|sid|reuters/[a-z]+|[a-z]+/[a-z]+)",
    regex.IGNORECASE,
)
#: The little words inside a role ("Head of News at the Desk"); a role never ends in one.
ROLE_JOINERS = frozenset("and the of for in at from with i en".split())
#: Words of a role or a desk, not a name.
ROLE_WORDS = ROLE_JOINERS | frozenset(
    (
        "staff writer writers reporter reporters correspondent correspondents editor editors "
        "contributor contributors columnist photographer photographers senior chief political "
        "business sports science health deputy managing associate international national "
        "foreign special investigative editorial desk team newsroom board news online digital "
        "redaktion redakteur redakteurin korrespondent korrespondentin reporterin autor autorin "
        "journaliste rédaction rédacteur rédactrice redacción redactor redactora redazione "
        "redactie journalist journalistin freelance freier freie mitarbeiter mitarbeiterin wire "
        "service services director content hub lifestyle assistant follow producer analyst "
        "commentator head lead writer feature features culture travel opinion agencies agency "
        "career careers "
        "corresponsal enviado enviada especial giornalista redattore redattrice inviato "
        "muhabiri muhabir journalisten journalister fotograf gastautor gastautorin "
        "kolumnist kolumnistin ressortleiter ressortleiterin chefredakteur chefredakteurin "
        "sport fotografo fotógrafo fotógrafa photographe"
    ).split()
)
#: Nouns that make a line a credit: "Jane Doe – Journalist", "Amy Gibbons Political Correspondent".
ROLE_NOUNS = frozenset(
    (
        "writer writers reporter reporters correspondent correspondents editor editors "
        "contributor columnist photographer redakteur redakteurin korrespondent "
        "korrespondentin reporterin journaliste rédacteur rédactrice redactor redactora "
        "journalist journalistin corresponsal giornalista redattore redattrice inviato "
        "muhabiri muhabir director"
    ).split()
)


#: What every role noun holds: the nouns no other noun is part of ("writer", not
#: "writers"), as one pattern of the standard ``re`` module, for a line in lower case.
_ROLE_NOUN_IN = re.compile(
    "|".join(
        re.escape(noun)
        for noun in sorted(ROLE_NOUNS)
        if not any(other in noun for other in ROLE_NOUNS - {noun})
    )
)


@per_line
def names_a_role(text: str) -> bool:
    """Whether a role noun stands in ``text``, glued or not ("MackenzieLifestyle Writer").

    A role noun among the words of ``text`` in lower case is part of ``text`` in lower
    case: no role noun holds a letter whose lower case depends on its neighbours (σ, ς)
    or the combining dot that "İ" lowers to with its "i". A line without one is told at
    C speed.

    >>> names_a_role("Mathias Hagen – Journalist"), names_a_role("Mathias Hagen")
    (True, False)
    """
    if _ROLE_NOUN_IN.search(text.lower()) is None:
        return False
    words = _GLUED.sub(" ", text).replace("-", " ").lower().split()
    return any(word.strip(".,:()") in ROLE_NOUNS for word in words)


#: Words of a page's interface (share, comment, print, copyright...): never in a name.
INTERFACE_WORDS = frozenset(
    (
        "share shares shared teilen geteilt partager partagez compartir comparte condividi delen "
        "dela dele paylaş bagikan sdílet comments comment kommentare kommentar commentaires "
        "comentarios comentarios commenti reacties kommentarer yorumlar komentáře discussion "
        "print drucken imprimer imprimir stampa afdrukken skriv yazdır tisk related topics "
        "topic themen thema tags copyright advertisement anzeige werbung publicité publicidad "
        "subscribe abonnieren abonner suscríbete abbonati abone ol login anmelden registrieren "
        "read lesen lire leer leggi listen hören écouter follow folgen suivre seguir segui "
        "save merken speichern sauvegarder guardar salva email mail e-mail twitter facebook "
        "whatsapp linkedin instagram telegram reddit pinterest flipboard bluesky xing tumblr "
        "senden twittern stock size local news live video videos foto photo image bild "
        "newsletter podcast more mehr plus weiter next previous zurück home startseite menu "
        "search suche tipps"
    ).split()
)
#: Buttons a page puts after the writer's name: "Jane Doe Follow", "Tuva Løland Tips meg".
AUTHOR_BUTTONS = frozenset(
    "follow folgen suivre seguir segui følg tips tipps tip kontakt contact profil profile "
    "e-mail email".split()
)
#: A button's words after the name are few ("Tips meg": "tips", then "me").
MAX_BUTTON_WORDS = 3
#: The first word of a place of two words or more: "New York", "San Francisco", "Bad Ems".
PLACE_LEADS = frozenset(
    "new los las san santa são st st. saint sankt bad hong kuala tel abu port puerto fort "
    "mount cape".split()
)
#: What says a credit is a picture's: a photographer, a picture agency.
PHOTO_CREDIT = regex.compile(
    r"\b(?:getty|images|imago|shutterstock|istock(?:photo)?|alamy|picture[\s-]alliance|"
    r"adobe\s+stock|stock\.adobe\.com|foto|fotos|photo|photos|fotograf[oa]?|fotógraf[oa]|"
    r"photographer|photographe)\b",
    regex.IGNORECASE,
)
#: The last word of a newspaper's or a site's name: "Lesotho Times", "Kieler Nachrichten".
OUTLET_WORDS = frozenset(
    "times post herald tribune journal gazette telegraph chronicle news courier express globe "
    "inquirer examiner bulletin guardian independent "
    "observer mirror daily weekly magazine magazin online zeitung nachrichten tagblatt "
    "tageblatt rundschau kurier presse anzeiger allgemeine journaal krant avisen tidende "
    "posten bladet gazzetta corriere giornale diario noticias periódico quotidien".split()
)
#: Lower-case words that may stand inside a name.
PARTICLES = frozenset(
    "van von der den de da di du la le del della dos das bin ibn al el ten ter y zu".split()
)
_NAME_TOKEN = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]*\.?|\p{Lu}\.(?:-?\p{Lu}\.)*")
_INITIAL = regex.compile(r"\p{Lu}\.?")
_EMAIL = regex.compile(r"\S+@\S+\.\w+")
_ACRONYM_COMPOUND = regex.compile(r"\p{Lu}{2,}-\p{Lu}?\p{Ll}")
#: What stands between the names of one credit.
_SPLIT = regex.compile(
    r"\s*(,|;|&|\+|(?<=\p{L})/(?=\p{Lu})|\s(?:(?i:and|und|et|en|og|och)|y|e|a|i|ve)\s)\s*"
)
#: Contributors named after "with": agencies helped, the writer is before.
_WITH = regex.compile(r"\s(?:mit|with|avec|con|met|med)\s", regex.IGNORECASE)
#: What ends the names of a credit: a role, an outlet or a date follows.
_SEGMENT_END = regex.compile(r"\s*(?:\||•|·|\s[-–—/]\s|\s[–—]|@)\s*")
_PARENTHESES = regex.compile(r"\([^()]{0,80}\)")
#: An affiliation mark or a role glued to a name: "You0", "MackenzieLifestyle Writer".
_TRAILING_MARK = regex.compile(r"[\d*†‡]+$")
_GLUED = regex.compile(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
#: A German or Dutch adjective before a role: "Landespolitische Korrespondentin".
_ROLE_ADJECTIVE = regex.compile(r"\p{L}+(?:ische|ischer|ische[nrs]|ale|aler|ige|iger|iste)")
MAX_CREDIT_CHARS = 200
MAX_OPENING_TOKENS = 5


def is_name(text: str, *, min_tokens: int = 1) -> bool:
    """Whether ``text`` reads as a person's name: capitalised words, maybe particles.

    >>> is_name("Ludwig van Beethoven"), is_name("Liam"), is_name("the time")
    (True, True, False)
    >>> is_name("Staff Writer"), is_name("New York")
    (False, False)
    """
    tokens = text.split(None, 5)  # a sixth word is no name's: a sentence is not split whole
    if not min_tokens <= len(tokens) <= 5:
        return False
    if tokens[0].lower() in PARTICLES and len(tokens) == 1:
        return False
    if tokens[0].lower() in PLACE_LEADS and len(tokens) > 1:
        return False  # "New York", "San Francisco": a place
    if all(token.lower().strip(".") in ROLE_WORDS for token in tokens):
        return False
    if AGENCIES.fullmatch(text):
        return False
    if any(token.lower().strip(".,:") in INTERFACE_WORDS for token in tokens):
        return False
    if any(_ACRONYM_COMPOUND.match(token) for token in tokens):
        return False  # "EU-Aussenbeauftragte", "IT-Trainings": a noun, not a name
    if len({token.casefold() for token in tokens}) < len(tokens):
        return False  # a word twice: "Trade Trade Trade"; a name given twice is halved before
    for position, token in enumerate(tokens):
        if token.lower() in PARTICLES and 0 < position < len(tokens) - 1:
            continue
        if not _NAME_TOKEN.fullmatch(token):
            return False
    return True


def is_outlet(text: str) -> bool:
    """Whether ``text`` names a newspaper or a site, or a site's account, not a person.

    An account shows a name cut to an initial: "Ilanga D".

    >>> is_outlet("Lesotho Times"), is_outlet("Kieler Nachrichten"), is_outlet("Jane Doe")
    (True, True, False)
    >>> is_outlet("Ilanga D")
    True
    """
    tokens = text.split()
    if len(tokens) < 2:
        return False
    return tokens[-1].casefold() in OUTLET_WORDS or bool(_INITIAL.fullmatch(tokens[-1]))


def opening_name(text: str) -> str | None:
    """The person's name a sentence opens with, as an author's bio does; else ``None``.

    >>> opening_name("Anne-Marie Slaughter (*1958) war Direktorin."), opening_name("Seit 2019.")
    ('Anne-Marie Slaughter', None)
    """
    tokens: list[str] = []
    for token in text.split()[:MAX_OPENING_TOKENS]:
        if not (_NAME_TOKEN.fullmatch(token) or token.lower() in PARTICLES):
            break
        tokens.append(token)
    while tokens and tokens[-1].lower() in PARTICLES:
        tokens.pop()
    for end in range(len(tokens), 1, -1):  # "Jane Doe Is" is no name; "Jane Doe" is
        if is_name(" ".join(tokens[:end]), min_tokens=2):
            return " ".join(tokens[:end])
    return None


def is_role(text: str) -> bool:
    """Whether ``text`` is a role or desk ("Staff Writer", "Senior Editor").

    >>> is_role("Senior Political Correspondent"), is_role("Jane Doe")
    (True, False)
    """
    words = text.lower().replace("-", " ").split()
    return bool(words) and all(word in ROLE_WORDS for word in words)


def without_role(text: str) -> str:
    """A name with the role glued or written after it taken off.

    >>> without_role("Emma MackenzieLifestyle Writer")
    'Emma Mackenzie'
    >>> without_role("Sina Zehrfeld Landespolitische Korrespondentin")
    'Sina Zehrfeld'
    >>> without_role("Xiaoying You0")
    'Xiaoying You'
    >>> without_role("Tuva Mathilde Løland Tips meg")
    'Tuva Mathilde Løland'
    """
    tokens = _TRAILING_MARK.sub("", text.strip()).split()
    for position in range(2, len(tokens)):
        if tokens[position].lower() in AUTHOR_BUTTONS:
            if len(tokens) - position <= MAX_BUTTON_WORDS:
                tokens = tokens[:position]  # a button after the name: "Follow", "Tips meg"
            break
    half = len(tokens) // 2
    if len(tokens) % 2 == 0 and half and tokens[:half] == tokens[half:]:
        tokens = tokens[:half]  # "Martin Gramnæs Martin Gramnæs": a picture's alt and the name
    stripped = False
    if tokens and tokens[-1].lower().strip(".,") in ROLE_JOINERS:
        return " ".join(tokens)  # "Trade Seoul the the.": a sentence cut short, not a role
    while len(tokens) > 1:
        if tokens[-1].lower().strip(".,") in ROLE_WORDS:
            tokens.pop()
            stripped = True
            continue
        glued = _GLUED.sub(" ", tokens[-1]).split()
        if len(glued) > 1 and glued[-1].lower() in ROLE_WORDS:  # "MackenzieLifestyle"
            tokens[-1:] = glued
            continue
        break
    if stripped and len(tokens) > 2 and _ROLE_ADJECTIVE.fullmatch(tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


def _is_place(text: str) -> bool:
    """A place of capitalised words that starts like one: "New York", "San José"."""
    tokens = text.split()
    return (
        1 < len(tokens) <= 4
        and tokens[0].lower() in PLACE_LEADS
        and all(_NAME_TOKEN.fullmatch(token) for token in tokens)
    )


def _parts(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """A credit's first segment as (joiner, piece) pairs, and the pieces after "with"."""
    segment = _SEGMENT_END.split(_PARENTHESES.sub(" ", text).strip(" ,/•|·-–—:"), maxsplit=1)[0]
    pieces = _WITH.split(segment, maxsplit=1)
    split = _SPLIT.split(pieces[0])
    pairs = [("", split[0]), *zip(split[1::2], split[2::2], strict=True)]
    helpers = _SPLIT.split(pieces[1])[::2] if len(pieces) > 1 else []
    clean = [(joiner.strip(), piece.strip(" .:()[]")) for joiner, piece in pairs]
    return clean, [piece.strip(" .:()[]") for piece in helpers if piece.strip(" .:()[]")]


@per_line
def read_credit(text: str, *, min_tokens: int = 1) -> tuple[str, ...] | None:
    """The names a credit line gives, or ``None`` when it is not a credit line.

    People come first. An agency counts when credited alone, before a person or with
    "and"; not as the outlet after a person's comma, nor after "with". Roles, e-mails,
    places and what follows a ``|`` or dash are dropped. Anything else (a sentence) makes
    the line no credit at all. A person's name must have ``min_tokens`` words (a lone
    "Body" is no credit where no byline word announces one).

    >>> read_credit("Jane Doe and John Roe")
    ('Jane Doe', 'John Roe')
    >>> read_credit("JANE DOE AND JOHN ROE, Reuters")
    ('JANE DOE', 'JOHN ROE')
    >>> read_credit("Jane Doe | Staff Writer | jane@example.com")
    ('Jane Doe',)
    >>> read_credit("Anna Sleegers, Frankfurt"), read_credit("Diana Resnik mit AP")
    (('Anna Sleegers',), ('Diana Resnik',))
    >>> read_credit("Adam Vidler and AP"), read_credit("Reuters, Thorsten Kramer")
    (('Adam Vidler', 'AP'), ('Thorsten Kramer', 'Reuters'))
    """
    if len(text) > MAX_CREDIT_CHARS:
        return None
    people: list[str] = []
    agencies: list[str] = []
    pairs, helpers = _parts(text)
    for joiner, raw in pairs + [("with", helper) for helper in helpers]:
        part = without_role(raw)
        agency = raw if AGENCIES.fullmatch(raw) else part if AGENCIES.fullmatch(part) else None
        if agency is not None:  # "Reuters", or an agency and its desk: "dpa Sport"
            if not people or (joiner not in (",", ";", "with") and joiner):
                agencies.append(agency)
            continue
        if not part or _EMAIL.fullmatch(part) or is_role(part):
            continue
        if people and joiner == "," and (_is_place(part) or is_outlet(part) or _is_desk(part)):
            continue  # "By Jane Doe, New York", "By Jane Doe, Boston Globe", "…, ARD-Studio"
        if is_name(part, min_tokens=min_tokens):
            if people and len(part.split()) == 1 and len(people[0].split()) > 1:
                continue  # a place after the writer's name: "Von Anna Sleegers, Frankfurt"
            people.append(part)
        elif joiner != "with":
            return None
    return tuple(dict.fromkeys(people + agencies if people else agencies))


#: The words of a newsroom's desk or studio, where a writer works: never in a name.
DESK_WORDS = frozenset(
    "studio studios hauptstadtstudio auslandsstudio büro bureau desk newsroom "
    "korrespondentenbüro redaktion rédaction redacción redazione".split()
)


def _is_desk(part: str) -> bool:
    """A newsroom's desk or studio ("ARD-Studio London", "Washington Bureau").

    >>> _is_desk("ARD-Studio London"), _is_desk("Washington Bureau"), _is_desk("Jane Doe")
    (True, True, False)
    """
    return not DESK_WORDS.isdisjoint(word.casefold() for word in regex.split(r"[\s\-]+", part))


@per_line
def read_byline(text: str) -> tuple[str, ...] | None:
    """The names of a line that starts with a byline word ("By", "Von", "Par", "Di").

    ``None`` when the line does not start so, or goes on like a sentence.

    >>> read_byline("Von: JÖRG ZSCHOCHE"), read_byline("By the time he arrived")
    (('JÖRG ZSCHOCHE',), None)
    >>> read_byline("Par Denis Loctier")
    ('Denis Loctier',)
    """
    match = BY_PREFIX.match(text)
    if match is None:
        return None
    names = read_credit(text[match.end() :])
    return names or None


@per_line
def is_byline(text: str) -> bool:
    """Whether a line is a byline, even one that credits no one ("By Staff").

    >>> is_byline("By Staff"), is_byline("By the time he arrived")
    (True, False)
    """
    match = BY_PREFIX.match(text)
    return match is not None and read_credit(text[match.end() :]) is not None
