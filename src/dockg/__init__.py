"""dockg: a knowledge graph of documentary films, festivals and the histories they tell."""

__version__ = "0.1.0"
