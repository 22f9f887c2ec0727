"""Matching keys for names of people, films and festivals, whatever the order or spelling.

One name has many written forms in this field: Korean family-name-first and Western
given-name-first order ("Kim Soyoung" / "Soyoung Kim"), hyphenated or joined given
names ("Heung-Soon" / "Heungsoon"), accents of McCune-Reischauer ("Chŏng"), case and
spacing. :func:`fold` removes what never distinguishes two names; :func:`name_keys`
gives the keys under which two written forms of one name meet. Romanization variants
that may or may not be the same person (Sin/Shin, Yi/Lee) are the business of
resolution, which needs evidence beyond the name; they are not folded here.
"""

from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_.,·/]+")
_DROPPED = re.compile(r"[\"'`‘’“”()\[\]{}:;!?«»「」『』]")


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
    words = tokens(text)
    if not words:
        return frozenset()
    keys = {"".join(words)}
    if len(words) > 1:
        keys.add("".join([words[-1], *words[:-1]]))
        keys.add("".join([*words[1:], words[0]]))
    return frozenset(keys)
