"""Matching keys for names of people, films and festivals, whatever the order or spelling.

One name has many written forms in this field: Korean family-name-first and Western
given-name-first order ("Kim Soyoung" / "Soyoung Kim"), hyphenated or joined given
names ("Heung-Soon" / "Heungsoon"), accents of McCune-Reischauer ("Chŏng"), case and
spacing. :func:`fold` removes what never distinguishes two names; :func:`name_keys`
gives the keys under which two written forms of one name meet.

Romanization variants that may or may not be the same person (Sin/Shin, Yi/Lee,
Chŏng/Jeong, eo/ŏ, k/g) are kept apart by :func:`name_keys`: they meet only under the
looser :func:`variant_keys`, and resolution needs evidence beyond the name to merge them.
Titles of films and names of festivals have keys of their own (:func:`title_key`,
:func:`main_title_key`, :func:`festival_key`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.,·/]+")
_DROPPED = re.compile(r"[\"'`‘’“”()\[\]{}:;!?«»「」『』]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Fold a name for comparison: compatibility form, no accents, lower case, one space.

    Hangul is kept as it is (its syllables are not decomposed), so ``김소영`` folds to
    itself; Latin accents (``ŏ``, ``ŭ``, ``é``) and apostrophes are dropped; hyphens,
    dots and runs of white space become one space.

    Args:
        text: a name as written.

    Returns:
        The folded name, possibly empty.
    """
    if text.isascii():  # unchanged by NFKC and NFD, nothing combining: skip the char loop
        folded = _DROPPED.sub("", text).casefold()
        return " ".join(_SEPARATORS.sub(" ", folded).split())
    text = unicodedata.normalize("NFKC", text)
    kept = []
    for char in text:
        if "\uac00" <= char <= "\ud7a3":  # a precomposed Hangul syllable: keep it whole
            kept.append(char)
            continue
        decomposed = unicodedata.normalize("NFD", char)
        kept.append("".join(c for c in decomposed if not unicodedata.combining(c)))
    folded = _DROPPED.sub("", "".join(kept)).casefold()
    return " ".join(_SEPARATORS.sub(" ", folded).split())


def tokens(text: str) -> list[str]:
    """The folded words of a name, hyphenated parts kept together.

    ``"Heung-Soon Im"`` gives ``["heungsoon", "im"]``: a hyphenated given name is one
    word, so it matches its joined spelling.
    """
    text = unicodedata.normalize("NFKC", text)
    words = re.split(r"[\s_,/]+", text)
    return [w for w in (fold(word).replace(" ", "") for word in words) if w]


def name_key(text: str) -> str:
    """The folded name with its words joined in the order written (``soyoungkim``)."""
    return "".join(tokens(text))


def name_keys(text: str) -> frozenset[str]:
    """The keys under which two written forms of the same personal name meet.

    For a name of two or more words the keys are the words in the order written and
    with the last word moved first or the first word moved last, which turns Western
    order into Korean order and back: ``"Soyoung Kim"`` and ``"KIM Soyoung"`` share the
    key ``kimsoyoung``, and ``"Heung-Soon Im"`` meets ``"Im Heungsoon"``.

    Args:
        text: a name as written.

    Returns:
        The keys, empty if the name has no letters.
    """
    return _orders(tokens(text), "")


def _orders(words: list[str], separator: str) -> frozenset[str]:
    """The words joined as written, last word first, and first word last."""
    if not words:
        return frozenset()
    keys = {separator.join(words)}
    if len(words) > 1:
        keys.add(separator.join([words[-1], *words[:-1]]))
        keys.add(separator.join([*words[1:], words[0]]))
    return frozenset(keys)


#: Spellings of one Korean family name in Revised Romanization, McCune-Reischauer and
#: common usage, each mapped to one representative. Looked up before the letter rules
#: of :func:`romanization_key`, which cannot see that Lee and Yi are one name.
SURNAME_VARIANTS: dict[str, str] = {
    spelling: group[0]
    for group in (
        ("i", "yi", "lee", "rhee", "ri", "rhie", "li", "lie", "ee", "yee"),
        ("pak", "park", "bak", "bahk", "pack", "parc"),
        ("sin", "shin", "shinn"),
        ("im", "lim", "rim", "yim"),
        ("yu", "yoo", "ryu", "you", "yoe"),
        ("no", "noh", "roh", "rho"),
        ("o", "oh"),
        ("choe", "choi", "chey", "choy"),
        ("chong", "jeong", "chung", "jung", "joung", "cheong", "jong"),
        ("kang", "gang"),
        ("cho", "jo", "joe"),
        ("kim", "gim"),
        ("yun", "yoon", "youn"),
        ("an", "ahn"),
        ("ko", "go", "koh"),
        ("so", "seo", "suh"),
        ("mun", "moon"),
        ("pae", "bae"),
        ("paek", "baek", "paik", "baik"),
        ("chon", "jeon", "chun", "jun"),
        ("chang", "jang"),
        ("hyon", "hyun", "hyeon"),
        ("kwon", "gwon"),
        ("ku", "koo", "gu"),
        ("u", "woo", "wu"),
        ("yom", "yeom", "yum"),
    )
    for spelling in group
}

#: Letter rules, applied in order: vowels of McCune-Reischauer (already without their
#: breves after :func:`fold`) and of Revised Romanization and common spellings meet,
#: then voiced and unvoiced consonants (RR g/d/b/j, MR k/t/p/ch) and r/l.
_VARIANT_RULES: tuple[tuple[str, str], ...] = (
    ("sh", "s"),
    ("eo", "o"),
    ("eu", "u"),
    ("oo", "u"),
    ("ou", "o"),
    ("wu", "u"),
    ("ee", "i"),
    ("ch", "c"),
    ("j", "c"),
    ("kh", "k"),
    ("g", "k"),
    ("th", "t"),
    ("d", "t"),
    ("ph", "p"),
    ("b", "p"),
    ("r", "l"),
)
_DOUBLED = re.compile(r"(.)\1+")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def has_hangul(text: str) -> bool:
    """True if the text contains a Hangul syllable."""
    return _HANGUL.search(text) is not None


def romanization_key(word: str) -> str:
    """The key of one folded word under which its romanization variants meet.

    A known family-name spelling is replaced by its group's representative
    (``lee``, ``yi``, ``rhee`` → ``i``); any other word goes through the letter rules
    (``yeong``/``young``/``yong`` → ``yonk``; ``jin``/``chin`` → ``cin``) and loses its
    doubled letters. Hangul is left as it is.

    Args:
        word: one word as given by :func:`tokens` (folded, hyphens removed).

    Returns:
        The variant key of the word.
    """
    if has_hangul(word):
        return word
    if word in SURNAME_VARIANTS:
        return SURNAME_VARIANTS[word]
    for old, new in _VARIANT_RULES:
        word = word.replace(old, new)
    return _DOUBLED.sub(r"\1", word)


def variant_keys(text: str) -> frozenset[str]:
    """The looser keys under which romanization variants of one personal name meet.

    Like :func:`name_keys` (either word order), but with every word replaced by its
    :func:`romanization_key`: ``"Shin Su-won"`` meets ``"Sin Suwon"``, ``"Chŏng Ji-yŏng"``
    meets ``"Jeong Ji-yeong"``, ``"Rhee Jin"`` meets ``"Lee Jin"``. Two names that only meet
    here may be two people: a resolver must have other evidence; a search may offer them.

    Args:
        text: a name as written.

    Returns:
        The keys, empty if the name has no letters.
    """
    # Words are kept apart in the key: joined, "sin+won" and "si+nwon" would meet.
    return _orders([romanization_key(word) for word in tokens(text)], "\x1f")


_TITLE_SPLIT = re.compile(r"\s*(?::|\s[-–—]\s)\s*")


def title_key(text: str) -> str:
    """The key of a film title: folded, ``&`` read as *and*, punctuation and spaces gone.

    ``"Goodbye My Love, North Korea"`` and ``"goodbye my love north korea"`` share a key;
    a subtitle stays part of it (see :func:`main_title_key`).
    """
    return fold(unicodedata.normalize("NFKC", text).replace("&", " and ")).replace(" ", "")


def main_title_key(text: str) -> str:
    """The key of a title without its subtitle (the part after a colon or a dash).

    ``"Sound of Nomad: Koryo Arirang"`` → the key of ``"Sound of Nomad"``; a title without
    a subtitle gives its :func:`title_key`.
    """
    return title_key(_TITLE_SPLIT.split(unicodedata.normalize("NFKC", text).strip(), 1)[0])


_ORDINAL = re.compile(r"\b(\d{1,3})\s*(?:st|nd|rd|th)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def ordinal_in(text: str) -> int | None:
    """The edition number an ordinal in a name gives (``"The 43rd ..."`` → 43), if any."""
    found = _ORDINAL.search(unicodedata.normalize("NFKC", text))
    return int(found.group(1)) if found else None


def year_in(text: str) -> int | None:
    """The year a name contains (``"... Festival 2019"`` → 2019), if any."""
    found = _YEAR.search(unicodedata.normalize("NFKC", text))
    return int(found.group(1)) if found else None


def festival_words(text: str) -> tuple[str, ...]:
    """The folded words of a festival's name without ordinal, year and leading *the*.

    ``"The 43rd Seoul Independent Film Festival"`` and ``"Seoul Independent Film Festival
    2017"`` both give ``("seoul", "independent", "film", "festival")``.
    """
    text = _YEAR.sub(" ", _ORDINAL.sub(" ", unicodedata.normalize("NFKC", text)))
    words = fold(text.replace("&", " and ")).split()
    if words and words[0] == "the":
        words = words[1:]
    return tuple(words)


def festival_key(text: str) -> str:
    """The key of a festival's name: :func:`festival_words` joined."""
    return "".join(festival_words(text))
