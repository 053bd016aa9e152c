"""Datelines and bylines: the publication date an article prints about itself (texts written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.timex.dateline import find_datelines, header_end
from timeline.timex.temporal import find_dateline, read_dateline

D = date.fromisoformat
BODY = "\nTroops crossed the river, officials said.\n"

# (text, the publication date it gives or None)
DATELINES = [
    # labelled: the label opens the line, or is capitalised inside a short line
    ("Headline\nPublished: Dec 1, 2025 10:45 am" + BODY, "2025-12-01"),
    ("Headline\nUpdated March 3, 2024 at 5:10 PM" + BODY, "2024-03-03"),
    ("Headline\nPublished 3:10 PM EST, Mon March 4, 2024" + BODY, "2024-03-04"),
    ("Headline\nLast updated: 14 March 2024" + BODY, "2024-03-14"),
    ("Headline\nUpdated: 3 March 2024" + BODY, "2024-03-03"),
    ("Headline\nPosted on March 3, 2024 by admin" + BODY, "2024-03-03"),
    ("Headline\nFirst published on Sun 3 Mar 2024 09.15 GMT" + BODY, "2024-03-03"),
    ("Headline\nUpdated - March 03, 2024 09:15 am IST" + BODY, "2024-03-03"),
    ("Headline\nPublished : Mar 3, 2024 - 09:15 Updated : Mar 3, 2024 - 10:02" + BODY, "2024-03-03"),
    ("Headline\nRelease Date: March 3, 2024" + BODY, "2024-03-03"),
    ("Headline\nPUBLISHED: 03/14/2024" + BODY, "2024-03-14"),
    ("Headline\nPublished: 2024-03-03T09:15:00+02:00" + BODY, "2024-03-03"),
    ("Headline\nDate: 31.12.2023" + BODY, "2023-12-31"),
    ("Headline\nAmira Haddad Published Mar 3, 2024 Updated Mar 3, 2024 09:15am" + BODY, "2024-03-03"),
    # the earliest publication date wins over an update date, in either order
    ("Headline\nAmira Haddad Published Mar 3, 2024 Updated Mar 5, 2024 09:15am" + BODY, "2024-03-03"),
    ("Headline\nUpdated Mar 5, 2024 09:15am | Published Mar 3, 2024" + BODY, "2024-03-03"),
    ("Headline\nMar 3, 2024 | Updated Mar 5, 2024" + BODY, "2024-03-03"),
    ("Headline\nLast updated on 5 March 2024, 10:02 GMT" + BODY, "2024-03-05"),  # only an update: the best there is
    # bylines
    ("Headline\nBy Amira Haddad | March 3, 2024" + BODY, "2024-03-03"),
    ("Headline\nBy Tomas Ruiz 3 March 2024, 9:15 am" + BODY, "2024-03-03"),
    ("Headline\nBy: Ana Cruz - Reporter / @acruz NEWSDESK.ph / 09:15 AM March 03, 2024" + BODY, "2024-03-03"),
    ("Headline\nMonday, June 2, 2025 by Jane Doe" + BODY, "2025-06-02"),
    # a byline without "By": a name, perhaps its outlet, then the date
    ("Headline\nAna Cruz Jul 3, 2024 14:05" + BODY, "2024-07-03"),
    ("Headline\nAna Cruz - The Island Star July 3, 2024 | 12:00am" + BODY, "2024-07-03"),
    ("Headline\nTroops Cross River March 3, 2024 as talks stall" + BODY, None),  # a headline's date in prose
    # numbers-only dates: a number over 12, a weekday, a time zone, or the article's own dates decide the order
    ("Headline\nby Jane Doe, The Hill - 07/09/24 10:05 AM ET" + BODY, "2024-07-09"),
    ("Headline\nby Ravi Rao, Agency - 07/09/24 10:05 AM IST" + BODY, "2024-09-07"),
    ("Headline\nby Ravi Rao, Agency - 07/09/24 10:05\nTalks resumed on 25/06/2024 in Geneva.", "2024-09-07"),
    ("Headline\nby Jane Doe, Agency - 07/09/24 10:05\nTalks resumed on June 25 in Geneva.", "2024-07-09"),
    ("Headline\nTue 07/09/24 10:05" + BODY, "2024-07-09"),
    ("Headline\nby Ravi Rao, Agency - 07/09/24 10:05" + BODY, None),  # nothing says which: unread, not guessed
    ("Headline\n03.07.2024 15:27" + BODY, "2024-07-03"),  # dots: day first
    ("Headline\n2024.03.07 09:15 KST" + BODY, "2024-03-07"),
    ("Headline\n2024-03-03T09:15:00Z" + BODY, "2024-03-03"),
    # dates written tight, times with an offset, a place closing the line, a section before the date
    ("Headline\nPosted on : Jul.3,2024 14:05 KST Modified on : Jul.3,2024 15:00 KST" + BODY, "2024-07-03"),
    ("Headline\nJuly 3, 2024 2:05 PM GMT+8 Updated 2 hours ago" + BODY, "2024-07-03"),
    ("Headline\nBy Wire Staff\nJuly 3, 20242:05 PM GMT+8Updated 2 hours ago" + BODY, "2024-07-03"),  # copied text
    ("Headline\nWednesday 3 July 2024 14:05, UK" + BODY, "2024-07-03"),
    ("Headline\nNews | 03.07.2024 | 14:05" + BODY, "2024-07-03"),
    ("Headline\n2024.07.03. 14:05" + BODY, "2024-07-03"),
    ("Headline\nJuly 3, 2024 10:15 am IDT" + BODY, "2024-07-03"),  # Israel's zone writes the day first
    ("Headline\n03.07.2024, 10.15 Uhr" + BODY, "2024-07-03"),  # a German clock
    ("Headline\nDate of publication: 3 July 2024" + BODY, "2024-07-03"),
    ("Headline\n" + "The talks went on. Another sentence of the body follows here, and more of it. " * 3
     + "\nPublished in The Daily Star, July 4th, 2024\n", "2024-07-04"),  # a print edition's line names its paper
    ("Headline\nMarch 3, 2024, Russia attacked the port." + BODY, None),
    ("Headline\nMarch 3, 20245 troops crossed." + BODY, None),
    # a date opening a header line; a wire dateline; a date closing a header line
    ("Sudan ceasefire collapses\nApril 15, 2024\n\nFighting resumed in Khartoum.", "2024-04-15"),
    ("Headline\nMarch 3, 2024 at 9:15 a.m. EST" + BODY, "2024-03-03"),
    ("Live: strikes on the grid\nMonday 9 March 2026 · Live updates from Kyiv" + BODY, "2026-03-09"),
    ("FOR IMMEDIATE RELEASE\nMarch 3, 2024" + BODY, "2024-03-03"),
    ("Troops mass\n\nMOSCOW, Nov. 28, 2021 — Russia has moved troops.", "2021-11-28"),
    ("Ceasefire\nKHARTOUM, Sudan, 4 March 2024 (AFP) -- Fighting resumed.", "2024-03-04"),
    ("Balkan Morning Brief — 27.03.2026\n\nThe main stories this morning." + BODY, "2026-03-27"),
    ("PRESS RELEASE\nNo. 2026-41 — 22 May 2026 (Fri.)" + BODY, "2026-05-22"),
    ("Baltic Wire | 03.07.2024\nHeadline" + BODY, "2024-07-03"),
    ("Headline\nOn March 3, 2024 9:15 amIn World by Jane Doe" + BODY, "2024-03-03"),  # a blog's line, copied tight
    ("Headline\nPress Release, Ana Ruiz, Minister of Defence, March 3, 2024" + BODY, "2024-03-03"),  # after a comma
    ("Headline\nISLAND WIRE - Mar 3, 2024 - 09:15 | Asia, World" + BODY, "2024-03-03"),  # then the section
    ("Headline\nOn March 3, 2024, Russia attacked the port." + BODY, None),  # prose opening with a date
    # a date under a standfirst still counts; a date in running prose never does
    ("The juntas close ranks\n\nThe alliance is no longer a paper union. But its leaders may be trading one "
     "dependency for another, writes our editor.\n\nFeb. 11, 2026\n\nWhen the ruler spoke, few were surprised.",
     "2026-02-11"),
    ("Fighting resumed on April 15, 2024 in Khartoum.", None),
    ("Headline\nBy the end of March 3, 2024 the talks had failed.", None),
    ("Headline\nBy March 3, 2024, troops had left." + BODY, None),
    ("Headline\nBy Monday, March 4, 2024, the army had left." + BODY, None),
    ("Headline\nThe report was published March 3, 2024 by the ministry." + BODY, None),
    ("Headline\nHe said, Nov. 28, 2021 - was the day it began.", None),
    ("Headline\nKYIV, March 3 (Reuters) - Russia attacked.", None),  # no year: no day
    ("Headline\nVersion 1.2.2024" + BODY, None),
    ("Headline\nPublished March 8, 2024\n\nTimeline\nFebruary 24, 2022\nRussia invades.", "2024-03-08"),
    ("Talks stall\n\nThe ministry said the accord, signed on March 1, 2024, would hold. Officials said on Tuesday "
     "that talks would go on.\n\nMarch 1, 2024 - Russia attacked the port.\n", None),  # a timeline's entry
    # a strong label counts on any line it opens, even after the body
    ("Headline\n" + "The talks went on. Another sentence of the body follows here, and more of it. " * 3
     + "\nUpdated March 9, 2024\n", "2024-03-09"),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_publication_date(text: str, expected: str | None) -> None:
    assert find_dateline(text) == (D(expected) if expected else None)


@pytest.mark.parametrize(("text", "problem"), [
    ("Headline\nby Ravi Rao, Agency - 07/09/24 10:05" + BODY,
     "its dateline date '07/09/24' can be read as 2024-07-09 or 2024-09-07"),
    ("Shelling on the border\nTAIPEI, April 14 (Pacific Wire) – Jets crossed the line.",
     "its dateline 'April 14' gives no year"),
    ("Talks go on\nMOSCOW, March 3. /TASS/. The minister said talks would go on.",
     "its dateline 'March 3' gives no year"),
    ("Headline\nTroops crossed the river.", ""),
    ("Headline\nPublished: Dec 1, 2025" + BODY, ""),
])
def test_what_could_not_be_read_is_said(text: str, problem: str) -> None:
    assert read_dateline(text).problem == problem


def test_reading_names_its_source() -> None:
    reading = read_dateline("Headline\nPublished Mar 3, 2024 Updated Mar 5, 2024" + BODY)
    assert reading.source is not None and (reading.source.kind, reading.source.text) == ("published", "Mar 3, 2024")
    kinds = [d.kind for d in find_datelines("Headline\nPublished Mar 3, 2024 Updated Mar 5, 2024" + BODY)]
    assert kinds == ["published", "updated"]


def test_header_ends_after_the_second_paragraph_of_prose() -> None:
    lead = "The army said the strike hit a depot near the border. Officials gave no figures for the dead or the hurt.\n"
    text = "Headline\n\n" + lead + "\n" + lead + "\nMarch 1, 2024\n"
    first, end = header_end(text)
    assert text[:first].endswith(lead) and text[:end].count(lead) == 2 and "March 1" not in text[:end]
