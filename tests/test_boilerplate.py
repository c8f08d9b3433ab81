"""The boilerplate rules (NC5xx), one table of cases per rule.

Each line-rule case is one line and whether the rule takes it out; the body
sentences that look a little like boilerplate are the cases that matter most.
Context rules (captions, menus, related links) get a few lines and the indexes
they take out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

import pytest

from newsclean import Article, clean
from newsclean.canonical import render
from newsclean.document import Document, Finding, Head
from newsclean.rules import RULES
from newsclean.rules.boilerplate import (
    advertisement_marker,
    legal_footer,
    media_placeholder,
    separator_line,
)
from newsclean.rules.captions import photo_caption, photo_credit, source_credit
from newsclean.rules.chrome import page_chrome
from newsclean.rules.facts import career_profile, fact_box
from newsclean.rules.menus import breadcrumb, navigation_menu
from newsclean.rules.notes import author_bio, editorial_note, key_points
from newsclean.rules.prompts import (
    consent_notice,
    donation_appeal,
    newsletter_prompt,
    paywall_prompt,
    reader_callout,
)
from newsclean.rules.related import related_links, tag_list
from newsclean.rules.social import embedded_post, share_line
from newsclean.rules.teasers import dated_teaser
from newsclean.rules.widgets import bookmark_prompt, comment_prompt, reading_time

Finder = Callable[[Document], Iterable[Finding]]

LINE_CASES: list[tuple[Finder, str, bool]] = [
    # share-line
    (share_line, "Share on Facebook", True),
    (share_line, "Teilen Twittern Senden", True),
    (share_line, "über Bluesky teilen über facebook teilen per Mail teilen", True),
    (share_line, "Partager", True),
    (share_line, "Compartir en WhatsApp", True),
    (share_line, "X", True),
    (share_line, "Copy Link Copied", True),
    (share_line, "Share this Story : Canada.com", True),
    (share_line, "Folgen Sie uns auf Instagram", True),
    (share_line, "Folgst du schon 20 Minuten auf Whatsapp?", True),
    (share_line, "Follow us as we walk the route on Friday.", False),
    (share_line, "Follow us on Google News", True),
    (share_line, "Add TheJapanNews to your Google News feed.", True),
    (share_line, "Cek berita dan artikel yg lain di Google News dan", True),
    (share_line, "Google News said it would add a feed for local stories.", False),
    (share_line, "He shared the video on Facebook.", False),
    (share_line, "Share prices fell", False),
    (share_line, "Follow the money", False),
    (share_line, "Die Folgen", False),
    (share_line, "Del av Norge", False),
    # embedded-post
    (embedded_post, "— Plymouth Citybus (@plymouthbus) August 5, 2024", True),
    (embedded_post, "Buses board at Exeter Street. pic.twitter.com/7IJYBkhgep", True),
    (embedded_post, "View this post on Instagram", True),
    (embedded_post, "The council posted the timetable on X on Monday.", False),
    # advertisement-marker
    (advertisement_marker, "Anzeige", True),
    (advertisement_marker, "Advertisement 2", True),
    (advertisement_marker, "WERBUNG", True),
    (advertisement_marker, "Publicité", True),
    (advertisement_marker, "Story continues below", True),
    (advertisement_marker, "Werbung überspringen", True),
    (advertisement_marker, "The advertisement was pulled after complaints.", False),
    (advertisement_marker, "Anzeige gegen Unbekannt", False),
    (advertisement_marker, "Reklame: Hier geht es zum Galaxy S24 bei Amazon", True),
    (advertisement_marker, "IT-Spezialist (m/w/d) Infrastruktur, Speidel GmbH", True),
    (advertisement_marker, "Annonsørinnhold", True),
    (advertisement_marker, "werbung_3", True),
    (advertisement_marker, "Die Firma sucht Ingenieure (m/w/d) und zahlt gut.", False),
    # ... and a sponsor's credit over a paid-for article
    (advertisement_marker, "En partenariat avec The European Commission", True),
    (advertisement_marker, "In partnership with the Qatar Tourism Authority", True),
    (advertisement_marker, "Sponsored by Acme Bank", True),
    (advertisement_marker, "Präsentiert von der Sparkasse", True),
    (
        advertisement_marker,
        "In partnership with local charities, the council opened a shelter.",
        False,
    ),
    (advertisement_marker, "Sponsored by the mayor, the bill passed on Monday.", False),
    # media-placeholder
    (media_placeholder, "Teaser-Bild", True),
    (media_placeholder, "Placeholder image-2", True),
    (media_placeholder, "Open this photo in gallery:", True),
    (media_placeholder, "1 / 3", True),
    (media_placeholder, "VIDEO4:4204:42", True),
    (media_placeholder, "02:53", True),
    (media_placeholder, "Loading...", True),
    (media_placeholder, "The video shows the crash.", False),
    (media_placeholder, "Logo of the new party", False),
    (media_placeholder, "lobby, restaurant, totems, table", True),
    (media_placeholder, "Apples, pears, plums and cherries were sold.", False),
    # ... a video's duration, alone or after its title; a notice that scripts are off
    (media_placeholder, "01:48 min", True),
    (media_placeholder, "1:24:10", True),
    (media_placeholder, "Quantumscape – Präsentation (1:24:10)", True),
    (media_placeholder, "The talks (which began at 10:30) ended at noon.", False),
    (media_placeholder, "Bitte aktivieren Sie Javascript.", True),
    (media_placeholder, "Please enable JavaScript to view this content", True),
    (media_placeholder, "The site runs on JavaScript, its makers said.", False),
    # reading-time
    (reading_time, "Lesezeit: 5 Min.", True),
    (reading_time, "3 min read", True),
    (reading_time, "7 min", True),
    (reading_time, "Listen to this article", True),
    # ... and an audio player's controls: its clock, its speeds
    (reading_time, "0:00 0:00", True),
    (reading_time, "0:00 / 4:35", True),
    (reading_time, "0:00 Anhören", True),
    (reading_time, "1x 1.25x 1.50x 1.75x 2x", True),
    (reading_time, "The show runs 20:15 to 22:00 on Fridays.", False),
    (reading_time, "2x", False),
    (reading_time, "Artikel anhören", True),
    (reading_time, "Temps de lecture : 4 minutes", True),
    (reading_time, "It took 3 minutes to read the verdict.", False),
    (reading_time, "Listen to the people", False),
    # bookmark-prompt
    (bookmark_prompt, "Hai salvato un nuovo articolo", True),
    (bookmark_prompt, "Trovi tutti gli articoli salvati nella tua area personale.", True),
    (bookmark_prompt, "Salva questo articolo e leggilo quando vuoi.", True),
    (bookmark_prompt, "You can save this article by registering for free here.", True),
    (bookmark_prompt, "Please log in to bookmark this story.", True),
    (bookmark_prompt, "You can find this story in My Bookmarks.", True),
    (bookmark_prompt, "zur Merkliste", True),
    (bookmark_prompt, "The library saved the articles of the poet from the fire.", False),
    (bookmark_prompt, "Hai salvato la vita a mio figlio, ha detto la madre.", False),
    # comment-prompt
    (comment_prompt, "Kommentare (0)", True),
    (comment_prompt, "12 Comments", True),
    (comment_prompt, "Join the conversation", True),
    (comment_prompt, "Fehler gefunden?", True),
    (comment_prompt, "Fehler melden", True),
    (comment_prompt, "Report an error", True),
    (comment_prompt, "Der Fehler wurde gefunden, sagte der Techniker.", False),
    (comment_prompt, "Kommentare: 45 , Empfehlungen: 8", True),
    (comment_prompt, "Du musst dich EINLOGGEN um einen Kommentar abzugeben.", True),
    (comment_prompt, "You must be logged in to join the discussion or read more comments.", True),
    (comment_prompt, "The minister declined to comment on the report.", False),
    (comment_prompt, "Kommentar: Warum die Reform scheitert", False),
    # newsletter-prompt
    (newsletter_prompt, "Newsletter", True),
    (newsletter_prompt, "Weitere Newsletter", True),
    (
        newsletter_prompt,
        "Sign up for AP's weekly politics newsletter to get it in your inbox.",
        True,
    ),
    (newsletter_prompt, "Abonniere den Whatsapp-Kanal von 20 Minuten.", True),
    (newsletter_prompt, "The bank's newsletter warned investors of losses.", False),
    (
        newsletter_prompt,
        "You get special offers from us and our partners. You can check out at "
        "any time. Read our Privacy Policy",
        True,
    ),
    (newsletter_prompt, "Newsletters are a growing business for publishers.", False),
    # a sign-up that names no newsletter but how often it comes
    (
        newsletter_prompt,
        "Sign up to get the inside scoop on today’s biggest stories in markets, tech, and "
        "business — delivered daily. Read preview",
        True,
    ),
    (
        newsletter_prompt,
        "Subscribe to Nature Briefing: Careers, an unmissable free weekly round-up of help and "
        "advice for working scientists.",
        True,
    ),
    (newsletter_prompt, "The paper is delivered daily to 40,000 homes.", False),
    (newsletter_prompt, "Sign up for our weekly round-up of the best reads.", True),
    (newsletter_prompt, "The weekly round-up of hospital data showed a rise in cases.", False),
    # paywall-prompt
    (paywall_prompt, "SUBSCRIBE TO UNLOCK MORE ARTICLES", True),
    (paywall_prompt, "You have full access to this article via your institution.", True),
    (paywall_prompt, "Esta funcionalidad es sólo para suscriptores", True),
    (paywall_prompt, "Esta funcionalidad es sólo para registrados", True),
    (paywall_prompt, "Access through your institution", True),
    (paywall_prompt, "The institution gave the public full access to its archive.", False),
    (paywall_prompt, "Jetzt abonnieren und von der Vorlesefunktion profitieren.", True),
    (paywall_prompt, "この記事は会員限定です。", True),
    (paywall_prompt, "Subscriber only", True),
    (
        paywall_prompt,
        "This story is available exclusively to subscribers. Start reading now.",
        True,
    ),
    (paywall_prompt, "She subscribed to the paper in 2019.", False),
    (
        paywall_prompt,
        "Users had to create an account with the agency before the deadline, "
        "which many found confusing because the form kept failing.",
        False,
    ),
    # reader-callout
    (reader_callout, "Do you have a story to tell? Email: jane.doe@example.com", True),
    (
        reader_callout,
        "Are protests breaking out in your area? Get in touch at news@example.com",
        True,
    ),
    (reader_callout, "The mayor's office can be reached at info@example.org.", False),
    (reader_callout, "He sent the file by email to the ministry.", False),
    # ... or with no address: an invitation that opens the line or answers a question
    (
        reader_callout,
        "We want to hear from you: Are you a nonwhite evangelical planning to vote for Harris? "
        "Tell us why you’re supporting her and if you’re campaigning for her.",
        True,
    ),
    (reader_callout, "Got a confidential news tip? We want to hear from you.", True),
    (
        reader_callout,
        "Sie arbeiten an einer deutschen Hochschule oder Sicherheitsbehörden und haben Hinweise "
        "zum Themengebiet? Melden Sie vertraulich und sicher via Signal bei unserem Reporter: "
        "tilleckert.90",
        True,
    ),
    (
        reader_callout,
        "Wie hältst du dich und dein Immunsystem fit, besonders in der kalten Jahreszeit? Teile "
        "deine Tipps mit der Community.",
        True,
    ),
    (reader_callout, "“We want to hear from you,” the mayor told residents on Monday.", False),
    (reader_callout, "The council said it wants to hear from you before it votes.", False),
    (reader_callout, "Zeugen können sich vertraulich und sicher bei der Polizei melden.", False),
    # consent-notice
    (consent_notice, "Externer Inhalt", True),
    (
        consent_notice,
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        True,
    ),
    (consent_notice, "We use cookies; by continuing you consent to their use.", True),
    (consent_notice, "The court ruled on cookies in March.", False),
    (
        consent_notice,
        "An dieser Stelle finden Sie externen Inhalt, der den Artikel ergänzt. Sie können sich "
        "hier alle externen Inhalte mit einem Klick anzeigen lassen oder wieder ausblenden.",
        True,
    ),
    (consent_notice, "Der Sender zeigte externen Inhalt aus dem Archiv.", False),
    # photo-credit
    (photo_credit, "Foto: Getty Images", True),
    (photo_credit, "Bild: SN/APA/Georg Hochmuth", True),
    (photo_credit, "Noel Celis/AFP via Getty Images", True),
    (photo_credit, "Ohad Zwigenberg / Pool via Reuters", True),
    (photo_credit, "© André Schmidt", True),
    (photo_credit, "AP", True),
    (photo_credit, "Photo by Jane Doe", True),
    (photo_credit, "(Ben Olender)", True),
    (photo_credit, "(Donald Trump said so)", False),
    (photo_credit, "The AP reported it.", False),
    (photo_credit, "Trump said in Reuters", False),
    (photo_credit, "A new public swimming Pool", False),
    # source-credit
    (source_credit, "(Quelle: APA/sda/dpa)", True),
    (source_credit, "Mit Agenturmaterial.", True),
    (source_credit, "Kilde: Helsenorge.no", True),
    (source_credit, "The source said so.", False),
    # legal-footer
    (legal_footer, "License this content", True),
    (legal_footer, "Reprints & Permissions", True),
    (legal_footer, "The museum will license this content to schools.", False),
    (legal_footer, "Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.", True),
    (legal_footer, "© 2025 Börsen-Zeitung", True),
    (legal_footer, "Impressum", True),
    (legal_footer, "Privacy Policy", True),
    (legal_footer, "Copyright law in the EU is changing fast.", False),
    (legal_footer, "The copyright case went to court in 2023.", False),
    # editorial-note
    (editorial_note, "ZEIT ONLINE hat diese Meldung redaktionell nicht bearbeitet.", True),
    (
        editorial_note,
        "Dies ist eine maschinelle Übersetzung eines Artikels unserer US-Kollegen.",
        True,
    ),
    (editorial_note, "This story was originally published by ProPublica.", True),
    (editorial_note, "Hier können Sie die Rechte an diesem Artikel erwerben.", True),
    (editorial_note, "Capital ist eine Partnermarke des stern.", True),
    (editorial_note, 'Dieser Artikel ist zuerst bei "Capital" erschienen.', True),
    (editorial_note, "Die Redaktion bearbeitete den Text am Abend.", False),
    (editorial_note, "The translation of the treaty took months.", False),
    # the staff credits and translation note under a translated piece
    (
        editorial_note,
        "Übersetzung: Tristan Oetker-Kast, Redaktion: Theresa Bäuerlein, Schlussredaktion: Lea "
        "Schönborn, Audioversion: Iris Hochberger und Christian Melchert",
        True,
    ),
    (editorial_note, "Redigatur: Anna Beispiel, Faktencheck: Max Muster", True),
    (
        editorial_note,
        "Dieser Artikel ist eine Übersetzung, im Original ist er in der israelischen "
        "Tageszeitung Haaretz erschienen.",
        True,
    ),
    (editorial_note, "Die Schlussredaktion der Zeitung arbeitet bis Mitternacht.", False),
    (editorial_note, "Im Original ist das Gemälde größer als die Kopie.", False),
    # a credit's label counts with its colon, never as a word of a sentence
    (editorial_note, "Mitarbeit: Anna Beispiel", True),
    (editorial_note, "Die Mitarbeit der Gewerkschaft war wichtig.", False),
    (editorial_note, "Reporting by Jane Doe; Editing by John Roe", True),
    (editorial_note, "He was editing by candlelight when the power failed.", False),
    (editorial_note, "Permalink: https://example.org/a/1", True),
    (editorial_note, "Der Permalink führte ins Leere.", False),
    # a staff credit on its own line: a role, a colon, and names only
    (editorial_note, "Redaktion: Marcus Bensmann, Elena Müller", True),
    (editorial_note, "Faktencheck: Marcus Bensmann", True),
    (editorial_note, "Edited by: Jane Doe and John Roe", True),
    (editorial_note, "Redaktion: Die Zeitung hat sich entschuldigt.", False),
    (editorial_note, "Faktencheck: Was an der Behauptung dran ist", False),
    (editorial_note, "Redaktion: die neue Linie", False),
    (
        editorial_note,
        "Opinions expressed are solely those of the author and do not reflect the views of "
        "Rolling Stone editors or publishers.Content is produced and managed by the Rolling "
        "Stone Culture Council, a fee-based, invitation-only membership community, operated by "
        "Culture Council, LLC, under license from Rolling Stone Licensing, LLC. Visit "
        "council.rollingstone.com to find out if you qualify to be a member.",
        True,
    ),
    (editorial_note, "The ministry said the remarks did not reflect the views of Berlin.", False),
    # ... and the note of who else reported the story, at its foot
    (
        editorial_note,
        "Peoples reported from New York. Associated Press writers Will Weissert in Johnstown "
        "and Bill Barrow in Atlanta contributed to this report.",
        True,
    ),
    (editorial_note, "Reporting by Jane Doe; Editing by John Roe", True),
    (editorial_note, "Additional reporting by Donald Matthys", True),
    (editorial_note, "Two reporters contributed to the investigation, the paper said.", False),
    # separator-line
    (separator_line, "___", True),
    (separator_line, "* * *", True),
    (separator_line, "———", True),
    (separator_line, "• • •", True),
    (separator_line, "1 / 3", False),
    (separator_line, "—", True),
    (separator_line, "§ 2", False),
    (separator_line, "?", True),
    # ... but a table's header rule (trafilatura writes tables so) holds the table together
    (separator_line, "|---|---|---|", False),
    (separator_line, "| :--- | ---: |", False),
    # breadcrumb
    (breadcrumb, "Home › News › World", True),
    (breadcrumb, "Startseite > Politik > Ausland", True),
    (breadcrumb, "Politik | Wirtschaft | Sport", True),
    (breadcrumb, "Prices rose 3% / year.", False),
    (breadcrumb, "Brexit: what happens next", False),
    # the furniture of large publishers' pages, each beside a sentence that must stay
    (advertisement_marker, "Supported by", True),
    (advertisement_marker, "The plan is supported by most of the council.", False),
    (share_line, "Gift Article", True),
    (share_line, "Share full article", True),
    (share_line, "Click to share on X (Opens in new window)", True),
    (share_line, "She gave the article to her editor.", False),
    (share_line, "Follow Al Jazeera English:", True),
    (share_line, "Follow the money:", False),
    (share_line, "Follow:", True),
    (share_line, "Folgen:", True),
    (share_line, "Follow", False),
    (legal_footer, "Reuse this content", True),
    (legal_footer, "Our Standards: The Thomson Reuters Trust Principles.", True),
    (legal_footer, "The agency may reuse this content in other reports.", False),
    (tag_list, "Explore more on these topics", True),
    (paywall_prompt, "Lecture du Monde en cours sur un autre appareil.", True),
    (
        paywall_prompt,
        "Bestens informiert mit SZ Plus – 14 Tage kostenlos zur Probe lesen.",
        True,
    ),
    (paywall_prompt, "Jetzt weiterlesen", True),
    (paywall_prompt, "Er will jetzt weiterlesen, sagt er.", False),
    (editorial_note, "Dieser Artikel stammt aus der ZEIT Nr. 12/2024.", True),
    (editorial_note, "This article was amended on 3 May 2024 to correct a date.", True),
    (editorial_note, "Die Idee stammt aus der Zeit vor dem Krieg.", False),
    (
        editorial_note,
        "A version of this article appears in print on March 13, 2024, Section A, Page 8 of "
        "the New York edition with the headline: City Closes Old Bridge.",
        True,
    ),
    (editorial_note, "The first version of the bill appeared in 2019.", False),
    (
        editorial_note,
        "Dieses Thema im Programm: Das Erste, tagesschau, 12. März 2024, 20:00 Uhr",
        True,
    ),
    (editorial_note, "Dieses Thema steht im Programm der Partei ganz oben.", False),
    (comment_prompt, "Comment on this story", True),
    (comment_prompt, "Tap here to add comments", True),
    (comment_prompt, "He declined to comment on this story.", False),
    (photo_credit, "Image source, Getty Images", True),
    (photo_caption, "Image caption, The bridge was closed on Monday", True),
    (media_placeholder, "Your browser does not support the video tag.", True),
    (media_placeholder, "Continue reading the main story", True),
    (related_links, "Leer más: El puente cerrado", True),
    (related_links, "Leer más despacio ayuda a entender.", False),
    (paywall_prompt, "Bitte melden Sie sich an, um weiterzulesen", True),
    (paywall_prompt, "Log in to continue reading", True),
    (paywall_prompt, "Subscribe for full access", True),
    (paywall_prompt, "Already have an account? Log in", True),
    (paywall_prompt, "You have reached your article limit", True),
    (paywall_prompt, "Jetzt kostenlos registrieren", True),
    (paywall_prompt, "Il vous reste 75% de cet article à lire.", True),
    (paywall_prompt, "La suite est réservée aux abonnés.", True),
    (paywall_prompt, "Este contenido es exclusivo para suscriptores", True),
    (paywall_prompt, "He paused to continue reading the report before the vote.", False),
    (paywall_prompt, "The bank said it had reached its lending limit in March.", False),
    (media_placeholder, "Continue reading", True),
    (media_placeholder, "Read full article", True),
    (media_placeholder, "Lire la suite", True),
    (media_placeholder, "Mehr lesen", True),
    (media_placeholder, "Zum Artikel", True),
    (media_placeholder, "Leia mais", True),
    (media_placeholder, "Continue reading to learn how the bridge was built.", False),
    (reading_time, "Audio abspielen", True),
    (reading_time, "Hören Sie hier die Audioversion", True),
    (related_links, "Te recomendamos", True),
    (related_links, "Přečtěte si také", True),
    (related_links, "Weitere Artikel aus dem Ressort", True),
    (related_links, "Mehr zum Thema Brücken", True),
    (related_links, "Mehr zum Thema Brücken sagte er nichts.", False),
    (share_line, "Sdílet na Facebooku", True),
    (share_line, "Compartilhe", True),
    (comment_prompt, "Jump to comments", True),
    (comment_prompt, "Teilen Sie Ihre Meinung mit", True),
    (photo_credit, "Photo illustration by Jane Doe", True),
    (photo_credit, "Fotografía: EFE", True),
    (photo_credit, "Crédito: EFE", True),
    (photo_credit, "Foto ilustrativa: Pixabay", True),
    (photo_credit, "Video: Reuters", True),
    (photo_credit, "(Jane Doe/The New York Times)", True),
    (photo_credit, "(Jane Doe and/or her lawyers)", False),
    (photo_credit, "The video: a record of the night", False),
    # the same kinds in more of the corpus's languages
    (newsletter_prompt, "Meld deg på nyhetsbrevet", True),
    (newsletter_prompt, "Přihlaste se k odběru newsletteru", True),
    (newsletter_prompt, "Bültenimize abone olun", True),
    (newsletter_prompt, "Abone olun", True),
    (newsletter_prompt, "Berlangganan newsletter kami", True),
    (
        newsletter_prompt,
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran "
        "andalanmu akses berita Kompas.com WhatsApp Channel",
        True,
    ),
    (paywall_prompt, "Questo articolo è riservato agli abbonati", True),
    (paywall_prompt, "Accedi per leggere", True),
    (paywall_prompt, "Registrati gratis", True),
    (paywall_prompt, "Logg inn for å lese", True),
    (paywall_prompt, "Denne artikkelen er for abonnenter", True),
    (paywall_prompt, "Bu içerik abonelere özeldir", True),
    (paywall_prompt, "Pur-Abo", True),
    (paywall_prompt, "Schon Abonnent? Hier anmelden", True),
    (paywall_prompt, "Sie haben bereits ein Abo? Hier anmelden", True),
    (paywall_prompt, "Der Verlag bietet Rabatte für Abonnenten an, die schon lange lesen.", False),
    (consent_notice, "Cookies helfen uns bei der Bereitstellung unserer Dienste.", True),
    (consent_notice, "We use cookies to improve your experience.", True),
    (consent_notice, "Nous utilisons des cookies", True),
    (consent_notice, "Utilizamos cookies propias y de terceros", True),
    (consent_notice, "Accept all cookies", True),
    (consent_notice, "Manage cookies", True),
    (consent_notice, "Einstellungen verwalten", True),
    (consent_notice, "Zustimmen und weiter", True),
    (consent_notice, "The bakery said cookies sold out by noon.", False),
    (
        consent_notice,
        "Um eingebettete Inhalte anzuzeigen, ist Ihre widerrufliche Einwilligung in die "
        "Übermittlung und Verarbeitung von personenbezogenen Daten notwendig.",
        True,
    ),
    (consent_notice, "We use cookies as a reward, the trainer said of her dogs.", False),
    (bookmark_prompt, "Zum Merkzettel hinzufügen", True),
    (reading_time, "Vorlesen lassen", True),
    (related_links, "Mehr Artikel", True),
    (share_line, "News teilen", True),
    (media_placeholder, "Zur Übersicht", True),
    (media_placeholder, "Nach oben", True),
    (media_placeholder, "Zurück nach oben", True),
    (media_placeholder, "Back to top", True),
    (media_placeholder, "Scroll to top", True),
    (media_placeholder, "Top of page", True),
    (media_placeholder, "Retour en haut", True),
    (media_placeholder, "Volver arriba", True),
    (media_placeholder, "Back to top of the league, the team won again.", False),
]


@pytest.mark.parametrize(("rule", "line", "removed"), LINE_CASES)
def test_line_rule_takes_out_only_its_artefact(rule: Finder, line: str, removed: bool) -> None:
    found = [finding.index for finding in rule(Document.from_text(line))]
    assert found == ([0] if removed else [])


PROSE = "The council voted on Monday to close the old bridge for repairs after cracks were found."
MORE = "Engineers said the work would take a year, and a ferry will carry people across meanwhile."

CONTEXT_CASES: list[tuple[Finder, list[str], list[int]]] = [
    # page-chrome: menus before the article, teasers and footer after it
    (
        page_chrome,
        ["Home", "World", PROSE, MORE, "Most read", "Storm hits coast", "Imprint"],
        [0, 1, 4, 5, 6],
    ),
    # ... the article's last sentence, its list and a paragraph after a box of links stay
    (page_chrome, [PROSE, MORE, "He left.", "Sitemap"], [3]),
    (page_chrome, ["Home", "World", "Das Wichtigste in Kürze:", PROSE, MORE], [0, 1]),
    (
        page_chrome,
        [
            PROSE,
            MORE,
            "Bayern",
            "Bundeswehr-Drohne bei Erding abgestürzt",
            "USA",
            "Campus-Proteste: Studierende besetzen Gebäude",
        ],
        [2, 3, 4, 5],
    ),
    (
        page_chrome,
        [
            PROSE,
            MORE,
            "Miyagi: Sendai, Ishinomaki, Tome and Osaki",
            "Iwate: Morioka, Hanamaki and Ichinoseki City",
        ],
        [],
    ),
    (page_chrome, [PROSE, MORE, "Read more", "Storm hits coast", MORE * 3, "Contact"], [5]),
    (page_chrome, [PROSE, MORE, "CLICK HERE TO GET THE APP", MORE * 3, "Sitemap"], [4]),
    # ... and the article's long paragraphs a pull quote away under a box of links
    (
        page_chrome,
        [MORE * 3] * 20
        + ["Related", "Storm hits coast", "Floods close the old bridge", "Rates rise again"]
        + [PROSE + " " + MORE, "‘No sense of pride, no sense of loyalty.’", MORE * 3, MORE * 4]
        + ["Imprint"],
        [28],
    ),
    # ... but a teaser right under a related heading is not the article going on
    (page_chrome, [MORE * 2] * 8 + ["Related Posts", MORE * 3, "Storm hits coast"], [8, 9, 10]),
    # ... and a page with no two paragraphs together is left alone
    (page_chrome, ["Home", "World", "A short note.", "Contact"], []),
    # photo-caption: the credit after it, the repeat before it, the credit glued to it
    (photo_caption, ["Fans at the stadium.", "Foto: Jane Roe", "The match ended 2:1."], [0]),
    (photo_caption, ["Rain in Paris.", "Rain in Paris. (Photo: AP)", "It rained."], [0, 1]),
    (
        photo_caption,
        ["Der Golf von Mexiko.", "Der Golf von Mexiko. Getty Images/Juanmonino", "Er sagte."],
        [0, 1],
    ),
    (photo_caption, ["Protesters in Tbilisi. (Eloisa Lopez / Reuters)", "They marched."], [0]),
    (photo_caption, ["Office towers in Duqm. Tara Atkinson for Rest of World", "It grew."], [0]),
    (photo_caption, ["Clockwise from top left: Vin Scully; Roy Campanella", "He won."], [0]),
    (photo_caption, ["China's energy. A stacked area chart showing capacity.", "It rose."], [0]),
    (photo_caption, ["We thank them for their service.", "They left."], []),
    (photo_caption, ["The men were part of a scene.", "Illustrasjon: Dumper prisene på turer"], []),
    (
        photo_caption,
        ["Das Schulzentrum Nord | Nur wenige Kinder kamen", "Nur wenige Kinder kamen", PROSE],
        [0, 1],
    ),
    (photo_caption, ["The islands where he lived. (Bespoke Real Estate)", "He left."], [0]),
    (photo_caption, ["The ministry confirmed the figures. (AP)", "He left."], []),
    # ... but a paragraph before a copyright or an agency's sign-off stays
    (photo_caption, ["Die Liga verurteilte die Szenen scharf.", "© dpa-infocom"], []),
    (photo_caption, ["Die Linken wollten mehr, sagte er.", "SDA/sep"], []),
    (photo_caption, ["2. Evergrande war hoch verschuldet.", "Noel Celis/Getty Images"], []),
    (photo_caption, ["The minister spoke to AP on Monday.", "He left."], []),
    # ... nor a paragraph of two sentences that reports what was said, over a bare credit
    (
        photo_caption,
        [
            PROSE,
            "Die Arbeiten würden ein Jahr dauern, sagten Ingenieure. In der Zwischenzeit soll "
            "eine Fähre die Menschen über den Fluss bringen.",
            "Foto: Jane Doe / dpa",
            MORE,
        ],
        [],
    ),
    (
        photo_caption,
        [PROSE, "The mayor cut the ribbon. She said it was a good day.", "Photo: AP", MORE],
        [],
    ),
    # ... nor a quotation with its speaker, one sentence only
    (
        photo_caption,
        [PROSE, "– Vi hadde ikke noe valg, sier rådsleder John Roe.", "FOTO: Kari Nordmann / NTB"],
        [],
    ),
    (
        photo_caption,
        [PROSE, "„Neměli jsme na výběr,“ řekl předseda rady John Roe.", "Foto: Jan Novák, MAFRA"],
        [],
    ),
    # ... while a caption of two sentences that reports nothing goes
    (
        photo_caption,
        [PROSE, "The bridge in 2019. It was built in 1890.", "Photo: Jane Doe/AP", MORE],
        [1],
    ),
    # an English alt text that describes the scene, just above its caption
    (
        photo_caption,
        [
            PROSE,
            "A camel crossing a desolate highway in a desert landscape, with power lines.",
            "The road to the spaceport from Duqm. Tara Atkinson for Rest of World",
            PROSE,
        ],
        [1, 2],
    ),
    (
        photo_caption,
        [
            PROSE,
            "An Indigenous woman wearing a red dress harvests cassava in an orchard",
            "Brazil will invest in a fund to protect forests.Credit: Pablo Porciuncula/AFP/Getty",
        ],
        [1, 2],
    ),
    # ... but the article's paragraph above a caption stays: it reports, or quotes
    (
        photo_caption,
        [
            PROSE,
            "A study published last year found that surgery was becoming less common.",
            "The road to the spaceport from Duqm. Tara Atkinson for Rest of World",
        ],
        [2],
    ),
    (
        photo_caption,
        [
            PROSE,
            "A man carrying a flag shouted “Freedom!” as the convoy passed.",
            "The convoy in Duqm. Tara Atkinson for Rest of World",
        ],
        [2],
    ),
    (
        photo_caption,
        [PROSE, "A man carrying a flag walked past.", "He stopped at the gate.", PROSE],
        [],
    ),
    (
        photo_caption,
        [
            PROSE,
            "A morning session of the court heard evidence from two witnesses.",
            "The court in Duqm. Tara Atkinson for Rest of World",
        ],
        [2],
    ),
    # an alt text that the caption under it repeats, in other words or with more
    (
        photo_caption,
        [
            PROSE,
            'Zendaya attends a 2024 "Dune: Part Two" photocall in Mexico City.',
            'Zendaya attends a 2024 "Dune: Part Two" photo-call in Mexico City.',
            "Future Publishing/Getty Images",
            PROSE,
        ],
        [1, 2],
    ),
    (
        photo_caption,
        [
            "Zona de baño y aseo, en el campamento para migrantes en Gjadër, el 1 de agosto.",
            "Zona de baño y aseo, en el campamento para migrantes en Gjadër, el 1 de agosto. "
            "Alketa Misja (dpa/picture alliance via Getty)",
            PROSE,
        ],
        [0, 1],
    ),
    # a caption whose bracketed credit was split over the next lines ("(", "Image:", "PA)")
    (
        photo_caption,
        ["Locals clean up a street in Walton (", "Image:", "Liverpool Echo)", PROSE],
        [0, 1, 2],
    ),
    (photo_caption, ["Locals clean up a street in Walton (", "Liverpool Echo)", PROSE], [0, 1]),
    (photo_caption, ["Locals clean up a street in Walton (", "19:55", PROSE], [0]),
    # ... but a sentence with its brackets closed, or a closing bracket alone, stays
    (photo_caption, ["Locals clean up (with brooms) a street.", "Liverpool Echo)", PROSE], []),
    (photo_caption, [PROSE, "and more besides)", PROSE], []),
    # an alt text in other words than its caption, shown again in the page's gallery
    (
        photo_caption,
        [
            "Trump walks across the South Lawn towards Marine One.",
            "The president on his way to the helicopter. He plans a landing pad.",
            "Foto: Graeme Sloan (Getty)",
            PROSE,
            MORE,
            "Trump walks across the South Lawn towards Marine One.",
        ],
        [0, 1],
    ),
    # a caption with its credit, then the same caption without it
    (
        photo_caption,
        [
            PROSE,
            "Offices await tenants in Duqm. Tara Atkinson for Rest of World",
            "Offices await tenants in Duqm.",
            MORE,
        ],
        [1, 2],
    ),
    # ... but the article's sentence above a caption on the same scene stays
    (
        photo_caption,
        [
            'Zendaya brought the "naked" trend back while attending the Venice Film Festival.',
            'Zendaya attends a "Dune" screening at the 2021 Venice International Film Festival.',
            "Stefania D'Alessandro/WireImage/Getty Images",
            PROSE,
        ],
        [1],
    ),
    # newsletter-prompt: a newsletter box, its name and blurb between its heading and its form
    (
        newsletter_prompt,
        [PROSE, "Newsletter", "Der Morgen", "Der perfekte Start in den Tag.", "Weitere Newsletter"],
        [1, 2, 3, 4],
    ),
    (
        newsletter_prompt,
        [PROSE, "Newsletter", "Der Morgen", "Der perfekte Start in den Tag."],
        [1, 2, 3],
    ),
    (
        newsletter_prompt,
        [
            PROSE,
            "CORRECTIV im Postfach",
            "Lesen Sie von Macht und Missbrauch.",
            "Mit der Anmeldung willigen Sie der Verarbeitung Ihrer Daten ein.",
            MORE,
        ],
        [1, 2, 3],
    ),
    (
        newsletter_prompt,
        ["Newsletter", "Alle Meldungen bei Security", "E-Mail-Adresse", PROSE],
        [0, 1, 2],
    ),
    # ... but the article under a subheading, or its long paragraphs after a heading, stay
    (newsletter_prompt, [PROSE, "Inside the inbox", "She read it twice.", MORE], []),
    (newsletter_prompt, [PROSE, "Newsletter", "The bank's newsletter warned of losses."], [1]),
    (
        newsletter_prompt,
        [
            "Abonnieren Sie unseren Newsletter",
            "He left.",
            "She stayed.",
            "Sign up for our newsletter",
        ],
        [0, 3],
    ),
    (
        newsletter_prompt,
        ["Newsletter", "He left.", "She stayed.", "Sign up for our newsletter"],
        [0, 3],
    ),
    (newsletter_prompt, [PROSE, "Newsletter", PROSE, MORE, PROSE, MORE, "Subscribe"], [1, 6]),
    # a box with no newsletter word: its name, blurb and how often it comes, over its button
    (
        newsletter_prompt,
        [
            PROSE,
            "Fox News First",
            "Get the latest updates from the campaign trail and exclusive interviews.",
            "Arrives Tuesdays",
            "Subscribe",
            "Subscribed",
        ],
        [1, 2, 3, 4, 5],
    ),
    (newsletter_prompt, [PROSE, "Der Morgen", "Erscheint täglich", "Jetzt abonnieren"], [1, 2, 3]),
    # ... but the article's last lines over a button, with no such line, stay
    (newsletter_prompt, [PROSE, "He writes every week.", MORE, "Subscribe"], [3]),
    (newsletter_prompt, [PROSE, MORE, "Weekly", PROSE, "Subscribe"], [4]),
    # dated-teaser: another story's headline over its date, below the article's start
    (
        dated_teaser,
        [PROSE, MORE, "Nový posudek na Redla: Je dost zdravý", "25. 4. 2023 5:00"],
        [2, 3],
    ),
    (
        dated_teaser,
        [PROSE, MORE, "Luxemburg / Wohnungsmarkt stottert", "26 Juni 2025", MORE],
        [2, 3],
    ),
    # ... but the headline and date of the article itself, a subheading, a sentence, stay
    (dated_teaser, ["Storm closes schools", "12.05.2024", PROSE, MORE], []),
    (dated_teaser, [PROSE, MORE, "The vote", PROSE], []),
    (dated_teaser, [PROSE, MORE, "He left the party on the day.", "25. 4. 2023", MORE], []),
    # fact-box: a box of facts under its heading, down to the source it names
    (
        fact_box,
        [
            PROSE,
            "Fakta om fødselsdepresjon",
            "Fødselsdepresjon er en samlebetegnelse for depressive plager.",
            "- Om lag én av ti kvinner opplever depressive symptomer.",
            "Du er irritert og nedstemt over tid.",
            "Kilde: Helsenorge.no",
            MORE,
        ],
        [1, 2, 3, 4, 5],
    ),
    (
        fact_box,
        [
            PROSE,
            "Evnukk:",
            "Evnukk var en mann som var palassvokter.",
            "Kilde: Store norske leksikon",
        ],
        [1, 2, 3],
    ),
    # ... but the article's last paragraphs above an agency's source line stay
    (fact_box, [PROSE, "Die Folgen:", "Der Verkehr staute sich.", MORE, "Quelle: dpa"], []),
    (fact_box, [PROSE, "Fakten und Mythen", PROSE, MORE, "Quelle: Statistisches Bundesamt"], []),
    (fact_box, [PROSE, "Fakten zum Streik", PROSE, MORE, "Quelle: dpa"], []),
    (fact_box, [PROSE, "Fakten", "Der Verkehr staute sich.", MORE], []),
    # source-credit: a box of the sources used, under its heading, at the foot
    (
        source_credit,
        [PROSE, MORE, "Verwendete Quellen", "Nachrichtenagentur dpa", "Eigene Recherche"],
        [2, 3, 4],
    ),
    (source_credit, [PROSE, MORE, "Sources", "Reuters", "AP"], [2, 3, 4]),
    # ... but a heading over the article's own paragraphs, or a list that runs long, stays
    (source_credit, [PROSE, "Quellen", PROSE, MORE], []),
    (
        source_credit,
        [PROSE, MORE, "Sources", "One", "Two", "Three", "Four", "Five", "Six", "Seven"],
        [],
    ),
    # related-links: a teaser's headline shown twice in a row, below the article's start
    (
        related_links,
        [PROSE, MORE, "Nordmann tatt for hjemme-kastrering", "Nordmann tatt for hjemme-kastrering"],
        [2, 3],
    ),
    # ... with their standfirsts, between teasers or at the end of the text
    (
        related_links,
        [
            PROSE,
            MORE,
            *["Kumiswe abaphathi beMUT ngezinsolo"] * 2,
            "BAMISELWE izinsolo zenkohlakalo abaphathi benyuvesi.",
            *["Unyazi lugxeka intsha ecwile ezinkanjeni"] * 2,
            "SIBUSISWE wumholi webandla lamaNazaretha.",
        ],
        [2, 3, 4, 5, 6, 7],
    ),
    (
        related_links,
        [
            PROSE,
            MORE,
            *["Nordmann tatt for hjemme-kastrering"] * 2,
            "Han ble dømt i fjor.",
            MORE,
        ],
        [2, 3],
    ),
    # ... and teasers whose "lesen" link is glued to their headline, two or more of them
    (
        related_links,
        [
            PROSE,
            "„Was habe ich getan?“: Mann hat ganzen Basilikum-Busch zu Hauselesen",
            "Vor 1 Std.",
            "Kratzer auf Geschirr entfernen: TikTokerin feiert „einfachen“ Tricklesen",
            "Wildblumen, Kräuter- und Gemüsebeete: Tipps für einen bienenfreundlichen Garten lesen",
            MORE,
        ],
        [1, 3, 4],
    ),
    # ... but one such line alone, or a sentence that ends in the word, stays
    (related_links, [PROSE, "Die Kunst, Gedanken zu lesen", MORE], []),
    (related_links, [PROSE, "Das Gedankenlesen", "Warum wir gern lesen.", "Zum Lesen", MORE], []),
    (related_links, [PROSE, "Sie konnten nicht lesen.", "Er wollte es nachlesen.", MORE], []),
    # ... but the article's headline shown twice, a short label, a sentence twice, stay
    (related_links, ["Wero besteht Praxistest im Handel"] * 2 + [PROSE, MORE], []),
    (related_links, [PROSE, MORE, "Die Folgen", "Die Folgen", PROSE], []),
    (related_links, [PROSE, MORE] + ["He left the party on Monday."] * 2 + [PROSE], []),
    # career-profile: a person's career in brief, under a Japanese article on an appointment
    (
        career_profile,
        [
            "イオン銀社長の後任には木坂有朗取締役（50）が就く。木坂氏は1997年に入社した。",
            "木坂　有朗氏（きさか・ゆうろう）97年（平9年）イオン入社、21年取締役。",
            "（1月14日就任。小林裕明社長は解任）",
            "金融庁は24年12月、イオン銀に業務改善命令を出した。",
        ],
        [1, 2],
    ),
    # ... but a sentence that gives a name's reading, or a note in brackets alone, stays
    (
        career_profile,
        ["木坂有朗氏（きさか・ゆうろう）は14日、記者会見を開いた。", "（1月14日就任）"],
        [],
    ),
    # navigation-menu: a run of short links; the article's own lists stay
    (
        navigation_menu,
        ["Home", "Politics", "Business", "Tech", "The vote was close."],
        [0, 1, 2, 3],
    ),
    (navigation_menu, ["Results", "The vote was close."], []),
    # separator lines between the links are the menu's
    (
        navigation_menu,
        ["Home", "|", "News", "•", "World", "|", "Sport", PROSE],
        [0, 1, 2, 3, 4, 5, 6],
    ),
    (navigation_menu, ["Home", "|", "News", "|", "World", PROSE], []),  # three links stay
    (navigation_menu, ["Home", "News", "·", "…", "World", "Sport", PROSE], [0, 1, 2, 3, 4, 5]),
    (navigation_menu, ["Foods that help:", "Broccoli", "Cabbage", "Garlic", "Onions"], []),
    (navigation_menu, ["1. Lakeland", "£40, Dunelm", "Best value", "Buy now", "It works."], []),
    (navigation_menu, ["Zutaten", "200 g Mehl", "2 Eier", "100 ml Milch", "Salz"], []),
    (navigation_menu, ["Nike GutscheineAsos GutscheinePuma GutscheineOtto GutscheineLidl"], [0]),
    (
        navigation_menu,
        [
            "Ginger water vs fenugreek water, which is better?High court upholds conviction in "
            "attempted rape case, orders accused to surrenderGunfire heard outside singer's "
            "residence: ReportKerala LoP accuses CM of shielding predatorsTransgender runner "
            "creates history at Paralympic GamesHow eco-conscious explorers embrace principles"
        ],
        [0],
    ),
    # (Xhosa and Zulu words start in lowercase before a capital: that is no glued menu)
    (
        navigation_menu,
        [
            "Owayesakuba nguMphathiswa wamaShishini oLuntu, uGqirha Malusi Gigaba, akabanjwanga "
            "kwiofisi yecandelo leGunyabantu iNkosi uMduduzi kwaShembe."
        ],
        [],
    ),
    # related-links: the heading and the headlines under it, not the article after them
    # (the last line before a big paragraph may be the article's subheading: it stays)
    (
        related_links,
        ["Mehr zum Thema", "Storm hits coast", "Floods in the north", "x" * 250 + "."],
        [0, 1],
    ),
    (related_links, ["READ MORE: Storm hits coast", "The storm came at night."], [0]),
    (related_links, ["Lire aussi : La tempête arrive", "Elle est arrivée la nuit."], [0]),
    (related_links, ["You Can Also Check: Gold Rate in Bhopal | Silver Rate", PROSE], [0]),
    (related_links, ["Read more about the storm in our guide below, he said."], []),
    (related_links, ["Related", "Subheading of the article", "y" * 250 + "."], [0]),
    # related-links: headlines cut short, in a run
    (
        related_links,
        [
            "Ishiba Attends East Asia Summit In Laos; Regional Tensi...",
            "Victims Mourned 5 Years after Flooding in Nag...",
            "He left.",
        ],
        [0, 1],
    ),
    (related_links, ["He paused...", "And then he left."], []),
    (related_links, ["Latest Articles", "Storm hits coast", "Floods in the north"], [0, 1, 2]),
    (related_links, ["More from Jane Doe", "Storm hits coast", "Floods in the north"], [0, 1, 2]),
    (related_links, ["Weitere Maßnahmen geplant", PROSE], []),
    (related_links, ["【関連記事】", "・イオン、第三者委員会を設置", PROSE], [0, 1]),
    (related_links, ["Workshops: Zero Trust in Microsoft 365 umsetzen zum Artikel", PROSE], [0]),
    (related_links, ["Die Firma will mehr lesen lassen und wirbt dafür.", PROSE], []),
    (related_links, ["Previous articleEngineer Creates New Religion", PROSE], [0]),
    (related_links, ["Les også En far for de store anledninger", PROSE], [0]),
    # (a teaser's headline twice, as its picture's alt text and as its link)
    (
        related_links,
        [
            PROSE,
            "Reif ist Live vom 15.05.23 Müller-Rückkehr, Haller-Doppelpack und Hertha-Frust",
            "Reif ist Live: Müller-Rückkehr, Haller-Doppelpack und Hertha-Frust",
            MORE,
        ],
        [1, 2],
    ),
    (
        related_links,
        [
            PROSE,
            "Argos heated clothes airers",
            "Aldi heated clothes airers",
            "Lakeland heated clothes airers",
            MORE,
        ],
        [],
    ),
    (related_links, ["Read more about the storm in our guide below", PROSE], []),
    (related_links, ["Abo Kulturpolitik in Washington Warum Trump das Center umbaut", PROSE], [0]),
    (related_links, ["Abonnenten zahlen mehr als zuvor.", PROSE], []),
    # author-bio: at the end, not before a paragraph
    (author_bio, [PROSE, MORE, PROSE, "Jane Doe is a reporter at the Herald."], [3]),
    (author_bio, [PROSE, MORE, PROSE, MORE, "Die Autorin", "Seit 2019 bei der taz."], [4, 5]),
    (author_bio, [PROSE, MORE, "Müller ist Autor eines Buches, sagte er.", PROSE], []),
    (author_bio, ["Jane Doe is a reporter at the Herald.", PROSE, MORE, PROSE], []),
    (author_bio, [PROSE, MORE, PROSE, MORE, "Redakteurin", "Seit 2019 bei der taz. " * 4], [4, 5]),
    (author_bio, [PROSE, MORE, PROSE, "Reporter", PROSE + " " + MORE], []),
    # donation-appeal: an appeal for the reader's money, with its heading
    (
        donation_appeal,
        [
            PROSE,
            "Links lesen, Rechts bekämpfen",
            "Eine offene Gesellschaft braucht guten Journalismus. Finden Sie auch? Dann machen "
            "Sie mit und unterstützen Sie unsere Aktion. Sind Sie dabei? Jetzt unterstützen",
        ],
        [1, 2],
    ),
    (
        donation_appeal,
        [PROSE, "Enjoyed this story? Support our journalism by becoming a member."],
        [1],
    ),
    # ... but an article about donations keeps its sentences
    (
        donation_appeal,
        [PROSE, "The charity said it would make a donation to the hospital.", MORE],
        [],
    ),
    (donation_appeal, ["Spenden", "„Unterstützen Sie uns“, rief der Pfarrer.", MORE], []),
    # key-points: a summary box of short single sentences under its heading
    (
        key_points,
        [
            "In Kürze:",
            "Trumps neuer Helikopter könnte den Rasen beschädigen.",
            "Deshalb plant Trump einen festen Landeplatz.",
            "Demokraten kritisieren die Baupläne.",
            PROSE + " " + PROSE,
            PROSE,
        ],
        [0, 1, 2, 3],
    ),
    (
        key_points,
        [
            "Der Artikel für Sie zusammengefasst",
            "Diese Zusammenfassung wurde künstlich erzeugt. Wir freuen uns über Ihr Feedback.",
            "Ein Großbrand legte die Schulen lahm.",
            "Viele Kinder blieben zu Hause.",
            PROSE + " " + PROSE,
        ],
        [0, 1, 2, 3],
    ),
    # ... but points that run on into the article's one-sentence paragraphs stay
    (
        key_points,
        [
            "Kort fortalt",
            "En mann er dømt til livstid.",
            "Han ledet en kult.",
            "En norsk mann ble tidligere i år kjent skyldig i London.",
            "Nå har han blitt dømt til livstid i fengsel, melder Sky News.",
            "Dommen ble lest opp torsdag.",
            "Han anker ikke.",
            PROSE + " " + PROSE,
        ],
        [],
    ),
    (
        key_points,
        [
            "Kort fortalt",
            "Nord-Korea fordømte angrepet.",
            "Eksperter venter mer spenning.",
            "Sammendraget er laget av ChatGPT og godkjent av redaksjonen.",
            PROSE,
        ],
        [0, 1, 2, 3],
    ),
    # ... but a box whose points are the article's paragraphs (a live ticker) stays
    (
        key_points,
        [
            "Das Wichtigste in Kürze:",
            "Die USA stellen den Betrieb des Hafens ein. Dies teilte das Militär mit.",
            "Im Grenzgebiet kam es erneut zu Gefechten. Die Armee meldete Verletzte.",
            PROSE,
        ],
        [],
    ),
    (key_points, ["Key points", "The court ruled for the city.", PROSE + " " + PROSE], []),
    (key_points, [PROSE] * 5 + ["In Kürze", PROSE, PROSE], []),
    # ... a bullet marks a point under the heading, its stop lost or not
    (
        key_points,
        [
            "Kort fortalt",
            "- En norsk mann er dømt til livstid i England for en kult i London",
            "- Han ledet en såkalt kult.",
            "- Han har sittet fengslet siden desember 2021.",
            PROSE + " " + PROSE,
        ],
        [0, 1, 2, 3],
    ),
    # ... and with no heading (trafilatura drops it), bulleted points at the top of the
    # article, under its headline and standfirst, above the report
    (
        key_points,
        [
            "Trump plant einen Helikopterlandeplatz",
            "Der US-Präsident will den Rasen vor dem Weissen Haus umbauen lassen, "
            "sein Ballsaal gerät unter Druck.",
            "- Trumps neuer Helikopter könnte den Rasen beschädigen.",
            "• Deshalb plant Trump einen festen Landeplatz.",
            "- Demokraten kritisieren die Baupläne.",
            PROSE + " " + PROSE,
            PROSE,
        ],
        [2, 3, 4],
    ),
    (
        key_points,
        [
            "- Emma struggled with her weight until she had surgery in 2023.",
            "- She lost 130 pounds in two years.",
            PROSE + " " + PROSE,
            MORE,
        ],
        [0, 1],
    ),
    # ... but a bulleted list in the report stays: under its first paragraph, under a
    # line that announces it, points with no stop, or nothing of the report below
    (
        key_points,
        ["Lee Set for Talks", PROSE, MORE, "- Rates rose.", "- Prices fell.", PROSE],
        [],
    ),
    (
        key_points,
        ["Lee Set for Talks", "The plan has two parts:", "- Rates rise.", "- Prices fall.", PROSE],
        [],
    ),
    (key_points, ["Lee Set for Talks", "- Flour", "- Two eggs", "- Milk", PROSE], []),
    (
        key_points,
        ["Talks", "He left.", "She stayed.", "They met.", "- Rates rose.", "- Prices fell.", PROSE],
        [],
    ),  # short paragraphs of the report above it
    (key_points, ["Lee Set for Talks", "- Rates rose.", "- Prices fell."], []),
    # tag-list: the heading and the short links under it
    (tag_list, ["Schlagworte:", "Schweiz", "Genf", "The topics were hard."], [0, 1, 2]),
    (tag_list, ["İlgili Konular:", "Kurban Bayramı", "Diyanet", "Konu kapandı."], [0, 1, 2]),
    (tag_list, ["Tags: storm, coast, floods"], [0]),
    (tag_list, ["Themen der Woche waren Sturm und Flut."], []),
]


@pytest.mark.parametrize(("rule", "lines", "expected"), CONTEXT_CASES)
def test_context_rule_reads_neighbours(rule: Finder, lines: list[str], expected: list[int]) -> None:
    doc = Document.from_text("\n".join(lines))
    assert sorted({finding.index for finding in rule(doc)}) == expected


AUTHOR_BOX_CASES: list[tuple[list[str], list[int]]] = [
    # the credited author's name alone, and the bio under it, wherever the box stands
    (
        [
            PROSE,
            "Ralf Euler",
            "Redakteur in der Rhein-Main-Zeitung, verantwortlich für die Sonntagszeitung.",
            PROSE,
            MORE,
        ],
        [1, 2],
    ),
    ([PROSE, MORE, "Nicole Opitz", "Nicole Opitz", "Redakteurin"], [2, 3, 4]),
    ([PROSE, MORE, "Ralf EulerKorrespondent für Politik und Wirtschaft in der Schweiz."], [2]),
    ([PROSE, MORE, PROSE, "RALF EULER", "Euler covers politics for the Herald."], [3, 4]),
    # ... but a sentence that names the author, or another name alone, stays
    ([PROSE, "Ralf Euler said the line would open in May.", MORE], []),
    ([PROSE, "Jane Doe", "Redakteurin", MORE], []),
]


@pytest.mark.parametrize(("lines", "expected"), AUTHOR_BOX_CASES)
def test_author_box_goes_with_the_credited_name(lines: list[str], expected: list[int]) -> None:
    doc = replace(Document.from_text("\n".join(lines)), authors=("Ralf Euler", "Nicole Opitz"))
    assert sorted({finding.index for finding in author_bio(doc)}) == expected


def test_reading_time_is_cut_from_the_end_of_a_date_line() -> None:
    doc = Document.from_text("Published Jun 05, 2026 • 3 minute read")
    [found] = reading_time(doc)
    assert doc.blocks[0].text[found.start :] == " • 3 minute read"


def test_every_boilerplate_rule_is_in_the_table_in_family_five() -> None:
    finders = {rule.find for rule in RULES if rule.code.startswith("NC5")}
    for finder, *_ in LINE_CASES + CONTEXT_CASES:
        assert finder in finders, finder.__name__


def test_page_chrome_leaves_a_canonical_article_alone() -> None:
    # A canonical file holds an article, not a page: its short first and last
    # paragraphs are no header and no footer, whatever page chrome would make of them.
    article = Article(title="Phishing", paragraphs=["Security", PROSE, MORE, "13"])
    again = clean(render(article))
    assert again.paragraphs == article.paragraphs
    assert again.removed == []


def test_article_between_menus_and_footer_keeps_every_paragraph() -> None:
    paragraphs = [
        "The council voted on Monday to close the old bridge for repairs, after engineers "
        "found cracks in two of its piers during a routine inspection.",
        "Why it matters",
        "The bridge carries about 20,000 cars a day, and the detour adds twenty minutes to "
        "the drive between the two halves of the town, the mayor said.",
    ]
    page = [
        "Home", "News", "Politics", "Sport", "Weather",
        "Bridge to close for repairs",
        "Share on Facebook", "Share on X", "Foto: Jane Roe",
        *paragraphs,
        "Advertisement", "Read more", "Storm hits coast", "Floods in the north",
        "Newsletter", "© 2025 The Town Paper. All rights reserved.", "Impressum",
    ]  # fmt: skip
    article = clean("\n".join(page))
    assert article.paragraphs == paragraphs
    assert {removal.rule for removal in article.removed} >= {"NC501", "NC502", "NC516"}


@pytest.mark.parametrize("furniture", ["Share on Facebook", "Advertisement", "Anzeige"])
def test_lead_paragraph_above_a_share_bar_or_ad_stays_in_the_article(furniture: str) -> None:
    lead = "The minister said the talks would go on."
    rest = "Officials from both countries met again on Monday in Seoul to agree a plan. " * 4
    article = clean(f"Talks Resume\n\n{lead}\n\n{furniture}\n\n{rest.strip()}")
    assert article.paragraphs == [lead, rest.strip()]


def test_last_sentence_after_a_share_bar_stays_in_the_article() -> None:
    body = "Officials from both countries met again on Monday in Seoul to agree a plan. " * 4
    last = "The talks end on Friday."
    article = clean(f"Talks Resume\n\n{body.strip()}\n\nShare on Facebook\n\n{last}")
    assert article.paragraphs == [body.strip(), last]


@pytest.mark.parametrize(
    "furniture",
    [
        ["Share on Facebook"],
        ["Advertisement"],
        ["Publicité", "Anzeige", "Advertisement"],  # hypothesis drew three in a row
        ["Anzeige", "Advertisement 2", "Share on Facebook"],
        # hypothesis drew a reading time and a newsletter box's two lines
        ["5 min read", "Abonnieren Sie unseren Newsletter", "Sign up for our newsletter"],
    ],
)
def test_last_sentence_after_share_bars_and_ads_stays_in_the_article(
    furniture: list[str],
) -> None:
    body = "Officials from both countries met again on Monday in Seoul to agree a plan. " * 4
    last = "The talks end on Friday."
    article = clean("\n\n".join(["Talks Resume", body.strip(), *furniture, last]))
    assert article.paragraphs == [body.strip(), last]


def test_a_share_bar_shown_twice_is_never_the_headline() -> None:
    text = "By Jane Doe\n\nThe talks resumed.\n\nShare on Facebook\n\nShare on Facebook"
    assert clean(text).title is None


def test_dated_teaser_below_the_article_goes_and_the_article_stays() -> None:
    lines = [
        "Storm closes schools",
        "12.05.2024",
        PROSE,
        MORE,
        "Floods hit the coast",
        "11.05.2024",
    ]
    article = clean("\n\n".join(lines))
    assert article.title == "Storm closes schools"
    assert article.paragraphs == [PROSE, MORE]
    assert "Floods hit the coast" in [removal.text for removal in article.removed]


#: A rule, the page's lines, the lines an earlier rule cut (a duplicate paragraph), and
#: the lines the rule finds: a neighbour that was cut still tells what a line is.
CUT_NEIGHBOUR_CASES: list[tuple[Finder, list[str], list[int], list[int]]] = [
    # a caption whose credit went as a copy of an earlier credit
    (
        photo_caption,
        [
            "Evergrande's headquarters in Shenzhen",
            "Noel Celis/Getty Images",
            MORE,
            "Evergrande property development",
            "Noel Celis/Getty Images",
            PROSE,
        ],
        [4],
        [0, 3],
    ),
    # ... and a caption shown twice, its copy and its credit cut
    (
        photo_caption,
        [
            "Rejhan Nisic explains the task.",
            "Foto: Andreas Woitschützke",
            PROSE,
            "Mathelehrer Rejhan Nisic erklärt die Aufgaben.",
            "Mathelehrer Rejhan Nisic erklärt die Aufgaben.",
            "Foto: Andreas Woitschützke",
            MORE,
        ],
        [4, 5],
        [0, 3],
    ),
    # ... but the article's sentence above another caption's cut copy and credit stays
    (
        photo_caption,
        [
            "Zendaya attends a photocall in Paris.",
            "Future Publishing/Getty Images",
            "For a red carpet in London, Zendaya wore a futuristic gown.",
            "Zendaya attends a photocall in Paris.",
            "Future Publishing/Getty Images",
            MORE,
        ],
        [3, 4],
        [0],
    ),
    # a teaser under a related heading that went as a copy of an earlier one
    (
        related_links,
        [
            "Lest auch",
            "Storm hits coast",
            PROSE,
            MORE,
            "Lest auch",
            "Storm hits the coast of Chile",
            PROSE,
        ],
        [4],
        [0, 1, 5],
    ),
    # ... but a paragraph after a cut line that was no credit or heading stays
    (
        photo_caption,
        [PROSE, "Evergrande property development", PROSE, "Evergrande property development", MORE],
        [3],
        [],
    ),
]


@pytest.mark.parametrize(("rule", "lines", "cut", "expected"), CUT_NEIGHBOUR_CASES)
def test_a_cut_neighbour_still_tells_what_a_line_is(
    rule: Finder, lines: list[str], cut: list[int], expected: list[int]
) -> None:
    page = Document.from_text("\n".join(lines))
    kept = tuple(block for index, block in enumerate(page.blocks) if index not in cut)
    doc = Document(blocks=kept, head=Head(page.blocks))
    found = {kept[finding.index].line for finding in rule(doc)}
    assert (
        sorted(index for index, block in enumerate(page.blocks) if block.line in found) == expected
    )


def test_article_goes_on_under_a_box_of_links_in_its_middle() -> None:
    lead = [f"{MORE} {n}." * 3 for n in range(20)]
    box = ["Related", "Storm hits coast", "Floods close the old bridge", "Rates rise again"]
    rest = [PROSE + " " + MORE, "‘No sense of pride, no sense of loyalty.’", MORE * 3, MORE * 4]
    article = clean("\n\n".join([*lead, *box, *rest, "Imprint"]))
    assert article.paragraphs == [*lead, *rest]
    assert [r.text for r in article.removed] == [*box, "Imprint"]


def test_lead_paragraph_above_a_paywall_block_stays() -> None:
    lead = (
        "A few months before delaying its return-to-office plan, the department gave up "
        "twelve floors of office space across two downtown buildings, records show."
    )
    paywall = [
        "Ottawa Citizen",
        "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
        "Subscribe now to read the latest news in your city and across Canada.",
        "Analysis on all things Ottawa by our award-winning writers, and newsletters.",
        "REGISTER / SIGN IN TO UNLOCK MORE ARTICLES",
        "Sign In or Create an Account",
    ]
    rest = [f"{MORE} {n}." * 3 for n in range(4)]
    text = "\n\n".join(["Home", "Public Service", "Offices Given Up", lead, *paywall, *rest])
    article = clean(text)
    assert article.paragraphs[0] == lead
    assert article.paragraphs[1:] == rest


def test_teaser_above_a_subscribers_label_before_the_article_goes() -> None:
    teaser = "Another story of the day: the mayor opened the new bridge after years of delay."
    rest = [f"{MORE} {n}." * 3 for n in range(4)]
    text = "\n\n".join(["Home", teaser, "Plus", *rest])
    assert teaser not in clean(text).paragraphs


def test_newsletter_box_at_the_foot_goes_whole() -> None:
    box = [
        "Fox News First",
        "Get the latest updates from the 2024 campaign trail, exclusive interviews and more "
        "Fox News politics content.",
        "Arrives Tuesdays",
        "Subscribe",
        "Subscribed",
        "You've successfully subscribed to this newsletter!",
    ]
    text = "\n\n".join(["Council Closes the Old Bridge", "By Jane Doe", PROSE, MORE, *box])
    article = clean(text)
    assert article.paragraphs == [PROSE, MORE]
    assert {removal.text for removal in article.removed} >= set(box[:3])
