"""NC5xx: the page talking to its reader: newsletter sign-ups, paywalls, consent notices.

These lines are often whole sentences ("Sign up for our weekly newsletter to get it
in your inbox."), so a rule needs a phrase that only a prompt uses, or two signals
together (a newsletter word and a sign-up verb); one word alone is not enough,
because articles write about newsletters, subscriptions and cookies too.

>>> doc = Document.from_text("Newsletter\\nThe bank's newsletter warned of losses.")
>>> [f.index for f in newsletter_prompt(doc)]
[0]
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Document, Finding
from ..memo import per_line
from ..patterns import backwards
from .phrases import WholeLine, any_of, whole_line
from .shapes import is_sentence, size, words

#: Prompts are short; a longer block is running text whatever words it has.
MAX_PROMPT_SIZE = 450
SHORT_LINE = 160
#: A line short enough to be a button or a banner, not a sentence of the article.
BANNER_LINE = 90

NEWSLETTER_LINE = whole_line(
    "newsletter", "newsletters", "weitere newsletter", "zum newsletter", "newsletter abonnieren",
    "subscribe", "subscribe now", "sign up", "sign up now", "jetzt abonnieren", "abonnieren",
    "s'abonner", "abonnez-vous", "suscríbete", "suscribirse", "iscriviti", "abonner", "abone olun",
    "abone ol", "odebírat", "berlangganan", "thanks for signing up", "inscrivez-vous",
    "subscribed",
)  # fmt: skip
#: How often a newsletter comes, a line of its own in its box: "Arrives Tuesdays".
HOW_OFTEN_LINE = regex.compile(
    r"(?:(?:arrives|delivered|sent|published|erscheint|kommt)\s+)?(?:every\s+|jeden\s+)?"
    r"(?:daily|weekly|monthly|weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
    r"täglich|wöchentlich|monatlich|werktags|montags|dienstags|mittwochs|donnerstags|freitags|"
    r"samstags|sonntags|(?:mon|diens|mitt|donners|frei|sams|sonn)tag)"
    r"(?:\s*(?:,|and|und|&)\s*\p{L}+){0,3}\.?",
    regex.IGNORECASE,
)
_NEWSLETTER = any_of(
    "newsletter", "newsletters", "inbox", "postfach", "posteingang", "e-mail updates",
    "email updates", "boîte mail", "boîte de réception", "bandeja de entrada", "nyhetsbrev",
    "bülten", "メールマガジン", "welcome email", "whatsapp-kanal", "whatsapp channel",
    "signing you up", "nyhetsbrevet", "nyhetsbrevene", "newsletteru", "bültenimize",
    "bültenine",
)  # fmt: skip
#: How often a newsletter comes, which an invitation may say instead of its name ...
_HOW_OFTEN = any_of(
    "delivered daily", "delivered weekly", "daily round-up", "weekly round-up", "daily roundup",
    "weekly roundup",
)  # fmt: skip
#: ... when it opens with the call to sign up ("Sign up to get the inside scoop ...").
_SIGN_UP_FIRST = regex.compile(r"\W*(?:sign up|subscribe)\b", regex.IGNORECASE)
_SIGN_UP = any_of(
    "sign up", "sign-up", "signing up", "signed up", "subscribe", "subscribing", "abonnieren",
    "abonniere", "abonnieren sie", "anmelden", "anmeldung", "registrieren", "inscrivez",
    "inscrivez-vous", "s'inscrire", "abonnez-vous", "suscríbete", "suscribirse", "iscriviti",
    "abonner", "meld deg på", "abone ol", "přihlaste", "daftar", "get it", "delivered",
    "zugestellt", "bekommst du", "erhalten sie", "ikuti", "follow", "folgst du", "登録",
    "issue of", "check your", "browse", "signing you up", "abone olun", "berlangganan", "simak",
    "meld deg på",
)  # fmt: skip

#: A newsletter's fine print: only a sign-up form says this.
NEWSLETTER_FINE_PRINT = any_of(
    "unsubscribe at any time", "check out at any time", "opt out at any time",
    "jederzeit abbestellen", "jederzeit wieder abmelden", "jederzeit abmelden",
    "se désabonner à tout moment", "darte de baja en cualquier momento",
    "disiscriverti in qualsiasi momento", "melde deg av når som helst",
)  # fmt: skip
#: The longest words of the phrases of :data:`_NEWSLETTER`, :data:`NEWSLETTER_FINE_PRINT`
#: and :data:`_HOW_OFTEN`: a line without any of them holds none of their phrases.
_NEWSLETTER_KEYS = _NEWSLETTER.keys | NEWSLETTER_FINE_PRINT.keys | _HOW_OFTEN.keys
#: Said only by a paywall or an app banner, whatever the length of the line.
PAYWALL = any_of(
    "subscribe to read", "subscribe to unlock", "reserved for subscribers",
    "already a subscriber", "unlock more articles", "unlock this article",
    "create an accountsign in", "sign in or create", "log in or create", "register to unlock",
    "registering for free", "view more offers", "activate your online access",
    "home delivery print subscriber", "invest in journalism", "support local journalism",
    "support our journalism", "support independent journalism", "enjoying our latest content",
    "click here to get the", "abo abschließen", "abo abschliessen", "abo abschliessenlogin",
    "mit ihrem abo", "jetzt abonnieren und", "nur für abonnenten", "sie lesen gerade",
    "mehr lesekomfort", "artikel verschenken", "weiterlesen mit", "réservé aux abonnés",
    "déjà abonné", "contenido exclusivo para suscriptores", "ya eres suscriptor",
    "solo per abbonati", "kun for abonnenter", "abonelik için", "abonelere sunulan",
    "pouze pro předplatitele", "会員限定", "有料会員", "有料記事", "会員登録", "読み放題",
    "tu suscripción", "continuar leyendo", "cambia tu suscripción", "アプリで開く",
    "start reading now", "available exclusively to", "exclusively for subscribers",
    "full access to this article via your institution", "access through your institution",
    "access via your institution", "sólo para suscriptores", "solo para suscriptores",
    "sólo para registrados", "solo para registrados", "en cours sur un autre appareil",
    "kostenlos zur probe", "zur probe lesen", "de cet article à lire", "réservée aux abonnés",
    "réservés aux abonnés", "exclusivo para suscriptores", "your article limit",
    "free article limit", "free articles this month", "riservato agli abbonati",
    "riservata agli abbonati", "abonelere özel", "abonelere özeldir",
)  # fmt: skip
#: Said by a paywall, but also by an article now and then: only on a banner-sized line.
PAYWALL_SHORT = any_of(
    "subscribe now", "subscriber only", "subscribers only", "for subscribers",
    "create an account", "get the app", "download the app", "digital-abo", "zum abo",
    "zur app", "in der app", "jetzt testen", "unlimited digital access",
    "unlimited online access", "exclusive articles from", "enjoy additional articles",
    "access articles from across", "get email updates", "epaper", "e-paper", "support local",
    "bitte anmelden", "themen bearbeiten", "meine themen", "please log in", "please sign in",
    "for full access", "already have an account", "accedi per leggere", "logg inn for å lese",
    "for abonnenter", "schon abonnent", "bereits abonnent", "bereits ein abo",
)  # fmt: skip
#: "Log in to continue reading", "Bitte melden Sie sich an, um weiterzulesen": a call to
#: sign in, then what it unlocks; the words alone are a sentence's ("He paused to
#: continue reading").
CONTINUE_PROMPT = regex.compile(
    r".{0,60}?\b(?:log in|sign in|sign up|subscribe|register|create (?:a |an )?(?:free )?account|"
    r"an|anmelden|einloggen|registrieren|abonnieren|abonnez-vous|connectez-vous|"
    r"inscrivez-vous|regístrate|inicia sesión|suscríbete|accedi|abbonati)\b[^.!?]{0,30}?\s*"
    r"(?:to continue reading|um weiterzulesen|pour lire la suite|para seguir leyendo|"
    r"per continuare a leggere)\.?",
    regex.IGNORECASE,
)
#: :data:`CONTINUE_PROMPT` matched backwards: a line that does not end in a call to read
#: on fails at once, where the pattern read forwards tries each of its first 60
#: characters. Whether a line fully matches does not depend on the direction.
CONTINUE_PROMPT_FROM_END = backwards(CONTINUE_PROMPT)
PAYWALL_LINE = whole_line(
    "subscriber only", "subscribers only", "or", "oder", "sign in or create an account",
    "zum abo", "abo", "plus", "premium", "exklusiv für abonnenten", "weiterlesen",
    "jetzt weiterlesen", "jetzt kostenlos registrieren", "kostenlos registrieren",
    "registrati gratis", "registrati", "pur-abo", "pur abo",
)  # fmt: skip

_CONSENT = any_of(
    "cookie", "cookies", "consent", "einwilligung", "einwilligen", "willigen sie",
    "einverstanden", "zustimmung", "zustimmen", "datenschutzerklärung", "privacy settings",
    "privacy policy", "privatsphäre-einstellungen", "privatsphäre", "externe inhalte",
    "externen inhalte", "externer inhalt", "externen inhalt", "external content",
    "third-party content",
    "drittanbieter", "drittplattformen", "personenbezogene daten", "verarbeitung ihrer daten",
    "consentement", "consentimiento", "consenso", "samtykke", "çerez", "souhlas",
    "obsah vložený z jiného webu", "embedded content", "eingebetteter inhalt",
    "improve your experience", "your browsing experience", "unserer dienste", "de terceros",
    "personenbezogenen daten", "eingebettete inhalte", "eingebetteten inhalte",
    "di terze parti", "tiers",
)  # fmt: skip
CONSENT_LINE = WholeLine(
    "externer inhalt", "externer inhalt nicht verfügbar", "empfohlener redaktioneller inhalt",
    "inhalt laden", "externe inhalte laden", "alle externen inhalte laden", "zustimmen",
    "accept", "accept all", "akzeptieren", "alle akzeptieren", "accepter", "aceptar",
    "externer inhalt datenschutzerklärung", "přejít před obsah vložený z jiného webu",
    "accept all cookies", "accept cookies", "manage cookies", "cookies akzeptieren",
    "einstellungen verwalten", "zustimmen und weiter", "manage preferences", "reject all",
    "alle ablehnen", "tout accepter", "tout refuser", "aceptar todo", "rechazar todo",
    "accetta tutto", "rifiuta tutto", "we use cookies", "wir verwenden cookies",
    "nous utilisons des cookies", "utilizamos cookies", "this website uses cookies",
    "diese website verwendet cookies",
)  # fmt: skip


#: A sign-up form's address field.
EMAIL_FIELD = whole_line(
    "e-mail-adresse", "e-mail", "email", "email address", "e-mail address", "your email",
    "ihre e-mail-adresse", "adresse e-mail", "votre adresse e-mail", "correo electrónico",
    "e-postadresse", "e-posta adresiniz",
)  # fmt: skip
#: A newsletter box holds at most this many lines between its heading and its form ...
MAX_BOX_LINES = 3
#: ... each a name or a blurb of this size at most, and this many of them sentences.
MAX_BOX_LINE = 300
MAX_BOX_SENTENCES = 1


def newsletter_prompt(doc: Document) -> Iterator[Finding]:
    """A newsletter sign-up: "Newsletter", "Sign up for our daily briefing in your inbox".

    >>> doc = Document.from_text("Get the morning briefing in your inbox: sign up here.\\n"
    ...                          "Newsletters are a growing business for publishers.")
    >>> [f.index for f in newsletter_prompt(doc)]
    [0]

    A newsletter box goes whole: its name and blurb, between a heading that names a
    newsletter and its form (a button, an address field, the consent to sign up), or
    under a "Newsletter" label at the end of the text; and a box that names no
    newsletter but says how often it comes over its button ("Arrives Tuesdays").

    >>> doc = Document.from_text("He left.\\nNewsletter\\nDer Morgen\\n"
    ...                          "Der perfekte Start in den Tag.\\nWeitere Newsletter")
    >>> [f.index for f in newsletter_prompt(doc)]
    [1, 2, 3, 4]
    """
    texts = doc.texts
    prompts = [is_newsletter_prompt(text) for text in texts]
    boxed = set(_newsletter_boxes(texts, prompts))
    # a box is read from the page as it was too (the head's blocks): page chrome may
    # have cut its button and the lines under the blurb already
    page = doc.head.blocks if doc.head is not None else doc.blocks
    page_texts = tuple(block.text for block in page)
    if any(HOW_OFTEN_LINE.fullmatch(text) for text in page_texts):
        now = {block.line: index for index, block in enumerate(doc.blocks)}
        page_prompts = [is_newsletter_prompt(text) for text in page_texts]
        for at in _boxes_by_how_often(page_texts, page_prompts):
            if page[at].line in now:
                boxed.add(now[page[at].line])
    for index, prompt in enumerate(prompts):
        if prompt or index in boxed:
            yield Finding(index, "newsletter prompt")


@per_line
def is_newsletter_prompt(text: str) -> bool:
    """A line that is a newsletter's label, invitation or fine print by itself.

    >>> is_newsletter_prompt("Sign up for our newsletter"), is_newsletter_prompt("He left.")
    (True, False)
    """
    big = size(text)
    if big <= SHORT_LINE and NEWSLETTER_LINE.fullmatch(text):
        return True
    if big > MAX_PROMPT_SIZE or _NEWSLETTER_KEYS.isdisjoint(words(text)):
        return False  # none of the three phrase sets can find a phrase: told at once
    return bool(
        NEWSLETTER_FINE_PRINT.search(text)
        or (_NEWSLETTER.search(text) and _SIGN_UP.search(text))
        or (_HOW_OFTEN.search(text) and _SIGN_UP_FIRST.match(text))
    )


def _newsletter_boxes(texts: tuple[str, ...], prompts: list[bool]) -> Iterator[int]:
    """The lines of each newsletter box: its heading, name, blurb and form's first line.

    The heading is a label ("Newsletter") or a name with a newsletter word and no
    invitation ("CORRECTIV im Postfach", not "Abonnieren Sie unseren Newsletter"), and
    at most one line of the box is a sentence (the blurb): two sentences between two
    prompts are the article's paragraphs.
    """
    for top, text in enumerate(texts):
        label = prompts[top] and size(text) <= SHORT_LINE and NEWSLETTER_LINE.fullmatch(text)
        named = (
            size(text) <= BANNER_LINE
            and not is_sentence(text)
            and _NEWSLETTER.search(text)
            and not _SIGN_UP.search(text)
        )
        if not (label or named):
            continue
        end = min(len(texts), top + MAX_BOX_LINES + 1)
        sentences = 0
        for bottom in range(top + 1, end + 1):
            if bottom == len(texts):
                # a label's box at the end of the text: the newsletter's name under it
                name = texts[top + 1] if top + 1 < len(texts) else ""
                if label and name and size(name) <= BANNER_LINE and not is_sentence(name):
                    yield from range(top, bottom)
                break
            if bottom > top + 1 and _is_sign_up_form(texts[bottom], prompts[bottom]):
                yield from range(top, bottom + 1)
                break
            if size(texts[bottom]) > MAX_BOX_LINE:
                break
            sentences += is_sentence(texts[bottom])
            if sentences > MAX_BOX_SENTENCES:
                break


def _boxes_by_how_often(texts: tuple[str, ...], prompts: list[bool]) -> Iterator[int]:
    """A box that names no newsletter but says how often it comes, over its button.

    Right over a sign-up button ("Subscribe") stands how often it comes
    (:data:`HOW_OFTEN_LINE`, "Arrives Tuesdays"); above that, up to ``MAX_BOX_LINES`` in
    all, a blurb (one sentence at most) under the newsletter's name, which is no
    sentence: "Fox News First", its blurb, "Arrives Tuesdays", "Subscribe".
    """
    for button, text in enumerate(texts):
        if (
            button == 0
            or not (prompts[button] and size(text) <= BANNER_LINE)
            or HOW_OFTEN_LINE.fullmatch(texts[button - 1]) is None
        ):
            continue
        top = button - 1
        sentences = 0
        while top > 0 and button - top < MAX_BOX_LINES:
            above = texts[top - 1]
            if size(above) > MAX_BOX_LINE or prompts[top - 1]:
                break
            sentences += is_sentence(above)
            if sentences > MAX_BOX_SENTENCES:
                break
            top -= 1
        while top < button - 1 and is_sentence(texts[top]):
            top += 1  # the box's name heads it; a sentence above it is the article's
        yield from range(top, button)


def _is_sign_up_form(text: str, prompt: bool) -> bool:
    """A sign-up form's button, address field or consent line."""
    if size(text) > MAX_PROMPT_SIZE:
        return False
    return bool(
        prompt or EMAIL_FIELD.fullmatch(text) or (_SIGN_UP.search(text) and _CONSENT.search(text))
    )


@per_line
def is_paywall_line(text: str) -> bool:
    """A paywall, log-in or app prompt.

    >>> is_paywall_line("Subscriber only"), is_paywall_line("She subscribed in 2019.")
    (True, False)
    """
    big = size(text)
    label = (big <= SHORT_LINE and PAYWALL_LINE.fullmatch(text)) or (
        big <= BANNER_LINE
        and (PAYWALL_SHORT.search(text) or CONTINUE_PROMPT_FROM_END.fullmatch(text))
    )
    return bool(label or (big <= MAX_PROMPT_SIZE and PAYWALL.search(text)))


def paywall_prompt(doc: Document) -> Iterator[Finding]:
    """A paywall, log-in or app prompt: "Subscribe to unlock more articles", "会員限定".

    >>> doc = Document.from_text("SUBSCRIBE TO UNLOCK MORE ARTICLES\\nShe subscribed in 2019.")
    >>> [f.index for f in paywall_prompt(doc)]
    [0]
    """
    for index, block in enumerate(doc.blocks):
        if is_paywall_line(block.text):
            yield Finding(index, "paywall prompt")


def consent_notice(doc: Document) -> Iterator[Finding]:
    """A cookie or consent notice, or the placeholder of blocked external content.

    Two signals are needed in a sentence ("cookies" and "consent"), so an article
    about cookie law keeps its sentences.

    >>> doc = Document.from_text("Externer Inhalt\\nWe use cookies to improve your "
    ...                          "experience; by continuing you consent to this.\\n"
    ...                          "The court ruled on cookies.")
    >>> [f.index for f in consent_notice(doc)]
    [0, 1]
    """
    for index, block in enumerate(doc.blocks):
        text = block.text
        big = size(text)
        if big <= SHORT_LINE and CONSENT_LINE.fullmatch(text):
            yield Finding(index, "consent notice")
        elif big <= MAX_PROMPT_SIZE:
            signals = {match.casefold() for match in _CONSENT.findall(text)}
            if len(signals) >= 2:
                yield Finding(index, "consent notice")


#: An e-mail address, as a call-out gives it.
EMAIL = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
_CALL_OUT = any_of(
    "get in touch", "email", "e-mail", "send your stories", "send us", "contact us",
    "story to tell", "tip", "tips", "tip-off", "schreiben sie", "schreiben sie uns",
    "melden sie sich", "hinweise", "kontaktieren sie", "écrivez-nous", "contactez-nous",
    "escríbenos", "contacta", "scrivici", "kontakt oss", "tips oss", "bize ulaşın",
    "napište nám", "hubungi kami",
)  # fmt: skip
CALL_OUT_LINE = whole_line("contact us", "kontakt", "tips oss", "send your stories")
#: An invitation to write in that needs no address: at the start of the line ...
_INVITATION = (
    r"(?:we want to hear from you|we would like to hear from you|we'd like to hear from you|"
    r"tell us your story|share your story with us|melden sie (?:sich )?vertraulich|"
    r"melde dich vertraulich|teile deine tipps|teilen sie ihre tipps|teile deine erfahrung)"
)
INVITATION_FIRST = regex.compile(rf"(?:[-–•*]\s*)?{_INVITATION}\b", regex.IGNORECASE)
#: ... or right after the question that opens it ("Got a news tip? We want to hear …").
INVITATION_AFTER_QUESTION = regex.compile(
    rf"(?:[-–•*]\s*)?[^.!?\n]{{3,300}}\?\s+{_INVITATION}\b", regex.IGNORECASE
)


def reader_callout(doc: Document) -> Iterator[Finding]:
    """A call for readers' tips or stories: "Do you have a story to tell? Email: ...".

    An address alone is not enough: the line must also invite the reader to write. An
    invitation that opens the line, or follows the question that opens it, needs none
    ("Got a confidential news tip? We want to hear from you.").

    >>> doc = Document.from_text("Do you have a story to tell? Email: jane@example.com\\n"
    ...                          "The mayor's office can be reached at info@example.org.")
    >>> [f.index for f in reader_callout(doc)]
    [0]
    """
    for index, block in enumerate(doc.blocks):
        text = block.text
        big = size(text)
        label = big <= SHORT_LINE and CALL_OUT_LINE.fullmatch(text)
        if label or (big <= MAX_PROMPT_SIZE and _is_call_out(text)):
            yield Finding(index, "reader call-out")


def _is_call_out(text: str) -> bool:
    """An invitation to write in, with an address, or opening the line or its question."""
    return bool(
        (EMAIL.search(text) and _CALL_OUT.search(text))
        or INVITATION_FIRST.match(text)
        or INVITATION_AFTER_QUESTION.match(text)
    )


#: What only an appeal for the reader's money or membership says: its button's words.
_APPEAL = any_of(
    "jetzt unterstützen", "jetzt spenden", "jetzt mitglied werden", "by becoming a member",
    "become a member today", "donate now", "donate today", "support us today", "hazte socio",
    "dona ahora", "faire un don maintenant", "støtt oss nå", "jetzt förderer werden",
)  # fmt: skip
#: An appeal is a paragraph or two; longer is running text.
MAX_APPEAL_SIZE = 1500
#: The heading over an appeal: a short line that is no sentence.
MAX_APPEAL_HEADING = 60


def donation_appeal(doc: Document) -> Iterator[Finding]:
    """An appeal for the reader's support: "Support our journalism by becoming a member."

    The block asks for a donation or a membership in words only an appeal uses; a
    short heading over it ("Links lesen, Rechts bekämpfen") goes with it.

    >>> doc = Document.from_text("The charity asked for donations.\\nLinks lesen\\n"
    ...                          "Wir brauchen Sie. Jetzt unterstützen")
    >>> [f.index for f in donation_appeal(doc)]
    [1, 2]
    """
    texts = doc.texts
    for index, text in enumerate(texts):
        if size(text) > MAX_APPEAL_SIZE or not _APPEAL.search(text):
            continue
        above = texts[index - 1] if index > 0 else ""
        if (
            above
            and size(above) <= MAX_APPEAL_HEADING
            and not is_sentence(above)
            and not above.endswith((":", ","))
        ):
            yield Finding(index - 1, "donation appeal")
        yield Finding(index, "donation appeal")
