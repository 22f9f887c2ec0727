"""Resolving people: a name is never enough, the evidence decides.

Two written forms of a name meet under :func:`~dockg.names.name_keys` (word order,
hyphens, case, accents, Hangul) or, more loosely, under
:func:`~dockg.names.variant_keys` (romanization variants such as Sin/Shin or Yi/Lee).
The evidence that two such people are one: a film both are credited on (in the same role,
or in another), the same year of birth, the same name in Hangul, films of both selected
at the same festival edition. A person is merged when

* the name is the same and they share a film, a birth year or a Hangul name, or
* the name is a romanization variant and they share a film in the same role, or share
  two of the other kinds of evidence;

a different year of birth or a different Hangul name always stops a merge. The same
IMDb or VIAF record counts as a shared fact; different records of one database keep the
two apart (not even a candidate). Anything
else that shares a name is a candidate pair, so two Kims who made different films stay
two people.
"""

from __future__ import annotations

from rdflib import URIRef

from dockg.names import has_hangul, name_keys, variant_keys
from dockg.prefixes import compact_iri
from dockg.resolution.context import Context, Option, show
from dockg.resolution.identifiers import identifier_agreement
from dockg.resolution.profiles import Category, Profile


def _role(role: URIRef) -> str:
    return compact_iri(role).split(":", 1)[-1]


def _shared_films(ctx: Context, mine: Profile, theirs: Profile) -> tuple[list[str], list[str]]:
    """Films both are credited on: (in the same role, in different roles), in words."""
    their_credits = ctx.existing.credits_of_person.get(theirs.iri, set())
    same_role, other_role = [], []
    for role, film in sorted(ctx.incoming.credits_of_person.get(mine.iri, ()), key=str):
        mapped = ctx.mapped(film)
        if mapped is None:
            continue
        if (role, mapped) in their_credits:
            same_role.append(f"both credited as {_role(role)} of {show(mapped)}")
        else:
            roles = sorted(_role(r) for r, f in their_credits if f == mapped)
            if roles:
                other_role.append(
                    f"both credited on {show(mapped)} ({_role(role)} / {', '.join(roles)})"
                )
    return same_role, other_role


def _shared_editions(ctx: Context, mine: Profile, theirs: Profile) -> list[str]:
    """Festival editions where films of both were selected, in words."""
    ours: set[URIRef] = set()
    for _, film in ctx.incoming.credits_of_person.get(mine.iri, ()):
        for event in ctx.incoming.events_showing(film):
            # the source's own section or edition, else one it names that the graph has
            edition = ctx.mapped(ctx.incoming.edition_above(event))
            edition = edition or ctx.existing.edition_above(ctx.mapped(event) or event)
            if edition is not None:
                ours.add(edition)
    their: set[URIRef] = set()
    for _, film in ctx.existing.credits_of_person.get(theirs.iri, ()):
        their |= ctx.existing.editions_showing(film)
    return [f"films of both selected at {show(e)}" for e in sorted(ours & their, key=str)]


def _weigh(ctx: Context, mine: Profile, theirs: Profile, *, exact: bool) -> Option:
    """Weigh the evidence that an incoming person is an existing one of a similar name."""
    written = [
        n
        for n in theirs.names
        if (name_keys(n) if exact else variant_keys(n)) & (mine.keys if exact else mine.loose)
    ]
    name = (
        f"same name {written[0]!r}"
        if exact
        else f"romanization variant: {mine.label!r} / {written[0]!r}"
    )
    same_role, other_role = _shared_films(ctx, mine, theirs)
    editions = _shared_editions(ctx, mine, theirs)
    facts, against = [], []
    if mine.years and theirs.years:
        if mine.years & theirs.years:
            facts.append(f"same birth year {min(mine.years & theirs.years)}")
        else:
            against.append(
                f"birth years differ: {min(mine.years)} here, {min(theirs.years)} recorded"
            )
    if mine.hangul and theirs.hangul and not (exact and has_hangul(written[0])):
        if mine.hangul & theirs.hangul:
            facts.append("same name in Hangul")
        else:
            against.append("different names in Hangul")
    same_record, record_reason = identifier_agreement(mine.identifiers, theirs.identifiers)
    if same_record:
        facts.append(record_reason)
    films = same_role or other_role
    kinds = bool(films) + len(facts) + bool(editions)
    enough = bool(films or facts) if exact else bool(same_role) or kinds >= 2
    reasons = [name, *same_role, *other_role, *facts, *editions, *against]
    if not kinds:
        reasons.append("no shared film, festival, birth year or Hangul name")
    return Option(theirs.iri, tuple(reasons), enough and not against)


def resolve_people(ctx: Context) -> None:
    """Match incoming people by name and weigh the evidence (see the module docs)."""
    for mine in ctx.incoming.of(Category.PERSON):
        if not ctx.is_new(mine.iri):
            continue
        exact = set(ctx.others(mine.iri, ctx.existing.matching(Category.PERSON, mine.keys)))
        loose = set(
            ctx.others(mine.iri, ctx.existing.matching(Category.PERSON, mine.loose, loose=True))
        )
        options = [
            _weigh(ctx, mine, ctx.existing.profiles[p], exact=p in exact)
            for p in sorted(exact | loose, key=str)
            # two records of one database (different IMDb or VIAF ids): two people
            if identifier_agreement(mine.identifiers, ctx.existing.profiles[p].identifiers)[0]
            is not False
        ]
        ctx.decide(mine.iri, options)
