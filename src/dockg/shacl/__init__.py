"""Validation at scale: SHACL compiled to SPARQL on Oxigraph, and incremental validation.

:mod:`dockg.shacl.compiler` turns the project's shapes into one SPARQL query per
constraint, :mod:`dockg.shacl.engine` runs them (with pySHACL for shapes outside the
compiled subset) and the project's checks on a pyoxigraph store, and
:mod:`dockg.shacl.incremental` re-validates only what a changed source can affect.
"""
