"""The last check of what the reader found, before anything is stated: a film's title
must read as a title and its fields as its fields.

Every path of the reader (film blocks, one-line entries, stacked showings, films named in
running text, timetables) ends here, so one set of rules holds for all of them. The rules
say what a title, a director, a year or a runtime cannot be; they never add anything. A
film whose title fails is not imported and is listed with the reason; a field that fails
is left out and its line is reported. A page the reader has never seen may still lose
films this way, but what it states has passed the same tests as the corpus.

What a title cannot be, whatever path found it:

- text with no letter (``2019``, ``90'``), unless the film also has a director and another
  field (films called ``1970`` or ``7500`` exist);
- a date, a time or a range of either (``02:30pm to 04:00pm``, ``Samstag, 15.10.``);
- a line of fields (``90min``, ``Denmark 2009``, ``Jahr: 2020``, a country alone) or a
  labelled field (``Regie: …``, ``Venue: …``, ``Kamera: …``);
- a byline (``by Jane Doe``, ``Von Max Muster``, ``Posted by …``, ``Text: …``);
- an address of the web (``https://…``, ``tickets@…``);
- a sentence (eight words or more ending in a full stop), or over 160 characters;
- a word of the page's structure (``Programme``, ``Tickets``, ``상영작``), a weekday or a
  month;
- the festival's own name, the film's director, or the venue of its screening;
- a section heading, unless the film has a director and another field.
- an event of the programme (``Lesung: …``, ``Gespräche unterm Baum``), unless a director,
  a year, a runtime or a country makes it a film.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import time

from dockg.ingest.reader.blocks import (
    KOREAN_BYLINE,
    KOREAN_SENTENCE,
    LABEL_OVER_FIELDS,
    LINK_LINE,
    PROGRAMME_COMPOUND,
    is_section_heading,
)
from dockg.ingest.reader.context import FESTIVAL_WORD
from dockg.ingest.reader.dates import month_of, prints_date_or_time
from dockg.ingest.reader.fields import (
    CATALOGUE_CODES,
    CREW_LABEL,
    DIRECTOR_LABEL,
    KOREAN_TALKS,
    KOREAN_WORD_END,
    SECTION_LABEL,
    SMALL_WORDS,
    Meta,
    country_of,
    field_only,
    foreign_hangul,
    is_premiere,
    looks_like_name,
    read_part,
    split_names,
    split_title,
)
from dockg.ingest.reader.lines import FILE_NAME, STREET_ADDRESS
from dockg.ingest.reader.package import seconds
from dockg.ingest.reader.records import FilmRecord, Note, ProgrammeRecords

#: Labels of a page's fields: a line starting with one (and its colon) is no title.
_LABEL = re.compile(
    r"^(?:date|datum|time|zeit|uhrzeit|venue|ort|kino|location|place|where|when|wo|wann|"
    r"tickets?|price|preis|"
    r"eintritt|admission|language|sprache|subtitles?|untertitel|format|version|fassung|genre|age|"
    r"year|jahr|country|land|runtime|länge|length|duration|dauer|section|sektion|"
    r"category|kategorie|programme|program|programm|screening|vorführung|"
    r"producers?|produzent(?:in|en|innen)?|produktion|production|editor|editing|schnitt|"
    r"camera|kamera|cinematography|montage|music|musik|sound|ton|cast|writers?|buch|"
    r"drehbuch|screenplay|"
    r"일시|장소|일정|시간|상영관|상영시간|상영일시|관람료|부문|섹션)(?:\(s\))?\s*[:：|]",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(?:posted\s+by|written\s+by|words\s+by|text|foto|photo|photos|fotos|bild|by|von|"
    r"from|credit)\s*[:：]?\s+(?P<name>.+)$",
    re.IGNORECASE,
)
#: ``Ancestral Visions of the Future de Lemohang Mosese``: a title run into its byline.
_TRAILING_BYLINE = re.compile(
    r"\S(?:\s+(?:by|von|de|di|directed\s+by)|,?\s+(?:dir\.|regie:))\s+(?P<names>[^\s].+)$"
)
#: ``Ausführlichere Filminformationen folgen in Kürze``, ``Coming soon``, ``TBA``.
_NOT_YET = re.compile(
    r"\b(?:folg(?:t|en)\s+in\s+kürze|demnächst|coming\s+soon|to\s+be\s+announced|tba|tbc|"
    r"more\s+info(?:rmation)?\s+(?:soon|to\s+follow)|추후\s*공지)\b",
    re.IGNORECASE,
)
#: ``1. Block``, ``Teil 2``, ``Programme 3``, ``2부``: a numbered part of the programme.
_NUMBERED_PART = re.compile(
    r"^(?:\d{1,2}\.?\s*(?:block|teil|part|programm|programme|program|session|slot|tag|day|"
    r"week|woche)|(?:block|teil|part|programm|programme|program|session|slot|tag|day|section|"
    r"sektion|week|woche|섹션|세션)\s*\d{1,2}|\d{1,2}\s*(?:부|주차))$",
    re.IGNORECASE,
)
#: ``Program 1b: LA Stories``, ``Block 3 – Animation``: a numbered programme and its name.
_NUMBERED_PROGRAMME = re.compile(
    r"^(?:program|programme|programm|block|session|shorts\s+program(?:me)?)\s*\d{1,2}[a-z]?"
    r"\s*[:–—-]\s+\S",
    re.IGNORECASE,
)
#: A programme's numbered part after a slash (``… / SESSION 2``, ``… / Block 3``).
_SESSION_PART = re.compile(
    r"(?:program|programme|programm|block|session|part|teil)\s*\d{1,2}[a-z]?", re.IGNORECASE
)
#: ``1. Tierparadies und Schattenreich (45 min.)`` under ``18:30 Mythos Wald``: a title
#: opening with a list's number is an item or a part of a numbered list (an episode of
#: the film over it, a talk of a day): which work it names is not sure.
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s+\S")
#: ``After Winter, Spring 2013`` over ``74 min.``: a year at a title's end, on a film
#: with a runtime or a country but no year, may be the film's year printed after it (``24 Hour Drum
#: 2015``) or a part of the title (``Summer 1993``): which is not sure.
_YEAR_AT_END = re.compile(r"[A-Za-z\uac00-\ud7a3,]\s+(?:19|20)\d{2}$")
_WEB = re.compile(r"(?:https?://|www\.|\S@\S+\.\w)", re.IGNORECASE)
#: Credits of a partner, not a film (``In Zusammenarbeit mit CPH:DOX``).
_PARTNER = re.compile(
    r"^(?:in\s+(?:collaboration|cooperation|partnership|association)\s+with|presented\s+by|"
    r"supported\s+by|sponsored\s+by|powered\s+by|funded\s+by|in\s+zusammenarbeit\s+mit|"
    r"in\s+kooperation\s+mit|präsentiert\s+von|gefördert\s+von|unterstützt\s+von|"
    r"mit\s+freundlicher\s+unterstützung|후원|주최|주관|협찬)\b",
    re.IGNORECASE,
)
#: ``Das Kulturhaus-Kino wird gefördert durch das Bezirksamt Harburg``, ``… is supported by
#: …``: a sentence crediting a funder, wherever the credit stands in it.
_FUNDED = re.compile(
    r"\b(?:wird|werden|ist|sind|is|are)\s+(?:\w+\s+)?(?:gefördert|unterstützt|supported|"
    r"funded|sponsored)\s+(?:durch|von|vom|by)\b",
    re.IGNORECASE,
)
#: The furniture of a web page: widgets, social networks, cookie banners.
_WIDGET = re.compile(
    r"\b(?:facebook|fb|twitter|instagram|youtube|vimeo|tiktok|newsletter|subscribe|"
    r"abonnieren|cookies?|privacy|datenschutz|widget|like\s+box|sign\s+in|log\s+in|"
    r"follow\s+us|folgt\s+uns|share\s+this|rss)\b",
    re.IGNORECASE,
)
#: The last word of a cinema's or a hall's name (``Skirball Center``, ``Elks Lodge``).
_PLACE = re.compile(
    r"(?:\b(?:center|centre|cinemas?|kinos?|theat(?:er|re)s?|museum|hall|lodge|auditorium|"
    r"library|gallery|galerie|arena)|극장|영화관|센터|시네마|아트홀)$",
    re.IGNORECASE,
)
#: A title that names an event of the programme, not a film: a German or Korean word for a
#: talk, a reading, a concert (``GESPRÄCHE UNTERM BAUM``, ``LESUNG: …``), or an English one
#: followed by a colon or a dash (``Talk: …``; ``Talk Radio`` is a film) or standing
#: alone (``Opening Reception``, ``Q&A``).
_EVENT_TITLE = re.compile(
    r"^(?:(?:talk|lecture|panel|discussion|q\s*&\s*a|reading|concert|exhibition|party|"
    r"reception|masterclass|workshop|performance|award\s+ceremony)\s*[:：–—-]|"
    r"(?:vortrag|lesung|gespräche?|filmgespräch|podiumsgespräch|diskussion|"
    r"podiumsdiskussion|workshop|masterclass|konzert|ausstellung|empfang|preisverleihung|"
    r"eröffnungsfeier|festivalparty)\b|강연|토크|대담|전시|공연|시상식|관객과의\s*(?:대화|만남)|"
    r"(?:opening\s+|closing\s+)?(?:reception|drinks|party|q\s*&\s*a|panel(?:\s+discussion)?|"
    r"talk|awards?(?:\s+ceremony)?|break|lunch|dinner)$)",
    re.IGNORECASE,
)
#: ``리터니 (Returnee)``: a Korean title, its English one in parentheses.
_HANGUL_THEN_LATIN = re.compile(
    r"(?P<ko>[^()]*[\uac00-\ud7a3][^()]*?)\s*\((?P<en>[A-Za-z][^()\uac00-\ud7a3]*)\)"
)
#: ``On The Road One Day 2006``: an other title in Latin letters with the year after it.
_OTHER_YEAR = re.compile(r"(?<=[A-Za-z])\s+(?P<year>(?:19|20)\d{2})$")
#: ``(*지역 상영 가능 작품)`` after a title: a note, its footnote's mark first.
_NOTE_MARK = re.compile(r"^\s*[*※]")
#: ``이주노동자 영화제``, ``… Film Festival``: a festival's name.
_FESTIVAL_NAME = re.compile(r"(?:영화제|film\s*festival|filmfestival|filmfest)$", re.IGNORECASE)
#: ``Friedenspreis des Deutschen Films``, ``Audience Award for Best Documentary``: a
#: prize's name.
_PRIZE_NAME = re.compile(
    r"^(?:[A-ZÄÖÜ]\w*preis|(?:[\w'’-]+\s+){0,3}(?:award|prize))\s+(?:des|der|für|for|of)\s",
    re.IGNORECASE,
)
#: ``Best Film French (English subtitles)``: a prize's category on a film's line.
_PRIZE_CATEGORY = re.compile(
    r"^best\s+(?:[\w-]+\s+){0,2}?(?:film|documentary|short|feature|director|cinematography|"
    r"editing|screenplay|sound|music|animation)\b(?!\s+ever)",
    re.IGNORECASE,
)
#: ``A BBC Documentary``, ``A Tribe of Heart Documentary``, ``Produced & Directed``: a
#: credit line over or beside the title.
_CREDIT_LINE = re.compile(
    r"^(?:(?:an?|ein|eine)\s+(?:[\w&'’.-]+\s+){1,4}(?:documentary|film|production|"
    r"produktion|dokumentarfilm)|(?:produced|written|directed|edited|filmed)"
    r"(?:\s*(?:&|and|,)\s*(?:produced|written|directed|edited|filmed))*(?:\s+by)?)$",
    re.IGNORECASE,
)
#: ``Preceded by the film “Flooded with You”``, ``Followed by …``: a film shown with
#: another, named in a remark, its title not sure.
_SHOWN_WITH = re.compile(
    r"^(?:preceded|followed|accompanied)\s+by\b|^(?:shown|screens|screening)\s+with\b|"
    r"^(?:vorfilm|im\s+vorprogramm)\b",
    re.IGNORECASE,
)
#: ``Spring 2018 Season``, ``2020 Spring Cinema Series``, ``Festival Schedule 2022``,
#: ``Monthly Screenings``, ``Documentaries block``: the page's programme or season.
_PROGRAMME_HEADING = re.compile(
    r"^(?:(?:spring|summer|autumn|fall|winter|monthly|weekly|festival|"
    r"(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?)\s+)+(?:(?:cinema|film|movie|documentary|doc)s?\s+)?"
    r"(?:season|series|schedule|screenings|programme|program|line-?up)"
    r"(?:\s+(?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?)?$|"
    r"^(?:documentar(?:y|ies)|shorts?|features?)\s+(?:block|programme|program|session)$|"
    r"^(?:(?:19|20)\d{2}\s+)?(?:films|filme)\s+[a-z]\s*[-–]\s*[a-z]$|"
    r"\bthis\s+season['’]s\s+films\b",
    re.IGNORECASE,
)
#: ``Hot Docs reveals full lineup for …``: a news item's headline about a programme.
_HEADLINE = re.compile(
    r"\b(?:reveals|announces|unveils|releases|enthüllt|verkündet)\b.*"
    r"\b(?:line-?up|programme|program|selection|films|programm)\b",
    re.IGNORECASE,
)
#: ``Screening in the presence of director …``, ``Screenings followed by Q&A …``,
#: ``Discussant: NAME``: what comes with a showing.
_REMARK = re.compile(
    r"^(?:screenings?|vorführung(?:en)?|showing)\s+(?:in\s+the\s+presence|in\s+anwesenheit|"
    r"followed|gefolgt|with|mit)\b|"
    r"^(?:discussant|moderator(?:in)?|moderation|host(?:ed\s+by)?|introduced\s+by|"
    r"intro(?:duction)?\s+by|einführung|panelists?)\s*[:：]?\s|"
    # ``Gast: Fradique``, ``Special guest: NAME``: who comes to the showing
    r"^(?:gast|gäste|zu\s+gast|guests?|special\s+guests?)\s*[:：]\s*\S",
    re.IGNORECASE,
)
#: ``Tickets available HERE``, ``No trailer available.``: a booking or media widget's text.
_TICKETS = re.compile(
    r"\b(?:tickets?|trailer|karten)\b.{0,20}\b(?:available|here|hier|erhältlich|buy|kaufen)\b",
    re.IGNORECASE,
)
#: ``R+B: Mike White.``, ``R,B: Christian Petzold. BV: …``: German credit labels.
_CREDIT_LABELS = re.compile(r"^(?:R|B|K|M|S|BV|D)(?:\s*[+,/]\s*(?:R|B|K|M|S|BV|D))*\s*:\s")
#: ``de Lise Baron et Timo Ebermann``: a French byline.
_FRENCH_BYLINE = re.compile(r"^de\s+[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+)+(?:\s+et\s|$)")
#: ``19 wins and 38 nominations``: a film's count of prizes.
_AWARD_COUNT = re.compile(r"\b\d+\s+(?:wins?|nominations?|awards?|preise)\b", re.IGNORECASE)
#: ``ZUM 30. JUBILÄUM DES FILMS``: an anniversary the showing marks.
_ANNIVERSARY = re.compile(r"\b(?:jubiläum|anniversary|jahrestag)\b", re.IGNORECASE)
#: ``Live only –``, ``Sneak preview –``, ``#18 -``: a line that stops at a dash.
_DANGLING_DASH = re.compile(r"\s[–—-]\s*$")
#: ``Anomalies, Rita Quelhas (PT) 47’``: a line ending in a runtime.
_ENDS_IN_RUNTIME = re.compile(r"\s\d{1,3}\s*(?:['’′]|min\.?|mins|minutes|minuten)$", re.I)
#: Two names of two words or three joined by ``and`` at the end of a longer title.
_ENDS_IN_MAKERS = re.compile(
    r"\s(?P<a>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})\s+(?:and|&)\s+"
    r"(?P<b>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})$"
)
#: ``needs most: her mother.``: a line opening in lower case and closing a sentence.
_LOWER_SENTENCE_END = re.compile(r"[a-zà-ÿ][^.!?]*\s[^.!?]*[a-zà-ÿ][.!?]")
#: ``Doris’s Sunday Matinee``, ``Thursday Film Night``: a series' regular slot.
_SLOT_NAME = re.compile(
    r"(?:(?:sunday|saturday|weekend|morning|afternoon)\s+matinee|\b(?:film|movie|cinema)\s+night)$",
    re.IGNORECASE,
)
#: ``Keep reading for a complete list of films. Hounded``: a sentence, then a title.
_SENTENCE_BEFORE = re.compile(r"\s[a-z]{3,}[.!?]\s+[A-Z]")
#: ``21회 서울장애인인권영화제 선정작``: a festival's name, then the word for its
#: selected (shown, invited, entered) films: the heading of its list.
_SELECTION_HEADING = re.compile(r"영화제\s*(?:선정작|상영작|초청작|출품작)")
#: ``List of Films``, ``Film List``, ``Filmliste``, ``상영작 목록``: the heading of a list of
#: films.
_LIST_HEADING = re.compile(
    r"^(?:(?:the\s+)?list\s+of\s+(?:the\s+)?(?:films|movies|screenings)|films?\s*list|"
    r"filmliste|liste\s+der\s+filme|상영작\s*목록|작품\s*목록)$",
    re.IGNORECASE,
)
#: A maker's degree and class year in parentheses (``(M.F.A., dramatic writing, 2019)``,
#: ``(B.F.A. 2021)``, ``(class of 2019)``).
_DEGREE_IN_PARENS = re.compile(
    r"\((?P<inside>[^()]*\b(?:[MB]\.?\s?F\.?\s?A|[MB]\.\s?A|M\.\s?S|Ph\.\s?D|MFA|BFA|"
    r"class\s+of)\b[^()]*)\)"
)
#: ``production-year = "2024"``: a key and its value in a site's data file (TOML front
#: matter), no title.
_ASSIGNMENT = re.compile(r"[A-Za-z][\w-]*\s*=\s*[\"'\[\d]")
#: ``18: Last Men in Aleppo``: an hour whose minutes the capture lost, then the title.
_CUT_TIME = re.compile(r"(?:[01]\d|2[0-3]):\s+\S")
_SLASH_DIRECTOR = re.compile(r"\s/\s*(?:director|dir\.|directed\s+by|regie|감독)\s", re.IGNORECASE)
#: A title ending in a small word in small letters (``Searching for Sugarman on``): the
#: line was cut, or runs on into the next.
_DANGLING_WORD = re.compile(r"\w\s+(?:a|an|the|of|on|for|to|with|and|at|by|from|in)$")
#: ``Back to Program Overview »``, ``Zurück zur Übersicht``: a link of the site's
#: navigation (``Back to the Fatherland`` is a film).
_NAVIGATION = re.compile(
    r"^[^«‹]*\s[»›]+\s*$|\btop\s+of\s+(?:the\s+)?page\b|^(?:back|return|go\s+back)\s+to\s+(?:the\s+)?(?:program(?:me)?s?|overview|"
    r"list(?:ing)?s?|events?|home|top|schedule|all|calendar|index)\b|"
    r"^zurück\s+(?:zu[rm]?\s+)?(?:übersicht|programm|startseite|liste|auswahl)\b",
    re.IGNORECASE,
)
#: ``MIFF 2017 Audience Award Second Place``: a festival's year, then its prize.
_PRIZE_WON = re.compile(
    r"\b(?:19|20)\d{2}\s+(?:[\w'’&-]+\s+){0,3}?(?:awards?|prize|preis|winner|gewinner(?:in)?)\b"
    # ``Winner Art & Culture Award, DocAviv Film Festival``: the prize, then the festival
    r"|^(?:winner|gewinner(?:in)?|nominee|nominated)\b[^,]{0,60}\b(?:awards?|prize|preis)\s*,"
    r"[^,]{0,60}\b(?:festival|fest|filmfest)\b",
    re.IGNORECASE,
)
#: ``troublethewaterphoto02w``, ``14w``: one word of small letters and digits, a
#: picture's name or a size (``1917`` alone is a title).
_PICTURE_TOKEN = re.compile(
    r"[a-z0-9_-]*(?:photo|image|img|pic|poster|still|thumb)[a-z0-9_-]*\d[a-z0-9_-]*|\d{1,4}[a-z]"
)
#: ``FREE``, ``Eintritt frei``: what a showing costs, where a title would stand.
_ADMISSION_WORD = re.compile(
    r"free(?:\s+admission|\s+entry)?|admission\s+free|eintritt\s+frei|gratis|kostenlos|무료",
    re.IGNORECASE,
)
#: ``<영화 시간표>``, ``상영 일정``: the label over a timetable.
_TIMETABLE_LABEL = re.compile(r"(?:영화\s*)?(?:상영\s*)?(?:시간표|일정표?|안내)")
#: ``온라인 생중계``, ``Livestream``: how a showing is given.
_HOW_SHOWN = re.compile(
    r"(?:온라인|오프라인)?\s*(?:생중계|라이브|스트리밍)|(?:online\s+)?(?:livestream|live\s+stream)",
    re.IGNORECASE,
)
#: ``10/05 Chicago Boys``: a day in an order the reader does not read, before the title.
_DAY_FIRST = re.compile(
    r"^\d{1,2}/\d{1,2}\s+\S|^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}/\d{1,2}\b",
    re.IGNORECASE,
)
#: ``Q&A with Sean Ender``, ``Talk with the director``: a talk with a guest, no film
#: (``Talk to Her`` is one).
_TALK_WITH = re.compile(
    r"^(?:q\s*&\s*a|talk|discussion|panel|gespräch|filmgespräch|diskussion)\s+(?:with|mit)\s+\S",
    re.IGNORECASE,
)
#: A kind of event printed where a maker would stand (``“…” with 영영 (사유회)``).
_EVENT_KIND = re.compile("|".join(KOREAN_TALKS) + r"|GV|Q\s*&\s*A|talk|panel", re.IGNORECASE)
#: A Korean particle opening the text (``를 주제로 했고, 8월에는``): what stands between the
#: closing quotation mark of one title and the opening one of the next.
_PARTICLE_FIRST = re.compile(
    r"^(?:을|를|은|는|이|가|와|과|의|에|에는|에서|으로|로|도|만|이란|란)[\s,]"
)
_BRACKETS = (("(", ")"), ("[", "]"), ("<", ">"), ("《", "》"), ("「", "」"), ("『", "』"))
#: Words no personal name holds, written in lower case (particles such as ``van`` or
#: ``de`` are allowed), and articles no name starts with (``In`` and ``An`` are Korean
#: names, so only these).
_NOT_IN_NAMES = frozenset(
    "a an the of in on at to for from with by is are my your our this that "  # noqa: SIM905
    "ein eine einer eines im am zum zur vom mit über ist".split()
)
_ARTICLES = frozenset(["The", "A", "Der", "Das", "Ein", "Eine"])
_SENTENCE_END = re.compile(r"[.!?]['’\"”]?$")  # not ``(… It?)``: a title's own part

#: Words of a page's structure, never a film's title by themselves.
_STRUCTURE_WORDS = frozenset(
    unicodedata.normalize("NFKC", w).casefold()
    for w in (  # noqa: SIM905
        "home|menu|search|login|news|press|presse|about|about us|über uns|contact|kontakt|"
        "break|intermission|interval|pause|휴식|"
        "imprint|impressum|info|infos|information|informationen|tickets|ticket|programme|"
        "program|programm|programmes|the programme|das programm|full programme|schedule|"
        "timetable|spielplan|screenings|vorführungen|termine|films|filme|all films|"
        "alle filme|line-up|lineup|selection|official selection|highlights|events|"
        "veranstaltungen|festival|archive|archiv|share|teilen|read more|mehr|weiterlesen|"
        "weitere informationen|mehr informationen|more information|further information|"
        "other information|additional information|event information|practical information|"
        "dokumentarfilme|dokumentarfilm|documentaries|kurzfilme|spielfilme|"
        "when|where|venue|guests|moderator|location|"
        "일시|장소|내용|게스트|모더레이터|사회|문의|관람료|상영관|"
        "more|back|zurück|synopsis|credits|trailer|trailers|previews|gallery|galerie|"
        "opening film|closing film|"
        "eröffnungsfilm|abschlussfilm|film d'ouverture|film de clôture|avant-première|"
        "opening night|closing night|mini-doc|feature|short|shorts|short film|"
        "preview|special screening|special screenings|sondervorführung|개막작|폐막작|"
        "films in program|films in programme|films in this program|films in this programme|"
        "filme im programm|items in this selection|films in this selection|"
        "feature films|short films|documentary films|documentary features|documentary shorts|"
        "features|사진|포스터|스틸컷|스틸|photo|foto|poster|bild|films a-z|a-z|films a to z|"
        "films in this section|in this selection|in this programme|in this program|"
        "홈|메뉴|뉴스|공지사항|"
        "프로그램|상영작|상영작 소개|상영시간표|시간표|일정|티켓|예매|영화제|더보기|목록|이전|다음"
    ).split("|")
)
_WEEKDAYS_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "  # noqa: SIM905
    "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag "
    "january february march april may june july august september october november december "
    "januar februar märz juni juli oktober dezember "
    "월요일 화요일 수요일 목요일 금요일 토요일 일요일".split()
)


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\"'“”‘’«»„<>《》「」『』().,:;!?·|–—-]+", " ", text).strip()


_STRUCTURE_KEYS = frozenset(_key(w) for w in _STRUCTURE_WORDS)


def _country_code(text: str) -> bool:
    """``CZ``, ``D/F``: a catalogue's country codes alone; or countries' names between
    slashes, one at most not known (``France/Burkina Faso/Benin/Germany``)."""
    parts = re.split(r"\s*[,/]\s*", text.strip())
    if all(p in CATALOGUE_CODES for p in parts):
        return True
    named = sum(country_of(p) is not None for p in parts)
    return "/" in text and len(parts) >= 3 and named >= len(parts) - 1


def _strong(film: FilmRecord) -> bool:
    """A director and another field: a title over them is the page's film, whatever it reads."""
    others = (film.year, film.runtime, film.countries, film.screenings, film.original_title)
    return bool(film.directors) and any(others)


def _has_fields(film: FilmRecord) -> bool:
    """A director, a year, a runtime or a country: the header of a film."""
    return bool(film.directors or film.year or film.runtime or film.countries)


#: The language a showing is in, on a line of its own (``In English``, ``Auf Deutsch``,
#: ``In Hebrew with English subtitles``).
_LANGUAGE_NOTE = re.compile(
    r"(?:in|auf)\s+(?:english|englisch|german|deutsch|korean|koreanisch|french|französisch|"
    r"spanish|spanisch|italian|italienisch|hebrew|hebräisch|arabic|arabisch|"
    r"original\s+(?:language|version)|originalsprache)(?:\s+(?:with|mit)\s+.{2,40})?",
    re.IGNORECASE,
)
#: Where tickets are sold, named where a title would stand (links run together by a
#: capture: ``Fringe Box OfficeArt-mate``).
_BOX_OFFICE = re.compile(r"\bbox\s*office|\bticket(?:s|ing)?\s+(?:office|outlet)s?\b", re.I)
#: A crew's credit opening a line: ``Prod.``, ``Production:``, or labels of crafts before
#: a colon (``Location, Regie, Produktion: Berlin``).
_CREW_CREDIT = re.compile(
    r"(?:prod\.|production\s*:|produktion\s*:|"
    r"(?:[\w-]+,\s*){1,4}(?:regie|produktion|buch|kamera|schnitt|director|producer)\s*:)",
    re.IGNORECASE,
)
#: What is added to a showing, standing alone (``+ Q&A``, ``+ after-screening reception``).
_ADDED_ONLY = re.compile(
    r"(?:\+\s*(?:q\s*&\s*a|q\s+and\s+a|[\w-]*\s*reception|discussion|panel|talk|"
    r"(?:film)?gespräch|publikumsgespräch)|q\s*&\s*a)[\s︎️]*",
    re.IGNORECASE,
)
#: ``Irish Production Company Fastnet Films``, ``Production company: NAME``: a credit.
_COMPANY_CREDIT = re.compile(
    r"(?:[\w-]+\s+){0,2}(?:production\s+compan(?:y|ies)|produktionsfirma|제작사)\b", re.IGNORECASE
)
#: ``2018 Film Festival Film Summaries``, ``Film Synopses``: a heading over the entries.
_SUMMARIES_HEADING = re.compile(r"\bfilm\s+(?:summaries|synopses|descriptions)\s*$", re.IGNORECASE)
#: ``Begrüßung und Einführung: Johannes Frey``, ``Introduction: NAME``: who welcomes the
#: audience or introduces the film, a line of the showing's, no title.
_INTRODUCED = re.compile(
    r"(?:begrüßung|begrüssung|einführung|moderation|introduction|introduced\s+by|welcome|"
    r"intro)(?:\s+(?:und|and|&)\s+(?:begrüßung|begrüssung|einführung|moderation|"
    r"introduction|welcome))?\s*(?:durch|by|von)?\s*:",
    re.IGNORECASE,
)
#: ``1부: 영화 상영``, ``2부: 관객과의 대화``: an event's parts, numbered.
_EVENT_PART = re.compile(r"\d{1,2}\s*부\s*[:：]")
#: A notice's labelled field where a title would stand (``주소 …`` an address, ``일시``
#: its time, ``장소`` its place).
_FIELD_LABEL_FIRST = re.compile(
    r"(?:주소|장소|일시|대상|참가비|문의|신청|address|adresse|anschrift)(?:\s*[:：]|\s)",
    re.IGNORECASE,
)
#: A still's caption: a title, then what the picture is (``Statue Island video still``).
_STILL_CAPTION = re.compile(
    r"\s(?:video|film|production|movie)\s+stills?$|\s(?:스틸컷|스틸)\s*\d*$|^screen\s?shot\b|"
    # ``Filmstill Little Miss Neukölln``: a picture's caption naming its film
    r"^(?:film\s?stills?|szenenbild|standbild)\b",
    re.IGNORECASE,
)
#: A premiere's flag: a place or a reach, then the word (``NY Premiere``).
_PREMIERE_FLAG = re.compile(
    r"(?!(?:the|a|an|die|der|das)\b)[\w.-]+(?:\s[\w.-]+)?\s+"
    r"(?:premiere|première|premiere\s+screening|uraufführung|erstaufführung|premiere)",
    re.IGNORECASE,
)
#: A crew's role alone (``Photographer``, ``Director``, ``Producer``).
_ROLE_WORD = re.compile(
    r"(?:photographer|director|producer|editor|composer|cinematographer|writer|"
    r"screenwriter|moderator|regisseur(?:in)?|produzent(?:in)?|kamera|schnitt|"
    r"감독|촬영|편집|프로듀서)s?",
    re.IGNORECASE,
)
#: A prize's name for the best in a kind (``Bester Spielfilm``, ``Best Documentary
#: Feature``).
_BEST_PRIZE = re.compile(
    r"(?:best(?:e[rns]?)?|meilleur(?:e)?|mejor)\s+(?:\w+\s+)?"
    r"(?:\w*film|documentary|documentaire|feature|short|director|regie|debut)",
    re.IGNORECASE,
)
#: A label of the cast, or a kind of film as a label, opening a line (``Leads: NAME, NAME``,
#: ``Cast:``, ``Darsteller:``, ``출연:``, ``Naturfilm: 52 Minuten``): a credit or a field.
_CAST_OR_KIND_LABEL = re.compile(
    r"(?:leads?|cast|starring|featuring|darsteller(?:innen)?|besetzung|mit|출연|"
    r"\w*film|dokumentation|documentary|doku|type|film\s+type|genre)\s*:\s",
    re.IGNORECASE,
)
#: A house and one of its rooms (``Columbia Public Library, Friends Room``): a venue.
#: ``Regal Cinema, North Brunswick``, ``Rutgers Business SchoolNew Brunswick`` (the
#: capture glued the lines): a house, then its town.
_HOUSE_AND_TOWN = re.compile(
    r"[^,]{0,50}?(?i:cinemas?|theat(?:re|er)s?|kino|school|library|museum|cent(?:re|er)|"
    r"auditorium)(?:\s*,\s*|(?=[A-Z]))[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"
)
_HOUSE_AND_ROOM = re.compile(
    r"[^,]{2,60}(?:\b(?:library|museum|center|centre|college|university|school|church|"
    r"theat(?:re|er)|cinema)|kino|bibliothek|bücherei|gemeindehaus)\s*,\s*"
    r"[^,]{0,40}(?:\b(?:room|hall|auditorium|theat(?:re|er)|studio|gallery)|saal|raum)"
    r"(?:\s+\d{1,2})?",
    re.IGNORECASE,
)
#: A cinema and its screen's number (``Leokino 2``, ``Kino 1``, ``Cinema 3``, ``Screen 2``).
_VENUE_SCREEN = re.compile(
    r"(?:[\w-]*(?:kino|saal|halle)|cinema|cinéma|theat(?:er|re)|screen)\s*\d{1,2}", re.IGNORECASE
)


#: ``filmmaker Jen Senko``, ``directed by NAME``, ``Regisseurin NAME``: a maker named in text.
_MAKER_NAMED = re.compile(
    r"\b(?:filmmaker|film-maker|director|directed\s+by|regisseur(?:in)?|regie:?)\s+"
    r"(?P<name>(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}))",
    re.IGNORECASE,
)
#: ``Frei ab 12 Jahren``, ``FSK 16``, ``ab 6 J.``: an age rating on a line of its own.
_AGE_RATING = re.compile(
    r"(?:frei\s+)?ab\s+\d{1,2}(?:\s+(?:jahren|j\.))?|fsk\s*:?\s*(?:ab\s+)?\d{1,2}",
    re.IGNORECASE,
)
#: ``Films shown in 2017``, ``Filme gezeigt 2019``: a heading over a year's films (``Films
#: 2019`` is a word of the page's structure).
_YEARS_FILMS = re.compile(
    r"(?:films?|filme)\s+(?:shown|screened|gezeigt)\s+(?:in\s+|im\s+jahr\s+)?(?:19|20)\d{2}",
    re.IGNORECASE,
)
#: ``4월 상영 영화``, ``이달의 상영작``, ``Filme im April``, ``This month's films``: the
#: heading of a period's films.
_PERIODS_FILMS = re.compile(
    r"(?:\d{1,2}\s*월|이달|이번\s*달|다음\s*달|이번\s*주|금주|오늘)\s*의?\s*"
    r"(?:상영\s*(?:영화|작품|작)|상영작|영화)(?:\s*(?:안내|소개|목록))?|"
    r"(?:filme|films?)\s+(?:im|in)\s+(?:januar|februar|märz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember|january|february|march|may|june|july|october|december)|"
    r"(?:this|next)\s+month'?s\s+films?|films?\s+(?:this|next)\s+month",
    re.IGNORECASE,
)
#: ``Year Presented: 2015``, ``Year Shown: 2016``: a labelled year, a field of the film.
_LABELLED_YEAR = re.compile(
    r"(?:[\w ]{0,20}\b(?:year|jahr)\b[\w ]{0,20}|\w*jahr)\s*:\s*(?:19|20)\d{2}", re.IGNORECASE
)
#: ``The Parade (Parada) @ North End Studios``: a calendar's title, then where it is shown.
_AT_VENUE = re.compile(r"\S\s+@\s+[A-ZÀ-Þ]")
#: ``2016 SA 6min``: a year, a country's code and a runtime, spaced, with no separator.
_YEAR_CODE_RUNTIME = re.compile(
    r"(?:19|20)\d{2}\s+[A-Z]{2,3}(?:\s*[/,]\s*[A-Z]{2,3})*\s+\d{1,3}\s*(?:min|mins|minutes|m)\.?",
)
#: ``Schwerpunkt – Protest und Film``, ``Focus: Women in Film``: a section's label, then
#: its name (the films of the focus stand under it).
_FOCUS_LABEL = re.compile(
    r"(?:schwerpunkt|fokus|focus|sektion|themenschwerpunkt)\s*[–—:-]\s*\S", re.IGNORECASE
)
#: ``YELLOW ROSE will screen on``: a title and the verb of the sentence announcing its
#: showing, the rest of the sentence cut off (a row's day and time after it).
_WILL_SCREEN = re.compile(
    r".+\s(?:(?:will\s+(?:screen|be\s+(?:shown|screened))|is\s+screening)(?:\s+(?:on|at))?|"
    r"screens\s+(?:on|at)|läuft\s+(?:am|um)|wird\s+(?:am\s+)?(?:gezeigt|vorgeführt))",
    re.IGNORECASE,
)
#: ``HBO PRESENTS``, ``Arsenal präsentiert``: who presents the film, over its title.
_PRESENTER = re.compile(
    r"(?:[\w&.'’-]+\s+){1,5}(?:presents|präsentiert|präsentieren|in\s+association\s+with)\s*:?",
    re.IGNORECASE,
)
#: ``The 50 Year Argument - 214``: a number set apart by dashes after the title (the page's
#: ``Title - YEAR - Country``, its year misprinted), a field run into the title.
_DASHED_NUMBER = re.compile(r".+\s[-–—]\s\d{1,4}")
#: ``Farrewell Mr HaffmannJewish Film Series: …``: a title run into a series' label (the
#: capture glued two lines), where the film's title begins is not sure.
_GLUED_SERIES = re.compile(
    r"[a-z][A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3}\s+(?i:film\s*series)\s*:"
)
#: ``by NAME``: a credit line under a title (a lower-case ``by`` before a capitalised name,
#: names the reader does not part, ``NAME e NAME``), no other title.
_CREDIT_BY = re.compile(r"(?-i:by|von)\s+[A-ZÀ-Þ][\w’'-]+\s+[A-ZÀ-Þa-z]")


def title_problem(
    film: FilmRecord, *, festival: str | None = None, sections: Iterable[str] = ()
) -> str | None:
    """Why the film's title cannot be a title, or None if it can."""
    title = film.title.strip()
    key = _key(title)
    if re.fullmatch(r"[(\[].*[)\]]", title):
        return "it is a remark in parentheses"
    if _NOT_YET.search(title):
        return "it says that something is to come"
    if LABEL_OVER_FIELDS.fullmatch(title):
        return "it labels the film's fields (Film Info, Details)"
    if _OUTLINE_HEADING.match(title):
        return "it is a numbered heading of the page (information on what follows)"
    if key in SMALL_WORDS and not _strong(film):
        return "it is a small word"
    if film.conflicts >= 2:
        return "its block gives several years or runtimes: it holds more than one film"
    parts = re.split(r"\s+/\s+", title)
    if _NUMBERED_PART.match(title) or (
        len(parts) > 1
        and _NUMBERED_PART.match(parts[0])
        and all(read_part(Meta(), p) for p in parts[1:])
    ):
        return "it numbers a part of the programme"  # (``섹션2 / 전체관람가``: and its rating)
    if _NUMBERED_PROGRAMME.match(title) or any(
        _SESSION_PART.fullmatch(p.strip()) for p in re.split(r"\s+[/|]\s+", title)[1:]
    ):
        # (``DOCUMENTARY SHORT FILM AWARDS / SESSION 2``: a programme's session)
        return "it names a numbered programme of the festival, not a film"
    if _VENUE_SCREEN.fullmatch(title):
        return "it names a cinema and its screen"  # ``Leokino 2`` over the title
    if _AGE_RATING.fullmatch(title):
        return "it is an age rating"  # ``Frei ab 12 Jahren``
    if _YEARS_FILMS.fullmatch(title):
        return "it heads a year's films"  # ``Films shown in 2017``
    if _PERIODS_FILMS.fullmatch(title):
        return "it heads a month's or a week's films"  # ``< 4월 상영 영화 >``
    if _AT_VENUE.search(title):
        return "it runs a venue into the title after '@': where the title ends is not sure"
    if _PRESENTER.fullmatch(title):
        return "it names who presents the film"  # ``HBO PRESENTS`` over the title
    if _FOCUS_LABEL.match(title):
        return "it names a section of the programme"  # ``Schwerpunkt – Protest und Film``
    if _WILL_SCREEN.fullmatch(title):
        return "it is a sentence announcing the showing"  # ``YELLOW ROSE will screen on``
    if _DASHED_NUMBER.fullmatch(title):
        return "it ends in a number set apart by a dash: a field, not sure"
    if _GLUED_SERIES.search(title):
        return "it runs a title into a series' label"  # ``… HaffmannJewish Film Series: …``
    if _HOUSE_AND_TOWN.fullmatch(title):
        return "it names a house and its town"  # ``Regal Cinema, North Brunswick``
    if _HOUSE_AND_ROOM.fullmatch(title):
        return "it names a house and its room"  # ``Columbia Public Library, Friends Room``
    if _LANGUAGE_NOTE.fullmatch(title):
        return "it says the language it is shown in"  # ``In English``
    if _BOX_OFFICE.search(title):
        return "it names where tickets are sold"  # ``Fringe Box OfficeArt-mate``: links
    if _ADDED_ONLY.fullmatch(title):
        return "it is an event added to a showing"  # ``+ Q&A (60 mins)`` under the films
    if _EVENT_PART.match(title):
        return "it numbers a part of the event"  # ``1부: 영화 상영(105분)``
    if _CREW_CREDIT.match(title):
        return "it is a credit of makers"  # ``Prod. AGAT Films (NAME)``, ``Location, Regie, …:``
    if KOREAN_SENTENCE.search(title):
        return "it is a sentence"  # ``개·폐막 행사는 규모를 줄여 … 진행한다.``
    if _STILL_CAPTION.search(title):
        return "it is a picture's caption"  # ``Lewiston video still`` over the fields
    if LINK_LINE.fullmatch(title):
        return "it is a link's or a button's text"  # ``More info``, ``예매바로가기``
    if _PREMIERE_FLAG.fullmatch(title):
        return "it flags a premiere"  # ``NY Premiere``, ``Galician premiere``
    if _ROLE_WORD.fullmatch(title):
        return "it names a role"  # ``Photographer`` over a name
    if _BEST_PRIZE.fullmatch(title) and not _strong(film):
        return "it names a prize"  # ``Bester Spielfilm``, ``Best Documentary``
    if _CAST_OR_KIND_LABEL.match(title):
        return "it is a labelled credit or field"  # ``Leads: A, B``, ``Naturfilm: 52 Minuten``
    if _LIST_NUMBER.match(title):
        return "it opens with a list's number: an item or a part of a numbered list"
    if _YEAR_AT_END.search(title) and film.year is None and (film.runtime or film.countries):
        return "it ends in a year that may be the film's, printed after its title"
    if _SLASH_DIRECTOR.search(title):
        # ``Stranger Than Fiction / Director Jo Lewis``: a strand's name or the title
        # before the director's label, which is not sure
        return "it holds a director's label after a slash"
    if _DANGLING_DASH.search(title):
        return "it ends in a dash: a piece of a longer line"
    if title.endswith(","):
        return "it ends in a comma: a piece of a longer line"  # ``Senegal 2017, NAME,``
    if _LOWER_SENTENCE_END.fullmatch(title):
        return "it is the end of a sentence: a wrapped line of running text"  # ``needs most.``
    if _ASSIGNMENT.match(title):
        return "it is a line of a data file (key = value)"  # ``production-year = "2024"``
    if _CUT_TIME.match(title):
        return "it opens with a time cut short: a row's, not a title"  # ``18: Last Men …``
    if not any(c.isalnum() for c in title):
        return "it has no letter or digit"  # ``(``, ``–``: a piece of punctuation
    if not any(c.isalpha() for c in title):
        return None if _strong(film) else "it has no letter"  # ``1917`` with its fields
    if len(title) > 160:
        return "it is a paragraph"
    if title[0] in "▲※":
        return "it is a picture's caption or a note"
    if _PARTICLE_FIRST.match(title):
        return "it starts with a particle: it is the text between two quotations"
    if festival and len(_key(festival)) >= 4 and _key(festival) in key and key != _key(festival):
        return "it names the festival"
    if _WEB.search(title):
        return "it is a web or e-mail address"
    if any(title.count(a) != title.count(b) for a, b in _BRACKETS):
        return "its brackets do not pair (a piece of a longer line)"
    if title.count('"') % 2 or title.count("„") > title.count("“") + title.count("”"):
        return "its quotation marks do not pair (a piece of a longer line)"
    if _DANGLING_WORD.search(title) and len(title.split()) >= 3 and not _strong(film):
        # ``Searching for Sugarman on``; two words are a verb and its particle (``Play on``)
        return "it ends in a small word: a piece of a longer line"
    if _PARTNER.match(title) or _FUNDED.search(title):
        return "it credits a partner"
    if title.endswith((":", "：")):
        return "it ends in a colon: it labels what follows"
    if prints_date_or_time(title):
        return "it holds a date or a time"
    month_year = re.fullmatch(r"(?P<month>[^\W\d_]{3,9})\.?\s+(?:19|20)\d{2}", title)
    if month_year is not None and month_of(month_year["month"]) is not None:
        return "it names a month"  # ``Oktober 2013``: the month's heading
    foreign = _FOREIGN_DAY.fullmatch(title)
    if foreign is not None and foreign["month"].casefold() in _FOREIGN_MONTHS:
        return "it is a day in another language"
    if (
        _FESTIVAL_EDITION.match(title)
        or _NAME_AND_YEAR.fullmatch(title)
        or _NUMBERED_EDITION.search(title)
    ):
        return "it names a festival's edition"
    if _STILL.search(title):
        return "it captions a picture (a still of the film)"
    if _FESTIVAL_HEADLINE.match(title):
        return "it is a headline about a festival"
    if _hangul_names(title):
        return "it lists makers' names written in Hangul"
    listed = split_names(title) if "," in title else ()
    if len(listed) >= 3 and all(looks_like_name(n) and not n.isupper() for n in listed):
        return "it lists people's names (a cast)"
    if re.search(r"[\uac00-\ud7a3]", title) and _KOREAN_PLACE.search(title):
        return "it names a place (a hall, a floor of a building)"
    if re.search(r"\S\s{3,}\S", film.title):
        return "its parts stand apart with a column gap (cells of a row)"
    if any(STREET_ADDRESS.fullmatch(p.strip()) for p in re.split(r"[,()]", title)[1:]):
        return "it names a place by its street address"
    if title.casefold() in _HTML_TAGS:
        return "it is a tag of the web page's markup"
    if re.search(r"[\uac00-\ud7a3]", title) and _KOREAN_CREDIT.search(title):
        return "it credits a person (a role and a name)"
    if _MONEY.search(title):
        return "it names a sum of money (a prize's)"
    if re.search(r"[\uac00-\ud7a3]", title) and re.search(r"감독의|감독\s", title):
        return "it holds a maker's credit (a piece of a Korean sentence)"
    if re.search(r"[\uac00-\ud7a3]", title) and "," in title and len(title.split()) >= 7:
        return "it runs on into the sentence (a quotation mark left open?)"
    if _BOOK_CALL.match(title):
        return "it is a call to book"
    if _SHOWING_NOTE.match(title):
        return "it notes something about the showing (guests, jury, languages)"
    if _KIND_WITH_EXTRA.match(title):
        return "it says what the showing is (a kind of film and what comes with it)"
    if _KIND_OF_SLOT.match(title):
        return "it names a kind of slot in the programme, not a film"
    if FILE_NAME.search(title):
        return "it is a file's name (a picture's)"
    if re.search(r"\s\|(?:\s|$)|\S\|\s", title):  # ``… Documentary| 60 min.`` too
        return "its parts stand apart with a bar: which of them is the title is not sure"
    if field_only(title) is not None or _country_code(title) or _YEAR_CODE_RUNTIME.fullmatch(title):
        return "it is a line of fields"  # (``2016 SA 6min``: a year, a country's code, a length)
    opening = Meta()  # ``Senegal 2017, NAME, …``: a line of fields
    if (
        "," in title
        and read_part(opening, title.split(",")[0])
        and opening.countries
        and opening.year is not None
    ):
        return "it opens with a country and a year: a line of fields"
    if _ENDS_IN_RUNTIME.search(title) and "," in title:
        return "it ends in a runtime after its makers: a line of fields"  # ``A, NAME (PT) 47’``
    if _LABELLED_YEAR.fullmatch(title):
        return "it is a labelled year"  # ``Year Presented: 2015``
    if _SERIES_NAME.match(title):
        return "it names a series of films"
    if _TOTAL_RUNTIME.match(title):
        return "it gives a programme's running time"
    if (
        _LABEL.match(title)
        or DIRECTOR_LABEL.match(title)
        or CREW_LABEL.match(title)
        or SECTION_LABEL.match(title)
    ):
        return "it is a labelled field"
    byline = _BYLINE.match(title)
    names = split_names(byline["name"]) if byline else ()
    if names and all(looks_like_name(n) for n in names):
        return "it is a byline"
    if _PICTURE_CREDIT.match(title):
        return "it credits a picture"
    if re.match(r"\([^()]+\)\s+\S", title):
        return "it opens with a remark in parentheses"
    trailing = _TRAILING_BYLINE.search(title)
    if trailing and all(looks_like_name(n) for n in split_names(trailing["names"])):
        return "it ends in its maker's byline"
    if len(title.split()) >= 8 and _SENTENCE_END.search(title):
        return "it is a sentence"
    undated = re.sub(r"^(?:19|20)\d\d\b\s*|\s*\b(?:19|20)\d\d$", "", key)  # ``Films 2019``
    if key in _STRUCTURE_KEYS or undated in _STRUCTURE_KEYS or key in _WEEKDAYS_MONTHS:
        return "it is a word of the page's structure"
    parts = [_key(p) for p in re.split(r"\s*(?:&|\+|/|,|\bund\b|\band\b)\s*", title) if p]
    if len(parts) >= 2 and all(p in _STRUCTURE_KEYS for p in parts):
        return "it is a word of the page's structure"  # ``Trailer & Info``: links' text
    if _INTRODUCED.match(title):
        return "it names who introduces the showing"  # ``Begrüßung und Einführung: NAME``
    if _COMPANY_CREDIT.match(title):
        return "it credits a production company"  # ``Irish Production Company NAME``
    if _SUMMARIES_HEADING.search(title):
        return "it heads the films' summaries"  # ``2018 Film Festival Film Summaries``
    if festival and key == _key(festival):
        return "it is the festival's name"
    if any(key == _key(name) for name, _ in film.directors):
        return "it is the director's name"
    if any(s.venue and key == _key(s.venue) for s in film.screenings):
        return "it is the venue's name"
    if not _strong(film) and is_section_heading(title, list(sections)):
        return "it is a section heading"
    if not _strong(film) and _WIDGET.search(title):
        return "it is a part of the web page (a widget or a network)"
    if not _strong(film) and _PLACE.search(title):
        return "it names a place (a cinema, a hall)"
    if _NAVIGATION.search(title):
        return "it is a link of the site's navigation"
    if _HEADLINE.search(title):
        return "it is a news headline"
    if _PROGRAMME_HEADING.search(title) or PROGRAMME_COMPOUND.fullmatch(title):
        return "it names the page's programme or season, not a film"
    if _REMARK.match(title) or _TICKETS.search(title):
        return "it is a remark on the showing"
    if _CREDIT_LABELS.match(title) or _FRENCH_BYLINE.match(title):
        return "it is a credit of makers"
    if title.startswith("(") or _AWARD_COUNT.search(title) or _ANNIVERSARY.search(title):
        return "it is a remark on a film, not its title"

    if _PRIZE_NAME.match(title) or _PRIZE_CATEGORY.match(title):
        return "it names a prize"
    if _FESTIVAL_NAME.search(title) and not _has_fields(film) and not film.screenings:
        return "it names a festival"  # (``나의 서울독립영화제``, a talk shown at a time, is kept)
    if title.startswith(("*", "※")):
        return "it is a note (a footnote's mark)"
    if _CREDIT_LINE.match(title):
        return "it credits the film's makers, it is no title"
    if _SHOWN_WITH.match(title):
        return "it says what is shown with another film"
    if _TALK_WITH.match(title):
        return "it announces a talk with a guest"
    if _PICTURE_TOKEN.fullmatch(title):
        return "it is a picture's name"
    if _ADMISSION_WORD.fullmatch(title):
        return "it says what the showing costs"
    if _TIMETABLE_LABEL.fullmatch(title):
        return "it labels the timetable"
    if KOREAN_BYLINE.fullmatch(title):
        return "it is a byline (a reporter's name)"
    if _HOW_SHOWN.fullmatch(title):
        return "it says how the showing is given"
    if _DAY_FIRST.match(title):
        return "it opens with a day (dd/mm or mm/dd), which is not read"
    if _PRIZE_WON.search(title):
        return "it names a prize won at a festival"
    if _EVENT_TITLE.match(title) and not _has_fields(film):
        return "it names an event (a talk, a reading), not a film"
    if any(_EVENT_KIND.fullmatch(name.strip()) for name, _ in film.directors):
        return "what stands as its maker is a kind of event (a talk): it names an event"
    if _MAKER_IN_TITLE.search(title):
        return "it holds a maker's credit (``Dir. NAME``)"
    tail = _LOWER_TAIL.fullmatch(title)
    if tail is not None and len(tail["head"].split()) >= 2 and tail["head"].isascii():
        return "its part after the dash is in small letters (a series' tag, or a subtitle?)"
    if _FIELD_LABEL_FIRST.match(title):
        return "it is a labelled field"  # ``주소 전북 전주시 …``: an address
    if _SLOT_NAME.search(title):
        return "it names a series' regular slot"  # ``Doris’s Sunday Matinee``
    if _SENTENCE_BEFORE.search(title):
        return "it runs a sentence into the title"  # ``… list of films. Hounded``
    if _SELECTION_HEADING.search(title):
        return "it heads the festival's list of selected films"
    if _LIST_HEADING.match(title):
        return "it heads the page's list of films"
    return None


def _director_problem(name: str, title: str) -> str | None:
    if read_part(Meta(), name):
        return "it is a field (a genre, a country, a format)"
    if any(c.isdigit() for c in name):
        return "it holds a digit"
    if _WEB.search(name):
        return "it is a web or e-mail address"
    if country_of(name) is not None:
        return "it is a country"
    if len(name.split()) > 6 or len(name) > 60:
        return "it is too long for a name"
    words = name.split()
    if any(word in _NOT_IN_NAMES for word in words) or words[0] in _ARTICLES:
        return "it holds a word no name holds"
    if len(_key(name)) > 3 and _key(name) in _key(title):
        return "it is a part of the title"
    if _LABEL.match(name) or CREW_LABEL.match(name) or DIRECTOR_LABEL.match(name):
        return "it is a labelled field"
    return None


_DURATION = re.compile(r"^PT(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+)S)?$")


def _runtime_problem(runtime: str) -> str | None:
    """Why an ``xsd:duration`` cannot be a film's running time (none, or over a day)."""
    found = _DURATION.match(runtime)
    if found is None:
        return "it is no running time"
    seconds = int(found["h"] or 0) * 3600 + int(found["m"] or 0) * 60 + int(found["s"] or 0)
    if seconds == 0:
        return "it is no time at all"
    if seconds > 24 * 3600:
        return "it is longer than a day"
    return None


def _latest_year(records: ProgrammeRecords) -> int | None:
    """The latest year a film of the page can have been made in, if the page says."""
    context = records.context
    years = [y for y in (context.year,) if y]
    if context.last_day is not None:
        years.append(context.last_day.year)
    if context.published is not None:
        years.append(context.published[0].year)
    years += [s.day.year for s in records.screenings if s.day is not None]
    return max(years) + 1 if years else None


_TRAILING_FLAG = re.compile(
    r"^(?P<title>.+?)\s{2,}(?P<flag>\S.*)$|^(?P<title2>.+?)\s+(?P<flag2>\S+(?:\s\S+)?\s+premiere)$",
    re.IGNORECASE,
)


#: ``2017 국제 다양성 영화제``, ``제12회 … 영화제``, ``20th … Film Festival``: an edition.
_FESTIVAL_EDITION = re.compile(
    r"^(?:(?:19|20)\d\d|제?\s*\d{1,3}\s*회|\d{1,3}(?:st|nd|rd|th|\.))\s+.*"
    r"(?:영화제|페스티벌|페스티발|시사회|상영회|기획전|특별전|festival|filmfest|filmfestival|filmtage|"
    r"filmwoche)$",
    re.IGNORECASE,
)
#: ``Preview der 14. Ökofilmtour 2019``, ``the 12th Doc Tour 2020``: an event's numbered
#: edition and its year, closing the line.
_NUMBERED_EDITION = re.compile(
    r"(?:^|\s)\d{1,3}(?:\.|st|nd|rd|th)\s+\S+(?:\s+\S+){0,2}\s+(?:19|20)\d{2}$", re.IGNORECASE
)
#: ``Viennale: Heimische Filmhighlights``, ``Berlinale 2020: Unsere Favoriten``: a
#: headline naming a festival before a colon.
_FESTIVAL_HEADLINE = re.compile(
    r"^[^:]{0,30}\b(?:festival|filmfest\w*|berlinale|viennale|diagonale|dok\.?fest|"
    r"\w*filmtage|\w*영화제)\b[^:]{0,12}:\s",
    re.IGNORECASE,
)
#: ``FILMREIHE Gesellschaft``, ``Film series: Home``: a series' label and its name (not
#: ``Series 7: The Contenders``, a film's title).
_SERIES_NAME = re.compile(
    r"^(?:filmreihe|programmreihe|dokumentarfilmreihe|film\s+series)\b\s*:?\s+\S",
    re.IGNORECASE,
)
#: ``Frances Ha (2012) still``: a picture's caption, the film's title, year and ``still``.
_STILL = re.compile(r"\((?:19|20)\d{2}\)\s+still$", re.IGNORECASE)
#: A Korean place: a hall, an auditorium, a floor (``서울역사박물관 1층 야주개홀``).
_KOREAN_PLACE = re.compile(r"(?:\d+층|홀|강당|박물관|영화관|극장|센터)(?:\s*\([^()]*\))?$")
#: ``Stummfilm mit Livemusik``, ``Kurzfilme mit Gespräch``, ``Silent film with live
#: music``: a kind of film and what comes with the showing.
_KIND_WITH_EXTRA = re.compile(
    r"^(?:stummfilm|kurzfilme?|kurzfilmprogramm|dokumentarfilm|spielfilm|kinderfilm|film|"
    r"silent\s+film|short\s+films?|documentary)\s+(?:mit|with|und|and|\+)\s+"
    r"(?:live\s*musik|livemusik|live\s+music|musik|music|gespräch|gast|gästen|einführung|"
    r"diskussion|q\s*&\s*a|talk|discussion|introduction)\b.*$",
    re.IGNORECASE,
)
#: ``Estimated total run time: 106 minutes.``: how long a whole programme runs.
_TOTAL_RUNTIME = re.compile(
    r"^(?:(?:estimated|approximate|approx\.?|total|overall|programme|program)\s+)+"
    r"(?:run(?:ning)?\s*time|runtime|length|duration)\b[^\n]*\d",
    re.IGNORECASE,
)
#: ``Award in the amount of €2,500``: a sum of money.
_MONEY = re.compile(
    r"[€$£₩]\s?\d|\d[\d,.]*\s?(?:€|eur\b|euro|usd\b|dollars?\b|원\b)", re.IGNORECASE
)
#: ``Invited Film``, ``Featured Documentary``: what a slot holds, printed where its title
#: would stand.
_KIND_OF_SLOT = re.compile(
    r"^(?:invited|featured|selected|special|guest|surprise|secret|opening|closing|"
    r"centerpiece|centrepiece)\s+(?:film|films|documentary|documentaries|screening|feature)$",
    re.IGNORECASE,
)
#: Month names of languages whose dates the reader does not read (French, Italian,
#: Spanish, Portuguese, Dutch, the Nordic languages, Polish, Czech, and Serbian, Croatian
#: and Bosnian in both scripts), with the genitive forms their dates use: a line that is
#: only a day of such a month (``Utorak, 17. septembar``, ``Mardi 17 septembre``) is no
#: title.
_FOREIGN_MONTH_NAMES = (
    "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre "
    "décembre decembre",  # French
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",  # Italian
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre",  # Spanish
    "janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro "
    "dezembro",  # Portuguese
    "januari februari maart april mei juni juli augustus september oktober november december "
    "augusti marts januar februar mai",  # Dutch and the Nordic languages
    "januar februar mart april maj jun juni jul juli avgust august septembar oktobar novembar "
    "decembar siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad "
    "studeni prosinac siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna "
    "listopada studenoga prosinca",  # Serbian, Croatian, Bosnian
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad "
    "grudzień stycznia lutego marca kwietnia maja czerwca lipca sierpnia września "
    "października listopada grudnia",  # Polish
    "ledna února března dubna května června července srpna září října listopadu prosince",
    "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
)
_FOREIGN_MONTHS = frozenset(word for names in _FOREIGN_MONTH_NAMES for word in names.split())
#: A day of the month: an optional weekday, the day, the month's name, an optional year.
_FOREIGN_DAY = re.compile(
    r"(?:\w+\.?,?\s+)?\d{1,2}\.?\s+(?P<month>\w+)\.?(?:\s+(?:19|20)\d{2}\.?)?",
)

#: ``93Queen, Dir. Paula Eiselt``: a director's credit inside what was read as a title.
_MAKER_IN_TITLE = re.compile(r"(?:^|[\s,])(?:dir\.|directed\s+by|regie:)\s+[A-ZÀ-Þ]", re.IGNORECASE)
#: ``| Book your seats``, ``Tickets kaufen``: a call to book, whatever stands before it.
_BOOK_CALL = re.compile(
    r"^[\s|/–—:-]*(?:book\s+(?:your\s+)?(?:seats?|tickets?|now)|buy\s+(?:your\s+)?tickets?|"
    r"get\s+(?:your\s+)?tickets?|tickets?\s+kaufen|karten\s+(?:kaufen|reservieren)|jetzt\s+buchen)"
    r"\b",
    re.IGNORECASE,
)
#: ``Losing Alaska - down to earth``: a title, a dash, then words in small letters only
#: (a series' tag printed after the title, or the title's own subtitle: not sure).
#: Only for a head of two words or more in plain Latin letters (``Grönland – alles wird
#: anders`` is German, whose subtitles are in small letters) and a short tail.
_LOWER_TAIL = re.compile(r"(?P<head>[^-–—]+?)\s[-–—]\s(?P<tail>[a-z:]+(?:\s[a-z:]+){0,2})")
#: Tags of a web page's markup left in a capture (``<aside>``).
_HTML_TAGS = frozenset(
    ("aside", "div", "span", "nav", "header", "footer", "section", "article", "main", "figure")
)
#: ``[시간의 중첩] 기획단 홍은솔``: a role (planning team, moderator, programmer) and a name.
_KOREAN_CREDIT = re.compile(
    r"(?:기획단|기획|진행|사회|프로그래머|모더레이터|큐레이터|글)\s*[\uac00-\ud7a3]{2,4}$"
)
#: ``Filmmakers in Attendance``, ``Juried Film``, ``English and German with English
#: Subtitles``, ``Regisseurin zu Gast``: a note about the showing under a film's fields.
_SHOWING_NOTE = re.compile(
    r"^(?:(?:the\s+)?(?:filmmakers?|directors?|guests?|cast|crew|special\s+guests?)\s+"
    r"(?:in\s+attendance|present|attending|will\s+attend)|juried\s+film|jury\s+film|"
    r"(?:in|out\s+of)\s+competition|.*\bwith\s+\w+\s+subtitles|.*\bsubtitled\b.*|"
    r"(?:regisseur(?:in)?|regie|gäste?|filmteam|filmemacher(?:in)?)\s+(?:zu\s+gast|anwesend)|"
    r"(?:mit\s+)?(?:deutschen|englischen)\s+untertiteln|nur\s+für\s+schulklassen|"
    r"schulvorstellung|school\s+screening|for\s+schools\s+only|"
    # ``Followed by Q&A``, ``im Anschluss Filmgespräch``: what comes after the showing
    r"(?:followed\s+by|gefolgt\s+von|im\s+anschluss|anschließend)\b.*)$",
    re.IGNORECASE,
)

#: ``인디피크닉2023``: an event's name and its year run together, no space between.
_NAME_AND_YEAR = re.compile(r"[^\W\d_]{3,}(?:19|20)\d{2}")
#: ``아나스타샤 미코바, 얀 아르튀스-베르트랑``: names of two words or more in Hangul, joined
#: by commas (foreign names, by the syllables only they use).
_HANGUL_NAME = r"[\uac00-\ud7a3]{1,6}(?:[ -][\uac00-\ud7a3]{1,6}){1,3}"
_HANGUL_NAMES = re.compile(_HANGUL_NAME + r"(?:\s*,\s*" + _HANGUL_NAME + r")+")


def _hangul_names(title: str) -> bool:
    """``아나스타샤 미코바, 얀 아르튀스-베르트랑``: foreign names in Hangul joined by commas,
    each with a syllable only foreign names use and no word closed by a Korean particle or
    ending (``나의 친구, 그의 아내`` is a title)."""
    if _HANGUL_NAMES.fullmatch(title) is None:
        return False
    parts = [p.strip() for p in title.split(",")]
    return all(
        foreign_hangul(p.replace("그", "").replace("으", ""))
        and not any(KOREAN_WORD_END.search(w) for w in p.split())
        for p in parts
    )


#: ``3. 개·폐막작 정보``, ``2) 상영 일정``: a numbered heading of a notice, over what it
#: tells (information, a schedule, an outline).
_OUTLINE_HEADING = re.compile(
    r"^(?:\d{1,2}|[①-⑩]|[가-하])\s*[.)]?\s+.*(?:정보|안내|일정|개요|소개|시간표)$"
)
#: ``사진 = 뉴스페이퍼``, ``Foto: NAME``, ``© Frontyard Films``: who took or gave a picture.
_PICTURE_CREDIT = re.compile(
    r"^(?:(?:사진|사진제공|이미지|photo|photos|photograph|foto|fotos|bild|image|picture)\s*[=:：/]"
    r"|©|\(c\)\s)",
    re.IGNORECASE,
)
#: ``American Experience presents INTO THE AMAZON``: a strand or a presenter, then the
#: title in capitals.
_PRESENTS = re.compile(
    r"^(?P<by>[^,:]{2,60}?)\s+(?:presents|präsentiert)\s+(?P<title>[A-ZÄÖÜ0-9][^a-z]{1,80})$"
)
#: ``RÄUBER & GENDARM · COPS & ROBBERS``: a title and its translation joined by a dot.
_TRANSLATED = re.compile(r"^(?P<title>[^·]{2,80}?)\s+·\s+(?P<other>[^·]{2,80})$")
_LEADING_FLAG = re.compile(r"^(?P<flag>[^:]{3,40}):\s+(?P<title>\S.*)$")
#: ``Bike Vessel - Virtual Screening``: how the film is shown, after its title.
_VIRTUAL_SUFFIX = re.compile(
    r"\s+[–—-]\s+(?:virtual|online|in-person|hybrid)(?:\s+(?:screening|event|only))?\s*$",
    re.IGNORECASE,
)
#: ``Featured image for “Honeyland”``: a picture's alt text, the title in quotation marks
#: (one of them perhaps lost with the line's end).
_IMAGE_FOR = re.compile(
    r"(?:featured\s+)?(?:image|photo|picture|poster|still)\s+(?:for|of|from)\s+"
    r"[\"“„‘']?(?P<title>[^\"“”„‘’]+?)[\"”’']?",
    re.IGNORECASE,
)
#: ``A Place to Breathe movie posterA Place to Breathe,``: a poster's alt text, glued to
#: the title it repeats.
_POSTER_ALT = re.compile(r"(?P<alt>.+?)\s+(?:movie\s+|film\s+)?poster\s*(?P<title>\S.*)", re.I)
#: ``Elephant 6 Documentary – Documentary``: the film's kind after a dash.
_KIND_SUFFIX = re.compile(
    r"\s+[–—-]\s+(?P<kind>documentary|dokumentarfilm|feature|narrative|short|spielfilm|"
    r"kurzfilm|animation)\s*$",
    re.IGNORECASE,
)
#: ``Showcase: The Rainbow Prince``: a strand's label before the title.
_SHOWCASE_LABEL = re.compile(
    r"^(?:showcase|spotlight|centerpiece|centrepiece|opening\s+night|closing\s+night|"
    r"special\s+presentation|special\s+screening|encore)\s*:\s+(?=\S)",
    re.IGNORECASE,
)
#: ``KINO GLOBAL: POPULATION BOOM``, ``Filmreihe: …``, ``Jewish Film Series: …``: a cinema's
#: series before a title.
_SERIES_LABEL = re.compile(
    r"^(?P<series>kino\s+[\wäöü]+|[\wäöü]+kino|filmclub|filmreihe|reihe|sneak(?:\s+preview)?|"
    r"(?-i:(?:[A-Z][a-z'’&-]*\s+){0,4})film\s*series)\s*:\s+(?=\S)",
    re.IGNORECASE,
)
#: ``Teil 1: Mit dem Trabi in die Welt``: a part's number before its title.
_PART_LABEL = re.compile(r"^(?:teil|part|folge|episode)\s+\d{1,2}\s*:\s+(?=\S)", re.IGNORECASE)
#: ``Day 1: Mountain``, ``Tag 3: …``, ``Night 2 – …``: the festival's day before a title.
_DAY_LABEL = re.compile(
    r"^(?:day|tag|night|nacht|abend)\s+\d{1,2}\s*[:–—-]\s+(?=\S)|^\d{1,2}\s*일차\s*[:–—-]?\s+(?=\S)",
    re.IGNORECASE,
)
#: ``Dokumentarfilm: Gestrandet``, ``Documentary: …``: the film's kind before a colon.
_FILM_KIND = re.compile(
    r"(?P<doc>dokumentarfilm|dokumentation|doku|documentary|docu|다큐멘터리|다큐)|"
    r"spielfilm|kurzfilm|animationsfilm|feature(?:\s+film)?|short(?:\s+film)?|film",
    re.IGNORECASE,
)
#: ``PREMIERE Züri glitzerät``, ``WORLD PREMIERE The Title``: a flag in capitals, no colon.
_LEADING_CAPS_FLAG = re.compile(
    r"^(?P<flag>(?:[A-ZÄÖÜ.]+\s+){0,2}(?:PREMIERE|PREMIÈRE|PREMIERA|URAUFFÜHRUNG))\s+"
    r"(?P<title>\S.*)$"
)


#: ``Geranien (außer Konkurrenz)``: how a film is shown, in parentheses after its title,
#: where an original title may stand.
_SHOWN_HOW = re.compile(
    r"^(?:außer\s+konkurrenz|au(?:ß|ss)er\s+wettbewerb|out\s+of\s+competition|"
    r"hors\s+comp[ée]tition|fuori\s+concorso|fuera\s+de\s+concurso|in\s+competition|"
    r"im\s+wettbewerb|special\s+screening|sondervorführung|sonderveranstaltung|"
    r"preview|vorpremiere|sneak\s+preview|비경쟁|경쟁)$",
    re.IGNORECASE,
)


#: A title with its translation in square brackets after it.
_BRACKETED = re.compile(r"^(?P<title>[^\[\]]{2,}?)\s*\[(?P<other>[^\[\]/]{2,})\]$")


def _strip_wrapping(film: FilmRecord) -> None:
    """``American Experience presents INTO THE AMAZON``: the presenter goes; ``RÄUBER &
    GENDARM · COPS & ROBBERS``: the translation after the dot is not kept; ``Geranien
    (außer Konkurrenz)``: how the film is shown is no original title."""
    if film.original_title and _SHOWN_HOW.match(film.original_title.strip()):
        film.original_title = None
    if film.original_title and _CREDIT_BY.match(film.original_title.strip()):
        film.original_title = None  # ``by Massimo D’Anolfi e Martina Parenti``: a credit
    if film.title.rstrip().endswith((",", ";")) and len(film.title.strip(" ,;")) >= 2:
        film.title = film.title.rstrip(
            " ,;"
        )  # ``“Blackfish,” directed by …``: the sentence's comma
    bracketed = _BRACKETED.match(film.title.strip())
    if bracketed is not None:
        # ``Une histoire d’amour et de désir [A Story of Love and Desire]``: its translation
        film.title = bracketed["title"].strip()
        film.original_title = film.original_title or bracketed["other"].strip()
    presented = _PRESENTS.match(film.title.strip())
    if presented is not None:
        film.title = presented["title"].strip()
    translated = _TRANSLATED.match(film.title.strip())
    if translated is not None:
        film.title = translated["title"].strip()


#: Words only English, or only German, writes, to tell a title's language by.
_ENGLISH_WORDS = frozenset(
    "the a an of and than this that is are can't don't i you we they my your with".split()  # noqa: SIM905
)
_GERMAN_WORDS = frozenset(
    "der die das ein eine und ich nicht kann ist sind mit von für über wir sie mein dein".split()  # noqa: SIM905
)


def _two_languages(first: str, second: str) -> bool:
    """True when one part is English and the other German by their small words (two at
    least each), and no part is either's."""
    words = [set(re.findall(r"[\w']+", part.casefold())) for part in (first, second)]
    english = [len(w & _ENGLISH_WORDS) for w in words]
    german = [len(w & _GERMAN_WORDS) for w in words]
    return (english[0] >= 2 and german[1] >= 2 and not german[0] and not english[1]) or (
        german[0] >= 2 and english[1] >= 2 and not english[0] and not german[1]
    )


def _strip_labels(film: FilmRecord) -> None:
    """What labels a title without being part of it: how the film is shown (``- Virtual
    Screening``), a poster's glued alt text, its kind (``– Documentary``, ``Dokumentarfilm:``),
    a strand's or a cinema's series (``Showcase:``, ``KINO GLOBAL:``, then its section), a
    part's number, the festival's day; a title in three languages is the first."""
    film.title = _VIRTUAL_SUFFIX.sub("", film.title)
    words = film.title.split()
    half = len(words) // 2
    if (
        half >= 2
        and len(words) == 2 * half
        and words[:half] == words[half:]
        and len(set(words[:half])) > 1
    ):
        # ``BACKSTAGE WIENER STAATSOPER BACKSTAGE WIENER STAATSOPER``: the title twice (two
        # words at least each time: ``Bora Bora`` is a title; one word said over and over,
        # ``La La La La``, is one too), a heading and a picture's text run together by
        # the capture
        film.title = " ".join(words[:half])
    two = re.split(r"\s+/\s+", film.title)
    if len(two) == 2 and film.original_title is None and _two_languages(*two):
        # ``I can't cry much louder than this / Viel lauter kann ich nicht schreien``: the
        # title in two languages, the second its other title
        film.title, film.original_title = two[0].strip(), two[1].strip()
    pictured = _IMAGE_FOR.fullmatch(film.title)
    if pictured is not None:
        # ``Featured image for “Honeyland”``: a picture's alt text naming the film
        film.title = pictured["title"].strip()
    glued = _POSTER_ALT.fullmatch(film.title)
    if glued is not None and glued["alt"].casefold() == glued["title"].rstrip(" ,").casefold():
        # ``A Place to Breathe movie posterA Place to Breathe,``: a poster's alt text glued
        film.title = glued["title"].rstrip(" ,")
    kind = _KIND_SUFFIX.search(film.title)
    if kind is not None and film.title[: kind.start()].strip():
        # ``Elephant 6 Documentary – Documentary``: the film's kind after a dash
        film.title = film.title[: kind.start()].strip()
        film.documentary = film.documentary or kind["kind"].casefold().startswith(("doc", "dok"))
    shown = _SHOWCASE_LABEL.match(film.title)
    if shown is not None:
        # ``Showcase: The Rainbow Prince``: the strand labels the title
        film.title = film.title[shown.end() :].strip()
    series = _SERIES_LABEL.match(film.title)
    if series is not None:
        # ``KINO GLOBAL: POPULATION BOOM``: a cinema's series labels the title, and is the
        # film's section
        film.title = film.title[series.end() :].strip()
        film.section = film.section or (film.line, series["series"].strip())
    part = _PART_LABEL.match(film.title)
    if part is not None:
        # ``Teil 1: Mit dem Trabi in die Welt``: the part's number labels its title
        film.title = film.title[part.end() :].strip()
    languages = [t.strip() for t in re.split(r"\s+/\s+", film.title)]
    if (
        len(languages) >= 3
        and all(2 <= len(t) <= 80 for t in languages)
        and not re.search(r"[\[\]()]", film.title)
    ):
        # ``Bracia / Brüder / Bratři``: one title in the festival's three languages
        film.title = languages[0]
        film.original_title = film.original_title or languages[1]
    day = _DAY_LABEL.match(film.title)
    if day is not None:
        # ``Day 1: Mountain``: the festival's day labels the title
        film.title = film.title[day.end() :].strip()
    leading = _LEADING_FLAG.match(film.title)
    kind = _FILM_KIND.fullmatch(leading["flag"].strip()) if leading is not None else None
    if leading is not None and kind is not None:
        # ``Dokumentarfilm: Gestrandet``: the kind of film labels the title
        film.title = leading["title"].strip()
        film.documentary = film.documentary or kind["doc"] is not None


def _strip_flag(film: FilmRecord) -> None:
    """``COMPOUND (Composto)    UK Premiere``: a premiere flag after the title is the film's
    premiere, not part of its title; so is one before it (``UK Premiere: Roll Red Roll``,
    ``PREMIERE Züri glitzerät``)."""
    capped = _LEADING_CAPS_FLAG.match(film.title)
    if capped is not None and not capped["title"].isupper():
        # ``PREMIERE Züri glitzerät``: a flag in capitals labels the title; a bare
        # ``PREMIERE`` says no scope, so only a scoped one is kept as the premiere
        film.title = capped["title"].strip()
        if is_premiere(capped["flag"]):
            film.premiere = film.premiere or (film.line, capped["flag"].strip())
    _strip_labels(film)
    leading = _LEADING_FLAG.match(film.title)
    if leading is not None and is_premiere(leading["flag"]):
        # ``UK Premiere: Roll Red Roll``: the flag labels the title
        film.title = leading["title"].strip()
        film.premiere = film.premiere or (film.line, leading["flag"].strip())
    found = _TRAILING_FLAG.match(film.title)
    if found is None:
        return
    title, flag = found["title"] or found["title2"], found["flag"] or found["flag2"]
    flag = flag.lstrip("–—-|: ")  # ``… – Festival Premiere``: the dash before the flag
    if is_premiere(flag.strip()):
        film.title = title.strip()
        film.premiere = film.premiere or (film.line, flag.strip())
        if film.original_title is None:
            film.title, film.original_title = split_title(film.title)


#: What a showing adds to a film, joined to its title with ``+``: ``+ guest``,
#: ``+ Q&A``, ``+ Filmgespräch``, ``Opening Ceremony … +``.
_ADDED_EVENT = re.compile(
    r"^(?:guests?|special\s+guests?|q\s*&\s*a|talk|discussion|panel|intro(?:duction)?|"
    r"gast|gäste|filmgespräch|gespräch|diskussion|einführung|party|reception|"
    r"(?:opening|closing)\s+(?:ceremony|night|gala)\b.*|eröffnung(?:sfeier)?\b.*|"
    r"preisverleihung\b.*|award\s+ceremony\b.*)(?:\s*\([^()]*\))?$",
    re.IGNORECASE,
)


#: A talk after the showing tagged onto a title (``어른이되면(GV)``: guest visit, a talk
#: with its makers; ``[Q&A]``).
_TALK_TAG = re.compile(r"^(?:gv|q\s*&\s*a|관객과의\s*대화|씨네토크|시네토크)$", re.IGNORECASE)
_TAGGED_TITLE = re.compile(r"^(?P<title>.+?)\s*[(\[](?P<tag>[^()\[\]]{1,12})[)\]]$")


def _strip_talk_tag(film: FilmRecord) -> None:
    """Take a talk's tag (``(GV)``) off a title, or out of its other title."""
    if film.original_title is not None and _TALK_TAG.match(film.original_title.strip()):
        film.original_title = None
    tagged = _TAGGED_TITLE.match(film.title.strip())
    if tagged is not None and _TALK_TAG.match(tagged["tag"].strip()):
        film.title = tagged["title"].strip()


def _strip_event(film: FilmRecord) -> None:
    """``When the War Comes + guest``, ``Opening Ceremony Fedok + Forman vs. Forman``: the
    film is the one part that names no event. A guest's name in parentheses, read as an
    original title, goes with the event. Two parts that are both no event (a double
    bill) are left as printed."""
    parts = re.split(r"\s+\+\s+", film.title.strip())
    if len(parts) < 2:
        return
    kept = [p for p in parts if not _ADDED_EVENT.match(p.strip())]
    if len(kept) != 1 or len(kept) == len(parts):
        return
    film.title = kept[0].strip()
    if film.original_title and looks_like_name(film.original_title):
        film.original_title = None  # ``+ guest (Tereza Nvotova)``: the guest


def _captioned(film: FilmRecord, films: Sequence[FilmRecord]) -> bool:
    """The title is another film's of the page, then words naming a festival (a picture's
    caption: ``Model Material Oregon Documentary Film Festival``)."""
    title = film.title.strip()
    if not FESTIVAL_WORD.search(title):
        return False
    return any(
        other is not film
        and len(other.title.strip()) >= 4
        and title.casefold().startswith(other.title.strip().casefold() + " ")
        and FESTIVAL_WORD.search(title[len(other.title.strip()) :])
        for other in films
    )


def vet_films(records: ProgrammeRecords, *, sections: Iterable[str] = ()) -> None:
    """Drop the films whose title is no title, and the fields that are not the film's.

    A dropped film goes to ``records.not_imported`` with its line and the reason; a
    dropped field goes to ``records.ambiguous``.
    """
    festival = records.context.festival[0] if records.context.festival else None
    texts = [*(t for f in records.films for t in f.synopsis), *(n.text for n in records.unused)]
    makers = {m["name"].casefold() for text in texts for m in _MAKER_NAMED.finditer(text)}
    kept: list[FilmRecord] = []
    for film in records.films:
        _strip_wrapping(film)
        _strip_flag(film)
        _strip_event(film)
        _strip_talk_tag(film)
        _strip_picture_mark(film)
        why = title_problem(film, festival=festival, sections=sections)
        if why is None and film.title.strip().casefold() in makers and not film.directors:
            # ``Jen Senko (2015)`` under ``Documentary filmmaker Jen Senko traces …``
            why = "the page's text names it as a film's maker"
        if why is None and _ends_in_makers(film, records.films):
            # ``Colette Anthony Giacchino and Alice Doyard (…)`` among ``Do Not Split –
            # Anders Hammer and Charlotte Cook (…)``: the dash between title and makers lost
            why = "it ends in two makers' names, as the page's other films print their makers"
        if why is None and _captioned(film, records.films):
            # ``Model Material Oregon Documentary Film Festival`` beside ``Model Material``
            why = "it is another film's title with a festival's name after it (a caption)"
        if why is not None:
            records.not_imported.append(
                Note(film.line, f"not imported as a film: {film.title!r}, because {why}")
            )
            continue
        kept.append(film)
    kept = _without_respellings(kept, records.ambiguous)
    kept = _without_fields_again(kept, records.ambiguous)
    records.films[:] = _merge_same(kept, records.ambiguous)
    latest = _latest_year(records)
    for film in kept:
        _vet_fields(film, latest, records.ambiguous)
        _drop_small_hours(film, records.ambiguous)
        _drop_timed_section(film, records.ambiguous)


def _names(film: FilmRecord) -> set[str]:
    """The film's titles, spaces left out (``밀양아리랑`` and ``밀양 아리랑`` are one)."""
    return {_key(t).replace(" ", "") for t in (film.title, film.original_title) if t}


def _without_respellings(films: list[FilmRecord], ambiguous: list[Note]) -> list[FilmRecord]:
    """A title printed again with one letter or syllable changed (``<펑정지에는 펑정지에다>``,
    then ``영화 : <평정지에는 평정지에다>``) is the same film spelt otherwise, not a second
    film: the later spelling is reported. Digits differ between parts (``Part 1``,
    ``Part 2``), and are never taken for a respelling."""
    kept: list[FilmRecord] = []
    for film in films:
        first = next((k for k in kept if _respelt(k.title, film.title)), None)
        if first is None:
            kept.append(film)
            continue
        ambiguous.append(
            Note(
                film.line,
                f"{film.title!r} not imported: the page spells {first.title!r} so elsewhere",
            )
        )
    return kept


#: The shortest runtime two films of one maker and year share only by being one film.
_FEATURE_LENGTH = 40


def _without_fields_again(films: list[FilmRecord], ambiguous: list[Note]) -> list[FilmRecord]:
    """A feature's fields printed again under another of its titles (``I Giacometti``,
    its row, ``Die Giacomettis``, ``CH 2023 | 102 min | R: NAME``, then ``I Giacometti``
    over ``Schweiz 2023 | 102 min | Regie und Buch: NAME``): the next film of the same
    directors, year and runtime, with no showing of its own, is the same film, not a
    second one, and is reported."""
    kept: list[FilmRecord] = []
    for film in films:
        last = kept[-1] if kept else None
        if (
            last is not None
            and not film.screenings
            and film.directors
            and {_key(n) for n, _ in film.directors} == {_key(n) for n, _ in last.directors}
            and film.year is not None
            and film.year == last.year
            and film.runtime is not None
            and film.runtime == last.runtime
            and (seconds(film.runtime) or 0) >= _FEATURE_LENGTH * 60
        ):
            ambiguous.append(
                Note(
                    film.line,
                    f"{film.title!r} not imported: the fields of {last.title!r} printed again",
                )
            )
            continue
        kept.append(film)
    return kept


def _respelt(one: str, other: str) -> bool:
    """True if two titles of six letters or more differ in one letter or syllable only,
    changed the same way wherever it stands (``펑`` for ``평`` in a name printed twice),
    inside words of three letters at least (``Shorts A``, ``Shorts B`` are two)."""
    one, other = one.strip(), other.strip()
    if one == other or len(one) != len(other) or len(one) < 6:
        return False
    changed = [i for i, (a, b) in enumerate(zip(one, other, strict=True)) if a != b]
    pairs = {(one[i], other[i]) for i in changed}
    if len(pairs) != 1 or len(changed) > 3 or not all(c.isalpha() for c in next(iter(pairs))):
        return False
    words = [m.span() for m in re.finditer(r"\S+", one)]
    return all(any(a <= i < b and b - a >= 3 for a, b in words) for i in changed)


def _merge_same(films: list[FilmRecord], ambiguous: list[Note]) -> list[FilmRecord]:
    """One film the page names twice (a list entry ``컨버세이션(김덕중)`` and its block
    ``컨버세이션`` / ``Conversation``) is one film: the later record's fields join the
    earlier's where they agree; where they disagree, the later is not imported."""
    kept: list[FilmRecord] = []
    by_name: dict[str, FilmRecord] = {}
    disputed: set[int] = set()
    for film in films:
        names = _names(film)
        same = next((by_name[n] for n in names if n in by_name), None)
        if same is None:
            kept.append(film)
            by_name.update(dict.fromkeys(names, film))
            continue
        if not _agree(same, film):
            ambiguous.append(
                Note(film.line, f"{film.title!r} is named again with other facts, not imported")
            )
            disputed.add(id(same))
            continue
        _join(same, film)
        by_name.update(dict.fromkeys(_names(same), same))
    for film in kept:
        if id(film) in disputed:
            # ``FILMPLÄDOYER von A`` and ``FILMPLÄDOYER von B``: a label over a guest's
            # name, or two films of one title; which facts are whose is not sure
            ambiguous.append(
                Note(film.line, f"{film.title!r} is named again with other facts, not imported")
            )
    return [f for f in kept if id(f) not in disputed]


def _agree(one: FilmRecord, other: FilmRecord) -> bool:
    directors = ({_key(n) for n, _ in one.directors}, {_key(n) for n, _ in other.directors})
    return (
        (not all(directors) or directors[0] <= directors[1] or directors[1] <= directors[0])
        and (one.year is None or other.year is None or one.year == other.year)
        and (one.runtime is None or other.runtime is None or one.runtime == other.runtime)
    )


def _join(into: FilmRecord, other: FilmRecord) -> None:
    """Fill ``into``'s missing fields from ``other`` (same film, facts that agree)."""
    names = _names(into)
    for title in (other.title, other.original_title):
        if title and _key(title).replace(" ", "") not in names and into.original_title is None:
            into.original_title = title  # the other language's title, not a spacing
    known = {_key(n) for n, _ in into.directors}
    into.directors += [(n, line) for n, line in other.directors if _key(n) not in known]
    if into.year is None:
        into.year, into.year_line = other.year, other.year_line
    if into.runtime is None:
        into.runtime, into.runtime_line = other.runtime, other.runtime_line
    into.countries = into.countries or other.countries
    into.section = into.section or other.section
    into.screenings += other.screenings
    into.synopsis += other.synopsis


def _other_title_problem(other: str) -> str | None:
    """Why a line stated as a film's other title is none: a heading of the page's
    programme or section, a remark, a navigation link (the checks of a title that need
    no fields of the film)."""
    for form, why in (
        (_PROGRAMME_HEADING, "it names the page's programme or season"),
        (_SECTION_WORDS, "it names a section of the programme"),
        (_REMARK, "it is a remark on the showing"),
        (_TICKETS, "it is a remark on the showing"),
        (_ANNIVERSARY, "it is a remark on a film"),
        (_NAVIGATION, "it is a link of the site's navigation"),
        (_HEADLINE, "it is a news headline"),
        (_NOTE_MARK, "it is a note (a footnote's mark)"),
    ):
        if form.search(other):
            return why
    return None


#: ``Dokumentarfilme International``, ``Internationaler Wettbewerb``: a section's name.
_SECTION_WORDS = re.compile(
    r"^(?:dokumentarfilme?|documentar(?:y|ies)|kurzfilme?|shorts?|internationaler?|"
    r"deutscher?|nationaler?)\s+(?:international|national|wettbewerb|competition|"
    r"programm|program(?:me)?|panorama|spezial|special)$",
    re.IGNORECASE,
)


#: ``피아노를 히말라야로(Piano to Zanskar·사진)``: a title, its other title and a news
#: picture's mark (``사진``, pictured) in the parentheses.
_PICTURE_MARK = re.compile(r"(?P<title>[^()]+?)\s*\((?P<other>[^()]*?)\s*[·ㆍ,]\s*사진\s*\)")


def _strip_picture_mark(film: FilmRecord) -> None:
    """Take a news picture's mark out of a title's parentheses; what else they hold is
    the film's other title."""
    found = _PICTURE_MARK.fullmatch(film.title)
    if found is not None:
        film.title = found["title"].strip()
        if found["other"].strip() and film.original_title is None:
            film.original_title = found["other"].strip()


def _ends_in_makers(film: FilmRecord, films: Sequence[FilmRecord]) -> bool:
    """Whether a film with no director has a title ending in two names joined by ``and``
    while another film of the page has two directors or more (its makers printed after
    its title): the title runs on into its makers."""
    ending = _ENDS_IN_MAKERS.search(film.title)
    return (
        ending is not None
        and not film.directors
        and looks_like_name(ending["a"])
        and looks_like_name(ending["b"])
        and any(len(other.directors) >= 2 for other in films if other is not film)
    )


def _drop_timed_section(film: FilmRecord, ambiguous: list[Note]) -> None:
    """A section heading that prints a time (``Shorts Program (5:30 PM-6:10 PM)``) is a
    slot of the day, not a section of the programme: it is reported, not stated."""
    if film.section is not None and prints_date_or_time(film.section[1]):
        line, name = film.section
        ambiguous.append(
            Note(line, f"not imported as the section of {film.title!r}: {name!r}, a slot's time")
        )
        film.section = None


def _drop_small_hours(film: FilmRecord, ambiguous: list[Note]) -> None:
    """Drop a showing read at one to six in the morning from a time printed with no
    ``am``/``pm``, no ``Uhr`` and no leading zero (``July 21 at 1:00``, a museum open
    11:00 to 6:00): on a twelve-hour page it is the afternoon's, on a 24-hour one the
    night's, and which is not sure. The row is reported."""
    kept = []
    for screening in film.screenings:
        start = screening.start
        if 1 <= start.hour <= 6 and _printed_bare(screening.text, start):
            ambiguous.append(
                Note(
                    screening.line,
                    f"a showing of {film.title!r} at {start.hour}:{start.minute:02d} with no am"
                    f" or pm, not imported: morning or afternoon is not sure: {screening.text}",
                )
            )
            continue
        kept.append(screening)
    film.screenings[:] = kept


def _printed_bare(text: str, start: time) -> bool:
    """Whether ``text`` prints ``start`` as ``H:MM`` or ``H.MM`` with no leading zero and no
    ``am``, ``pm``, ``Uhr`` or ``h`` after it."""
    bare = rf"(?<![\d.:/]){start.hour}[:.]{start.minute:02d}(?!\d)"
    return re.search(bare + r"(?!\s*(?:[ap]\.?\s?m\b|uhr|h\b))", text, re.IGNORECASE) is not None


def _vet_fields(film: FilmRecord, latest: int | None, ambiguous: list[Note]) -> None:
    """Drop a film's director, year or running time that cannot be its own, with a note."""

    def drop(line: int, what: str, value: object, why: str) -> None:
        ambiguous.append(
            Note(line, f"not imported as {what} of {film.title!r}: {value!r}, because {why}")
        )

    other = film.original_title
    if other and (
        _key(other) in _STRUCTURE_KEYS
        or is_premiere(other)
        or read_part(Meta(), other)
        or prints_date_or_time(other)
    ):
        # ``The Good Postman (Opening night)``: a remark on the showing, not a title
        drop(film.line, "another title", other, "it says what the showing is")
        film.original_title = None
    elif other and _PRIZE_WON.search(other):
        # ``MIFF 2017 Audience Award Second Place`` under the title: a prize it won
        drop(film.line, "another title", other, "it names a prize won at a festival")
        film.original_title = None
    elif (
        other
        and (ending := _OTHER_YEAR.search(other)) is not None
        and (film.year is None or film.year == int(ending["year"]))
    ):
        # ``On The Road One Day 2006``: the English title, then the film's year
        film.original_title = other[: ending.start()].strip()
        if film.year is None:
            film.year, film.year_line = int(ending["year"]), (film.line, other)
    elif other and (why := _other_title_problem(other)) is not None:
        # ``Dokumentarfilme International`` (a section) or ``ZUM 30. JUBILÄUM DES FILMS``
        # over a title: a line of the page, no other title of the film
        drop(film.line, "another title", other, why)
        film.original_title = None
        both = _HANGUL_THEN_LATIN.fullmatch(film.title.strip())
        if both is not None:
            # ``리터니 (Returnee) (*지역 상영 가능 작품)``: the note gone, the English title
            # in parentheses is the film's other title
            film.title, film.original_title = both["ko"].strip(), both["en"].strip()

    for name, line in list(film.directors):
        why = _director_problem(name, film.title)
        if why is not None:
            film.directors.remove((name, line))
            drop(line, "a director", name, why)
    if film.year is not None:
        line = film.year_line[0] if film.year_line else film.line
        if film.year < 1888:
            drop(line, "the year", film.year, "it is before cinema")
            film.year, film.year_line = None, None
        elif latest is not None and film.year > latest:
            drop(line, "the year", film.year, "it is later than the page's own dates")
            film.year, film.year_line = None, None
        elif film.year_line and any(
            str(film.year) in found["inside"]
            for found in _DEGREE_IN_PARENS.finditer(film.year_line[1])
        ):
            # ``Directed by NAME (M.F.A., dramatic writing, 2019)``: the year of the
            # maker's degree, not the film's
            drop(line, "the year", film.year, "it is the year of a maker's degree")
            film.year, film.year_line = None, None
    why = _runtime_problem(film.runtime) if film.runtime else None
    if why is not None:
        line = film.runtime_line[0] if film.runtime_line else film.line
        drop(line, "the running time", film.runtime, why)
        film.runtime, film.runtime_line = None, None
