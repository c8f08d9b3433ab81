"""The rule table: the pipeline, in order. ``newsclean rules`` and ``docs/rules.md`` read it.

Adding a rule: write its finder (docstring: what, why, a ``>>>`` example) in its
family's module and add one line here.

>>> [rule.code for rule in RULES][:3]
['NC101', 'NC102', 'NC201']
"""

from __future__ import annotations

from .boilerplate import advertisement_marker, legal_footer, media_placeholder, separator_line
from .bylines import avatar_byline, byline, credit_line, empty_byline, split_byline
from .captions import photo_caption, photo_credit, source_credit
from .chrome import page_chrome
from .closings import author_box, author_link, closing_credit
from .dates import date_label, date_line, date_prefix, relative_time
from .duplicates import duplicate_paragraph, glued_copy, repeated_headline, truncated_teaser
from .facts import career_profile, fact_box
from .headlines import headline, kicker, standfirst
from .menus import breadcrumb, navigation_menu
from .namelines import name_line
from .notes import author_bio, editorial_note, key_points
from .prompts import (
    consent_notice,
    donation_appeal,
    newsletter_prompt,
    paywall_prompt,
    reader_callout,
)
from .registry import FAMILIES, Rule
from .related import related_links, tag_list
from .social import embedded_post, share_line
from .teasers import dated_teaser
from .unicode import invisible_character, mojibake
from .widgets import bookmark_prompt, comment_prompt, reading_time

RULES: tuple[Rule, ...] = (
    Rule("NC101", "mojibake", mojibake, repairs=True),
    Rule("NC102", "invisible-character", invisible_character, repairs=True),
    Rule("NC201", "date-prefix", date_prefix, sets_fields=True),
    Rule("NC202", "date-line", date_line, sets_fields=True),
    Rule("NC203", "date-label", date_label, sets_fields=True),
    Rule("NC204", "relative-time", relative_time),
    Rule("NC301", "empty-byline", empty_byline, sets_fields=True),
    Rule("NC302", "avatar-byline", avatar_byline, sets_fields=True),
    Rule("NC303", "byline", byline, sets_fields=True),
    Rule("NC304", "credit-line", credit_line, sets_fields=True),
    Rule("NC305", "split-byline", split_byline, sets_fields=True),
    Rule("NC306", "name-line", name_line, sets_fields=True),
    Rule("NC307", "closing-credit", closing_credit, sets_fields=True),
    Rule("NC308", "author-box", author_box, sets_fields=True),
    Rule("NC309", "author-link", author_link, sets_fields=True),
    Rule("NC401", "headline", headline, sets_fields=True),
    Rule("NC402", "repeated-headline", repeated_headline),
    Rule("NC403", "truncated-teaser", truncated_teaser),
    Rule("NC404", "duplicate-paragraph", duplicate_paragraph),
    Rule("NC405", "kicker", kicker, sets_fields=True),
    Rule("NC406", "standfirst", standfirst, sets_fields=True),
    Rule("NC407", "glued-copy", glued_copy),
    Rule("NC500", "page-chrome", page_chrome, whole_page=True),
    Rule("NC501", "share-line", share_line),
    Rule("NC502", "advertisement-marker", advertisement_marker),
    Rule("NC503", "media-placeholder", media_placeholder),
    Rule("NC504", "reading-time", reading_time),
    Rule("NC505", "comment-prompt", comment_prompt),
    Rule("NC506", "newsletter-prompt", newsletter_prompt),
    Rule("NC507", "paywall-prompt", paywall_prompt),
    Rule("NC508", "consent-notice", consent_notice),
    Rule("NC509", "photo-caption", photo_caption),
    Rule("NC510", "photo-credit", photo_credit),
    Rule("NC511", "source-credit", source_credit),
    Rule("NC512", "legal-footer", legal_footer),
    Rule("NC513", "related-links", related_links),
    Rule("NC514", "tag-list", tag_list),
    Rule("NC515", "breadcrumb", breadcrumb),
    Rule("NC516", "navigation-menu", navigation_menu),
    Rule("NC518", "editorial-note", editorial_note),
    Rule("NC519", "author-bio", author_bio),
    Rule("NC520", "embedded-post", embedded_post),
    Rule("NC521", "reader-callout", reader_callout),
    Rule("NC522", "key-points", key_points),
    Rule("NC523", "donation-appeal", donation_appeal),
    Rule("NC524", "dated-teaser", dated_teaser),
    Rule("NC525", "fact-box", fact_box),
    Rule("NC526", "career-profile", career_profile),
    Rule("NC527", "bookmark-prompt", bookmark_prompt),
    Rule("NC528", "separator-line", separator_line),
)

__all__ = ["FAMILIES", "RULES", "Rule"]
