"""The fields of a film block, each recognised wherever it stands and however punctuated.

A header of a programme page is a handful of fields (who directed, which country, year,
runtime, subtitles, premiere) printed in a site's order with a site's separators. These
readers take one field each; :func:`read_meta` splits a line into its parts and offers
each part to every reader, so ``Regie: Anna Berg | Deutschland 2019 | 90 Min. | OmeU`` and
``Anna Berg, Germany, 2019, 90 minutes, English subtitles`` read the same.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from dockg.ingest.text import colour_of, is_video_format

#: Country names in English, German and Korean, to the English name the place IRI is made of.
COUNTRIES: dict[str, str] = {}
_COUNTRY_TABLE = """
South Korea|Korea|Republic of Korea|Südkorea|Korea, Republic of|한국|대한민국
North Korea|Nordkorea|북한|DPRK
Germany|Deutschland|독일
Austria|Österreich|오스트리아
Switzerland|Schweiz|스위스
France|Frankreich|프랑스
Italy|Italien|이탈리아
Spain|Spanien|스페인
Portugal|포르투갈
Netherlands|Niederlande|The Netherlands|네덜란드
Belgium|Belgien|벨기에
Denmark|Dänemark|덴마크
Norway|Norwegen|노르웨이
Sweden|Schweden|스웨덴
Finland|Finnland|핀란드
Poland|Polen|폴란드
Czech Republic|Czechia|Tschechien|Tschechische Republik|체코
Hungary|Ungarn|헝가리
Russia|Russland|러시아
Venezuela|베네수엘라
Lesotho|레소토
Tonga|통가
Ghana|가나
Senegal|세네갈
Mali|말리
Burkina Faso|부르키나파소
Benin|베냉
Cameroon|Kamerun|카메룬
Democratic Republic of the Congo|DR Congo|DRC|Demokratische Republik Kongo|콩고민주공화국
Uganda|우간다
Tanzania|탄자니아
Rwanda|Ruanda|르완다
Zimbabwe|Simbabwe|짐바브웨
Mozambique|Mosambik|모잠비크
Sudan|수단
Yemen|Jemen|예멘
United Arab Emirates|UAE|Vereinigte Arabische Emirate|아랍에미리트
Kosovo|코소보
North Macedonia|Nordmazedonien|북마케도니아
Albania|Albanien|알바니아
Montenegro|몬테네그로
Moldova|Moldau|몰도바
Cyprus|Zypern|키프로스
Malta|몰타
Bolivia|Bolivien|볼리비아
Ecuador|에콰도르
Uruguay|우루과이
Paraguay|파라과이
Guatemala|과테말라
Honduras|온두라스
Nicaragua|니카라과
Panama|파나마
Haiti|아이티
Dominican Republic|Dominikanische Republik|도미니카 공화국
Jamaica|Jamaika|자메이카
Fiji|Fidschi|피지
Papua New Guinea|Papua-Neuguinea|파푸아뉴기니
Ukraine|우크라이나
United Kingdom|UK|U.K|Great Britain|Großbritannien|Vereinigtes Königreich|영국
Ireland|Irland|아일랜드
United States|USA|US|U.S|U.S.A|United States of America|Vereinigte Staaten|미국
Canada|Kanada|캐나다
Mexico|Mexiko|멕시코
Brazil|Brasilien|브라질
Argentina|Argentinien|아르헨티나
Chile|칠레
Colombia|Kolumbien|콜롬비아
Japan|일본
China|People's Republic of China|Volksrepublik China|VR China|중국
Taiwan|대만
Hong Kong|홍콩
Philippines|Philippinen|필리핀
Vietnam|Viet Nam|베트남
Thailand|태국
Indonesia|Indonesien|인도네시아
Malaysia|말레이시아
Myanmar|미얀마
Cambodia|Kambodscha|캄보디아
India|Indien|인도
Pakistan|파키스탄
Iran|이란
Iraq|Irak|이라크
Syria|Syrien|시리아
Lebanon|Libanon|레바논
Israel|이스라엘
Palestine|Palästina|팔레스타인
Turkey|Türkei|터키|튀르키예
Egypt|Ägypten|이집트
South Africa|Südafrika|남아프리카공화국
Kazakhstan|Kasachstan|카자흐스탄
Uzbekistan|Usbekistan|우즈베키스탄
Kyrgyzstan|Kirgisistan|키르기스스탄
Georgia|Georgien|조지아
Greece|Griechenland|그리스
Estonia|Estland|에스토니아
Latvia|Lettland|라트비아
Lithuania|Litauen|리투아니아
Serbia|Serbien|세르비아
Croatia|Kroatien|크로아티아
Bosnia and Herzegovina|Bosnien und Herzegowina|보스니아 헤르체고비나
Romania|Rumänien|루마니아
Bulgaria|Bulgarien|불가리아
Australia|Australien|호주
Singapore|Singapur|싱가포르
Laos|라오스
Costa Rica|코스타리카
Peru|페루
Cuba|Kuba|쿠바
Mongolia|Mongolei|몽골
Nepal|네팔
Bangladesh|방글라데시
Sri Lanka|스리랑카
Luxembourg|Luxemburg|룩셈부르크
Slovenia|Slowenien|슬로베니아
Slovakia|Slowakei|슬로바키아
Iceland|Island|아이슬란드
Morocco|Marokko|모로코
Tunisia|Tunesien|튀니지
Nigeria|나이지리아
Kenya|Kenia|케냐
Armenia|Armenien|아르메니아
Azerbaijan|Aserbaidschan|아제르바이잔
Belarus|Belarus|벨라루스
Qatar|Katar|카타르
Algeria|Algerien|알제리
Sierra Leone|시에라리온
Ethiopia|Äthiopien|에티오피아
Niger|니제르
Saudi Arabia|Saudi-Arabien|사우디아라비아
Jordan|Jordanien|요르단
Afghanistan|아프가니스탄
New Zealand|Neuseeland|뉴질랜드
"""
#: The same countries in Italian and French (a festival page in those languages), and
#: the Soviet Union as films of its time print it.
_ROMANCE_TABLE = """
Soviet Union|USSR|U.R.S.S|URSS|UdSSR|Sowjetunion|소련
Germany|Germania|Allemagne
Austria|Autriche
Switzerland|Svizzera|Suisse
France|Francia
Italy|Italia|Italie
Spain|Spagna|Espagne|España
Portugal|Portogallo
Netherlands|Paesi Bassi|Pays-Bas
Belgium|Belgio|Belgique
Denmark|Danimarca|Danemark
Norway|Norvegia|Norvège
Sweden|Svezia|Suède
Finland|Finlandia|Finlande
Poland|Polonia|Pologne
Czech Republic|Repubblica Ceca|République tchèque
Hungary|Ungheria|Hongrie
Russia|Russie
Greece|Grecia|Grèce
Turkey|Turchia|Turquie
United Kingdom|Regno Unito|Royaume-Uni
Ireland|Irlanda|Irlande
United States|Stati Uniti|États-Unis|Etats-Unis
Mexico|Messico|Mexique
Brazil|Brasile|Brésil
Argentina|Argentine
China|Cina|Chine
Japan|Giappone|Japon
South Korea|Corea del Sud|Corée du Sud
Lebanon|Libano|Liban
Israel|Israele|Israël
Palestine|Palestina
Egypt|Egitto|Égypte
Ukraine|Ucraina
"""
for _row in filter(None, (_COUNTRY_TABLE + _ROMANCE_TABLE).splitlines()):
    _names = _row.split("|")
    for _name in _names:
        COUNTRIES[_name.casefold()] = _names[0]


def country_of(text: str) -> str | None:
    """The English name of a country printed in English, German, Korean, Italian or French;
    None if none."""
    return COUNTRIES.get(text.strip().rstrip(".").casefold())


_RUNTIME_FORMS = (
    # 59:00min, 17:23 mins: minutes and seconds
    re.compile(r"^(?P<m>\d{1,3}):(?P<s>[0-5]\d)\s*(?:min\.?|mins|minutes)$", re.IGNORECASE),
    re.compile(r"^(?P<m>\d{1,3})\s*분$"),  # 90분
    re.compile(r"^(?P<m>\d{1,3})['’′](?P<s>[0-5]\d)$"),  # 38'13: minutes and seconds
    re.compile(
        r"^(?:(?P<h>\d)\s*(?:h|hrs?|hours?|std\.?|시간)\s*)?"
        r"(?:(?P<m>\d{1,3})\s*(?:m|mins?|minutes?|minuten|分|분|'|’|′)\.?\s*)?"
        r"(?:(?P<s>\d{1,2})\s*(?:s|secs?|seconds?|sek\.?|초|\"|”|″)\.?)?$",
        re.IGNORECASE,
    ),
)


@functools.lru_cache(maxsize=8192)
def runtime_of(text: str) -> str | None:
    """A printed runtime as an ``xsd:duration`` lexical form, kept as printed.

    ``113 minutes`` → ``PT113M``, ``115 min.`` → ``PT115M``, ``59:00min`` → ``PT59M``,
    ``1h 30m`` → ``PT1H30M``, ``90분`` → ``PT90M``, ``16min 55sec`` → ``PT16M55S``,
    ``17:23 mins`` and ``21'28"`` → minutes and seconds.
    """
    text = text.strip()
    half = re.fullmatch(r"(?P<m>\d{1,3})[,.]5\s*(?:min\.?|minuten|minutes?)", text, re.IGNORECASE)
    if half is not None:
        return f"PT{int(half['m'])}M30S" if int(half["m"]) else "PT30S"  # ``1,5 Min``
    for form in _RUNTIME_FORMS:
        found = form.match(text)
        if found is None:
            continue
        parts = found.groupdict()
        if not any(parts.get(k) for k in ("h", "m", "s")):
            continue
        if form is _RUNTIME_FORMS[-1] and not parts.get("m") and not parts.get("h"):
            continue
        hours, minutes = parts.get("h"), parts.get("m")
        seconds = parts.get("s")
        if seconds is not None and int(seconds) == 0 and form is not _RUNTIME_FORMS[-1]:
            seconds = None  # 59:00min is 59 minutes, 20'00 twenty
        out = "PT"
        if hours:
            out += f"{int(hours)}H"
        if minutes:
            out += f"{int(minutes)}M"
        if seconds:
            out += f"{int(seconds)}S"
        return out
    return None


_YEAR = re.compile(r"^(?:19|20)\d{2}$")

#: Subtitle and language flags: the flag, to the subtitle language tags it means.
_SUBTITLE_FLAGS = {
    "omu": ("de",),  # Original mit Untertiteln, German subtitles at a German festival
    "omdu": ("de",),
    "omeu": ("en",),
    "omenglu": ("en",),
    "ome": ("en",),
    "영어자막": ("en",),
    "한글자막": ("ko",),
    "한국어자막": ("ko",),
    "영문자막": ("en",),
    "est": ("en",),  # English subtitles, as British cinemas print it (``Digital. EST. 15``)
}
_LANGUAGE_WORDS = {
    "english": "en",
    "eng": "en",
    "englisch": "en",
    "englischen": "en",
    "englischer": "en",
    "englische": "en",
    "korean": "ko",
    "kor": "ko",
    "german": "de",
    "deutsch": "de",
    "deutschen": "de",
    "deutscher": "de",
    "french": "fr",
    "japanese": "ja",
    "chinese": "zh",
    "spanish": "es",
    "russian": "ru",
}
_LETTERS = {"e": "en", "k": "ko", "j": "ja", "c": "zh", "f": "fr", "g": "de", "d": "de"}


#: A copy's version in language codes, its subtitles after ``mit UT``: ``EN OV mit UT
#: DE/FR``, ``DE, EN, HEB und JID OV mit UT DE``.
_VERSION_CODES = re.compile(
    r"(?:\b[A-Z]{2,3}(?:\s*,\s*[A-Z]{2,3})*(?:\s+(?:und|and)\s+[A-Z]{2,3})?\s+)?"
    r"\b(?:OV|OF|OmU|OmeU)\s+mit\s+UT\s+(?P<subs>[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3})*)\b"
)
_SUBTITLE_CODES = {"DE": "de", "EN": "en", "FR": "fr", "IT": "it", "ES": "es", "NL": "nl"}
_SUBTITLE_LABEL = re.compile(
    r"^(?:untertitel|subtitles?|자막)\s*[:：]\s*(?P<langs>.+)$", re.IGNORECASE
)
_SPOKEN_LABEL = re.compile(
    r"^(?:originalfassung|original version|sprache|language|언어)\s*[:：]", re.I
)


@functools.lru_cache(maxsize=8192)
def subtitles_of(text: str) -> tuple[str, ...] | None:
    """Subtitle languages of a flag: ``English subtitles``, ``OmU``, ``OmeU``, ``(K,E)``,
    ``with English subtitles``, ``mit englischen Untertiteln``, ``영어자막``; None if none.
    """
    text = text.strip().strip(".")
    labelled = _SUBTITLE_LABEL.match(text)
    if labelled:
        words = re.split(r"\s*(?:,|&|/|\band\b|\bund\b)\s*", labelled["langs"])
        tags = [_LANGUAGE_WORDS.get(w.casefold()) for w in words if w]
        return tuple(t for t in tags if t) if tags and all(tags) else None
    flag = _SUBTITLE_FLAGS.get(re.sub(r"[\s.-]", "", text).casefold())
    if flag is not None:
        return flag
    letters = re.fullmatch(r"\(\s*([A-Za-z](?:\s*[,/]\s*[A-Za-z])+|[A-Za-z])\s*\)", text)
    if letters:
        tags = [_LETTERS.get(c.lower()) for c in re.split(r"\s*[,/]\s*", letters.group(1))]
        return tuple(t for t in tags if t) if all(tags) else None
    named = re.fullmatch(
        r"(?:with\s+|mit\s+)?(?P<langs>[A-Za-z][A-Za-z ,&/]*?)\s*"
        r"(?:sub(?:title)?s?|untertitel[n]?|ut)\.?",
        text,
        re.IGNORECASE,
    )
    if named:
        words = [w for w in re.split(r"\s*(?:,|&|/|\band\b|\bund\b)\s*", named["langs"]) if w]
        tags = [_LANGUAGE_WORDS.get(w.casefold().rstrip(".")) for w in words]
        if tags and all(tags):
            return tuple(t for t in tags if t)
    return None


_PREMIERE = re.compile(
    r"^(?:(?:World|International|Asian|Asia|Korean|National|European|North American|German|"
    r"UK|British|London|US|USA|U\.S\.|NYC|New York|East Coast|West Coast|Canadian|Toronto|"
    r"Nordic|Scandinavian|Danish|Swiss|Austrian|French|Polish|Czech|"
    r"Welt|Internationale|Europäische|Deutsche|Deutschland|Festival|Regional|Midwest|"
    r"Southeast|Southwest|Northwest|Northeast|Pacific Northwest|Texas|Utah|California|"
    r"Colorado|Chicago|Seattle|Boston|Los Angeles)[- ]?premiere|"
    r"(?:월드|인터내셔널|아시아|코리아|한국)\s*프리미어|(?:세계|국제|아시아|한국)\s*초연|"
    # ``Münchenpremiere``, ``Österreichpremiere``: a place's premiere, one German word
    r"(?-i:[A-ZÄÖÜ][a-zäöüß]{2,})premiere|"
    # ``North Texas Premiere``, ``Bay Area Premiere``: a region's, its name in capitals
    r"(?-i:(?!(?:The|A|An|My|Our|La|Le|Die|Der|Das)\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})\s"
    r"(?-i:Premiere))$",
    re.IGNORECASE,
)


def is_premiere(text: str) -> bool:
    """Tell a premiere flag: ``World Premiere``, ``Weltpremiere``, ``월드 프리미어``."""
    return _PREMIERE.match(text.strip().strip("()[]")) is not None


#: Labels that name a film's director(s), before the names.
DIRECTOR_LABEL = re.compile(
    r"^(?:(?:dreh)?buch\s*(?:und|&|/)\s*regie\s*[:：]\s*|"
    # ``Regie, Buch: NAME`` (``Regie:, Buch:`` with a stray colon): who directed and wrote
    r"regie\s*:?\s*(?:und|&|/|,)\s*(?:dreh)?buch\s*[:：]\s*|"
    r"(?:directed\s+by|by|von|dirs?\.|regie|regia|di|réalisation)(?:\s*[:：]\s*|\s+)|"
    # ``A film by NAME``, ``Ein Film von NAME``: the credit line under a title
    r"(?:a\s+film\s+by|ein\s+film\s+von)\s+|"
    r"(?:감독|연출)\s*[:：]?\s*|"
    # ``R+B: NAME``: Regie und Buch, who directed and wrote
    r"(?:directors?|director\(s\)|r\.?|r\s*[+/&]\s*b|dir)\s*[:：]\s*|directors?\s{2,}|"
    # ``Director Paul Fegan``: the label without its colon, a capitalised name after it
    r"(?-i:Director|DIRECTOR)\s(?=[A-ZÀ-Þ][a-zà-ÿ'’-]+\s[A-ZÀ-Þ])|"
    # ``Dir Mark Cousins | 2018``: the short label without its stop
    r"(?-i:Dir|DIR)\s(?=[A-ZÀ-Þ][a-zà-ÿ'’-]+\s[A-ZÀ-Þ])|"
    # ``Dir/Writ:``, ``Dir/Writ/Prod:``: the director, who also wrote or produced
    r"(?:dir|director)(?:\s*/\s*(?:writ|writer|wr|prod|producer|ed|editor|scr))+\s*[:：]\s*)"
    r"(?=\S)",
    re.IGNORECASE,
)

#: Labels of a film's section.
SECTION_LABEL = re.compile(
    r"^(?:section|sektion|programme|program|programm|programmreihe|filmreihe|reihe|series|"
    r"strand|섹션|부문)\s*[:：]\s*(?P<name>.+)$",
    re.IGNORECASE,
)


#: ``감독`` after a name in Hangul (``나영길 감독``): the word for director, no part of it.
_DIRECTOR_WORD_AFTER = re.compile(r"(?<=[\uac00-\ud7a3])\s*감독$")


#: A sentence's stop after a name's last word (``Directed by Carla Simon.``); an initial's
#: or a suffix's stop (``B.``, ``Jr.``) is the name's own.
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d]{2}[^\W\dA-Z])\.$")


def split_names(text: str) -> tuple[str, ...]:
    """``A, B & C``, ``A und B``, ``A/B`` → names; two given names sharing a family name
    (``Bill & Turner Ross``) → ``Bill Ross``, ``Turner Ross``."""
    parts = re.split(r"\s*(?:,|&|/|·|\band\b|\bund\b)\s*", text)
    # ``나영길 감독``: a Korean name, then the word for director
    names = tuple(
        _SENTENCE_STOP.sub("", _DIRECTOR_WORD_AFTER.sub("", p.strip())) for p in parts if p.strip()
    )
    if (
        len(names) == 2
        and re.fullmatch(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?", names[0])
        and looks_like_name(names[1])
        and len(names[1].split()) == 2
    ):
        return (f"{names[0]} {names[1].split()[1]}", names[1])
    return names


#: Korean family names (the common ones, and the two-syllable ones): a Korean name in
#: Hangul starts with one (``포스터``, a poster, or ``드라마`` does not).
KOREAN_SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 "  # noqa: SIM905
    "노 하 곽 성 차 주 우 구 민 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 "
    "연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 "
    "두 감 음 빈 동 온 호 범 좌 팽 승 간 상 갈 단 견 당 "
    "황보 남궁 제갈 선우 독고 사공 서문 동방".split()
)


#: Hangul syllables that no Sino-Korean reading has, and that foreign names written in
#: Hangul use (``하마구치 류스케``, ``매튜 오르즐``): a word with one is no Korean name.
_FOREIGN_SYLLABLES = frozenset(
    "그느드르므브스으즈츠크트프흐"  # an open syllable in ㅡ
    "네데레메베케테페헤"  # in ㅔ after these consonants
    "슈쥬츄퓨샤셰쉐쉬뤼퀴튀쥐뷔"
)


def foreign_hangul(word: str) -> bool:
    """True if a word of Hangul has a syllable only foreign names use (``파누쉬``)."""
    return not _FOREIGN_SYLLABLES.isdisjoint(word)


#: A particle or an ending closing a Korean word (``장편으로는``, ``나의``): no part of a
#: foreign name written in Hangul ends so.
KOREAN_WORD_END = re.compile(r"[는은이가을를의에로와과도만서고며다요인한된적]$")


def korean_name(text: str) -> bool:
    """Two to four Hangul syllables starting with a Korean family name, none of them a
    syllable only foreign names use."""
    if not re.fullmatch(r"[\uac00-\ud7a3]{2,4}", text) or not _FOREIGN_SYLLABLES.isdisjoint(text):
        return False
    return text[:2] in KOREAN_SURNAMES or text[0] in KOREAN_SURNAMES


@functools.lru_cache(maxsize=8192)
def looks_like_name(text: str) -> bool:
    """A personal name: two to four capitalised words (Latin) or two to four Hangul syllables
    starting with a Korean family name."""
    text = text.strip()
    if re.fullmatch(r"[\uac00-\ud7a3]{2,4}", text):
        return korean_name(text)
    words = text.split()
    if not 2 <= len(words) <= 5 or re.search(r"\s{3}", text):
        return False  # a column gap is no space inside a name: two cells of a row
    named = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in _PARTICLES)]
    if len(named) > 4:
        return False
    return (
        all(w[0].isupper() and re.fullmatch(r"[\w'’.-]+", w) for w in named)
        and not any(w.casefold() in _NOT_NAME_WORDS for w in words)
        # ``Smile It's Free``, ``Don't Look Back``: a contraction is no word of a name
        and not any(re.search(r"\w['’](?:s|t|re|ve|ll|d|m)$", w) for w in words)
        and country_of(text) is None  # ``New Zealand``, ``Sri Lanka``: a country
        # ``Thursday April`` (``NAME, Thursday April 18th``): a date's words; one of them
        # may be a name's (``Gabriel Sunday``, ``April Mullen``)
        and not all(w.casefold() in _DATE_WORDS for w in named)
        # ``Dokumentarfilm von …``, ``Rahmenprogramm Familie``, ``Interactive Web-Documentary``
        and not any(w.casefold().endswith(_PROGRAMME_ENDINGS) for w in words)
    )


#: A name, then a country's abbreviation in capitals run on after it (``Jeremy Earp USA``).
_NAME_THEN_COUNTRY = re.compile(r"(?P<name>.+?)\s+(?P<country>USA|U\.S\.A\.|UK|U\.K\.)")


#: Weekdays and months in English and German.
_DATE_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch "  # noqa: SIM905
    "donnerstag freitag samstag sonntag january february march april may june july august "
    "september october november december januar februar märz mai juni juli oktober "
    "dezember".split()
)


#: The end of a word naming a film or a programme (``Dokumentarfilm``, ``Rahmenprogramm``,
#: ``Web-Documentary``): never in a personal name.
_PROGRAMME_ENDINGS = ("film", "programm", "programme", "program", "documentary", "dokumentation")


#: Lower-case particles inside a name (``Jaap van Hoewijk``, ``Ana de la Cruz``).
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "du",
        "del",
        "della",
        "la",
        "le",
        "ten",
        "ter",
        "bin",
        "al",
        "zu",
    ]
)


#: A foreign name written in Hangul (``커스틴 존슨``), read only before a header's fields.
_FOREIGN_HANGUL = re.compile(r"[\uac00-\ud7a3]{1,5}(?: [\uac00-\ud7a3]{1,5}){1,2}")


#: ``R.`` for Regie before a name of two or three words (``R. Stefan Schwietert``), as
#: German programmes abbreviate it; ``R. Kelly`` (one word after) stays a name.
_REGIE_DOT = re.compile(r"^R\.\s+(?=[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}$)")


def one_name_two_scripts(hangul: str, latin: str) -> bool:
    """``김수정`` and ``KIM Soo-jung``, ``라세 할스트롬`` and ``Lasse Hallstrom``: a name in
    Hangul beside a name in Latin letters of as many words (a Korean name of one word
    beside two or three): one person's name in two scripts, as Korean pages print it."""
    hangul, latin = hangul.strip(), latin.strip()
    if re.search(r"[\uac00-\ud7a3]", latin) or not looks_like_name(latin):
        return False
    words = len(latin.split())
    if korean_name(hangul):
        return words in (2, 3)
    return _FOREIGN_HANGUL.fullmatch(hangul) is not None and len(hangul.split()) == words


_NOT_NAME_WORDS = frozenset(
    [
        # words of a sentence or a title, never in a personal name (``This Tree Is Hostile``)
        "episode",  # ``TV Episode/Historical Documentary| 60 min.``: a kind of film
        "is",
        "are",
        "was",
        "were",
        "this",
        "that",
        "these",
        "those",
        "your",
        "our",
        "its",
        "his",
        "her",
        "we",
        "you",
        "how",
        "what",
        "why",
        "the",
        "of",
        "and",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "festival",
        "film",
        "films",
        "cinema",
        "kino",
        "programme",
        "program",
        "competition",
        "section",
        "screening",
        "screenings",
        "premiere",
        "presentation",
        "feature",
        "features",
        "showcase",
        "spotlight",
        "retrospective",
        "tribute",
        "world",
        "international",
        "synopsis",
        "director",
        "regie",
        "tickets",
        # events, never in a personal name
        "exhibition",
        "ausstellung",
        "exposition",
        "workshop",
        "lecture",
        "vortrag",
        "concert",
        "konzert",
        "series",
        "reihe",
        # institutions and places, never in a personal name
        "university",
        "universität",
        "université",
        "universidad",
        "center",
        "centre",
        "zentrum",
        "institute",
        "institut",
        "museum",
        "foundation",
        "stiftung",
        "society",
        "gallery",
        "galerie",
        "theater",
        "theatre",
        "college",
        "school",
        "academy",
        "akademie",
        "association",
        "council",
        "company",
        "studios",
        "productions",
        "pictures",
        # a site's links and buttons (``View Comments``, ``Share Story``), never in a name
        "comments",
        "share",
        "subscribe",
        "login",
        "reply",
        "library",
        "ministry",
    ]
)


@dataclass
class Meta:
    """The fields read from one or more header lines of a film block.

    Attributes:
        directors: director names printed with a label (``Regie: ...``) or before fields.
        countries: English country names.
        year: the year printed.
        runtime: the runtime as an ``xsd:duration`` lexical form.
        subtitles: subtitle language tags.
        premiere: the premiere flag as printed.
        section: a section named with a label.
        colour: the colour field as printed.
        video_format: the format of the copy (``DCP``) as printed.
        documentary: True if a field calls the film a documentary.
        unread: parts not understood.
        remarks: parts of an entry's line after its fields that are no field (``in
            competition for the Audience Award``): the reader reports them.
        signals: how many parts were fields (a line of fields has two or more).
    """

    directors: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    year: int | None = None
    runtime: str | None = None
    subtitles: tuple[str, ...] = ()
    premiere: str | None = None
    section: str | None = None
    colour: str | None = None
    video_format: str | None = None
    documentary: bool = False
    unread: list[str] = field(default_factory=list)
    remarks: list[str] = field(default_factory=list)
    signals: int = 0


_PARTS = re.compile(
    r"\s*(?:\s{3,}|\||·|•|(?<!\d)/|/(?!\d)|(?<=(?:19|20)\d\d)/|(?<!\d),|,(?!\d)|;|\s–\s|\s-\s|"
    r"(?<=[a-z\d])\.\s+(?=[A-Z\d]))\s*"
)


#: The country codes of German catalogues (``D 2019``, ``D/F 2019``), read only before a year.
CATALOGUE_CODES = dict(
    pair.split("=")
    for pair in """D=Germany A=Austria CH=Switzerland F=France GB=United Kingdom UK=United Kingdom
    NL=Netherlands B=Belgium DK=Denmark N=Norway S=Sweden FIN=Finland PL=Poland CZ=Czech Republic
    H=Hungary RUS=Russia UA=Ukraine I=Italy E=Spain P=Portugal IRL=Ireland USA=United States
    CDN=Canada J=Japan ROK=South Korea KOR=South Korea CN=China TW=Taiwan IL=Israel TR=Turkey
    IR=Iran GR=Greece EST=Estonia LV=Latvia LT=Lithuania RO=Romania BG=Bulgaria SRB=Serbia
    HR=Croatia AUS=Australia NZ=New Zealand BR=Brazil MEX=Mexico CO=Colombia IND=India
    EG=Egypt ZA=South Africa KZ=Kazakhstan DE=Germany AT=Austria FR=France IT=Italy ES=Spain
    BE=Belgium NO=Norway SE=Sweden FI=Finland HU=Hungary US=United States CA=Canada JP=Japan
    KR=South Korea GR=Greece PT=Portugal IE=Ireland AU=Australia RU=Russia RS=Serbia
    EE=Estonia BRD=Germany LU=Luxembourg L=Luxembourg""".replace("United ", "United_")
    .replace("South ", "South_")
    .replace("Czech ", "Czech_")
    .replace("New ", "New_")
    .split()
)


#: Codes and a year at the start of the line or of a part after a comma or bar
#: (``Dokumentarfilm, AT/DE 2023, 82 min.``; the codes may have been cut into parts at
#: their slashes, ``D | F | PL 2013``, once a director's label was read).
_CODES_YEAR = re.compile(
    r"(?:^|(?<=[,|])\s*)(?P<codes>[A-Z]{1,3}(?:\s*[,/|]\s*[A-Z]{1,3})*)\s+"
    r"(?P<year>(?:19|20)\d{2})\b"
)


def _code_or_country(text: str) -> str | None:
    code = CATALOGUE_CODES.get(text.strip())
    return code.replace("_", " ") if code else country_of(text)


@functools.lru_cache(maxsize=8192)
def _country_year(part: str) -> tuple[tuple[str, ...], int] | None:
    """``Deutschland 2019``, ``Germany/France 2019``, ``D/F 2019`` → countries and year;
    the year may come first (``2025 Deutschland``, ``2024 Niederlande/Norwegen``)."""
    before = re.fullmatch(r"(?P<year>(?:19|20)\d{2})\s+(?P<rest>\D.*)", part.strip())
    if before is not None:
        flipped = _country_year(f"{before['rest']} {before['year']}")
        if flipped is not None:
            return flipped
    found = re.fullmatch(r"(?P<c>.+?)\s+(?P<y>(?:19|20)\d{2})", part)
    if found is None:
        return None
    countries = [_code_or_country(c) for c in re.split(r"\s*[/,]\s*", found["c"])]
    if (not countries or not all(countries)) and "-" in found["c"]:
        # ``Palestine-USA-Qatar 2018``: countries joined by hyphens, when each is one
        countries = [_code_or_country(c) for c in found["c"].split("-")]
    if not countries or not all(countries):
        return None
    return tuple(c for c in countries if c), int(found["y"])


FIELD_LABEL = re.compile(
    r"^(?:länge|laufzeit|dauer|duration|(?:approx\.?\s+|total\s+)?(?:runtime|run\s+time|running\s+time)|"
    r"length|jahr|year|produktionsjahr|land|(?:film\s+)?release\s+year|"
    r"country|(?:film\s+)?origin|country\s+of\s+origin|produktionsland|상영시간|러닝타임|"
    r"제작연도|제작국가)\s*[:：]\s*",
    re.IGNORECASE,
)


#: Labels of other credits than the director's (editing, camera, music, sound, script,
#: production, distribution, cast): the names after them are no directors.
CREW_LABEL = re.compile(
    r"^(?:(?:montage|schnitt|kamera|bildgestaltung|musik|ton|sound|buch|drehbuch|produktion|"
    r"production|producer|produzent(?:in)?|verleih|editing|editor|camera|cinematography|"
    r"music|script|screenplay|writer|cast|mit|darsteller|distribution|world\s+sales|prod\.?|"
    r"dop)\s*[:：]\s*|(?:출연|각본|촬영|편집|음악|제작|프로듀서|배급|배우)(?:\s*[:：]\s*|\s+)|"
    r"(?-i:With)\s+(?=(?-i:[A-ZÀ-Þ][a-zà-ÿ])))",
    re.IGNORECASE,
)

#: Labels of facts about a film that are read but not stated: its cinema release, its
#: age rating (``Kinostart: 31.03.2022``, ``FSK: ab 12``). A date after them is no
#: screening.
_UNSTATED_LABEL = re.compile(
    r"^(?:(?:kinostart|filmstart|bundesstart|release|release\s+date|fsk|rating|genre|gattung)"
    r"\s*[:：]\s*\S|"
    r"(?:\d{1,2}세|전체|청소년)\s*관람\s*(?:가|불가)$|\d{1,2}\+$)",
    re.IGNORECASE,
)


#: ``Dokumentarfilm von Gerd Kroske``, ``A documentary by NAME``: a kind of film and its
#: makers.
_KIND_BY = re.compile(
    r"(?:(?:ein|eine|a|an)\s+)?(?P<kind>\w*film|documentary|dokumentation|doku|documentaire)"
    r"\s+(?:von|by|de)\s+(?P<names>\S.*)",
    re.IGNORECASE,
)


#: ``von Milo Rau`` a part of its own among the fields: the makers.
_BY_PART = re.compile(r"(?:von|by)\s+(?P<names>\S.*)", re.IGNORECASE)


#: ``90 mins with English subtitles``, ``95' OmU``: a runtime, perhaps ``with``, a subtitle
#: flag.
_RUNTIME_WITH_SUBTITLES = re.compile(
    r"(?P<runtime>\d{1,3}\s*(?:min\.?|mins|minutes|['’′]))\s+(?:(?:with|mit)\s+)?(?P<subs>.+)",
    re.I,
)
_RUNTIME_THEN_YEAR = re.compile(
    r"(?P<runtime>\d{1,3}\s*(?:min|mins|minutes|minuten)\.?)\s+(?P<year>(?:19|20)\d{2})",
    re.IGNORECASE,
)


def read_part(meta: Meta, part: str) -> bool:
    """Offer one part of a header line to every field reader; return True if one took it.

    A label before the field (``Länge: 102 min.``, ``Regie: NAME``) is read as such; a
    cinema release or age rating (``Kinostart: …``, ``FSK: …``) is read and not stated.
    """
    part = part.strip().strip("()[]").strip()
    if not part:
        return True
    if _UNSTATED_LABEL.match(part):
        meta.signals += 1
        return True
    part = FIELD_LABEL.sub("", part)
    if not part:
        return True  # ``Laufzeit: | ca. 76 Minuten |``: the label, its value the next part
    # ``Laufzeit 100 Minuten``: the runtime's label with no colon
    part = re.sub(
        r"^(?:laufzeit|länge|dauer|running\s+time|runtime)\s+(?=\d)", "", part, flags=re.I
    )
    if _SPELT_RATING.fullmatch(part):
        # ``USA / PG-13``: an age rating of two signs or more, read and not stated (a
        # letter or a number alone may be anything)
        meta.signals += 1
        return True
    label = DIRECTOR_LABEL.match(part) if ":" in part else None
    if label is not None:
        names = [n for n in split_names(part[label.end() :]) if n]
        if names and all(looks_like_name(n) for n in names):
            meta.directors.extend(n for n in names if n not in meta.directors)
            meta.signals += 1
            return True
        return False
    with_subs = _RUNTIME_WITH_SUBTITLES.fullmatch(part)
    if (
        with_subs is not None
        and runtime_of(with_subs["runtime"]) is not None
        and subtitles_of(with_subs["subs"]) is not None
    ):
        # ``90 mins with English subtitles``, ``95' OmU``: the runtime, the copy's subtitles
        meta.runtime = runtime_of(with_subs["runtime"])
        meta.subtitles = subtitles_of(with_subs["subs"]) or ()
        meta.signals += 2
        return True
    both = _RUNTIME_THEN_YEAR.fullmatch(part)
    if both is not None and runtime_of(both["runtime"]) is not None:
        # ``16 min 2017``: the runtime and the year with no separator between
        meta.runtime, meta.year = runtime_of(both["runtime"]), int(both["year"])
        meta.signals += 2
        return True
    if _YEAR.match(part):
        meta.year = int(part)
    elif (runtime := runtime_of(part)) is not None:
        meta.runtime = runtime
    elif (country := country_of(part)) is not None:
        meta.countries.append(country)
    elif (country_year := _country_year(part)) is not None:
        meta.countries.extend(country_year[0])
        meta.year = country_year[1]
    elif (subs := subtitles_of(part)) is not None:
        meta.subtitles = subs
    elif (version := _VERSION_SPOKEN.fullmatch(part)) is not None and (
        _SPOKEN_LANGUAGE.fullmatch(version["lang"])
        and (
            (subs := subtitles_of(version["flag"])) is not None
            or _ORIGINAL_VERSION.fullmatch(version["flag"])
        )
    ):
        # ``OmU (Italienisch)``, ``Originalfassung (Deutsch)``: the version, the language
        # spoken (read, not stated)
        meta.subtitles = subs or meta.subtitles
    elif is_premiere(part):
        meta.premiere = part
    elif colour_of(part) is not None:
        meta.colour = part
    elif is_video_format(part):
        meta.video_format = part
    elif part.casefold() in _DOCUMENTARY_WORDS:
        meta.documentary = True
    elif part.casefold() in _GENRE_WORDS or _SPOKEN_LABEL.match(part):
        pass  # read, not stated: the kind of film, its spoken language
    elif (kind := _KIND_FIRST.fullmatch(part)) is not None and read_part(meta, kind["rest"]):
        # ``Dokumentarfilm Schweiz 2016``, ``Spielfilm Deutschland``: the kind, then fields
        meta.documentary = meta.documentary or kind["kind"].casefold() in _DOCUMENTARY_WORDS
        return True
    else:
        # ``Deutschland 2018.``: the line's full stop after a field
        return part.endswith(".") and bool(part[:-1].strip()) and read_part(meta, part[:-1])
    meta.signals += 1
    return True


#: ``Dokumentarfilm Schweiz 2016``, ``Narrative Ethiopia, France``: the kind of film, then
#: another field.
_KIND_FIRST = re.compile(
    r"(?P<kind>dokumentarfilm|spielfilm|kurzfilm|animationsfilm|dokumentation|documentary|"
    r"feature|short|animation|narrative|fiction|experimental)\s+(?P<rest>\S.*)",
    re.IGNORECASE,
)


#: ``Genre: Documentary (Italy/France, 2025)``: a film's kind, then its fields in parentheses.
_GENRE_THEN_FIELDS = re.compile(
    r"(?:genre|gattung|장르)\s*[:：]\s*(?P<kind>[^()|]{2,40}?)\s*\((?P<fields>[^()]{2,80})\)",
    re.IGNORECASE,
)


def genre_with_fields(text: str) -> bool:
    """True for ``Genre: Documentary (Italy/France, 2025)``: a labelled line of fields, no
    title with fields in parentheses."""
    return _GENRE_THEN_FIELDS.fullmatch(text.strip()) is not None


#: ``New Zealand (2007) 18 minutes``: countries, then the year in parentheses.
_COUNTRIES_THEN_YEAR = re.compile(
    r"^(?P<countries>[^()\d]{2,60}?)\s*\(\s*(?P<year>(?:19|20)\d{2})\s*\)(?P<rest>.*)$"
)
#: A version flag with the language spoken in parentheses (``OmU (Italienisch)``; the
#: closing parenthesis is gone once a part is stripped of its brackets).
_VERSION_SPOKEN = re.compile(r"(?P<flag>[^()]{2,30}?)\s*\((?P<lang>[^\W\d_]{3,20})\)?")
#: A version in its original language, without subtitles.
_ORIGINAL_VERSION = re.compile(
    r"originalfassung|original\s+version|originalversion|OV|OF", re.IGNORECASE
)
#: Names of languages, in English and German, that a version flag names as spoken.
_SPOKEN_LANGUAGE = re.compile(
    r"english|englisch|german|deutsch|french|französisch|italian|italienisch|spanish|"
    r"spanisch|portuguese|portugiesisch|russian|russisch|polish|polnisch|czech|tschechisch|"
    r"ukrainian|ukrainisch|turkish|türkisch|arabic|arabisch|persian|persisch|farsi|hebrew|"
    r"hebräisch|greek|griechisch|dutch|niederländisch|swedish|schwedisch|danish|dänisch|"
    r"norwegian|norwegisch|finnish|finnisch|hungarian|ungarisch|romanian|rumänisch|"
    r"japanese|japanisch|chinese|chinesisch|mandarin|korean|koreanisch|hindi",
    re.IGNORECASE,
)

#: Words calling a film a documentary.
_DOCUMENTARY_WORDS = frozenset(
    ["documentary", "doc", "docu", "dokumentarfilm", "다큐멘터리", "다큐", "animadoc", "animadok"]
)

#: Words describing the kind or format of a film, read and dropped (not facts we state).
_GENRE_WORDS = frozenset(
    [
        "documentary",
        "doc",
        "docu",
        "dokumentarfilm",
        "dokumentation",
        "다큐멘터리",
        "color",
        "colour",
        "b&w",
        "color+b&w",
        "farbe",
        "s/w",
        "dcp",
        "hd",
        "35mm",
        "16mm",
        "digital",
        "blu-ray",
        "file",
        "feature",
        "short",
        "fic",
        "ani",
        "exp",
        "drama",
        "fiction",
        "animation",
        "experimental",
        "spielfilm",
        "kurzfilm",
        "animationsfilm",
        "experimentalfilm",
        # an animated documentary (``Animadoc | Deutschland 2021, 05:45 min``)
        "animadoc",
        "animadok",
        "anima-dok",
        "animated documentary",
        "musikvideo",
        "music video",
        "드라마",
        "극영화",
        "애니메이션",
        "실험영화",
        "다큐",  # (``2018 | 98분 | 다큐 | NAME``: short for 다큐멘터리)
        "극",  # (``… / 2023 / 38'13 / 극``: fiction, short for 극영화)
        "애니",  # (animation, short for 애니메이션)
        "실험",  # (experimental, short for 실험영화)
        "단편",
        "장편",
        # a kind in two words (``ANIMATED SHORT | World Premiere, 4mins.``): no maker's name
        "animated",
        "animated short",
        "animated feature",
        "short doc",
        "short documentary",
        "documentary short",
        "documentary feature",
        "feature documentary",
        "narrative",
        "narrative short",
        "narrative feature",
        "dramatic short",  # ``Director: NAME``, ``Dramatic Short``, ``Running Time: …``
        "dramatic feature",
        "short film",
        "feature film",
    ]
)


#: A British age rating as the last field (read, not stated), perhaps after the English
#: subtitles flag it is run into (``EST. 15``).
_BRITISH_RATING = re.compile(r"(?:(?P<subs>EST)\.?\s+)?(?:U|PG|12A?|15|18)")


#: ``1901 – 1985``, ``1939-1945``: a span of years (what a film covers), no year of its own.
_YEAR_SPAN = re.compile(r"(?<!\d)(?:1[89]|20)\d{2}\s*[–—-]\s*(?:1[89]|20)\d{2}(?!\d)")


def read_meta(text: str) -> Meta:
    """Read a header line of fields, in any order and with any separators.

    Args:
        text: e.g. ``"Regie: Anna Berg | Deutschland 2019 | 90 Min. | OmeU"``.

    Returns:
        The fields; ``signals`` counts the parts that were fields.
    """
    meta = Meta()
    text = text.strip()
    text = re.sub(r"\b(?:approx|ca|circa)\.?\s+(?=\S)", "", text, flags=re.IGNORECASE)
    if (text.startswith("(") and text.endswith(")") and text.count("(") == 1) or (
        text.startswith("[") and text.endswith("]") and text.count("[") == 1
    ):
        # ``(Kenya, Dir. Caroline True)``, ``[Dir. Otto Bell, UK, 2016, U, 87min]``: fields
        # in parentheses or brackets
        text = text[1:-1].strip()
    version = _VERSION_CODES.search(text)
    if version is not None:
        # ``EN OV mit UT DE/FR``: the languages spoken and of the subtitles, in codes that
        # are no countries
        tags = [_SUBTITLE_CODES.get(c) for c in re.split(r"\s*/\s*", version["subs"])]
        meta.subtitles = tuple(t for t in tags if t) if all(tags) else ()
        meta.signals += 1
        text = f"{text[: version.start()].rstrip(' ,|')} | {text[version.end() :]}".strip(" |")
    # ``Länge: 1 Std. 41 Min.``: one runtime in hours and minutes, not two fields
    text = re.sub(
        r"\b(\d)\s*(std|hrs?)\.\s+(?=\d{1,2}\s*min)", r"\1 \2 ", text, flags=re.IGNORECASE
    )
    # ``Dir. NAME`` inside a line: the label, not the end of a sentence
    # (``| Dir., NAME |`` with a stray comma after the label too)
    text = re.sub(
        r"(?<=[,;|/]\s)dir\.,?\s+(?=[A-ZÀ-ÞĀ-ſ])", "Director: ", text, flags=re.IGNORECASE
    )
    # ``USA 2018. Dir Nancy Schwartzman. 81min.``: the label without its dot
    text = re.sub(r"(?<=[,;|/.]\s)(?:Dir|DIR)\s+(?=[A-ZÀ-Þ][a-zà-ÿ])", "Director: ", text)
    genre = _GENRE_THEN_FIELDS.fullmatch(text)
    if genre is not None:
        # ``Genre: Documentary (Italy/France, 2025)``: the kind, then the fields
        text = genre["fields"]
        meta.documentary = genre["kind"].strip().casefold() in _DOCUMENTARY_WORDS
        meta.signals += 1
    # ``Regie:, Buch: NAME`` (``Regie, Buch:`` with a stray colon): one label, not two parts
    text = re.sub(
        r"\bregie\s*:?\s*,\s*(?=(?:dreh)?buch\s*:)", "Regie und ", text, flags=re.IGNORECASE
    )
    label = DIRECTOR_LABEL.match(text)
    if label:
        # Names come first, up to the first part that is a field; names in parentheses
        # after them are their films (``Tonislav Hristov (Soul Food Stories, …)``), and
        # the parentheses may hold fields (``NAME (Germany 2019)``)
        head, paren, tail = text[label.end() :].partition("(")
        parts = [p for p in _PARTS.split(head) if p]
        tail = tail.replace("(", "|").replace(")", "|")  # ``NAME (Latvia) 2022, 14’``
        inside = [p for p in _PARTS.split(tail) if p.strip(" |")] if paren else []
        while parts and not read_part(Meta(), parts[0]):
            names = [n for n in split_names(parts[0]) if n]
            if not (names and all(looks_like_name(n) for n in names)):
                break  # the names end at a part that is none (``| 출연 A, B``, ``prod. C``)
            meta.directors.extend(names)
            parts.pop(0)
        if meta.directors:
            meta.signals += 1
        text = " | ".join([*parts, *inside])
    span = _YEAR_SPAN.search(text)
    if span is not None:
        # ``(1901 – 1985)``: the years a film covers, not the year it was made
        meta.unread.append(span.group(0))
        text = (text[: span.start()] + " | " + text[span.end() :]).strip(" |")
    if FIELD_LABEL.match(text):
        # ``Land: Schweiz, Deutschland (2020)``: the year in parentheses after the countries
        text = re.sub(r"\s*\(\s*((?:19|20)\d{2})\s*\)", r" | \1", text)
    placed = _COUNTRIES_THEN_YEAR.match(text)
    if placed and all(country_of(c) for c in re.split(r"\s*[,/&]\s*", placed["countries"])):
        # ``New Zealand (2007) 18 minutes``: the countries, the year in parentheses
        text = f"{placed['countries']} | {placed['year']} | {placed['rest']}".strip(" |")
    section = SECTION_LABEL.match(text)
    if section:
        meta.section = section["name"].strip()
        meta.signals += 1
        return meta
    letters = re.search(r"\(\s*[A-Za-z](?:\s*,\s*[A-Za-z])+\s*\)", text)
    if letters and (subs := subtitles_of(letters.group(0))) is not None:
        meta.subtitles, meta.signals = subs, meta.signals + 1
        text = text[: letters.start()] + text[letters.end() :]
    codes = _CODES_YEAR.search(text)
    if codes is not None:
        found = [CATALOGUE_CODES.get(c) for c in re.split(r"\s*[,/|]\s*", codes["codes"])]
        if all(found):
            meta.countries.extend(c.replace("_", " ") for c in found if c)
            meta.year, meta.signals = int(codes["year"]), meta.signals + 2
            after = text[codes.end() :].lstrip(" .,;|–—-")  # ``DE 2021. Montage: …``
            text = f"{text[: codes.start()].rstrip(' ,|')} | {after}".strip(" |")
    labelled, leading = bool(meta.directors), True
    credit: str | None = None  # the credit whose names run on: "director", "crew"
    unlabelled: list[str] = []  # names before the fields, read as the directors
    for part in _PARTS.split(text):
        part = part.strip()
        if not part:
            continue
        kind_by = (
            (_KIND_BY.fullmatch(part) or _BY_PART.fullmatch(part)) if not meta.directors else None
        )
        if kind_by is not None and all(looks_like_name(n) for n in split_names(kind_by["names"])):
            # ``Dokumentarfilm von Gerd Kroske``, ``Spielfilm von NAME``: the kind, the makers;
            # ``Dokumentarfilm | DE/CH 2017 | von Milo Rau``: the makers a part of their own
            meta.directors.extend(split_names(kind_by["names"]))
            kind = kind_by.groupdict().get("kind") or ""
            meta.documentary = meta.documentary or kind.casefold().startswith(
                ("dokumentar", "documentar", "doku")
            )
            meta.signals += 1
            leading = False
            continue
        bare = _DIRECTOR_WORD_AFTER.sub("", part)
        if bare != part and korean_name(bare):
            part = bare  # ``나영길 감독``: the name, then the word for director
        if leading and _REGIE_DOT.match(part):
            part = _REGIE_DOT.sub("", part)  # ``R. Stefan Schwietert, 1996``: Regie, a name
        run_on = _NAME_THEN_COUNTRY.fullmatch(part) if leading and not labelled else None
        if run_on is not None and looks_like_name(run_on["name"]):
            # ``Loretta Alper, Jeremy Earp USA, 2016``: the country run on after the last
            # name, no comma between
            part = run_on["name"]
            country = country_of(run_on["country"].replace(".", ""))
            if country and country not in meta.countries:
                meta.countries.append(country)
                meta.signals += 1
        name_like = looks_like_name(part) or _FOREIGN_HANGUL.fullmatch(part) is not None
        if leading and re.search(r"\s(?:Dir|DIR)$", part):
            # ``Lost Ones Dir. Andrew McVicar. UK 2024``: a title before the label, no name
            meta.unread.append(part)
            leading = False
            continue
        joined = split_names(part) if leading and not labelled and not name_like else ()
        if len(joined) >= 2 and all(looks_like_name(n) for n in joined):
            # ``NAME, Leigh Wood & Guido Zanghi | South Africa | 2024``: names joined with
            # ``&`` or ``and`` before the fields, each a director's
            meta.directors.extend(n for n in joined if n not in meta.directors)
            unlabelled.extend(joined)
            meta.signals += 1 if len(meta.directors) == len(joined) else 0
            continue
        if leading and not labelled and name_like and not read_part(Meta(), part):
            if unlabelled and one_name_two_scripts(unlabelled[-1], part):
                continue  # ``김수정|KIM Soo-jung|1996``: the name before in Latin letters
            meta.directors.append(part)  # names before the fields: the directors
            unlabelled.append(part)
            meta.signals += 1 if len(meta.directors) == 1 else 0
            continue
        leading = False
        if credit and not read_part(Meta(), part) and ":" not in part:
            # ``Dir: A, B``: further names run on from their label; a crew credit's
            # names (``Montage: A, B``) are no directors and are dropped
            if credit == "director" and looks_like_name(part):
                meta.directors.append(part)
                continue
            if credit == "crew":
                continue
        credit = None
        crew = CREW_LABEL.match(part)
        if crew is not None:
            rest = part[crew.end() :]
            if not (rest and read_part(meta, rest)):
                credit = "crew"  # ``Production: Deutschland`` is a country, not a credit
            continue
        if ":" in part and DIRECTOR_LABEL.match(part) and read_part(meta, part):
            credit = "director"
            continue
        pieces = re.split(r"\s+(?=\((?:[A-Za-z](?:\s*,\s*[A-Za-z])+)\))", part)
        for piece in pieces:
            if not read_part(meta, piece):
                meta.unread.append(piece.strip())
    labelled_later = [n for n in meta.directors if n not in unlabelled]
    if unlabelled and labelled_later:
        # ``Délia Example | Director: Délia Muster | 3 min.``: names before a labelled
        # director are no directors (a title shaped like a name); left unread
        meta.directors = labelled_later
        meta.unread[:0] = unlabelled
        unlabelled = []
    if (
        unlabelled
        and meta.directors == unlabelled
        and meta.runtime is not None
        and meta == Meta(directors=unlabelled, runtime=meta.runtime, signals=meta.signals)
    ):
        # ``Ferret Town | 28 minutes``: a title or a maker before a runtime and nothing else?
        # Which is not sure: no director is read, and the words are left unread
        meta.directors = []
        meta.unread[:0] = unlabelled
        meta.signals -= 1
    if meta.signals >= 2 and meta.unread and _BRITISH_RATING.fullmatch(meta.unread[-1]):
        # ``… 81min. Digital. 15``, ``EST. 15``: a British age rating closes the fields
        last = _BRITISH_RATING.fullmatch(meta.unread.pop())
        if last and last["subs"]:
            meta.subtitles, meta.signals = ("en",), meta.signals + 1
    if meta.year is not None:
        # ``CZ | 2018 | 77 min``: with a year among the fields, catalogue codes are countries
        for code in [u for u in meta.unread if u in CATALOGUE_CODES and len(u) >= 2]:
            meta.countries.append(CATALOGUE_CODES[code].replace("_", " "))
            meta.unread.remove(code)
            meta.signals += 1
    return meta


#: Opening quotation marks and the marks that may close them.
_QUOTE_PAIRS = {'"': '"', "„": "“”", "“": "”“", "”": "”", "«": "»", "»": "«", "‘": "’", "'": "'"}


def _unquote(text: str) -> tuple[str, str] | None:
    """``„Devil's Rope“ (rest)`` → (``Devil's Rope``, `` (rest)``); None if not quoted."""
    if not text or text[0] not in _QUOTE_PAIRS:
        return None
    closers = _QUOTE_PAIRS[text[0]]
    end = next((i for i in range(1, len(text)) if text[i] in closers), None)
    if end is None or end == 1:
        return None
    title = text[1:end].strip()
    if (
        text[end] in '”"'
        and re.search(r"[^\s.][.,]$", title)
        and not _ABBREVIATION_END.search(title)
    ):
        # ``“Christmas in August.”``: the sentence's stop, set inside the quotes as English
        # prints it, is no part of the title (``Mr.``, ``Inc.`` keep theirs)
        title = title[:-1].rstrip()
    return title, text[end + 1 :]


#: A title ending in an abbreviation, whose stop is its own (``Mr.``, ``Vol.``, ``U.S.``).
_ABBREVIATION_END = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Inc|Ltd|Co|Vol|No|vs)|\.[A-Z])\.$")


#: ``그 날 One Warm Spring Day``: a Korean title, then its English one (a word of three
#: letters at least: ``빨간마스크 KF94`` is one title with a code in it), a space between or
#: none (``하루에 만난 사계절Four Seasons in a Day``, run together by the capture).
TWO_SCRIPTS = re.compile(
    r"^(?P<ko>[\uac00-\ud7a3][^A-Za-z]*?)(?:\s+|(?<=[\uac00-\ud7a3]))"
    r"(?P<en>(?=[^\uac00-\ud7a3]*[A-Za-z]{3})[A-Z][^\uac00-\ud7a3]*)$"
)


#: What kind of showing it is, before the title: ``Preview: The Wind Phone``,
#: ``Vorpremiere: TITLE``, ``Special Screening – TITLE``.
_SHOWING_KIND_FIRST = re.compile(
    r"^(?:(?:preview|sneak\s+preview|vorpremiere|voraufführung|special\s+screening|"
    r"sondervorführung|encore\s+screening|premiere\s+screening)\s*[:–—]\s+|"
    r"(?:(?:pre-festival|special|free|outdoor|opening|closing|encore|sneak)\s+)+"
    r"(?:screening|preview|showing)\s+of\s+)(?=\S)",
    re.IGNORECASE,
)
_LABEL_THEN_QUOTED = re.compile(
    r"[^\"“”„«»:]{2,60}(?::[^\"“”„«»:]{2,60})*:\s+(?P<quoted>[\"“„«][^\"“”„«»]{1,80}[\"”“»])"
)
#: What a screening adds after its film: ``Title + Programme Launch``, ``Title + Q&A``.
#: A picture's credit run on after the title by a caption (``(c) Redbird Productions``,
#: ``© NAME``): no part of the title.
_PICTURE_CREDIT = re.compile(r"\s+(?:\([cC]\)|©)\s*[^()©]{2,60}$")
_ADDED_EVENT = re.compile(
    r"\s+(?:\+|&|with|mit)\s+(?:(?:the\s+)?(?:programme|program|season|festival)\s+launch|"
    # ``+ Q&A featuring the director``: with whom
    r"q\s*&\s*a(?:\s+(?:featuring|feat\.|with|mit)\s.*)?|intro(?:duction)?|"
    r"(?:panel\s+)?(?:talk|discussion)|reception|party|"
    r"(?:film|publikums)?gespräch|gv|관객과의\s*대화)\s*$",
    re.IGNORECASE,
)


#: A certificate in brackets after a film's fields (``[U]``, ``[12A]``, ``[PG]``, ``[R13]``):
#: read and not stated.
_BRACKETED_RATING = re.compile(r"\[(?:U|PG|12A?|15|18|R18|M|G|R1[3568]|PG-13|R|NC-17|E)\]")
#: Where a title line's trailing fields may begin: a parenthesis, a dash between spaces.
_FIELDS_START = re.compile(r"\s*\(|\s+[–—-]\s+")


def fields_after_title(text: str) -> tuple[str, Meta] | None:
    """``SWEEPING YEREVAN (Armenia) – 54 mins [U]``: a title line that goes on with the
    film's fields (a country or year in parentheses, a runtime after a dash, a
    certificate in brackets) → (title, fields); None unless everything after the title
    is a field and one is a country, a year or a runtime. The earliest such start wins,
    so a title's own parentheses that hold no field (an original title) stay in it."""
    text = text.strip()
    bare = _BRACKETED_RATING.sub(" ", text).rstrip()
    # ``Annie Get Your Gun (1950) NR``: a rating after the fields' parenthesis
    bare = re.sub(r"(?<=\))\s+(?:" + AGE_RATING.pattern + r")$", "", bare)
    for found in _FIELDS_START.finditer(bare):
        title, rest = bare[: found.start()].strip(" ,"), bare[found.start() :]
        parts = [p.strip() for p in re.split(r"[()]|\s[–—-]\s|,", rest)]
        parts = [p for p in parts if p.strip(" –—-")]
        if not title or not parts:
            continue
        meta = Meta()
        if all(read_part(meta, p) for p in parts) and (meta.countries or meta.year or meta.runtime):
            if meta.directors or meta.unread:
                return None
            return title, meta
    return None


#: Age ratings printed with a film (British, American, New Zealand, German, Australian):
#: read, never stated, and never a title.
AGE_RATING = re.compile(
    r"G|PG|PG-13|M|MA15\+|R|R\d{1,2}|RP\d{1,2}|NC-17|NR|U|12A?|15|18|FSK\s?\d{1,2}|ab\s\d{1,2}"
)


#: An American or Australian age rating no other field is spelt as (``PG-13``, ``NC-17``,
#: ``MA15+``); British and German ones (``12A``, ``FSK 12``) are read where they stand.
_SPELT_RATING = re.compile(r"PG|PG-13|MA15\+|NC-17|NR")


#: An age rating with letters for what a film shows (South Africa's ``13N``, ``16LV``).
_LETTERED_RATING = re.compile(r"1[0-8][A-Z]{0,3}|[79][A-Z]{1,3}")


def _pictograph(char: str) -> bool:
    """An emoji or a dingbat (``🎬``, ``✨``, a variation selector after one); not ``©`` or
    ``▲``, which the vetting reads as a credit's or a caption's mark."""
    code = ord(char)
    return (
        (code >= 0x1F000 or 0x2600 <= code <= 0x27BF) and unicodedata.category(char) == "So"
    ) or code in (0xFE0F, 0x200D)


def split_title(text: str) -> tuple[str, str | None]:
    """A title line → (title, other title): ``Title (Originaltitel)``, ``"Title"``,
    ``그 날 One Warm Spring Day`` (a Korean title, then its English one).

    A parenthesis holding a year, runtime or country is not an original title and stays;
    an event added to the screening (``+ Programme Launch``, ``+ Q&A``) goes.
    """
    text = text.strip().lstrip("○●•◆◇■□▪▶▷►◎★☆※-–—* ").strip()
    while text and _pictograph(text[0]):
        text = text[1:].lstrip()  # ``🎬 Evolution``: a pictograph marking the title
    text = _ADDED_EVENT.sub("", text)
    # ``피아노를 히말라야로(Piano to Zanskar·사진)``: a news picture's mark in the parentheses
    text = re.sub(r"\s*[·ㆍ,]\s*사진\s*(?=\))", "", text)
    text = _PICTURE_CREDIT.sub("", text)  # ``Pirates of Salé (c) Redbird Productions``
    text = _SHOWING_KIND_FIRST.sub("", text)
    text = re.sub(r"(?<=\w)\*{1,3}$", "", text)  # ``Die göttliche Ordnung*``: a footnote's mark
    labelled = _LABEL_THEN_QUOTED.fullmatch(text)
    if labelled is not None and in_capitals(text):
        # ``CHILDREN NO MORE: "WERE AND ARE GONE"``: in capitals throughout, a title and
        # its quoted second part, no label
        return text, None
    if labelled is not None:
        # ``Documentary: "Somewhere to Be"``, ``Film Series—Sam Fuller: Audacious Auteur:
        # "The Big Red One"``: a series' or a kind's label, then the title in quotes
        text = labelled["quoted"]
    scripts = TWO_SCRIPTS.match(text)
    if scripts:
        return scripts["ko"].strip(), scripts["en"].strip()
    quoted = _unquote(text)
    if quoted:
        title, rest = quoted
        other = re.fullmatch(r"\s*\((?P<other>[^()]+)\)\s*", rest)
        if other and any(read_part(Meta(), p) for p in _PARTS.split(other["other"]) if p):
            return title, None  # ``“Salt Lines” (2019)``: fields in parentheses, no title
        if other:
            inner = _unquote(other["other"].strip())
            return title, inner[0] if inner else other["other"].strip()
        return title, None
    found = re.fullmatch(r"(?P<title>.+?)\s*\((?P<original>[^()]+)\)", text)
    if found and found["original"].rstrip().endswith(("?", "!")):
        # ``We Are The League (How Deep Do You Want It?)``: a question or a cry in
        # parentheses is the title's own second part, not its original title
        return text, None
    if found and is_premiere(found["original"].strip()):
        # ``A LA CALLE (World Premiere)``: a flag of the showing, no title
        return found["title"].strip(), None
    if found and all(
        AGE_RATING.fullmatch(p) or _LETTERED_RATING.fullmatch(p) or is_premiere(p)
        for p in re.split(r"\s*,\s*", found["original"].strip())
    ):
        # ``The Bill Douglas Trilogy: My Childhood (PG)``, ``Tish (15)``: the age rating;
        # ``Wild Coast Warriors (13, World Premiere)``, ``… (13N)``: with a flag, or the
        # rating's letters of what the film shows
        return found["title"].strip(), None
    if found and _WORK_KIND.fullmatch(found["original"].strip()):
        # ``THE AGE OF CONSEQUENCES (Documentary Feature)``: what the work is, no title
        return found["title"].strip(), None
    if found and not any(read_part(Meta(), p) for p in _PARTS.split(found["original"]) if p):
        return found["title"].strip(), found["original"].strip()
    return text, None


#: What a work is, printed in parentheses after its title (``Documentary Feature``,
#: ``Short Documentary``, ``Kurzdokumentarfilm``, ``단편 다큐멘터리``): no original title.
_WORK_KIND = re.compile(
    r"(?:(?:documentary|feature|short|animated|animation|experimental|narrative|fiction|"
    r"hybrid|student|music|mid-length|medium-length|feature-length|full-length|"
    r"virtual\s+reality|vr|film|films|doc|docs|series|episode|"
    r"dokumentarfilm|dokumentation|doku|kurzfilm|spielfilm|langfilm|animationsfilm|"
    r"kurzdokumentarfilm|experimentalfilm|"
    r"단편|장편|중편|다큐멘터리|다큐|극영화|애니메이션|실험영화)[\s/,&-]*){1,4}",
    re.IGNORECASE,
)


_BY_WORD = re.compile(r"\s+(?:von|by|directed by|di|de|감독)\s+", re.IGNORECASE)
_LIST_PREMIERE = re.compile(
    r"\s*(?:[–—-]|\()\s*(?P<flag>WP|IP|EP|DP|World Premiere|International Premiere)\)?\s*$"
)
_PREMIERE_FLAGS = {
    "wp": "World Premiere",
    "ip": "International Premiere",
    "ep": "European Premiere",
    "dp": "German Premiere",
}


#: A remark in parentheses closing a list entry (``Weltpremiere (präsentiert in
#: Zusammenarbeit mit CPH:DOX)``): no field, dropped.
_CLOSING_REMARK = re.compile(r"\s*\([^()\d]*\)\s*$")
#: A "title" that only says what the thing is (``A film by NAME, Germany 2019``).
_GENERIC_TITLE = re.compile(
    r"^(?:a|an|the|ein|eine|der|die|das)?\s*(?:new\s+|neue[rn]?\s+)?"
    r"(?:film|documentary|dokumentarfilm|doku|movie|work|werk)$",
    re.IGNORECASE,
)


#: ``«Fuscht im Sack» Pablo Callisaya | CH | fic 21'``: a quoted title, its directors,
#: then its fields.
_QUOTED_ENTRY = re.compile(
    r"^[«\"„“](?P<title>[^»\"“”«]{1,80})[»\"“”]\s*(?:[-–—|]\s*)?(?P<rest>[^\s\-–—|].*)$"
)


def read_quoted_entry(text: str) -> tuple[str, Meta] | None:
    """A quoted title then its directors and fields; None unless names lead the rest and
    every other part is a field (two at least)."""
    found = _QUOTED_ENTRY.match(text.strip())
    if found is None:
        return None
    meta = read_meta(found["rest"])
    if not meta.directors and DIRECTOR_LABEL.search(found["rest"]) is None:
        return None
    unread: list[str] = []
    for part in meta.unread:
        # after the names, a catalogue's country code (``CH``) and a kind before the
        # runtime (``fic 21'``) are fields too
        code = CATALOGUE_CODES.get(part.strip())
        kind, _, rest = part.strip().partition(" ")
        if code is not None:
            meta.countries.append(code.replace("_", " "))
        elif not (kind.casefold() in _GENRE_WORDS and rest and read_part(meta, rest)):
            unread.append(part)
            continue
        meta.signals += 1
    if not meta.directors or unread or meta.signals < 2:
        return None
    meta.unread = []
    return found["title"].strip(), meta


def read_list_entry(text: str) -> tuple[str, Meta] | None:
    """A film as one line of a list: ``Title (Other title) von NAME[, NAME], Country / Country
    – WP`` (``by`` in English), or with more fields after the countries: ``1970 von Tomasz
    Wolski, Polen, 2021, 70’, Weltpremiere``. The names must be names (``A und B`` two of
    them), a country must be among the rest, and every other part a field, else None.
    """
    meta = Meta()
    flag = _LIST_PREMIERE.search(text)
    if flag:
        meta.premiere = _PREMIERE_FLAGS.get(flag["flag"].casefold(), flag["flag"])
        text = text[: flag.start()]
    for by in _BY_WORD.finditer(text):
        title, rest = text[: by.start()].strip(), text[by.end() :].strip()
        if _GENERIC_TITLE.match(title):
            continue
        parts = [p.strip() for p in rest.split(",") if p.strip()]
        names: list[str] = []
        while parts and not _all_countries(parts[0]):
            group = split_names(parts[0])
            if not group or not all(looks_like_name(n) for n in group):
                break
            names.extend(group)
            parts.pop(0)
        if parts and (remark := _CLOSING_REMARK.search(parts[-1])) and remark.start():
            parts[-1] = parts[-1][: remark.start()]
        fields = Meta()
        countries: list[str] = []
        for part in parts:
            found = _all_countries(part)
            if found is not None:
                countries.extend(found)
            elif not read_part(fields, part) or fields.directors:
                break
        else:
            if title and names and countries:
                meta.directors = names
                meta.countries = countries
                meta.year, meta.runtime = fields.year, fields.runtime
                meta.premiere = meta.premiere or fields.premiere
                meta.signals = 2 + fields.signals
                return title, meta
    return None


def _all_countries(text: str) -> list[str] | None:
    found = [country_of(c) for c in re.split(r"\s*/\s*", text)]
    return [c for c in found if c] if found and all(found) else None


def split_title_director(text: str) -> tuple[str, tuple[str, ...]] | None:
    """``ECHO OF YOU – Zara Zerny`` → (``ECHO OF YOU``, (``Zara Zerny``,)); None if the part
    after the dash is not a list of names."""
    for form in (_TITLE_DASH_NAMES, _TITLE_DASHES_NAMES):
        # the first dash, then the last (``Heimkind - und jetzt? - Antonia Meile / Judith
        # Haas``: a title with a dash of its own)
        found = form.fullmatch(text.strip())
        if found is None:
            continue
        if in_capitals(found["names"]) and in_capitals(found["title"]):
            # ``SCHLINGENSIEF - IN DAS SCHWEIGEN HINEINSCHREIEN``: all in capitals, a name
            # after the dash looks like a subtitle, and a subtitle like a name
            continue
        names = split_names(found["names"])
        if names and all(looks_like_name(n) for n in names):
            return found["title"].strip(), names
    return None


_TITLE_DASH_NAMES = re.compile(r"(?P<title>.+?)\s+[–—-]\s+(?P<names>[^–—]+)")
_TITLE_DASHES_NAMES = re.compile(r"(?P<title>.+)\s+[–—-]\s+(?P<names>[^–—]+?)")


_CAPS_ENTRY = re.compile(
    r"^(?P<title>[^a-zäöüßà-ÿ]*[A-ZÄÖÜÀ-Þ][^a-zäöüßà-ÿ]*?(?:\s*\([^()]+\))?"
    r"(?P<subtitle>\s+[–—]\s+[A-ZÄÖÜÀ-Þ][\w'’,.!? ]{1,60}?(?=\s))?)\s*"
    r"(?<![a-zäöüß])(?:von|by)\s+(?P<names>[^:]+?)(?P<synopsis>\s+[–—]\s+\S.*)?$"
)


#: ``BRINGING KING TO CHINA, Kevin McKiernan (NYC premiere) – synopsis``: a title in
#: capitals, a comma, its directors, perhaps a premiere flag, then the synopsis after a dash.
CAPS_COMMA = re.compile(
    r"^(?P<title>[^a-zäöüßà-ÿ,]*[A-ZÄÖÜÀ-Þ][^a-zäöüßà-ÿ,]*?),\s+(?P<names>[^()–—,]+?)"
    r"(?:\s*\((?P<flag>[^()]+)\))?\s+[–—]\s+\S"
)


#: What stands after a dash and before ``by``/``von`` as a credit, not a subtitle:
#: ``Directed by``, ``Dokumentarfilm von``, ``Ein Film von``.
_CREDIT_BEFORE_BY = re.compile(
    r"^\s*[–—]\s+(?:(?:ein|eine|a|an)\s+)?(?:(?:written\s+and\s+)?directed|produced|"
    r"presented|made|\w*film|documentary|dokumentation|doku|documentaire)\s*$",
    re.IGNORECASE,
)


def read_caps_entry(text: str) -> tuple[str, str | None, Meta] | None:
    """``TITLE von NAME[, NAME]`` with the title in capitals (``PRISON ARCHITECTvon Cao Fei``
    as captured, ``O ENSAIO / THE REHEARSAL von Tamar Guimarães``), perhaps with a synopsis
    after a dash (``CENTURY OF SMOKE by Nicolas Graux – In a village …``), or a subtitle
    before the makers (``COWSPIRACY – Das Geheimnis der Nachhaltigkeit von …``): (title,
    other title, directors); None unless the title is in capitals and every name a name."""
    found = _CAPS_ENTRY.match(text.strip()) or CAPS_COMMA.match(text.strip())
    if found is None:
        return None
    flag = found.groupdict().get("flag")
    if flag is not None and not is_premiere(flag):
        return None
    title = found["title"].strip(" :,")
    # ``COWSPIRACY – Das Geheimnis der Nachhaltigkeit von …``: the title in capitals, its
    # subtitle after a dash in lower case too
    subtitle = found.groupdict().get("subtitle")
    main = found["title"][: found.start("subtitle") - found.start("title")] if subtitle else title
    if subtitle and _CREDIT_BEFORE_BY.search(subtitle):
        # ``HOLUNDERBLÜTE – Dokumentarfilm von NAME``, ``A CAMBODIAN SPRING – Directed by
        # NAME``: the kind of film or the credit's verb, no subtitle
        title = main.strip(" :,")
    letters = [c for c in re.sub(r"\([^()]*\)", "", main) if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    names = [n for n in re.split(r"\s*(?:,|\bund\b|\band\b|&)\s*", found["names"]) if n.strip()]
    if not names or not all(looks_like_name(n.strip()) for n in names):
        return None
    meta = Meta(directors=[n.strip() for n in names], signals=1, premiere=flag)
    other = None
    paren = re.fullmatch(r"(?P<main>.+?)\s*\((?P<other>[^()]+)\)", title)
    slash = re.fullmatch(r"(?P<main>.+?)\s+/\s+(?P<other>.+)", title)
    if paren:
        title, other = paren["main"], paren["other"]
    elif slash:
        title, other = slash["main"], slash["other"]
    return title.strip(), other, meta


_CAPS_DIRECTED = re.compile(
    r"^(?:[^:]{0,40}:\s*)?(?P<title>[^a-zäöüß(]*[A-ZÄÖÜ][^a-zäöüß(]*?)\s*\((?P<fields>[^()]*)\)"
    r"[\w\s]{0,40}?\bdirected by\s+(?P<names>[^,.;]+)"
)


def read_caps_directed(text: str) -> tuple[str, Meta] | None:
    """``East Coast premiere: TITLE (Country 2012, 51") Documentary directed by NAME``:
    a title in capitals with its fields in parentheses and its director after them."""
    found = _CAPS_DIRECTED.match(text.strip())
    if found is None or not in_capitals(found["title"]):
        return None
    names = [n.strip() for n in re.split(r"\s+and\s+|\s*&\s*", found["names"]) if n.strip()]
    if not names or not all(looks_like_name(n) for n in names):
        return None
    meta = read_meta(found["fields"])
    meta.directors = names
    meta.unread = []
    meta.signals += 1
    return found["title"].strip(), meta


def in_capitals(text: str) -> bool:
    """True if the text has two letters or more and every letter is a capital."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _credited_names(text: str) -> list[str] | None:
    """``Kangyu Garam, Lee Somyi, Park Sohyun, and Soram``: names, a one-word name only
    among full ones; None unless every part is a name."""
    names = [n for n in split_names(text) if n]
    full = [n for n in names if looks_like_name(n)]
    single = [n for n in names if n not in full]
    if not full or not all(re.fullmatch(r"[A-Z][a-z]+", n) for n in single):
        return None
    return names if len(full) >= len(single) else None


_CELL_LABEL = re.compile(r"^(?:dir\.|directors?|directed\s+by|regie)\s*[:,]?\s+", re.IGNORECASE)


def read_title_names_fields(text: str) -> tuple[str, Meta] | None:
    """``Somewhere a Season | Harsh Hudda | India | 2021 | 19’``: the title, the makers,
    then fields, in cells of bars. None unless the title is no name and no field, the
    second cell is names only, and the rest is fields only (two at least)."""
    parts = [p.strip() for p in text.strip().lstrip("•▪◦·-* ").split("|")]
    if len(parts) < 4 or not all(parts):
        return None
    # ``Délia 9 to 5 | Dir., Délia Gunn | 3 min. | 2018``: the makers' cell may open with
    # the director's label
    parts[1] = _CELL_LABEL.sub("", parts[1])
    title, names = parts[0], split_names(parts[1])
    if read_part(Meta(), title) or looks_like_name(title) or not names:
        return None
    if one_name_two_scripts(title, parts[1]):
        return None  # ``라세 할스트롬|Lasse Hallstrom|2017``: one name in two scripts
    if not all(looks_like_name(n) and not read_part(Meta(), n) for n in names):
        return None  # (``New Zealand`` is shaped like a name, and is a country)
    meta = read_meta(" | ".join(parts[2:]))
    if meta.signals < 2 or meta.unread or meta.directors:
        return None
    meta.directors = list(names)
    return title, meta


def read_credit_first(text: str) -> tuple[str, Meta] | None:
    """``Directors | Title | 2021 – 84 minutes``: the makers, the title, then the fields,
    separated by bars. None unless the first part is names, the second no field, and the
    rest fields only."""
    parts = [p.strip() for p in re.split(r"\||\s{3,}", text.strip())]  # bars or column gaps
    if len(parts) < 3 or not all(parts):
        return None
    names = _credited_names(parts[0])
    title = parts[1]
    if names is None or read_part(Meta(), title) or looks_like_name(title):
        return None
    if all(looks_like_name(n) for n in split_names(title)):
        return None  # ``Katanga Nation | A, B | …``: which cell holds the names is not sure
    meta = read_meta(" | ".join(parts[2:]))
    if not meta.signals or meta.unread or meta.directors:
        return None
    meta.directors = names
    meta.signals += 1
    return title, meta


#: ``23회 상영작``: shown at the festival's 23rd edition (a tag of a festival's archive).
_EDITION_TAG = re.compile(r"^\d{1,3}회$")
_TAG_WORDS = frozenset(["상영작", "초청작", "출품작"])
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{1,5}")


def read_spaced_fields(text: str) -> Meta | None:
    """A Korean archive's fields separated by spaces only: ``23회 상영작 한국 권아람
    다큐멘터리 29'`` (edition tag, country, director, kind of film, runtime).

    The words that are no field must be one run of one to three Hangul words standing
    right after the country: the director's name (``노르웨이 아니켄 홀 다큐멘터리``).
    None unless every other word is a field and a country and another field are read.
    """
    words = text.split()
    meta = Meta()
    run: list[str] = []
    run_at: int | None = None
    after_country = False
    for index, word in enumerate(words):
        if _EDITION_TAG.match(word) or (word in _TAG_WORDS and index > 0):
            after_country = False
            continue
        if country_of(word) is not None:
            meta.countries.append(country_of(word) or word)
            meta.signals += 1
            after_country = True
            continue
        if read_part(meta, word):
            after_country = False
            continue
        if not _HANGUL_WORD.fullmatch(word) or not (after_country or run_at == index - 1):
            return None
        if run_at is not None and run_at != index - 1:
            return None
        run.append(word)
        run_at = index
    if not run or len(run) > 3 or len(meta.countries) != 1 or meta.signals < 2:
        return None
    meta.directors = [" ".join(run)]
    meta.signals += 1
    return meta


#: ``Title, dir. NAME[, NAME], Country, Country YEAR, 100’``: a film on one line, its
#: director after ``dir.`` and its fields after the names. Not ``, directed by``: running
#: text says that too (``The festival opens with Sunless, directed by Chris Marker.``).
_TITLE_DIR = re.compile(
    r"^(?P<title>(?:[^,;:.!?]|(?<=\d)\.(?=\d)){1,80}?),\s+"
    r"(?:dir\.|regie(?:\s*,\s*(?:dreh)?buch)?\s*:|director\s*:)"
    r"\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)


#: ``Arche Nora (Regie: Anna Kirst)``: a title, then its director's label and names in
#: parentheses closing the line.
_TITLE_PAREN_DIR = re.compile(
    r"^(?P<title>[^()\[\],;:.!?]{1,80}?)\s*\((?P<rest>(?:dir\.|directed\s+by|"
    r"regie(?:\s*/\s*buch)?\s*:|buch\s+und\s+regie\s*:|director\s*:|r\s*:|감독\s*:?)\s*[^()]+)\)$",
    re.IGNORECASE,
)
#: ``절해고도(김미영)``, ``군산전기(문승욱, 유예진)``: a Korean title and its directors' names
#: in parentheses, the way Korean lists credit a film.
_TITLE_HANGUL_NAMES = re.compile(
    r"^(?P<title>[^()\[\]]{1,60}?)\s*\((?P<names>[\uac00-\ud7a3]{2,4}(?:\s*,\s*[\uac00-\ud7a3]{2,4})*)\)$"
)


#: Korean words for a talk or a meeting held around a screening (``사유회``, ``GV``'s kin):
#: where a maker or a title's lead-in would stand, they make the line an event's.
KOREAN_TALKS = (
    "사유회",
    "좌담회",
    "간담회",
    "포럼",
    "세미나",
    "워크숍",
    "낭독회",
    "강연",
    "토크",
    "대담",
)

#: Small words a title or a name may hold in lower case; none is a title by itself.
SMALL_WORDS = frozenset(
    "a an the of and or in at on to for with by from de des du la le der die das und von "  # noqa: SIM905
    "im am zu mit".split()
)


def is_headline(text: str) -> bool:
    """Written as a title: no word but small ones starts in lower case."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() or w in SMALL_WORDS for w in words)


#: ``After Parkland, directed and written by Emily Taguchi, Jake Lefferman. Produced by …``:
#: a title, its directors after a credit, the sentence ending there.
_TITLE_DIRECTED_BY = re.compile(
    r"^(?P<title>[^,;:!?]{1,80}?)(?:,|\s+[–—-])\s+(?:written\s+and\s+)?directed"
    r"(?:\s+and\s+written)?\s+by\s+"
    # an initial's full stop (``Alexandre O. Philippe``) does not end the names
    r"(?P<names>(?:[^.()]|(?<=\s[A-Z])\.){3,120}?)(?:(?<!\s[A-Z])\.(?:\s|$)|$)",
    re.IGNORECASE,
)


def read_title_dir(text: str) -> tuple[str, Meta] | None:
    """``143 Sahara Street, dir. Hassen Ferhani, Algeria, France, Qatar 2019, 100’``: the
    title, then ``dir.`` and the director's names, then fields (none is needed:
    ``The Kingmaker, dir. Lauren Greenfield``); or ``Arche Nora (Regie: Anna Kirst)``,
    the label and names in parentheses. None unless every name is a name and every part
    after the names a field."""
    credited = _TITLE_DIRECTED_BY.match(text.strip())
    if credited is not None and not (
        is_headline(credited["title"]) or not re.search(r"[a-zà-ÿ]", credited["title"])
    ):
        return None  # ``The festival opens with Sunless, directed by …``: a sentence
    if credited is not None:
        names = split_names(credited["names"])
        if names and all(looks_like_name(n) for n in names):
            return credited["title"].strip(), Meta(directors=list(names), signals=1)
        return None
    hangul = _TITLE_HANGUL_NAMES.match(text.strip())
    if hangul is not None and re.search(r"[\uac00-\ud7a3]", hangul["title"]):
        names = split_names(hangul["names"])
        if not any(read_part(Meta(), n) for n in names):
            meta = Meta(directors=list(names), signals=1)
            return hangul["title"].strip(), meta
    paren = _TITLE_PAREN_DIR.match(text.strip())
    if paren is not None and len(paren["title"].split()) <= 10:
        label = DIRECTOR_LABEL.match(paren["rest"])
        director_part = paren["rest"][label.end() :] if label else ""
        meta = read_meta(f"Director: {director_part.rstrip('.')}")
        if meta.directors and not meta.unread:
            return paren["title"].strip(), meta
        return None
    found = _TITLE_DIR.match(text.strip())
    if found is None or len(found["title"].split()) > 10:
        return None
    words = found["title"].split()
    if field_only(found["title"]) is not None or country_of(words[-1]) is not None:
        return None  # ``A/D 2019, Regie: …``, ``Brot Österreich, Regie: …``: fields, read so
    meta = read_meta(f"Director: {found['rest'].rstrip('.')}")
    if not meta.directors or meta.unread:
        return None
    return found["title"].strip(), meta


#: ``9 Days in the Summer by Yoon Jeewon – South Korea | 2020 – 113 minutes``: an unquoted
#: title, ``by`` (``von``) and its makers, then a dash or bar and the fields.
_TITLE_BY_FIELDS = re.compile(
    r"^(?P<title>[^|–—]{2,80}?)\s+(?:by|von)\s+(?P<names>[^|–—()]{3,120}?)\s+[–—|-]\s+"
    r"(?P<fields>\S.*)$"
)


#: ``The Last Tape | directed by A & B, Ukraine/Germany, 12:12``: a title, a bar, the
#: credit, then fields; a runtime last in minutes and seconds.
_TITLE_BAR_DIRECTED = re.compile(
    r"^(?P<title>[^|]{2,80}?)\s*\|\s*directed\s+by\s+(?P<rest>[^|]+?)"
    r"(?:,\s*(?P<m>\d{1,3}):(?P<s>[0-5]\d))?$",
    re.IGNORECASE,
)


#: ``25 Prospect Street (Kaveh Taherian, 2018) – 87min – World Premiere – …``: a title,
#: its makers and year in parentheses, then fields after dashes.
_TITLE_NAMES_YEAR = re.compile(
    r"(?P<title>[^()]{2,80}?)\s+\((?P<names>[^()\d]{4,120}),\s*(?P<year>(?:19|20)\d{2})\)"
    r"(?:\s+[–—-]\s+(?P<rest>.+))?"
)


def read_title_names_year(text: str) -> tuple[str, Meta] | None:
    """``Working in Protest (Michael Galinsky and Suki Hawley, 2018) – 79min – New England
    Premiere – in competition for …``: the title, its directors and year in parentheses,
    then fields after dashes. The parts after the first field that are no field are kept
    as remarks, to be reported. None unless every name is a name, the title is none, and
    a field (a runtime, a country, a premiere) follows the parentheses."""
    found = _TITLE_NAMES_YEAR.fullmatch(text.strip())
    if found is None or not found["rest"]:
        return None
    title = found["title"].strip()
    names = split_names(found["names"])
    if (
        not names
        or not all(looks_like_name(n) for n in names)
        or looks_like_name(title)
        or field_only(title) is not None
    ):
        return None
    meta = Meta(directors=list(names), year=int(found["year"]), signals=2)
    parts = [p.strip() for p in re.split(r"\s+[–—-]\s+", found["rest"]) if p.strip()]
    if not parts or not read_part(meta, parts[0]):
        return None
    for part in parts[1:]:
        if not read_part(meta, part):
            meta.remarks.append(part)
    return title, meta


def read_title_names_slashed(text: str) -> tuple[str, Meta] | None:
    """``거짓말 / 양준서 / 2023 / 38'13 / 극``: a list's entry a line, its parts between
    slashes: the title, its makers, then its year and runtime (and its kind last). None
    unless every maker is a name, a year and a runtime follow, and nothing else but a
    country or the kind of film."""
    parts = [p.strip() for p in re.split(r"\s*/\s+|\s+/\s*", text.strip())]
    if not 4 <= len(parts) <= 6 or not all(parts):
        return None
    title, makers, *rest = parts
    names = split_names(makers)
    if not names or not all(looks_like_name(n) for n in names):
        return None
    if field_only(title) is not None or read_part(Meta(), title):
        return None
    meta = read_meta(" / ".join(rest))  # (the kind of film, ``극``, ``다큐``, read and dropped)
    if meta.year is None or meta.runtime is None or meta.directors or meta.unread:
        return None
    meta.directors = list(names)
    meta.signals += 1
    return title, meta


#: Genres a listing prints after a film's runtime (``… / 144 minutes / Fantasy, Horror,
#: Drama``): read and dropped.
_GENRES = frozenset(
    "drama comedy fantasy horror family thriller documentary romance action animation "  # noqa: SIM905
    "biography history music musical crime war adventure mystery sci-fi western "
    "experimental short".split()
)
#: A title, then its year or runtime, then more fields after a slash (``The Circle 2015
#: / 144 minutes / Fantasy, Horror, Drama``, ``Yourself and Yours (…) 86 minutes/ Drama``).
_TITLE_THEN_SLASHED = re.compile(
    r"^(?P<title>[^/]{2,80}?)\s+(?P<first>(?:19|20)\d{2}|\d{1,3}\s*(?:minutes|mins?\.?))"
    r"\s*/\s*(?P<rest>[^/].*)$",
    re.IGNORECASE,
)


def read_title_then_slashed(text: str) -> tuple[str, Meta] | None:
    """``The Circle 2015 / 144 minutes / Fantasy, Horror, Drama``: a title, its year (or
    runtime), then fields after slashes, the genres last. None unless a runtime is read
    and every other part is a field or a genre."""
    found = _TITLE_THEN_SLASHED.match(text.strip())
    if (
        found is None
        or read_part(Meta(), found["title"])
        or read_meta(found["title"]).countries  # ``France, Czech Republic 2019 / 78 min.``
    ):
        return None
    meta = Meta()
    parts = [found["first"], *re.split(r"\s*/\s*", found["rest"])]
    for part in parts:
        genres = [g.casefold().split() for g in part.split(",")]
        if all(words and all(w in _GENRES for w in words) for words in genres):
            # (``Fantasy, Horror, Drama``, ``Family Drama``)
            meta.documentary = meta.documentary or ["documentary"] in genres
            continue
        if not read_part(meta, part.strip()):
            return None
    if meta.runtime is None or meta.directors:
        return None
    if looks_like_name(found["title"]) and (meta.year is None or len(parts) < 3):
        # (a name-shaped title, ``Nice People``, stands before its year, runtime and
        # genres; before less, it may be a maker's name)
        return None
    return found["title"].strip(), meta


def read_title_bar_directed(text: str) -> tuple[str, Meta] | None:
    """A title, a bar and ``directed by`` its makers and fields; None unless every maker
    is a name and every other part a field."""
    found = _TITLE_BAR_DIRECTED.match(text.strip())
    if found is None or len(found["title"].split()) > 10 or found["title"].rstrip()[-1] in ".!?":
        return None  # a sentence before the bar is no title
    meta = read_meta(f"Director: {found['rest']}")
    if not meta.directors or meta.unread:
        return None
    if found["m"] is not None:
        seconds = int(found["s"])
        meta.runtime = f"PT{int(found['m'])}M{seconds}S" if seconds else f"PT{int(found['m'])}M"
        meta.signals += 1
    return found["title"].strip(), meta


#: ``THERE IS A CHOICE: A Whisper to a Roar. Director: Ben Moses``: a strand in capitals
#: (perhaps), the title, a full stop, then the director's label and names.
_TITLE_DOT_DIRECTOR = re.compile(
    r"^(?:(?P<strand>[^:.]{3,60}?)[:.]\s+)?(?P<title>[^.:]{2,80}?)\.\s+"
    r"(?:directors?|dir\.|regie|réalisation)\s*:\s*(?P<names>[^.:]+?)\.?$",
    re.IGNORECASE,
)


def read_title_dot_director(text: str) -> tuple[str, Meta] | None:
    """A title, a full stop and ``Director: NAME``, perhaps under a strand in capitals;
    None unless the title is written as one and every name is a name."""
    found = _TITLE_DOT_DIRECTOR.match(text.strip())
    if found is None or not is_headline(found["title"]):
        return None
    if found["strand"] is not None and not in_capitals(found["strand"]):
        return None
    names = split_names(found["names"])
    if not names or not all(looks_like_name(n) for n in names):
        return None
    return found["title"].strip(), Meta(directors=list(names), signals=1)


def read_title_by_fields(text: str) -> tuple[str, Meta] | None:
    """A title, its makers after ``by``, then its fields; None unless the title is written
    as one, every maker is a name and the rest is only fields (two at least)."""
    found = _TITLE_BY_FIELDS.match(text.strip())
    if found is None or not is_headline(found["title"]) or _GENERIC_TITLE.match(found["title"]):
        return None
    names = split_names(found["names"])
    if not names or not all(looks_like_name(n) for n in names):
        return None
    meta = read_meta(found["fields"])
    if meta.signals < 2 or meta.unread or meta.directors:
        return None
    meta.directors = list(names)
    return found["title"].strip(), meta


#: ``Netizens (USA, 97 min.) Dir. Cynthia Lowen Programme: Silence Breakers …``: a title,
#: its fields in parentheses, the director's label and names, then whatever the page says.
TITLE_FIELDS_DIR = re.compile(
    r"^(?P<title>[^()]{1,80}?)\s*\((?P<fields>[^()]{2,80})\)\s+(?:[–—-]\s+)?"
    r"(?:dir\.|directed\s+by|director\s*:|regie\s*:|r\s*:|(?P<by>by))\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _date_from(tokens: list[str], index: int) -> bool:
    """True if the words from ``index`` on are a date's (``Thursday April 18th``,
    ``Sunday, 5 May``), not a name's (``Gabriel Sunday``)."""
    words = [t.strip(",.").casefold() for t in tokens[index : index + 3]]
    return (
        len(words) >= 2
        and words[0] in _DATE_WORDS
        and (words[1] in _DATE_WORDS or words[1][:1].isdigit())
    )


def _leading_names(text: str) -> tuple[list[str], str]:
    """The names at the start of ``text`` (``Simon Lereng Wilmont The review …``), up to a
    word no name holds, a label (``Programme:``) or a fifth word; and the rest."""
    names: list[str] = []
    words: list[str] = []
    tokens = re.findall(r"\S+", text)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        bare = token.rstrip(",")
        if bare in ("&", "and", "und") and words:
            names.append(" ".join(words))
            words = []
        elif (
            _NAME_WORD.fullmatch(bare)
            and bare[0].isupper()
            and bare.casefold() not in _NOT_NAME_WORDS
            and len(words) < 4
            and not token.endswith(":")
            and not _date_from(tokens, index)
        ):
            words.append(bare)
            if token.endswith(","):
                names.append(" ".join(words))
                words = []
        else:
            break
        index += 1
    if words:
        names.append(" ".join(words))
    return names, " ".join(tokens[index:])


def read_title_fields_dir(text: str) -> tuple[str, Meta] | None:
    """``Title (Country, 97 min.) Dir. NAME …`` (or ``Title (10 min) by NAME``, the byline
    ending the line): the title, its fields, its directors, and a
    section labelled after them (``Programme: Silence Breakers (International Premiere)``).
    None unless a field in the parentheses is read and every name is a name."""
    found = TITLE_FIELDS_DIR.match(text.strip())
    if found is None:
        return None
    meta = read_meta(found["fields"])
    if not meta.signals or meta.directors:
        return None
    names, rest = _leading_names(found["rest"])
    if not names or not all(looks_like_name(n) for n in names):
        return None
    if found["by"] and (rest.strip(" .") or not is_headline(found["title"])):
        # ``Starr (5 min 15 sec) by Michelle Blakeney``: a byline ends the entry, and the
        # title is written as one (not ``a film (2019) by …`` in a sentence)
        return None
    meta.directors, meta.unread = names, []
    meta.signals += 1
    section = re.match(
        r"^(?:programme|program|section|sektion)\s*:\s*(?P<name>[^()]{1,60}?)\s*\((?P<flag>[^()]+)\)",
        rest,
        re.IGNORECASE,
    )
    if section is not None:
        meta.section = section["name"].strip()
        if is_premiere(section["flag"]):
            meta.premiere = section["flag"]
    return found["title"].strip(), meta


#: ``TITLE Name Name, Country/Country 2013, 61 min.``: a title in capitals run into its
#: director's name and the fields (a programme booklet's text), the synopsis after them.
_CAPS_CREDIT = re.compile(
    r"(?P<title>[A-ZÄÖÜÀ-Þ0-9][A-ZÄÖÜÀ-Þ0-9'’&-]*(?:\s+[A-ZÄÖÜÀ-Þ0-9'’&-]+)*)\s+"
    r"(?P<names>[A-ZÄÖÜÀ-Þ][a-zäöüßà-ÿ][^,:;.]*?),\s+(?P<fields>[^:;]{4,80}?\d\s*min)\.?(?=\s|$)"
)


def read_caps_credit(text: str) -> tuple[str, Meta] | None:
    """``AMAZING AZERBAIJAN Liz Mermin, UK/Azerbaijan/Germany 2013, 61 min. Synopsis…``:
    the title in capitals, the director's names, then the country, year and runtime. The
    entry opens the line, or follows a heading ending in a colon that the line runs on
    from. None unless the title is in capitals, the names are names, and the fields are a
    year, a runtime and nothing unread."""
    found = _CAPS_CREDIT.search(text)
    if found is None or not in_capitals(found["title"]):
        return None
    if is_premiere(found["title"]) or read_part(Meta(), found["title"]):
        return None  # ``WORLD PREMIERE Anna Berg, …``: a flag or a field is no title
    if found.start() and ":" not in text[: found.start()]:
        return None
    names = [n for n in split_names(found["names"]) if n]
    if not names or not all(looks_like_name(n) for n in names):
        return None
    meta = read_meta(found["fields"])
    if meta.unread or meta.directors or meta.year is None or meta.runtime is None:
        return None
    meta.directors = names
    meta.signals += 1
    return found["title"].strip(), meta


def field_only(text: str) -> Meta | None:
    """The fields of a short line that is fields only (``Denmark 2009``, ``90min``,
    ``Jahr: 2020``): such a line is never a title. None if any part is not a field."""
    if len(text) > 60:
        return None
    meta = read_meta(text)
    if not meta.signals or meta.unread:
        return None
    if meta.directors and DIRECTOR_LABEL.match(text) is None:
        return None  # ``Meeting Gorbachev`` reads as a name, not as a field
    return meta
