"""Importers: turning festival programme pages, person pages and spreadsheets into sourced facts.

Each importer builds a graph of what its source says and hands it to
:func:`dockg.ingest.output.write_import`, which resolves it against the project and writes
one named graph per source under ``data/imported/`` with its PROV-O provenance.
"""
