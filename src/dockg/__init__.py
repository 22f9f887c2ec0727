"""dockg: a knowledge graph of documentary films, festivals and the histories they tell."""

import logging

import rdflib

__version__ = "0.1.0"

# Keep every literal exactly as its source wrote it. By default rdflib rewrites lexical
# forms it can parse ("PT89M" becomes "PT1H29M", "...Z" becomes "...+00:00"), so an
# export would no longer say what the source said and a query for the printed value
# would miss it. This is process-wide by rdflib's design; dockg owns its process.
rdflib.NORMALIZE_LITERALS = False


class IllTypedLiteralFilter(logging.Filter):
    """Drop rdflib's traceback for literals such as ``"16min"^^xsd:duration``.

    Those literals load and travel unchanged (from any store); reporting them is the
    shapes' job, and a traceback per literal on standard error would bury the report.

    It also drops rdflib's warning that an IRI "does not look like a valid URI": dockg
    refuses such an IRI itself, as an input error naming the file and line
    (:mod:`dockg.turtle_check`), or Oxigraph does.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not (
            message.startswith("Failed to convert Literal lexical form")
            or message.endswith(
                "does not look like a valid URI, trying to serialize this will break."
            )
        )


logging.getLogger("rdflib.term").addFilter(IllTypedLiteralFilter())
