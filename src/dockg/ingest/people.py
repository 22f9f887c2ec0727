"""Splitting a printed personal name into family and given names, in either order.

Korean names appear family-name first (``Kim Soyoung``) or, on English pages, given-name
first (``Soyoung Kim``). The family name is told by a word in capitals (``PARK Minji``) or
by the list of common Korean family names in their usual romanizations; a hyphenated word
(``Heung-Soon``) is always a given name. When neither rule decides, the Western order of
an English page is assumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from dockg.iris import mint_person

_FAMILY_NAMES = """
    kim gim lee yi rhee ri park pak bak choi choe jung jeong chung kang gang cho jo yoon
    yun jang chang lim im han oh o seo suh shin sin kwon gwon hwang ahn an song jeon jun
    chun hong yoo yu ryu ko go moon mun yang son bae baek paek heo hur nam sim shim noh no
    roh ha kwak sung seong cha joo ju chu woo u koo gu min na jin ji eom um chae won cheon
    bang gong kong hyun hyeon yeo do kae gye pyo tak ma gil seol ku ki ok yeom
"""
#: Common Korean family names in Revised Romanization, McCune-Reischauer and usual spellings.
KOREAN_FAMILY_NAMES = frozenset(_FAMILY_NAMES.split())


@dataclass(frozen=True)
class PersonName:
    """A personal name split into its parts.

    Attributes:
        written: the name as printed.
        family: the family name.
        given: the given name (``Heung-Soon``).
        additional: further names between them (a patronymic), in Western order.
        korean_order: True if printed family name first.
    """

    written: str
    family: str
    given: str
    additional: tuple[str, ...] = ()
    korean_order: bool = False

    @property
    def display(self) -> str:
        """The name in the order printed, capitals of a family name undone (``Park Minji``)."""
        return " ".join(_display_case(w) for w in self.written.split())

    @property
    def iri(self) -> URIRef:
        """The person's IRI, family name first (``person:kim-soyoung``)."""
        return mint_person(self.family, self.given, *self.additional)

    @property
    def western(self) -> str:
        """The name given name first (``Soyoung Kim``)."""
        return " ".join([self.given, *self.additional, self.family])

    @property
    def korean(self) -> str:
        """The name family name first (``Kim Soyoung``)."""
        return " ".join([self.family, self.given, *self.additional])


#: Words (in any case) that belong to the family name that follows them (De Sica, van Gogh).
NAME_PARTICLES = frozenset(
    [
        "af",
        "av",
        "d",
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "la",
        "le",
        "ten",
        "ter",
        "van",
        "von",
        "zu",
    ]
)


def _is_family(word: str) -> bool:
    return "-" not in word and word.lower() in KOREAN_FAMILY_NAMES


#: One syllable of a romanized Korean name (Revised Romanization, McCune-Reischauer and
#: the usual spellings: ``young``, ``joon``, ``jee``, ``hyun``, ``byeol``).
_SYLLABLE = (
    r"(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|m|b|p|s|j|h)?(?:y|w)?"
    r"(?:ae|eo|oe|eu|ui|oo|ee|ou|ai|ei|ah|a|e|i|o|u)(?:ng|k|n|t|l|m|p)?"
)
_KOREAN_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}", re.IGNORECASE)


def _korean_given(words: list[str]) -> bool:
    """Whether the words after a Korean family name are a Korean given name: hyphenated
    (``Seung-hwa``), or one word of one to three romanized syllables (``Miyoung``,
    ``Bobyeolse``). ``Brand``, ``Longinotto``, ``Schmeiser`` are not; nor is ``Golan``,
    since a romanized Korean ``l`` before a vowel is written ``r``."""
    if len(words) != 1:
        return False
    word = words[0]
    if "-" in word:
        return all(_KOREAN_GIVEN.fullmatch(part) for part in word.split("-") if part)
    return _KOREAN_GIVEN.fullmatch(word) is not None and not re.search(
        r"(?<!l)l[aeiouy]", word, re.IGNORECASE
    )


def _in_capitals(word: str) -> bool:
    """A word printed in capitals as a family name (``PARK``, ``OH``), not initials
    (``N.C.``, ``TJ``, ``B.``)."""
    return (
        word.isupper()
        and re.sub(r"[-’']", "", word).isalpha()
        and (len(word) > 2 or word.lower() in KOREAN_FAMILY_NAMES)
    )


def _display_case(word: str) -> str:
    """``PARK`` → ``Park``; other words (and initials: ``N.C.``, ``TJ``) keep their case."""
    return word.capitalize() if _in_capitals(word) else word


def parse_person_name(text: str) -> PersonName | None:
    """Split a printed personal name.

    Args:
        text: ``"Soyoung Kim"``, ``"Kim Soyoung"``, ``"PARK Minji"``,
            ``"Alexandra Petrovna Kim"``.

    Returns:
        The parts, or None for a text that is not a name of two to four words.
    """
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(w[0].isalpha() and w[0].isupper() for w in words):
        return None
    capitals = [i for i, w in enumerate(words) if _in_capitals(w)]
    if capitals == [0]:
        korean = True
    elif capitals == [len(words) - 1]:
        korean = False
    else:
        first, last = _is_family(words[0]), _is_family(words[-1])
        # ``Kim Miyoung`` is family name first, ``Kim Longinotto`` and ``Gil Golan`` are not
        korean = first and not last and len(words) == 2 and _korean_given(words[1:])
    clean = [_display_case(w) for w in words]
    if korean:
        return PersonName(text, clean[0], " ".join(clean[1:]), korean_order=True)
    start = len(clean) - 1
    while start > 1 and clean[start - 1].casefold() in NAME_PARTICLES:
        start -= 1  # ``Roberto De Paolis``: the particle belongs to the family name
    family = " ".join(clean[start:])
    return PersonName(text, family, clean[0], tuple(clean[1:start]))
