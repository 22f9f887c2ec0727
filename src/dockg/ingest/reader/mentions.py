"""Films named in running text: the news article about a festival's selection.

A Korean news item names its films in quotation marks or angle brackets, with the
director around them: ``진모영 감독의 ‘올드마린보이’``, ``'퀴어의 방'(권아람)``,
``<Play on>``; a section may stand before the director (``국제경쟁 부문 이일하 감독의
‘카운터스’``). English news does the same with ``NAME's “Title”``. Only these tight forms
are read, and only on a page with no film header at all, so that a synopsis quoting
another film never adds a film.
"""

from __future__ import annotations

import re

from dockg.ingest.reader.context import cities_in, is_region
from dockg.ingest.reader.dates import DateError, find_date, find_times
from dockg.ingest.reader.fields import (
    KOREAN_TALKS,
    KOREAN_WORD_END,
    TWO_SCRIPTS,
    country_of,
    foreign_hangul,
    is_headline,
    korean_name,
    looks_like_name,
    read_meta,
    runtime_of,
    split_names,
)
from dockg.ingest.reader.lists import read_lists
from dockg.ingest.reader.records import FilmRecord
from dockg.ingest.text import Line

_OPEN_CLOSE = {"<": ">", "‘": "’", "'": "'", "“": "”", "《": "》", "「": "」", "〈": "〉"}
_QUOTED = "|".join(
    re.escape(o) + f"(?P<t{n}>[^" + re.escape(o + c) + r"\n]{1,60})" + re.escape(c)
    for n, (o, c) in enumerate(_OPEN_CLOSE.items())
    if o not in ("‘", "'")
) + (
    # ``‘거미집'(김지운 감독)``: a curly quote closed by a straight one, where a straight
    # one ends the title (before a space, a bracket or a stop); nor does a title in
    # straight quotes hold another quotation mark (``'(김지운 감독), ‘괴인'`` is the text
    # between two titles)
    r"|‘(?P<t90>(?:[^‘’'\n]|'(?![\s(),.]|$)){1,60})(?:’|'(?=[\s(),.]|$))"
    r"|'(?P<t91>[^'‘’“”<>《》\n]{1,60})'"
)
#: A whole word, not a word's end, nor the last part of a name joined by a hyphen
#: (``얀 아르튀스-베르트랑``: ``베르트랑`` alone is no name).
_NAME = r"(?<![\uac00-\ud7a3])(?<![\uac00-\ud7a3][-‐])(?P<name>[\uac00-\ud7a3]{2,4})"
_SECTION = r"(?:(?P<section>[\uac00-\ud7a3A-Za-z]{2,12})\s*부문\s+)?"
#: ``NAME 감독의 (신작) ‘TITLE’``
_DIRECTOR_BEFORE = re.compile(
    _SECTION + _NAME + r"\s*감독의\s*(?:[\uac00-\ud7a3]{1,5}\s+){0,2}?(?:" + _QUOTED + ")"
)
#: ``‘TITLE’(NAME 감독)``, ``‘TITLE’(감독 NAME)`` or ``‘TITLE’(NAME)``
_DIRECTOR_AFTER = re.compile(
    r"(?:" + _QUOTED + r")\s*\(\s*(?:(?:감독\s+)?" + _NAME + r"(?:\s*감독)?|"
    r"(?P<foreign>[\uac00-\ud7a3]{1,5}(?: [\uac00-\ud7a3]{1,5}){1,2})\s*감독)\s*\)"
)
#: ``NAME 감독(<TITLE>)``
_DIRECTOR_TITLE_PAREN = re.compile(_NAME + r"\s*감독\s*\(\s*(?:" + _QUOTED + r")\s*\)")
#: ``<TITLE> NAME 감독``: the title, then its director (an interview's heading)
_TITLE_THEN_DIRECTOR = re.compile(
    r"(?:" + _QUOTED + r")\s+" + _NAME + r"\s*감독(?=$|[\s,.)]|[의은는이가](?![\uac00-\ud7a3]))"
)
#: ``…의 이야기 ‘녹턴’``, ``…을 그린 ‘보통의 삶-70’``: a title after the clause describing it
_DESCRIBED = re.compile(
    r"(?:이야기|그린|담은|다룬|기록한|좇는|따라간|보여주는)\s*(?:" + _QUOTED + r")"
)
#: ``<TITLE>`` in a sentence about films
_EN_NAME = r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})"
#: ``NAME’s “Title”`` and ``“Title” by NAME``
_EN_POSSESSIVE = re.compile(_EN_NAME + r"[’']s\s+“(?P<t>[^”\n]{1,60}?)[,.]?”")
#: ``Edouard BAER’s Open at Night``: a title in title case, unquoted, after a possessive
_TITLE_WORD = r"(?:[A-Z0-9][\w'-]*)"
_SMALL = r"(?:of|and|the|in|at|on|a|an|to|for|with)"
_EN_POSSESSIVE_PLAIN = re.compile(
    r"(?P<name>[A-Z][A-Za-z]+(?:-[A-Za-z]+)?(?: [A-Z][A-Za-z]+(?:-[A-Za-z]+)?){1,2})’s\s+"
    # ``NAME’s 11-minute Title``, ``NAME’s nine-minute-long Title``: its runtime first
    r"(?:(?P<minutes>\d{1,3}|[a-z]+(?:-[a-z]+)?)-minute(?:-long)?\s+)?"
    r"(?P<t>" + _TITLE_WORD + r"(?:\s+(?:" + _SMALL + r"\s+)*" + _TITLE_WORD + r")*)"
    r"(?=\s*[,;.]|\s*\((?:19|20)\d{2}\)|\s+(?:which|is|was|will|starring)\b|"
    r"\s+" + _SMALL + r"\s+[a-z])"
)
#: A headline: a short line ending in no stop.
_HEADLINE_LINE = re.compile(r"[^\n]{1,120}(?<![.!?:;,])")
#: A first maker before a possessive's name, opening a list's item (``…; Wesley Shrum
#: and`` Greg Scott’s …); after another item's title (``NAME’s Wrong Elements and``) none.
_PARTNER_BEFORE = re.compile(
    r"(?:^|[;:]\s*)(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})\s+and\s+$"
)
#: A runtime in words before a title (``eight-minute``), as English prose prints it.
_MINUTES = {
    word: number
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen"  # noqa: SIM905
        " fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90}
#: After an unquoted title, a comma and a capital may be the title going on (``Come,
#: Together``): the title's end is not known then.
_MAY_GO_ON = re.compile(r"\s*,\s*[A-Z]")
#: ``“Title” by NAME``, ``»Titel« von NAME``, ``„Titel“ von NAME``: a quoted title and its
#: maker's byline.
_LATIN_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+"  # Latin-1 and Extended-A (Kopczyński)
_ONE_NAME = _LATIN_WORD + r"(?:[ -](?:[A-Z]\.\s?)?" + _LATIN_WORD + r"){1,2}"
_LATIN_NAME = r"(?P<name>" + _ONE_NAME + r")"
_EN_BY = re.compile(
    r"(?:“(?P<t>[^”\n]{1,60}?)[,.]?”|»(?P<t1>[^«\n]{1,60})«|„(?P<t2>[^“”\n]{1,60})[“”]|"
    r"\"(?P<t3>[^\"\n]{1,60}?)[,.]?\"(?:\s*\(\s*\"(?P<english>[^\"\n]{1,60}?)[,.]?\"\s*\))?)"
    # ``„Trash“ (BRA/GBR) von NAME``: the countries' codes between (not read: a code may
    # be printed for another country, ``CHE`` for Chile)
    r"(?:\s*\([A-Z]{2,3}(?:\s*[/,]\s*[A-Z]{2,3})*\))?"
    r"\s+(?:by|von)\s+" + _LATIN_NAME + r"(?![\w-])"
    r"(?:\s+(?:und|and|&)\s+(?P<second>" + _ONE_NAME + r")(?![\w-]))?"
)
#: ``Toxic Beauty, directed by Phyllis Ellis, follows …``, ``Human Nature, from director
#: Adam Bolt, explains …``: a sentence opening with a title, a comma, its director, a
#: comma (a news page's line-up told in prose).
_SENTENCE_TITLE_DIRECTED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<t>[A-Z][^,.;:!?“”\"()]{1,60}?),\s+"
    r"(?:directed\s+by|from\s+(?:[\w-]+\s+){0,4}?directors?)\s+"
    r"(?P<names>" + _ONE_NAME + r"(?:\s+and\s+" + _ONE_NAME + r")?),\s"
)
#: A preposition right before a maker's possessive: the film is spoken of (``a scene in
#: NAME’s Title``, ``a remake of …``), not listed.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:in|from|like|than|to|into|about|unlike|since)\s+$", re.IGNORECASE
)
#: Words of a play's staging right before a writer's possessive (``the rehearsals for``,
#: ``a staging of``): the work is a play, no film.
_STAGED_BEFORE = re.compile(
    r"\b(?:rehearsals?|staging|performance)\s+(?:for|of)\s+$", re.IGNORECASE
)
#: A body's name before the possessive's name (``the School of Fine Art’s Department of
#: …``): the name ends that body's, no maker's.
_BODY_OF = re.compile(
    r"\b(?:School|University|Department|Faculty|College|Academy|Institute|Museum|Ministry|"
    r"Office|Bureau|Society|Council|Board|Institution|Center|Centre)\s+of\s+(?:the\s+)?$"
)
#: Words saying a sentence lists other works than the programme's (``other productions``).
_OTHER_WORKS = re.compile(
    r"\b(?:other|earlier|previous|past|former)\s+(?:productions?|films?|works?|documentaries|"
    r"features|credits)\b|\broles\s+on\b|\balso\s+(?:made|directed|produced)\b",
    re.IGNORECASE,
)
#: Words a sentence may open with before a title (``And Willie, from director …``): where
#: the title starts is then not sure.
_SENTENCE_OPENERS = frozenset(["and", "but", "or", "so", "also", "plus", "then", "yet", "still"])
#: ``불리(Bully)``: a Korean title, its English title in parentheses.
_LATIN_IN_PARENTHESES = re.compile(
    r"(?P<ko>[\uac00-\ud7a3][^()]*?)\s*\((?P<en>[A-Za-z][^()\uac00-\ud7a3]*)\)"
)
#: The last word of a body's name, not a person's (``Sierra Club``, ``Film Society``).
_ORGANISATION = re.compile(
    r"\b(?:club|society|foundation|association|council|institute|university|college|museum|"
    r"library|center|centre|group|network|project|trust|fund|committee|company|festival|"
    r"league|union|alliance|coalition|agency|department|ministry|service|board|tribe|nation)$",
    re.IGNORECASE,
)
#: ``Bully, 2011``, ``Us, Day by Day 2019``: an English title in parentheses, a year after it.
_TITLE_THEN_YEAR = re.compile(r"(?P<title>.+?)\s*(?P<comma>,)?\s+(?P<year>(?:19|20)\d{2})")
#: ``<A>, <B>을 연출한 NAME(… 심사위원장 …)``: titles named as the work of a juror.
_JUROR_CREDITS = re.compile(
    r"(?P<list>(?:(?:" + _QUOTED + r")\s*,?\s*(?:과|와|및)?\s*)+)[을를]\s*"
    r"(?:연출한|만든|연출했던|만들었던)\s+[^()\s]{2,12}(?:\s[^()\s]{1,12})?\s*"
    r"\([^()]*(?:심사위원|위원장)"
)
#: Words for where a person is from, printed before the name (``Australian Robert
#: Nugent’s Memoirs of a Plague``): no part of it.
_DEMONYMS = frozenset(
    [
        "american",
        "argentine",
        "argentinian",
        "armenian",
        "australian",
        "austrian",
        "belgian",
        "bosnian",
        "brazilian",
        "british",
        "bulgarian",
        "canadian",
        "chilean",
        "chinese",
        "colombian",
        "croatian",
        "cuban",
        "czech",
        "danish",
        "dutch",
        "egyptian",
        "english",
        "estonian",
        "filipino",
        "finnish",
        "french",
        "georgian",
        "german",
        "greek",
        "hungarian",
        "icelandic",
        "indian",
        "indonesian",
        "iranian",
        "irish",
        "israeli",
        "italian",
        "japanese",
        "kenyan",
        "korean",
        "latvian",
        "lebanese",
        "lithuanian",
        "mexican",
        "nigerian",
        "norwegian",
        "palestinian",
        "peruvian",
        "polish",
        "portuguese",
        "romanian",
        "russian",
        "scottish",
        "serbian",
        "slovak",
        "slovenian",
        "spanish",
        "swedish",
        "swiss",
        "syrian",
        "taiwanese",
        "thai",
        "turkish",
        "ukrainian",
        "vietnamese",
        "welsh",
    ]
)


def _without_demonym(name: str) -> str:
    """A name without the word for where its bearer is from, where two words or more stay
    (``Australian Robert Nugent`` → ``Robert Nugent``; ``German Kral`` stays)."""
    words = name.split()
    if len(words) >= 3 and (words[0].casefold() in _DEMONYMS or words[0].casefold() in _ROLES):
        # ``Regisseur Jonas Alter``: the role before the name is no part of it
        return " ".join(words[1:])
    return name


#: Words for a maker's role, printed before the name (``von Regisseur Jonas Alter``).
_ROLES = frozenset(
    [
        "regisseur",
        "regisseurin",
        "filmemacher",
        "filmemacherin",
        "dokumentarfilmer",
        "dokumentarfilmerin",
        "director",
        "filmmaker",
        "documentarian",
    ]
)


#: A Hangul word right before a name (``해리엇 `` before ``허숀``).
_PART_OF_NAME = re.compile(r"[\uac00-\ud7a3]{1,4} $")


def _foreign_word_before(before: str) -> bool:
    """``파누쉬 사마디감독의``: the word before the name is a foreign name's first part: a
    syllable only foreign names use, and no particle or ending at its end (``장편으로는``
    is a Korean word)."""
    word = re.search(r"([\uac00-\ud7a3]{2,4}) $", before)
    if word is None or KOREAN_WORD_END.search(word.group(1)):
        return False
    last = (ord(word.group(1)[-1]) - 0xAC00) % 28
    # a last syllable closed by ㄴ or ㄹ ends a Korean verb's form (``그린``, ``만든``)
    return foreign_hangul(word.group(1).replace("으", "")) and last not in (4, 8)


def _country_then_word_before(before: str) -> bool:
    """``일본 다카하타 이사오 감독의``: a country, then a word with no particle at its end,
    before the name: the name is the end of a foreign name of two words."""
    found = re.search(r"(?:^|\s)([\uac00-\ud7a3]{2,6}) ([\uac00-\ud7a3]{2,6}) $", before)
    return (
        found is not None
        and country_of(found.group(1)) is not None
        and not KOREAN_WORD_END.search(found.group(2))
    )


#: A series named right before a quoted name (``gehört zur Reihe "Münsterländisches
#: Filmgut" von …``): the name is the series', and who runs it is no film's maker.
_SERIES_BEFORE = re.compile(
    r"\b(?:reihe|filmreihe|veranstaltungsreihe|programmreihe|series|film\s+series)\s*:?\s*$",
    re.IGNORECASE,
)
#: The kind of work right after a quoted name that is no film's (``“Fatman on Batman”
#: podcast``, ``“…” live show``, ``„…“ Konzert``).
_EVENT_AFTER_NAME = re.compile(
    r"\s*(?:live\s+)?(?:podcast|radio\s+show|stand-up|concert|konzert|album|novel|roman|"
    r"musical|play|theaterstück|exhibition|ausstellung|lecture|vortrag)\b",
    re.IGNORECASE,
)
#: A kind of event that is no film, named just before a quoted title (``im Vortrag „Sex
#: und Literatur“ von …``): the title is the event's.
_EVENT_BEFORE = re.compile(
    r"(?:vortrag|vortrags|lesung|gespräch|diskussion|podiumsdiskussion|workshop|talk|lecture|"
    r"panel|masterclass|konzert|concert|ausstellung|exhibition|performance|전시|공연|"
    + "|".join(KOREAN_TALKS)
    + r")\w{0,2}\s+(?:\w+\s+){0,2}$"
    # ``aus der ZDF-Reihe: „planet e“``: a television series; ``올해 슬로건은 ‘OF(F)
    # COURSE’``: the festival's slogan
    r"|(?:reihe|sendereihe|serie|series|magazin)\s*:\s*$|(?:슬로건|주제|구호)[은는이가]?\s*$",
    re.IGNORECASE,
)
#: ``‘당신에게 보내는 뜨거운 추앙’이라는 주제``: a name the page gives a programme's theme.
_NAMED_AS_THEME = re.compile(
    r"(?:" + _QUOTED + r")\s*(?:이)?라는\s*(?:주제|기획|테마|슬로건|타이틀|이름)"
)


def _part_of_theme(title: str, themes: list[str]) -> bool:
    """True when ``title`` is a theme's name, or its first or last words."""
    key = title.casefold().strip()
    return any(
        key == (theme := t.casefold().strip())
        or theme.endswith(" " + key)
        or theme.startswith(key + " ")
        for t in themes
    )


#: ``("Endrju," dir. Tomasz Blachnicki, Robert N. Wachowiak)``: a quoted title and its
#: directors after ``dir.``, in parentheses in a sentence.
_PAREN_DIR = re.compile(
    r"\(\s*[\"“](?P<t>[^\"“”\n]{1,60}?)[,.]?[\"”]\s*,?\s*dir\.\s+"
    r"(?P<names>" + _ONE_NAME + r"(?:\s*,\s*" + _ONE_NAME + r")*)\s*\)"
)
#: ``“The Automat” (79 min.), directed by Lisa Hurwitz``: a quoted title with its running
#: time in parentheses (and perhaps its director's credit after them), as a line-up
#: prints it inside its sentences.
_QUOTED_RUNTIME = re.compile(
    r"[“\"](?P<t>[^”\"\n]{1,80}?)[,.]?[”\"]\s*\((?P<runtime>\d{1,3}\s*(?:min|mins|minutes)\.?)\)"
    r"(?:\s*,\s*directed\s+by\s+(?P<names>"
    + _ONE_NAME
    + r"(?:\s*(?:,|and|&)\s*"
    + _ONE_NAME
    + r")*))?"
)
#: ``DIE GETRÄUMTEN von Ruth Beckermann (Österreich 2016, 89')``, ``IN THE LAST DAYS OF
#: THE CITY (AKHER AYAM EL MADINA) von Tamer El Said``: a title in capitals inside a
#: sentence (an original title in capitals in parentheses after it), ``von`` or ``by``
#: and its makers, perhaps its fields in parentheses. A dash may join the title's parts
#: (``SOUND OF HEIMAT - DEUTSCHLAND SINGT von …``), or an ampersand (``HAMAMA & CALUNA``);
#: no title starts after a dash or an ampersand.
_CAPS_WORD = r"[A-ZÄÖÜÀ-ÖØ-ÞĀ-Ž0-9][A-ZÄÖÜÀ-ÖØ-ÞĀ-Ž0-9'’.&!?:-]*"
_CAPS_BY = re.compile(
    r"(?<![\w'’.#@-])(?<![\w?!] [–—-] )(?<!& )(?P<t>"
    + _CAPS_WORD
    + r"(?:,?\s+(?:[–—&-]\s+)?"
    + _CAPS_WORD
    + r")*)"
    r"(?:\s*\((?P<original>" + _CAPS_WORD + r"(?:\s+" + _CAPS_WORD + r")*)\))?"
    r"\s+(?:von|by)\s+(?P<names>" + _ONE_NAME + r"(?:\s*(?:,|und|and|&)\s*" + _ONE_NAME + r")*)"
    r"(?![\w-])(?:\s*\((?P<fields>[^()]{4,60})\))?"
)
#: ``‘Sinkhole’ on July 1, 7pm; ‘Exit’ on July 3 at 7pm``: a quoted title, ``on`` and the
#: day and time it is shown, up to the next item of the list.
_QUOTED_ON = re.compile(
    r"(?:‘(?P<t>[^’\n]{1,80})’|“(?P<t1>[^”\n]{1,80})”|\"(?P<t2>[^\"\n]{1,80})\")"
    r"\s+on\s+(?P<when>[^;‘“\"]{4,60}?)(?=\s*(?:;|,?\s+and\s+[‘“\"]|\.?$))"
)
#: ``Golan Rise's ELISH'S NOTEBOOKS (pictured)``, ``Ila Bêka and Louise Lemoine's
#: MORIYAMA-SAN``: a title in capitals after its makers' possessive, ending where the
#: capitals end (a remark in parentheses, a comma, a word in lower case).
_EN_POSSESSIVE_CAPS = re.compile(
    r"(?<![\w-])(?P<names>" + _ONE_NAME + r"(?:\s+and\s+" + _ONE_NAME + r")?)[’']s\s+"
    r"(?P<t>" + _CAPS_WORD + r"(?:\s+(?:–\s+)?" + _CAPS_WORD + r")*)"
    r"(?=\s*\([a-z][a-z ]{1,20}\)|\s*[,;.]|\s+[a-z]|\s*$)"
)
#: ``Express Scopelitis by Aimilia Milou goes aboard …``: a paragraph opening with a
#: title, ``by`` and its makers, then a verb in the present (``follows``, ``looks``).
_LEAD_BY_VERB = re.compile(
    r"^[…\s]*(?P<t>[^.;:!?]{2,80}?)\s+by\s+(?P<names>"
    + _ONE_NAME
    + r"(?:\s+and\s+"
    + _ONE_NAME
    + r")?)\s+(?:[a-z]+s)\b"
)
#: ``„Touched“, 13.4., 17 Uhr Babylon)``, ``„Milchzähne“ (10.4., 19.30 Uhr, Colosseum)``:
#: a quoted title and, in the same parentheses or in its own, a day and a time it is shown.
_QUOTED_SHOWING = re.compile(
    r"(?:“(?P<t>[^”\n]{1,80}?)”|»(?P<t1>[^«\n]{1,80})«|„(?P<t2>[^“”\n]{1,80})[“”]|"
    r"\"(?P<t3>[^\"\n]{1,80}?)\")\s*(?:,|\()\s*(?P<when>[^()]{4,80})\)"
)
_ANGLED = re.compile(r"<(?P<t>[^<>\n]{1,60})>")
#: A kind of programme named right before a title in angle brackets: the name is its.
_PROGRAMME_BEFORE = re.compile(
    r"(?:기획|기획전|특별전|특별상영|섹션|부문|프로그램|상영회|시리즈|프로젝트|영화제)\s*$"
    # ``영화제의 제목은 <저항하는 사람들:99>``: the festival's title, theme or slogan
    r"|(?:제목|이름|타이틀|주제|슬로건|부제)[은는이가]\s*$"
)
#: A kind of programme named right after a quoted name (``'시네마틱 춘천' 부문``): the name
#: is the programme's.
_PROGRAMME_AFTER = re.compile(
    r"\s*(?:부문|섹션|기획전|특별전|프로그램|상영회|시리즈|section|strand|programme|program)",
    re.IGNORECASE,
)
#: A floor or a locative particle right after a name in angle brackets: a place's name.
_PLACE_AFTER = re.compile(r"\s*(?:\d+\s*층|에서(?![\uac00-\ud7a3]))")
_FILM_CONTEXT = re.compile(r"개막작|폐막작|상영|다큐|영화|작품")
#: A name in angle brackets that a sentence says is arranged or held (``<…>를 마련합니다``,
#: ``<…>을 개최``): an event's, no film's.
_EVENT_AFTER = re.compile(r"[을를]\s*(?:마련|개최|주최|연다|열고|열어|열린다)")
#: A name's year in parentheses after its angle brackets, then more names with theirs
#: (``(2001), <아무도 모른다>(2004)``, ``(2001)과 <달의 형상>(2004)``).
_YEARED_NAMES = (
    r"\s*\(\s*(?:19|20)\d{2}\s*\)"
    r"(?:\s*(?:,|과|와)\s*<[^<>\n]{1,60}>\s*\(\s*(?:19|20)\d{2}\s*\))*"
)
#: Names in angle brackets with their years, one after another, then ``에 이어`` (``<디스턴스>
#: (2001), <아무도 모른다>(2004)에 이어 올해 <어느 가족>까지``) or a verb of making (``<태양의
#: 눈>(2001)과 <달의 형상>(2004)을 찍었고``): a maker's earlier films, the programme's film
#: named after them or before.
#: A verb of making after a name's particle (``을 찍은``, ``를 만든``, ``을 연출한``).
_MADE = r"[을를]\s*(?:찍었|찍은|만들었|만든|연출했|연출한)"
_EARLIER_AFTER = re.compile(
    _YEARED_NAMES + r"\s*(?:에\s*이어|에\s*이은|등에\s*이어|등\s*전작|" + _MADE + ")"
)
#: A name followed by a verb of making and the maker (``“헤로니모”를 만든 NAME 감독``,
#: ``<…>을 연출한``): the maker's film, named to introduce them, no programme film.
_MADE_AFTER = re.compile(r"\s*" + _MADE)
#: Names in angle brackets with their years, one after another, then ``같은`` (``등``) and
#: the kind of work they are (``<워낭소리>(2009), <거미의 땅>(2012) 같은 한국 다큐멘터리가
#: 이 영화제를 찾았고``): films of the festival's past, given as examples.
_PAST_EXAMPLES_AFTER = re.compile(
    _YEARED_NAMES + r"\s*(?:같은|등의|등)\s*(?:[^\s.<>]+\s+){0,2}?"
    r"(?:다큐멘터리|다큐|영화|작품)들?(?:이|가|은|는|도)\s"
)
#: ``2017년에는 <…>가 … 이름을 올리기도 했다``: a name in a sentence telling what a film
#: did in a year of its own, in the past tense: no film of the programme.
_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}년에는\s*$")
_PAST_TOLD_AFTER = re.compile(r"[^.<>]{0,80}?(?:했|었|았|였)다\.")
#: ``그간 <날고 싶어>, <목따르 마마>, … 같은 … 작품을 상영하며``: names in angle brackets right
#: after a word of the time so far or before (``그간``, ``지금까지``, ``지난해``), one after
#: another, then ``같은`` (``등``, ``처럼``): films shown before, given as examples.
_PAST_BEFORE_RUN = re.compile(
    r"(?:그간|그동안|그\s동안|지금까지|이제까지|여태껏|그간에|과거에?|예전에?|지난해|작년|"
    r"지난\s*\d+\s*년\s*(?:간|동안)?)\s*$"
)
#: The names in angle brackets right before one, each with its comma (``·``, ``와``, ``과``).
_RUN_BEFORE = re.compile(r"(?:<[^<>\n]{1,60}>\s*(?:[,·]|와|과)?\s*)+$")
#: More names in angle brackets after one, each after a comma, ``·``, ``와`` or ``과``.
_MORE_ANGLED = r"(?:\s*(?:[,·]|와|과)?\s*<[^<>\n]{1,60}>)*"
_EXAMPLES_RUN_AFTER = re.compile(_MORE_ANGLED + r"\s*(?:같은|등의|등|처럼)")


#: An earlier year (or half of it) that a sentence tells of: ``2017년 상반기에는``,
#: ``2016년 독립영화 …로 첫 상영을 한 뒤``, ``지난해``.
_EARLIER_PERIOD = re.compile(
    r"(?:19|20)\d{2}년\s*(?:상반기|하반기|봄|여름|가을|겨울|초|말)?(?:에는|에|부터)?\s|지난해|작년"
)
#: A sentence's end in the past tense (``…들려주었다.``, ``…소개해 왔다.``).
_PAST_END = re.compile(r"(?:었|았|였|했|왔|웠|됐|줬)다\.?$")
#: Words of what is to come or is now (``예정``, ``상영한다``, ``열린다``): an announcement.
_NOW_OR_NEXT = re.compile(r"예정|한다|된다|열린다|시작한다|이어진다|만난다")


def _in_past_sentence(text: str, start: int) -> bool:
    """Whether the name at ``start`` stands in a sentence that tells of an earlier period
    in the past tense (``2017년 상반기에는 … <초인>의 NAME 감독이 … 들려주었다.``): the
    films of that period, not the programme's."""
    stop = text.rfind(". ", 0, start)
    opened = stop + 2 if stop >= 0 else 0
    closed = text.find(". ", start)
    sentence = text[opened : closed + 1 if closed >= 0 else len(text)].strip()
    return bool(
        _EARLIER_PERIOD.search(sentence[: start - opened])
        and _PAST_END.search(sentence)
        and not _NOW_OR_NEXT.search(sentence)
    )


def _past_examples(text: str, start: int, end: int) -> bool:
    """Whether the name in angle brackets at ``start:end`` stands in a run of names that a
    word of the past opens and ``같은`` (``등``, ``처럼``) closes."""
    head = text[:start]
    run = _RUN_BEFORE.search(head)
    opened = run.start() if run else len(head)
    return bool(
        _PAST_BEFORE_RUN.search(head[max(0, opened - 14) : opened])
        and _EXAMPLES_RUN_AFTER.match(text, end)
    )


#: ``<카트>의 바탕이 된``, ``<…>의 원작``: the film (or book) another grew from, named to
#: tell of the programme's film, no programme film itself.
_BASIS_AFTER = re.compile(r"\s*의\s*(?:바탕이\s*된|모태가\s*된|토대가\s*된|원작)")
#: A name in angle brackets a prize was won with (``<아무도 모른다>로는 NAME가
#: 남우주연상을``): an earlier film, told of in a sentence about its prize.
_PRIZE_WITH = re.compile(r"(?:으로|로)는?\s[^.<>]{0,40}?상을")
#: Names in angle brackets, one after another, then ``같은`` (``등``, ``처럼``) and the work
#: someone did on them (``<더 록><아마게돈> 같은 할리우드 대작의 사운드 에디터로 일한
#: NAME``): a guest's past work, not the programme's. (``<…> 같은 첫 장편이 있고`` and
#: ``<…>처럼 오래 작업해 온 감독들의 신작``, with no such work, name programme films.)
#: A book, a booklet, a record or a stage work named in angle brackets: ``책 <…>``,
#: ``<…>를 쓴``, ``<…> 소책자``, ``환경뮤지컬 <…> 공연``.
_BOOK_BEFORE = re.compile(
    r"(?:책|도서|소설|시집|저서|음반|앨범|잡지|뮤지컬|연극|오페라|인형극|마당극|콘서트)\s*$"
)
_BOOK_AFTER = re.compile(r"\s*(?:[을를]\s*쓴|[을를]\s*펴낸|[을를]\s*출간|소책자|책)")
_EXAMPLES_AFTER = re.compile(
    _MORE_ANGLED + r"\s*(?:같은|등의|등|처럼)[^.<>]{0,40}?"
    r"(?:(?:로|으로)\s*(?:일한|일했|참여한|참여했|활동한|활동했)|[을를]\s*맡은|[을를]\s*맡았)"
    # ``<워낭소리>와 <울지마 톤즈>처럼 적은 예산으로 만든 다큐멘터리가 … 흥행한 사례``:
    # examples of a kind of success, no films of the programme
    r"|" + _MORE_ANGLED + r"\s*(?:같은|처럼)[^.<>]{0,80}?(?:사례|흥행)"
)
_NOT_FILM = re.compile(r"저작권|무단|전재|배포|copyright|©", re.IGNORECASE)  # © : a caption
#: Words that stand in parentheses after a title but are no director's name.
_NOT_NAME = frozenset(
    {"개막작", "폐막작", "상영작", "신작", "감독", "한국", "국내", "해외"}
    # kinds of event held after a screening (``“…” with 영영 (사유회)``): the title is theirs
    | set(KOREAN_TALKS)
)


def _short_form(record: FilmRecord, named: list[FilmRecord]) -> str | None:
    """The title of another film in ``named`` whose part before a colon is ``record``'s
    title (``망각과 기억2`` of ``망각과 기억2 : 돌아 봄``), or None."""
    key = record.title.casefold().strip()
    for other in named:
        head, colon, _ = other.title.partition(":")
        if other is not record and colon and head.casefold().strip() == key:
            return other.title
    return None


def _title(found: re.Match[str]) -> str:
    return next(v for k, v in found.groupdict().items() if k.startswith("t") and v).strip()


def _shown(text: str) -> bool:
    """A day and a time of day, and nothing that is no showing's: the text after a quoted
    title says when it is shown."""
    try:
        return find_date(text) is not None and bool(find_times(text))
    except DateError:
        return False


def _paragraph_leads(lines: list[Line]) -> list[tuple[Line, re.Match[str]]]:
    """The paragraphs that open with a film: ``Mendil by Chrystalla Avgousti tells of …``,
    three at least on the page (:data:`_LEAD_BY_VERB`)."""
    leads = [(line, m) for line in lines if (m := _LEAD_BY_VERB.match(line.text))]
    leads = [
        (line, m)
        for line, m in leads
        if is_headline(m["t"]) and all(looks_like_name(n) for n in split_names(m["names"]))
    ]
    return leads if len(leads) >= 3 else []


def read_mentions(lines: list[Line], conflicts: list[tuple[int, str]]) -> list[FilmRecord]:
    """The films named in the running text of ``lines``, in order, each once.

    Args:
        lines: the page.
        conflicts: where a film named with several directors is reported.
    """
    films: dict[str, FilmRecord] = {}
    programmes: set[str] = set()  # names the page gives a programme, folded
    listed_together: set[str] = set()  # co-directors printed in one list: not a conflict

    credits_only: set[str] = set()  # the line's titles named only as a juror's work

    def film(title: str, line: Line) -> FilmRecord:
        other = None
        scripts = TWO_SCRIPTS.match(title) or _LATIN_IN_PARENTHESES.fullmatch(title)
        if scripts:
            # ``<바그다드에서 온 편지 Letters from Baghdad>``, ``<불리(Bully)>``: the Korean
            # title, then the English one in the same brackets
            title, other = scripts["ko"].strip(), scripts["en"].strip()
        year = None
        dated = _TITLE_THEN_YEAR.fullmatch(other) if other else None
        if dated is not None and dated["comma"]:
            # ``<불리(Bully, 2011)>``: the English title, then the film's year
            other, year = dated["title"].strip(), int(dated["year"])
        elif dated is not None:
            # ``'우리는 매일매일(Us, Day by Day 2019)'``: the film's year after its English
            # title, or a year in the title (``Berlin 1936``)? Not sure: neither is stated
            other = None
        if title.casefold() in credits_only:
            return FilmRecord(title=title, line=line.number)  # stated nowhere
        key = title.casefold()
        if key not in films:
            films[key] = FilmRecord(title=title, line=line.number)
        if other and films[key].original_title is None:
            films[key].original_title = other
        if year is not None and films[key].year is None:
            films[key].year, films[key].year_line = year, (line.number, line.text)
        return films[key]

    for line, found in _paragraph_leads(lines):
        record = film(found["t"].strip(), line)
        names = split_names(found["names"])
        record.directors += [(n, line.number) for n in names if n not in dict(record.directors)]
        listed_together.add(record.title.casefold())
    for line in lines:
        text = line.text
        if not text or _NOT_FILM.search(text):
            continue
        credits_only.clear()
        for juror in _JUROR_CREDITS.finditer(text):
            # ``<포토그래픽 메모리>, <셔먼의 행진>을 연출한 로스 맥켈위(… 심사위원장 …)``:
            # a juror's own films, named to say who the juror is, not shown
            credits_only.update(_title(t).casefold() for t in re.finditer(_QUOTED, juror["list"]))
        spans: list[tuple[int, int]] = []
        forms = (
            _DIRECTOR_BEFORE,
            _DIRECTOR_AFTER,
            _DIRECTOR_TITLE_PAREN,
            _TITLE_THEN_DIRECTOR,
            _EN_POSSESSIVE,
            _EN_BY,
            _EN_POSSESSIVE_PLAIN,
        )
        for form in forms:
            for found in form.finditer(text):
                name = _without_demonym(found["name"] or found.groupdict().get("foreign") or "")
                if (
                    not name
                    or name in _NOT_NAME
                    or country_of(name)
                    or cities_in(name)
                    or is_region(name)
                    or _ORGANISATION.search(name)
                ):
                    # ``New York’s Central Park``, ``New Jersey’s Passaic River``, ``the
                    # Sierra Club’s Falls of the James Group``: a place's or a body's
                    continue
                short = (
                    found["name"] is not None
                    and (
                        len(found["name"]) == 2
                        or not korean_name(found["name"])
                        or re.search(r"(?:^|\s)[\uac00-\ud7a3] $", text[: found.start("name")])
                        is not None  # ``짐 자무쉬``: a one-syllable word before is a foreign name's
                        or _foreign_word_before(text[: found.start("name")])
                        or _country_then_word_before(text[: found.start("name")])
                    )
                )
                before = text[: found.start("name")]
                if short and _PART_OF_NAME.search(before) and not before.endswith("감독 "):
                    # ``해리엇 허숀 감독의``: two syllables after another word may be the end
                    # of a foreign name; the title is read, the director not
                    film(_title(found), line)
                    spans.append(found.span())
                    continue
                if _EVENT_BEFORE.search(
                    text[max(0, found.start() - 40) : found.start()]
                ) or _EVENT_AFTER_NAME.match(text, found.end()):
                    # a talk's or a concert's title, no film's (``Kevin Smith's “Fatman on
                    # Batman” podcast``: a podcast's, its host's name before it)
                    spans.append(found.span())
                    continue
                if _SERIES_BEFORE.search(text[max(0, found.start() - 40) : found.start()]):
                    spans.append(found.span())  # ``zur Reihe „…“ von …``: a series' name
                    continue
                if form in (_EN_POSSESSIVE, _EN_POSSESSIVE_PLAIN) and _STAGED_BEFORE.search(before):
                    # ``backstage into the rehearsals for Jack Thorne’s “The Solid Life of
                    # Sugar Water”``: a play, staged in the film
                    spans.append(found.span())
                    continue
                if form is _EN_POSSESSIVE_PLAIN and (
                    not looks_like_name(name)
                    # ``True Justice: NAME’s …``, ``Rocketman - Mad Mike’s Mission …``: a
                    # subtitle, after its title's colon or dash
                    or re.search(r"(?::|\s[-–—])\s*$", before) is not None
                    # ``The Man Who Stole Einstein’s Brain``: the words before the name run
                    # on in capitals, so the possessive is inside a longer title
                    or re.search(r"\b[A-Z][\w’'-]*\s+$", before) is not None
                    # ``other productions of their company, among them Jocelyn Moorhouse’s
                    # The Dressmaker``: the sentence speaks of other works, not the programme
                    or _OTHER_WORKS.search(re.split(r"[.!?]\s+", before)[-1]) is not None
                    or any(a <= found.start() < b for a, b in spans)
                    or _MAY_GO_ON.match(text, found.end())
                    # ``the shower scene in Alfred Hitchcock’s Psycho``: a film the text
                    # speaks of, not one it lists
                    or _REFERENCE_BEFORE.search(before) is not None
                    # ``the Civil Right’s Movement``: a name takes no article
                    or re.search(r"\bthe\s+$", before, re.IGNORECASE) is not None
                    or _BODY_OF.search(before) is not None
                ):
                    continue
                english = found.groupdict().get("english")
                record = film(english.strip() if english else _title(found), line)
                minutes = _MINUTES.get(found.groupdict().get("minutes") or "")
                if minutes is None and (found.groupdict().get("minutes") or "").isdigit():
                    minutes = int(found["minutes"])
                if minutes and record.runtime is None:
                    record.runtime = f"PT{minutes}M"
                    record.runtime_line = (line.number, found.group(0))
                if english and record.original_title is None:
                    record.original_title = _title(found)
                partner = _PARTNER_BEFORE.search(before) if form is _EN_POSSESSIVE_PLAIN else None
                if (
                    partner is not None
                    and looks_like_name(partner["name"])
                    and partner["name"] not in (n for n, _ in record.directors)
                ):
                    # ``Wesley Shrum and Greg Scott’s six-minute Light Years``: two makers
                    record.directors.append((partner["name"], line.number))
                    listed_together.add(record.title.casefold())
                headline = form is _EN_POSSESSIVE_PLAIN and _HEADLINE_LINE.fullmatch(text)
                if name not in (n for n, _ in record.directors) and not headline:
                    # (``PJ Harvey’s A Dog Called Money is among the … festival films``: a
                    # headline's possessive may name the film's subject, a musician, as
                    # well as its maker; the film is read, the name not)
                    record.directors.append((name, line.number))
                second = found.groupdict().get("second")
                if (
                    second
                    and looks_like_name(second)
                    and second not in (n for n, _ in record.directors)
                ):
                    # ``„Trash“ von Stephen Daldry und Christian Duurvoort``: two makers
                    record.directors.append((second, line.number))
                    listed_together.add(record.title.casefold())
                section = found.groupdict().get("section")
                if section and record.section is None:
                    record.section = (line.number, section)
                spans.append(found.span())
        for found in _SENTENCE_TITLE_DIRECTED.finditer(text):
            title = found["t"].strip()
            names = split_names(found["names"])
            if (
                any(a <= found.start() < b for a, b in spans)
                or title.split()[0].casefold() in _SENTENCE_OPENERS
                or len(title.split()) > 8
                or not is_headline(title)
                or not names
                or not all(looks_like_name(n) for n in names)
            ):
                continue
            record = film(title, line)
            record.directors += [(n, line.number) for n in names if n not in dict(record.directors)]
            listed_together.add(record.title.casefold())
            spans.append(found.span())
        for found in _PAREN_DIR.finditer(text):
            record = film(found["t"].strip(), line)
            credited = [n.strip() for n in found["names"].split(",")]
            record.directors += [
                (n, line.number) for n in credited if n not in dict(record.directors)
            ]
            listed_together.add(found["t"].strip().casefold())
            spans.append(found.span())
        for found in _QUOTED_RUNTIME.finditer(text):
            if any(a <= found.start() < b for a, b in spans) or _EVENT_BEFORE.search(
                text[max(0, found.start() - 40) : found.start()]
            ):
                continue
            record = film(found["t"].strip(), line)
            if record.runtime is None:
                record.runtime = runtime_of(found["runtime"])
                record.runtime_line = (line.number, text)
            names = split_names(found["names"]) if found["names"] else ()
            record.directors += [(n, line.number) for n in names if n not in dict(record.directors)]
            listed_together.add(record.title.casefold())
            spans.append(found.span())
        # a quoted title with the day and time it is shown: ``on …`` after it, or in
        # parentheses (where a talk's title, named after the kind of talk, is no film's)
        for form in (_QUOTED_ON, _QUOTED_SHOWING):
            for found in form.finditer(text):
                before = text[max(0, found.start() - 40) : found.start()]
                if any(a <= found.start() < b for a, b in spans) or (
                    form is _QUOTED_SHOWING and _EVENT_BEFORE.search(before)
                ):
                    continue
                if _shown(found["when"]):
                    film(_title(found), line)
                    spans.append(found.span())
        for found in [*_CAPS_BY.finditer(text), *_EN_POSSESSIVE_CAPS.finditer(text)]:
            title = found["t"].strip(" :.,–")
            letters = [c for c in title if c.isalpha()]
            extra = found.groupdict()
            short = len(title.split()) == 1 and len(letters) < 5 and not extra.get("fields")
            if len(letters) < 2 or short or any(a <= found.start() < b for a, b in spans):
                continue  # an acronym (``FID``) or a word in capitals is no title alone
            names = split_names(found["names"])
            if any(country_of(n) or cities_in(n) or is_region(n) for n in names):
                continue  # ``New York’s …``: a place's, not a maker's
            if any(_ORGANISATION.search(n) for n in names):
                continue  # ``The Korean Cultural Service's KOREAN MOVIE NIGHT``: a body's
            fields = read_meta(extra["fields"]) if extra.get("fields") else None
            record = film(title, line)
            if extra.get("original") and record.original_title is None:
                record.original_title = extra["original"].strip()
            record.directors += [(n, line.number) for n in names if n not in dict(record.directors)]
            listed_together.add(record.title.casefold())
            if (
                fields is not None
                and fields.signals >= 2
                and not (fields.unread or fields.directors)
            ):
                if record.year is None and fields.year is not None:
                    record.year, record.year_line = fields.year, (line.number, text)
                if record.runtime is None and fields.runtime is not None:
                    record.runtime, record.runtime_line = fields.runtime, (line.number, text)
                record.countries = record.countries or list(fields.countries)
            spans.append(found.span())
        for listed in read_lists(text):
            record = film(listed.title, line)
            if listed.director and listed.director not in (n for n, _ in record.directors):
                record.directors.append((listed.director, line.number))
        for found in _DESCRIBED.finditer(text):
            if _PROGRAMME_AFTER.match(text, found.end()):
                programmes.add(_title(found).casefold())
                continue  # ``보여주는 '시네마틱 춘천' 부문``: a section's name, no film's
            if _MADE_AFTER.match(text, found.end()):
                continue  # ``“헤로니모”를 만든 NAME 감독``: the maker's earlier film
            if not any(a <= found.start() < b for a, b in spans):
                film(_title(found), line)
        if _FILM_CONTEXT.search(text):
            for found in _ANGLED.finditer(text):
                if _PROGRAMME_BEFORE.search(
                    text[max(0, found.start() - 12) : found.start()]
                ) or _PROGRAMME_AFTER.match(text, found.end()):
                    programmes.add(found["t"].strip().casefold())
                    continue  # ``특별기획 <다시 보고싶은 여성영화>``: a programme's name
                if _PLACE_AFTER.match(text, found.end()):
                    continue  # ``마을활력소 <초록뜰> 2층에서``: a place, where it is shown
                if _EVENT_AFTER.match(text, found.end()):
                    continue  # ``<가족과 함께 보는 …>를 마련합니다``: the event arranged
                if _EXAMPLES_AFTER.match(text, found.end()):
                    continue  # ``<더 록><아마게돈> 같은 할리우드 대작``: examples of a career
                if _BOOK_BEFORE.search(
                    text[max(0, found.start() - 8) : found.start()]
                ) or _BOOK_AFTER.match(text, found.end()):
                    continue  # ``책 <줬으면 그만이지>를 쓴``, ``뮤지컬 <…>``: a book, a show
                if _BASIS_AFTER.match(text, found.end()):
                    continue  # ``영화 <카트>의 바탕이 된 다큐멘터리``: the film another grew from
                if (
                    _EARLIER_AFTER.match(text, found.end())
                    or _PRIZE_WITH.match(text, found.end())
                    or _MADE_AFTER.match(text, found.end())
                ):
                    continue  # ``<디스턴스>(2001), …에 이어``, ``<…>로는 … 상을``: earlier work
                if _PAST_EXAMPLES_AFTER.match(text, found.end()) or (
                    _YEAR_BEFORE.search(text[max(0, found.start() - 12) : found.start()])
                    and _PAST_TOLD_AFTER.match(text, found.end())
                ):
                    continue  # ``<워낭소리>(2009) … 같은 한국 다큐멘터리가``: the past's films
                if _in_past_sentence(text, found.start()):
                    continue  # ``2017년 상반기에는 … <초인>의 NAME 감독이 … 들려주었다.``
                if _past_examples(text, found.start(), found.end()):
                    continue  # ``그간 <날고 싶어>, <목따르 마마> 같은 작품을``: shown before
                if not any(a <= found.start() < b for a, b in spans):
                    film(found["t"].strip(), line)
    named = sorted(films.values(), key=lambda f: f.line)
    themes = [_title(m) for line in lines for m in _NAMED_AS_THEME.finditer(line.text)]
    for record in [r for r in named if _part_of_theme(r.title, themes)]:
        # ``다양한 삶으로 보여주는 ‘뜨거운 추앙’`` over ``‘당신에게 보내는 뜨거운 추앙’이라는
        # 주제 아래``: the programme's theme, or its end, is no film
        named.remove(record)
        conflicts.append(
            (record.line, f"not imported as a film: {record.title!r}, the page names it as a theme")
        )
    for record in [r for r in named if r.title.casefold() in programmes]:
        # ``공동상영회 <퀴어, 인권>`` in the heading, ``<퀴어, 인권> 공동상영회는 …`` in the
        # text: a name the page gives a programme is no film's anywhere on it
        named.remove(record)
        conflicts.append(
            (
                record.line,
                f"not imported as a film: {record.title!r}, the page names a programme so",
            )
        )
    for record, longer in [(r, t) for r in named if (t := _short_form(r, named))]:
        # ``<망각과 기억2 : 돌아 봄>`` and, further on, ``<망각과 기억2>``: the same film by
        # its title's first part, or another film of that name? Not sure: the short one
        # is reported
        named.remove(record)
        conflicts.append(
            (
                record.line,
                f"not imported as a film: {record.title!r}, the page names a film"
                f" {longer!r} beginning so",
            )
        )
    for record in named:
        if len(record.directors) > 1 and record.title.casefold() not in listed_together:
            # several names for one film in running text: spellings or co-directors,
            # the text does not say which; none is stated
            spelled = ", ".join(n for n, _ in record.directors)
            record.directors = []
            conflicts.append(
                (
                    record.line,
                    f"directors of {record.title!r} not imported,"
                    f" the text names several: {spelled}",
                )
            )
    return named
