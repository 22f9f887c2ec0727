"""Exploring relations: projections of the graph into networkx, paths, neighbourhoods,
timelines, network measures and pictures.

Every reader here gets its data through a :class:`~dockg.store.base.Store` (SPARQL and
quads), so the same code runs on the memory store and on the faster ones.
"""
