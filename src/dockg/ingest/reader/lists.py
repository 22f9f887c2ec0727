"""Films listed in a sentence of running text (English): where an item starts and ends.

A news item or notice often lists its films in one sentence. Unquoted titles have no
marks, so a title's ends are found only where the list fixes them:

- **semicolon lists** (``…: Hong Sang-soo’s Yourself and Yours; Zhang Lu’s A Quiet
  Dream; Bamseom Pirates Seoul Inferno, a documentary about a punk band; and Shin
  Dong-il’s Come, Together.``): each item runs from one semicolon to the next, so a
  comma inside a title (``Come, Together``) is the title's when what follows it is in
  title case to the item's end. An item is a film when it is ``NAME’s Title`` or
  ``Title, a documentary …`` (an apposition naming the kind of film).
- **comma lists after a verb of showing or a colon about films** (``… will show
  Open at Night, Lost in Paris, Asura: The City of Madness and Liberation Day.``,
  ``two animated films are shown there: Pat and Mat, free of charge, and The Jungle
  Book.``): every item must be wholly in title case; a lower-case item is an aside on
  the item before it. Only the last item is cut at ``and`` (and only when there is one
  ``and`` in it and no comma before it), as English lists join their last item so.

Anything else (a title that is not in title case, an item with two ``and``) makes the
item unread: a film list read wrongly would state films the page does not name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dockg.ingest.reader.context import cities_in
from dockg.ingest.reader.dates import WEEKDAYS, find_date
from dockg.ingest.reader.fields import country_of, looks_like_name

_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "vs",
        "und",
        "der",
        "die",
        "das",
    ]
)
#: Words that may follow a title in an aside (``Okja on the big screen``); ``of`` may not.
_AFTER_TITLE = frozenset(["on", "in", "at", "with", "from", "for"])
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"‘'])")
#: ``NAME’s Title``, ``NAME’s 11-minute Title`` (its runtime no part of its title).
_POSSESSIVE = re.compile(
    r"^(?P<name>[A-Z][\w.-]*(?:[ -][A-Z][\w.-]*){1,3})[’']s\s+"
    r"(?:(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-minute(?:-long)?\s+)?(?P<rest>.+)$"
)
#: ``a documentary about …``, ``a Korean road movie``: an apposition naming a film's kind.
_KIND = re.compile(
    r"^(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:documentary|film|feature|drama|comedy|thriller|"
    r"animation|movie|short|portrait|essay)\b",
    re.IGNORECASE,
)
_SHOWING = re.compile(
    r"\b(?:will\s+(?:show|screen|present)|shows|screens|presents|(?:is|are)\s+(?:shown|"
    r"screened)(?:\s+there)?\s*:)\s+",
    re.IGNORECASE,
)
_FILMS_COLON = re.compile(
    r"\b(?:films|documentaries|features|movies|premieres|titles|works)\b"
    # not ``films made by and about Native Americans: Mohawk, Navajo …``: a colon after
    # the films' makers or subject lists those, not titles
    r"(?:(?!\b(?:by|about|made|directed|from|of|with)\b)[^:;]){0,40}:\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Listed:
    """A film of a list: its title and the director named with it, if any."""

    title: str
    director: str | None


def _word_ok(word: str) -> bool:
    bare = word.strip("“”\"‘’'():,")
    if not bare:
        return False
    if bare.casefold() in _SMALL:
        return True
    first = next((c for c in bare if c.isalnum()), "")
    return bool(first) and (first.isupper() or first.isdigit())


def title_case(text: str) -> bool:
    """Every word capitalised (or a digit), small words inside only, the last not small."""
    words = text.split()
    if not words or not all(_word_ok(w) for w in words):
        return False
    first, last = words[0].strip("“”\"‘’'"), words[-1].strip("“”\"‘’'.,")
    return first.casefold() not in _SMALL - {"a", "an", "the"} and last.casefold() not in _SMALL


def _leading_title(text: str) -> str | None:
    """The title-case words at the start of ``text`` (``Okja on the big screen`` → ``Okja``)."""
    words = text.split()
    taken: list[str] = []
    pending: list[str] = []
    for word in words:
        if word.casefold() in _SMALL and taken:
            pending.append(word)
            continue
        if not _word_ok(word):
            break
        taken.extend(pending)
        pending = []
        taken.append(word)
    title = " ".join(taken)
    rest = text[len(title) :].split()
    if not rest or rest[0] not in _AFTER_TITLE:
        return None  # ``Memories of murder``: the title may go on in lower case
    return title if title and title_case(title) else None


def _item_title(text: str) -> str | None:
    """The title of an item whose end is fixed: up to a comma before a lower-case aside,
    or the whole item when it is in title case."""
    head, comma, aside = text.partition(",")
    if comma and aside.strip() and not aside.strip()[0].isupper():
        return head.strip() if title_case(head.strip()) else None
    if title_case(text):
        return text.strip()
    return _leading_title(text) if not comma else None


def _semicolon_items(sentence: str) -> list[Listed]:
    if sentence.count(";") < 2:
        return []
    body = sentence.rstrip(".")
    parts = [p.strip() for p in body.split(";")]
    first = parts[0]
    if ":" not in first:
        parts = parts[1:]  # the first item's start is not known
    else:
        parts[0] = first.rsplit(":", 1)[1].strip()
    found = []
    for part in parts:
        part = re.sub(r"^and\s+", "", part)
        owner = _POSSESSIVE.match(part)
        if owner is not None and looks_like_name(owner["name"]):
            title = _item_title(owner["rest"])
            if title:
                found.append(Listed(title, owner["name"]))
            continue
        head, comma, aside = part.partition(",")
        if comma and _KIND.match(aside.strip()) and title_case(head.strip()):
            if re.search(r"\w[’']s\s", head) or re.search(r"\([^()]+\)$", head.strip()):
                # ``A and B's TITLE, a portrait …``: a maker's possessive; ``Title (Samir), a
                # drama``: a maker or an original title in parentheses, which is not sure
                continue
            found.append(Listed(head.strip(), None))
    return found


#: An aside that turns a list to its funders or partners.
_CREDITS_AFTER = re.compile(
    r"^(?:with\s+(?:funding|support)\s+from|funded\s+by|supported\s+by|sponsored\s+by|"
    r"in\s+partnership\s+with|in\s+association\s+with|thanks\s+to|courtesy\s+of)\b",
    re.IGNORECASE,
)


def _comma_items(sentence: str) -> list[Listed]:
    intro = _SHOWING.search(sentence) or _FILMS_COLON.search(sentence)
    if intro is None or ";" in sentence:
        return []
    body = sentence[intro.end() :].strip()
    if not body.endswith((".", "!", "?")):
        return []  # the sentence is cut off (a capture's end): its last item's end is unknown
    body = body.rstrip(".!?").strip()
    raw = [p.strip() for p in body.split(",")]
    items: list[str] = []
    for part in raw:
        if items and _CREDITS_AFTER.match(part):
            return []  # ``…, with funding from A, B and C``: funders listed, not films
        if items and part and not part[0].isupper() and not part.startswith("and "):
            continue  # an aside on the item before (``Pat and Mat, free of charge``)
        items.append(part)
    if len(items) < 2:
        return []
    last = items[-1]
    if last.startswith("and "):
        items[-1] = last[4:]
    elif last.count(" and ") == 1:
        items[-1:] = last.split(" and ")
    else:
        return []
    found = []
    for item in items:
        director = None
        owner = _POSSESSIVE.match(item)
        if owner is not None and looks_like_name(owner["name"]):
            director, item = owner["name"], owner["rest"]
        if not title_case(item) or _no_title(item):
            return []  # one item not a title: the list is not read as a list of films
        found.append(Listed(item.strip(), director))
    return found


_NOT_TITLE_WORDS = re.compile(
    r"(?:films?|shorts?|documentaries|features|programmes?|programs?|sections?|"
    r"screenings?|premieres?|classics|retrospectives?|talks?|workshops?|exhibitions?|"
    r"concerts?|panels?|masterclass(?:es)?)",
    re.IGNORECASE,
)


def _no_title(item: str) -> bool:
    """An item that names a kind of programme, a place or a day, not a film: the list is
    then of something else (``Korean Films, Shorts and Talks``, ``Berlin, Paris``)."""
    words = item.split()
    last = words[-1].strip(".,") if words else ""
    alone = item.strip(".,")
    return (
        _NOT_TITLE_WORDS.fullmatch(last) is not None
        or country_of(alone) is not None
        or (len(words) == 1 and bool(cities_in(alone)))
        or alone.casefold() in WEEKDAYS
        or (len(words) == 1 and find_date(f"{alone} 1") is not None)
    )


def read_lists(text: str) -> list[Listed]:
    """The films listed in the sentences of one paragraph."""
    found: list[Listed] = []
    for sentence in _SENTENCES.split(text):
        found.extend(_semicolon_items(sentence) or _comma_items(sentence))
    return found
