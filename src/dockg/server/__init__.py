"""``dockg serve``: the graph published as linked data, with a SPARQL 1.1 endpoint and pages.

:mod:`~dockg.server.app` assembles the Starlette application from the routes of each
concern: :mod:`~dockg.server.sparql` (the SPARQL 1.1 Protocol),
:mod:`~dockg.server.linked_data` (dereferenceable IRIs, VoID, dumps) and
:mod:`~dockg.server.pages` (HTML for people). Every route reads the graph through the
:class:`~dockg.store.base.Store` in :class:`~dockg.server.state.ServerState`.
"""
