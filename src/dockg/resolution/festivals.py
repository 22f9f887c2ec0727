"""Resolving festivals, their editions and sections.

A festival matches by name without ordinal, year or a leading *the*, including the
alternate names the graph records (acronyms, translations). A name that is a shortened
form of a known festival's name (*International Women's Film Festival* for *Seoul
International Women's Film Festival*) is merged only when an edition confirms it: the
source's edition number and year agree with an edition the graph records, or with the
festival's numbering (an annual festival's 12th edition in 2010 implies the 17th in 2015).
Editions match by festival and year or number, sections by parent and name.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from rdflib import URIRef

from dockg.names import festival_key, festival_words
from dockg.resolution.context import Context, Option, show
from dockg.resolution.profiles import Category, GraphIndex, Profile


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``, ``22nd``..."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True)
class Numbering:
    """How a festival's editions are numbered, from what the graph records.

    Attributes:
        anchors: (number, year) of every recorded edition that has both.
        annual: the festival is recorded as annual, or its anchors count one a year.
        first_year: the year of its first edition, if recorded.
    """

    anchors: tuple[tuple[int, int], ...]
    annual: bool
    first_year: int | None

    @classmethod
    def of(cls, index: GraphIndex, festival: URIRef) -> Numbering:
        """Read a festival's numbering from a graph index."""
        anchors = sorted(
            {(e.number, y) for e in index.editions_of(festival) if e.number for y in e.years}
        )
        recorded = index.annual.get(festival)
        counted = len(anchors) > 1 and all(
            n2 - n1 == y2 - y1 for (n1, y1), (n2, y2) in pairwise(anchors)
        )
        annual = recorded is True or (recorded is None and counted)
        return cls(tuple(anchors), annual, index.first_year.get(festival))

    def expected_number(self, year: int) -> tuple[int, str] | None:
        """The number an edition held in ``year`` should have, and why.

        Recorded editions come first (the nearest one, counting a year per edition), so a
        festival whose early editions were not annual is counted from its recent ones;
        only without them the first year counts (the first edition is number 1).
        """
        if not self.annual:
            return None
        if self.anchors:
            number, anchor = min(self.anchors, key=lambda a: (abs(a[1] - year), a[1]))
            expected = number + year - anchor
            why = f"the {ordinal(number)} edition was in {anchor}"
            return (expected, why) if expected >= 1 else None
        if self.first_year is not None and year >= self.first_year:
            return year - self.first_year + 1, f"the first edition was in {self.first_year}"
        return None


def _edition_facts(profile: Profile) -> tuple[int | None, int | None]:
    year = min(profile.years) if profile.years else None
    return profile.number, year


def _contains(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True if ``short`` is a shorter run of consecutive words of ``long``."""
    n = len(short)
    return 2 <= n < len(long) and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def _shortened(mine: Profile, theirs: Profile) -> tuple[str, str] | None:
    """A name of ``mine`` and one of ``theirs`` of which one is a run of the other's words."""
    for name in mine.names:
        words = festival_words(name)
        for other in theirs.names:
            their_words = festival_words(other)
            if _contains(words, their_words) or _contains(their_words, words):
                return name, other
    return None


def edition_evidence(ctx: Context, festival: URIRef, incoming: URIRef) -> tuple[bool, list[str]]:
    """Whether the incoming festival's editions agree with an existing festival's.

    Returns:
        (agrees, reasons): agrees is True if some incoming edition with a number and a
        year matches a recorded edition or the festival's numbering and none contradicts.
    """
    numbering = Numbering.of(ctx.existing, festival)
    recorded = {(e.number, y) for e in ctx.existing.editions_of(festival) for y in e.years}
    agrees, against, reasons = False, False, []
    for edition in ctx.incoming.editions_of(incoming):
        number, year = _edition_facts(edition)
        if number is None or year is None:
            continue
        if (number, year) in recorded:
            agrees = True
            reasons.append(f"the {ordinal(number)} edition in {year} is recorded for it")
            continue
        expected = numbering.expected_number(year)
        if expected is None:
            continue
        if expected[0] == number:
            agrees = True
            reasons.append(f"edition arithmetic: {expected[1]}, so the {ordinal(number)} in {year}")
        else:
            against = True
            reasons.append(
                f"edition arithmetic disagrees: {expected[1]}, so the "
                f"{ordinal(expected[0])} in {year}, not the {ordinal(number)}"
            )
    if not reasons:
        reasons.append("no edition number and year to confirm it")
    return agrees and not against, reasons


def resolve_festivals(ctx: Context) -> None:
    """Match incoming festival series by name, or by shortened name and edition evidence."""
    for profile in ctx.incoming.of(Category.FESTIVAL):
        if not ctx.is_new(profile.iri):
            continue
        options = []
        same = ctx.others(profile.iri, ctx.existing.matching(Category.FESTIVAL, profile.keys))
        for existing in same:
            theirs = ctx.existing.profiles[existing]
            name = next(n for n in theirs.names if festival_key(n) in profile.keys)
            options.append(Option(existing, (f"same festival name {name!r}",), enough=True))
        if not same:
            for theirs in ctx.existing.of(Category.FESTIVAL):
                pair = _shortened(profile, theirs)
                if theirs.iri == profile.iri or pair is None:
                    continue
                agrees, evidence = edition_evidence(ctx, theirs.iri, profile.iri)
                reason = f"{pair[0]!r} is a shortened or longer form of {pair[1]!r}"
                options.append(Option(theirs.iri, (reason, *evidence), enough=agrees))
        ctx.decide(profile.iri, options)


def resolve_editions(ctx: Context) -> None:
    """Match incoming editions of a known festival by year or number, checking both."""
    for profile in ctx.incoming.of(Category.EDITION):
        festival = ctx.mapped(profile.parent)
        if festival is None or not ctx.is_new(profile.iri):
            continue
        number, year = _edition_facts(profile)
        known = [e for e in ctx.existing.editions_of(festival) if e.iri != profile.iri]
        by_year = [e for e in known if year is not None and year in e.years]
        by_number = [e for e in known if number is not None and e.number == number]
        numbering = Numbering.of(ctx.existing, festival)
        options = []
        for theirs in sorted(
            {e.iri: e for e in by_year + by_number}.values(), key=lambda e: str(e.iri)
        ):
            reasons = [f"same festival {show(festival)}"]
            against = []
            their_number, their_year = _edition_facts(theirs)
            if year is not None and year in theirs.years:
                reasons.append(f"same year {year}")
            elif year is not None and their_year is not None:
                against.append(f"years differ: {year} here, {their_year} recorded")
            if number is not None and theirs.number == number:
                reasons.append(f"same edition number {number}")
            elif number is not None and their_number is not None:
                against.append(f"edition numbers differ: {number} here, {their_number} recorded")
            elif number is not None and year is not None:
                expected = numbering.expected_number(year)
                if expected is not None and expected[0] != number:
                    against.append(
                        f"edition arithmetic gives the {ordinal(expected[0])} for {year} "
                        f"({expected[1]}), the source says the {ordinal(number)}"
                    )
                elif expected is not None:
                    reasons.append(f"edition arithmetic agrees ({expected[1]})")
            options.append(Option(theirs.iri, (*reasons, *against), enough=not against))
        ctx.decide(profile.iri, options)


def resolve_sections(ctx: Context) -> None:
    """Match incoming sections by name under the same edition (or parent section).

    Sections are taken parents first, so a nested section meets its parent's match.
    """
    pending = [p for p in ctx.incoming.of(Category.SECTION)]
    for _ in range(len(pending)):
        waiting = []
        for profile in pending:
            parent = ctx.mapped(profile.parent)
            if parent is None:
                if profile.parent is not None and ctx.incoming.profiles.get(profile.parent):
                    waiting.append(profile)
                continue
            if not ctx.is_new(profile.iri):
                continue
            found = {s.iri for s in ctx.existing.sections_under(parent) if s.keys & profile.keys}
            ctx.decide(
                profile.iri,
                [
                    Option(s, (f"same section name {profile.label!r} under {show(parent)}",), True)
                    for s in ctx.others(profile.iri, found)
                ],
            )
        if len(waiting) == len(pending):
            break
        pending = waiting
