"""rapportage: the Actieplan progress reports as comparable datasets."""

__version__ = "0.1.0"
