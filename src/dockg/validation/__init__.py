"""Validation: SHACL shapes and whole-graph checks, one engine for every path.

- :mod:`~dockg.validation.run`: validate a loaded dataset or any store (the entry point);
- :mod:`~dockg.validation.compiler`: the shapes compiled to one SPARQL query per constraint;
- :mod:`~dockg.validation.engine`: running them, and the checks, in an Oxigraph store;
- :mod:`~dockg.validation.incremental`: re-validating only what a changed source affects;
- :mod:`~dockg.validation.checks`: the project's ``ontology/checks/*-violation.rq``;
- :mod:`~dockg.validation.shapes`: reading the shapes graph (messages, paths);
- :mod:`~dockg.validation.report` and :mod:`~dockg.validation.output`: the results and
  how they are written;
- :mod:`~dockg.validation.reference`: pySHACL, the reference the engine is tested against.
"""
