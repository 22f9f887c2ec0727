"""The licences dockg states: its own data's, and the IRIs imported sources are under.

dockg's own encoding of facts (the hand-curated graphs, the graphs read from web pages,
the ontology and the subject scheme) is published under Creative Commons Attribution
4.0. A graph imported from a dataset with its own terms carries that dataset's licence
instead (the CSV mapping's ``license``): the Cannes competition spreadsheet is MIT,
Wikidata is CC0. Licences are IRIs, never strings.
"""

from __future__ import annotations

from rdflib import URIRef

CC_BY_4 = URIRef("https://creativecommons.org/licenses/by/4.0/")
CC0 = URIRef("https://creativecommons.org/publicdomain/zero/1.0/")
MIT = URIRef("https://spdx.org/licenses/MIT")

#: The licence of the data dockg encodes itself.
DATA_LICENSE = CC_BY_4
