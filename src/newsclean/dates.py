"""Reading a publication date out of a short piece of text.

``parse_date`` reads a date that stands alone (python-dateutil, English month names);
``find_date`` finds a date inside a line in any language of :data:`MONTH_NAMES`.

>>> parse_date("Aug. 25, 2025 10:31 a.m. EDT").isoformat()
'2025-08-25T10:31:00-04:00'
>>> parse_date("25 August 2025")
datetime.date(2025, 8, 25)
>>> parse_date("31 February 2025") is None
True
>>> find_date("Donnerstag, 05. Juni 2025").published
datetime.date(2025, 6, 5)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

import regex
from dateutil import parser as dateutil_parser
from dateutil.tz import tzoffset

from .document import Published
from .memo import per_line
from .names import is_name

#: The zone abbreviations news sites print after a time.
_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2, "BST": 1, "WET": 0, "WEST": 1, "EET": 2, "EEST": 3,
    "IST": 5.5, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "SAST": 2,
}  # fmt: skip
TZINFOS = {name: tzoffset(name, int(hours * 3600)) for name, hours in _ZONES.items()}

# "10:31 a.m." -> "10:31 AM"; dateutil does not know the dotted forms.
_MERIDIEM = regex.compile(r"\b([ap])\.\s?m\.?", regex.IGNORECASE)
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DEFAULTS = (datetime(1, 1, 1, 0, 0, 0), datetime(2, 2, 2, 1, 1, 1))
#: Dates further ahead than this are not a publication date.
FUTURE_MARGIN = timedelta(days=366)
EARLIEST = date(1900, 1, 1)


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    """A zone dateutil read: a known abbreviation, a numeric offset, else none (naive).

    Answering ``None`` for an unknown name ("PT") keeps dateutil from warning on stderr.

    >>> _zone("EDT", None), _zone(None, 7200), _zone("PT", None)
    (tzoffset('EDT', -14400), tzoffset(None, 7200), None)
    """
    if name in TZINFOS:
        return TZINFOS[name]
    return tzoffset(name, offset) if offset is not None else None


def _parse_with(text: str, default: datetime) -> datetime | None:
    try:
        return dateutil_parser.parse(text, default=default, tzinfos=_zone)
    except (ValueError, OverflowError, TypeError):
        return None


#: A day in ISO form and ASCII digits, nothing else: "2025-06-05" (the standard ``re``
#: module's ``[0-9]``, where the ``regex`` module's ``\d`` holds other scripts' digits).
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def iso_day(text: str) -> date | None:
    """The day ``text`` gives when it is only a day of the calendar in ISO form; ``None``
    for anything else, an impossible day ("2025-02-30") too.

    The most common date prefix is one; dateutil reads it as this day (at the time of
    its default), and each of the two readings :func:`parse_date` asks of it costs
    about 20 µs.

    >>> iso_day("2025-06-05"), iso_day("2025-02-30"), iso_day("2025-06-05T10:31")
    (datetime.date(2025, 6, 5), None, None)
    """
    found = _ISO_DAY.fullmatch(text)
    if found is None:
        return None
    year, month, day = map(int, found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, *, today: date | None = None) -> Published | None:
    """A complete, possible, not far-future date in ``text``, or ``None``.

    Year, month and day must all be given; a ``datetime`` comes back only when the
    text gives a time. ``text`` should be the date alone (a label already taken off).

    >>> parse_date("2025-08-25T10:31:00Z")
    datetime.datetime(2025, 8, 25, 10, 31, tzinfo=datetime.timezone.utc)
    >>> parse_date("August 2025") is None
    True
    >>> parse_date("1 January 2999") is None
    True
    """
    if len(text) > 80 or not _YEAR.search(text):
        return None
    day = iso_day(text)
    if day is not None:  # what dateutil reads of it, read without dateutil
        return day if EARLIEST <= day <= (today or date.today()) + FUTURE_MARGIN else None
    cleaned = _MERIDIEM.sub(lambda m: m.group(1).upper() + "M", text)
    first, second = (_parse_with(cleaned, default) for default in _DEFAULTS)
    if first is None or second is None:
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # year, month or day came from the default
    limit = (today or date.today()) + FUTURE_MARGIN
    if not EARLIEST <= first.date() <= limit:
        return None
    if (first.hour, first.minute) != (second.hour, second.minute):
        return first.date()  # no time given
    offset = first.utcoffset()
    return first if offset is None else first.replace(tzinfo=timezone(offset))


#: Month names, January first, in the languages news is scraped in. Prefixes of three
#: letters or more ("Aug.", "MÄR", "sept") are read too, unless two months share them.
MONTH_NAMES = {
    "en": "january february march april may june july august september october november december",
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "de_at": "jänner feber märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
    "listopada grudnia",
}
#: Month names that are only ever written in full (Czech genitive forms share prefixes).
FULL_MONTH_NAMES = {
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
}


def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    clashes: set[str] = set()
    for names in MONTH_NAMES.values():
        for number, name in enumerate(names.split(), start=1):
            for end in range(3, len(name) + 1):
                key = name[:end]
                if table.setdefault(key, number) != number:
                    clashes.add(key)
    for names in FULL_MONTH_NAMES.values():
        for number, name in enumerate(names.split(), start=1):
            table[name] = number
    for key in clashes:
        table.pop(key, None)
    return table


MONTHS = _month_table()
_MONTH = r"(?P<month>\p{L}{3,12})\.?"
_DAY = r"(?P<day>[0-3]?\d)"
_TIME = (
    r"(?:\s*(?:,|-|–|—|um|at|à|a las|alle|kl\.?|om|saat|\|)?\s*"
    r"(?P<hour>[0-2]?\d)[:.h](?P<minute>[0-5]\d)(?![\d.,]\d)"
    r"(?:\s*(?P<meridiem>[ap])\.?\s?m\b\.?)?"
    r"(?::[0-5]\d(?:\.\d+)?)?(?P<offset>Z\b|[+-]\d\d:?\d\d)?"
    rf"(?:\s*(?P<zone>{'|'.join(sorted(_ZONES, key=len, reverse=True))})\b(?![+-]\d))?)?"
)
#: A date inside a line: textual month (day first or month first), numeric, ISO or CJK.
DATE_EXPRESSION = regex.compile(
    r"(?:"
    rf"(?:(?<![\p{{L}}\d])|(?<=\p{{Ll}})(?=[\p{{Lu}}\d]))(?<!\d){_DAY}(?:st|nd|rd|th)?\.?\s*(?:de\s+)?{_MONTH},?\s*(?:de\s+)?(?P<year>(?:19|20)\d\d)"
    r"|(?:(?<![\p{L}\d])|(?<=\p{Ll})(?=\p{Lu}))(?P<month2>\p{L}{3,12})\.?\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year2>(?:19|20)\d\d)"
    r"|(?<!\d)(?P<day3>[0-3]?\d)\s?[./]\s?(?P<month3>[01]?\d)\s?[./]\s?(?P<year3>(?:19|20)\d\d|\d\d)(?!\d)"
    r"|(?<!\d)(?P<year4>(?:19|20)\d\d)-(?P<month4>[01]\d)-(?P<day4>[0-3]\d)(?:T(?=\d))?"
    r"|(?<!\d)(?P<year5>(?:19|20)\d\d)\s?年\s?(?P<month5>[01]?\d)\s?月\s?(?P<day5>[0-3]?\d)\s?日"
    rf"){_TIME}",
    regex.IGNORECASE,
)


#: What every date above has: a year, or two numbers joined by a dot or slash. Lines
#: without one are passed over before the costlier full pattern runs.
_DATE_ANCHOR = regex.compile(r"(?:19|20)\d\d|\d[./]\s?\d")


#: A digit, and the white space right before a position (matched backwards from it).
_DIGIT = regex.compile(r"\d")
_SPACE_BEFORE = regex.compile(r"\s*", regex.REVERSE)
#: What of a date may stand before its first digit besides white space: a month's name
#: (``_MONTH``: at most 12 letters and a dot). Every other kind of date opens with a digit.
_MONTH_BEFORE_DAY = 13


def date_search_start(text: str) -> int:
    """Where the first match of :data:`DATE_EXPRESSION` in ``text`` may start, at the
    earliest: a month's name and white space before the first digit ("Juni 2025"), or
    the first digit. The search starts there instead of trying every earlier position
    (the lookbehinds still see the text before it).

    >>> date_search_start("Lee arrived on June 5, 2025."), date_search_start("No date")
    (6, 0)
    """
    first = _DIGIT.search(text)
    if first is None:
        return 0
    space = _SPACE_BEFORE.match(text, 0, first.start())
    before = first.start() if space is None else space.start()
    return max(0, before - _MONTH_BEFORE_DAY)


@dataclass(frozen=True, slots=True)
class DateFound:
    """A date found in a line: where it stands, and the date (with a time if one follows).

    >>> DateFound(0, 10, date(2025, 6, 5)).end
    10
    """

    start: int
    end: int
    published: Published


def _number(match: regex.Match[str], *names: str) -> str | None:
    for name in names:
        value = match.group(name)
        if value is not None:
            return str(value)
    return None


def _month_of(match: regex.Match[str]) -> int | None:
    word = _number(match, "month", "month2")
    if word is not None:
        return MONTHS.get(word.casefold().rstrip("."))
    digits = _number(match, "month3", "month4", "month5")
    return int(digits) if digits is not None else None


def _possible(found: date, today: date | None) -> bool:
    return EARLIEST <= found <= (today or date.today()) + FUTURE_MARGIN


def _from_match(match: regex.Match[str], today: date | None) -> Published | None:
    month = _month_of(match)
    day = _number(match, "day", "day2", "day3", "day4", "day5")
    year = _number(match, "year", "year2", "year3", "year4", "year5")
    if month is None or day is None or year is None:
        return None
    full_year = int(year) + 2000 if len(year) == 2 else int(year)
    try:
        found = date(full_year, month, int(day))
    except ValueError:
        return None
    if not _possible(found, today):
        return None
    if match.group("hour") is None:
        return found
    hour = int(match.group("hour")) % 12 if match.group("meridiem") else int(match.group("hour"))
    if (match.group("meridiem") or "").lower() == "p":
        hour += 12
    if hour > 23:
        return found
    when = datetime(found.year, found.month, found.day, hour, int(match.group("minute")))
    return when.replace(tzinfo=_zone_of(match))


def _zone_of(match: regex.Match[str]) -> timezone | None:
    """The time zone written after a time: "Z", "+02:00", "EDT"; ``None`` when none is."""
    offset = match.group("offset")
    if offset is not None:
        if offset.upper() == "Z":
            return UTC
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    zone = match.group("zone")
    if zone is not None and zone.upper() in _ZONES:
        return timezone(timedelta(hours=_ZONES[zone.upper()]))
    return None


@per_line
def find_date(text: str, *, today: date | None = None) -> DateFound | None:
    """The first complete, possible date in ``text`` in any language of :data:`MONTH_NAMES`.

    Day, month and year must all be there; a time right after the date is kept. A date
    that cannot exist, or lies more than a year ahead, is no date.

    >>> find_date("Publié le 5 juin 2025 à 14h30").published
    datetime.datetime(2025, 6, 5, 14, 30)
    >>> find_date("2025年6月5日 21時37分").published
    datetime.date(2025, 6, 5)
    >>> find_date("April 26, 2023 2:20pm EDT").published.isoformat()
    '2023-04-26T14:20:00-04:00'
    >>> find_date("31. Februar 2025") is None, find_date("1 January 2999") is None
    (True, True)
    """
    if len(text) > 300 or not _DATE_ANCHOR.search(text):
        return None
    start = date_search_start(text)
    for match in DATE_EXPRESSION.finditer(text, start, overlapped=True):  # "PressApril 28, 2023"
        published = _from_match(match, today)
        if published is not None:
            return DateFound(match.start(), match.end(), published)
    return None


#: Labels that say a date is when the article appeared, in the corpus's languages.
PUBLISHED_LABEL = (
    r"date|dated|published(?:\s+on|\s+at)?|first\s+published(?:\s+on)?|posted(?:\s+on)?|"
    r"datum|ver[öo]ffentlicht(?:\s+am)?|zuerst\s+ver[öo]ffentlicht(?:\s+am)?|"
    r"erschienen(?:\s+am)?|publiziert(?:\s+am)?|artikel\s+ver[öo]ffentlicht(?:\s+am)?|"
    r"erstellt(?:\s+am)?|publié(?:\s+le)?|publicado(?:\s+el|\s+en)?|pubblicato(?:\s+il)?|"
    r"gepubliceerd(?:\s+op)?|publicerad|publisert|udgivet|publikováno|"
    r"yayınlanma(?:\s+tarihi)?|yayın\s+tarihi|giriş(?:\s+tarihi)?|"
    r"diterbitkan|dipublikasikan"
)
#: Labels of a later change: such a date is used only when nothing better is there.
UPDATED_LABEL = (
    r"updated(?:\s+on|\s+at)?|last\s+updated(?:\s+on)?|modified|aktualisiert(?:\s+am)?|"
    r"akt\.|stand|mis\s+à\s+jour(?:\s+le)?|actualizado(?:\s+el|\s+a)?(?:\s+las)?|"
    r"aggiornato(?:\s+il)?|modifica(?:to)?(?:\s+il)?|bijgewerkt(?:\s+op)?|oppdatert|sist\s+oppdatert|opdateret|"
    r"uppdaterad|aktualizováno|güncelleme(?:\s+tarihi)?|diperbarui"
)
DATE_LABEL = regex.compile(
    rf"[\s\-–|•]*(?:(?P<published>{PUBLISHED_LABEL})|(?P<updated>{UPDATED_LABEL}))\s*:?\s*",
    regex.IGNORECASE,
)
#: Words that may stand around a date on a date line: weekdays, "Uhr", zones, joiners.
DATE_FURNITURE = frozenset(
    (
        "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
        "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so "
        "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves "
        "viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica "
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag mandag tirsdag onsdag "
        "torsdag fredag lørdag søndag pazartesi salı çarşamba perşembe cuma cumartesi pazar "
        "senin selasa rabu kamis jumat sabtu minggu pondělí úterý středa čtvrtek pátek sobota "
        "neděle uhr um am at on le el il op om kl h à a las alle de del du the "
        "utc gmt cet cest mez mesz edt est cdt cst pdt pst pt et bst jst kst ist sast wib "
        "updated aktualisiert pm am a.m p.m min mins minute minutes read lesezeit lesedauer"
    ).split()
)
_FURNITURE_TOKEN = regex.compile(
    r"[\p{L}.]+|(?:utc|gmt)[+-]\d{1,2}|[\d.:/\-]+(?:h|[ap]\.?m)?\.?|[\d年月日時分更新]+",
    regex.IGNORECASE,
)
_JOINERS = regex.compile(r"[\s,;:|•·\-–—/()\[\]]+")
#: Where two words meet with no space between: a lowercase letter, then a capital.
_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
#: A dateline's place before the date: "Frankfurt, November 05, 2025".
_PLACE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){0,2})\s*(?:,|\s[-–—])\s*$"
)
#: A date line is short; a longer line is running text that mentions a date.
MAX_DATE_LINE_CHARS = 120


def only_date_words(text: str) -> bool:
    """Whether ``text`` has nothing but date labels, weekdays, times and joiners.

    >>> only_date_words("Published Fri, "), only_date_words("Stefan Trunzik, ")
    (True, False)
    """
    for joined in _JOINERS.split(text):
        # words a scraper glued together ("UhrLesedauer") are read one by one
        for token in _GLUE.split(joined) if joined.isalpha() else (joined,):
            if not token:
                continue
            if not _FURNITURE_TOKEN.fullmatch(token):
                return False
            word = token.lower().strip(".").rstrip("+-0123456789")
            known = word in DATE_FURNITURE or word in MONTHS or DATE_LABEL.fullmatch(token)
            if token[0].isalpha() and not known:
                return False
    return True


#: An ASCII digit: in ASCII text, the only characters ``str.isdigit`` holds to be digits.
_ASCII_DIGIT = re.compile("[0-9]")


def has_digit(text: str) -> bool:
    """Whether any character of ``text`` is a digit (``str.isdigit``: "²" is one too).

    >>> has_digit("Stand: 5. Juni"), has_digit("Stand: Juni"), has_digit("Juni²")
    (True, False, True)
    """
    if text.isascii():  # the standard ``re`` module scans for the ten of them at C speed
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


@dataclass(frozen=True, slots=True)
class DateLine:
    """A line that holds a date and nothing else but labels, weekdays and times.

    ``label`` is ``"published"``, ``"updated"`` or ``None`` (no label).

    >>> DateLine(date(2025, 6, 5), "published").label
    'published'
    """

    published: Published
    label: str | None


@per_line
def read_date_line(text: str, *, today: date | None = None) -> DateLine | None:
    """The date of a line that is only a (labelled) date, in any corpus language.

    >>> read_date_line("Publié le 30/04/2024 - 16:00")
    DateLine(published=datetime.datetime(2024, 4, 30, 16, 0), label='published')
    >>> read_date_line("Donnerstag, 05. Juni 2025, 15:44 Uhr").published
    datetime.datetime(2025, 6, 5, 15, 44)
    >>> read_date_line("Lee arrived on 5 June 2025 with his delegation.") is None
    True
    """
    if len(text) > MAX_DATE_LINE_CHARS or not has_digit(text):
        return None
    # Asked as the other callers ask when there is no ``today``: one memo entry per line.
    found = find_date(text) if today is None else find_date(text, today=today)
    if found is None:
        return None
    before, after = text[: found.start], text[found.end :]
    label_match = DATE_LABEL.match(before)
    label = None
    if label_match is not None:
        label = "published" if label_match.group("published") else "updated"
        before = before[label_match.end() :]
    place = _PLACE.match(before)
    if place is not None and not is_name(place.group("place"), min_tokens=2):
        before = before[place.end() :]  # "Frankfurt, November 05, 2025"; a writer stays
    rest = before + " " + DATE_LABEL.sub(" ", after)
    labelled_then_more = label == "published" and "|" in after and only_date_words(before)
    if not only_date_words(rest) and not labelled_then_more:
        return None  # a publication label and its date may have more after a bar
    return DateLine(found.published, label)


@per_line
def read_date_label(text: str) -> str | None:
    """The kind of a line that is only a date label ("Published", "Stand:"), else ``None``.

    >>> read_date_label("Zuerst veröffentlicht am"), read_date_label("Sist oppdatert")
    ('published', 'updated')
    """
    if len(text) > 40:
        return None
    match = DATE_LABEL.fullmatch(text.strip(" .-–|•:"))
    if match is None:
        return None
    return "published" if match.group("published") else "updated"


_ISO = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
#: A scraper's label and an ISO date glued to the front of the text.
DATE_PREFIX = regex.compile(
    rf"(?:date|published|updated|posted|datum)\s*:?\s+(?P<date>{_ISO})(?=\s)", regex.IGNORECASE
)
