"""Resolving films, and the selections and screenings that show them.

A film matches an existing one by title (case, punctuation and spacing aside, any of
its recorded titles), and is merged when the directors agree and the years are at most
one apart (sources date a film by its completion, premiere or release), or, when one
side names no director, when the years are equal. A title that matches only without its
subtitle (*Sound of Nomad* for *Sound of Nomad: Koryo Arirang*) needs both agreements.
Everything else that shares a title is a candidate. A shared external identifier (the
same IMDb record) merges; different identifiers of one scheme keep the films apart.
"""

from __future__ import annotations

from rdflib import URIRef

from dockg.namespaces import SDO
from dockg.resolution.context import Context, Option, show
from dockg.resolution.identifiers import identifier_agreement
from dockg.resolution.profiles import Category, Profile

#: Years of one film in two sources may differ by this much (completion, premiere, release).
YEAR_TOLERANCE = 1


def _directors(ctx: Context, film: URIRef, *, incoming: bool) -> set[URIRef]:
    index = ctx.incoming if incoming else ctx.existing
    return {p for role, p in index.credits_of_film.get(film, ()) if role == SDO.director}


def director_agreement(ctx: Context, mine: Profile, theirs: Profile) -> tuple[bool | None, str]:
    """Whether the films' directors agree: True, False, or None when one side names none.

    An incoming director agrees with an existing one if it is the same entity (by IRI or
    an earlier merge) or has the same name under :func:`~dockg.names.name_keys`.
    """
    ours = _directors(ctx, mine.iri, incoming=True)
    their = _directors(ctx, theirs.iri, incoming=False)
    if not ours or not their:
        return None, "no director to compare"
    for director in sorted(ours, key=str):
        mapped = ctx.mapped(director)
        if mapped in their:
            return True, f"same director {show(mapped)}"
        profile = ctx.incoming.profiles.get(director)
        for other in sorted(their, key=str):
            their_profile = ctx.existing.profiles.get(other)
            if profile and their_profile and profile.keys & their_profile.keys:
                return True, f"director of the same name {their_profile.label!r}"
    names = ", ".join(sorted(show(d) for d in their))
    return False, f"directors differ (recorded: {names})"


def year_agreement(mine: Profile, theirs: Profile) -> tuple[int | None, str]:
    """The smallest difference between the films' years (None if one has none), in words."""
    if not mine.years or not theirs.years:
        return None, "no year to compare"
    gap, a, b = min((abs(a - b), a, b) for a in mine.years for b in theirs.years)
    if gap == 0:
        return 0, f"same year {a}"
    return gap, f"years {a} and {b} differ by {gap}"


def _film_option(ctx: Context, mine: Profile, theirs: Profile, *, subtitle: bool) -> Option | None:
    """Weigh one existing film against an incoming one; None if not even a candidate."""
    same_record, record_reason = identifier_agreement(mine.identifiers, theirs.identifiers)
    if same_record is False:
        return None  # two records of one database: two films, not even a candidate
    title = theirs.label
    reasons = [f"title without subtitle matches {title!r}" if subtitle else f"same title {title!r}"]
    directors, director_reason = director_agreement(ctx, mine, theirs)
    gap, year_reason = year_agreement(mine, theirs)
    reasons += [director_reason, year_reason]
    close = gap is not None and gap <= YEAR_TOLERANCE
    if subtitle:
        # Without the subtitle a title is weak evidence: only directors and years count.
        if not (directors is True or (directors is None and close)):
            return None
        enough = directors is True and close
    elif directors is True:
        enough = gap is None or close
    else:
        enough = directors is None and gap == 0
    if same_record:
        return Option(theirs.iri, (*reasons, record_reason), True)
    return Option(theirs.iri, tuple(reasons), enough)


def resolve_films(ctx: Context) -> None:
    """Match incoming films by title, directors and year."""
    for profile in ctx.incoming.of(Category.FILM):
        if not ctx.is_new(profile.iri):
            continue
        same = ctx.others(profile.iri, ctx.existing.matching(Category.FILM, profile.keys))
        subtitle = not same
        if subtitle:
            # a title that meets another only once a subtitle is dropped, on either side
            found = ctx.existing.matching(Category.FILM, profile.loose, loose=True)
            found |= ctx.existing.matching(Category.FILM, profile.loose)
            found |= ctx.existing.matching(Category.FILM, profile.keys, loose=True)
            same = ctx.others(profile.iri, found)
        weighed = (
            _film_option(ctx, profile, ctx.existing.profiles[f], subtitle=subtitle) for f in same
        )
        ctx.decide(profile.iri, [o for o in weighed if o is not None])


def resolve_showings(ctx: Context) -> None:
    """Merge selections of the same film in the same section, screenings at the same time."""
    for iri, (work, where) in sorted(ctx.incoming.showing_key.items(), key=lambda i: str(i[0])):
        if not ctx.is_new(iri):
            continue
        category = ctx.incoming.profiles[iri].category
        key = (ctx.mapped(work) or work, ctx.mapped(where) or where)
        found = ctx.others(iri, ctx.existing.by_showing.get(key, set()))
        what = "selected in" if category is Category.SELECTION else "screened at"
        shown = [show(k) if isinstance(k, URIRef) else str(k) for k in key]
        reason = f"same film {shown[0]} {what} {shown[1]}"
        ctx.decide(iri, [Option(f, (reason,), True) for f in found])
