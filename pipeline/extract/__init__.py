"""Extractors: pure functions from text (and the report date) to facts.

Owns: nothing itself; each module owns one kind of fact, ``nlp.py`` the spaCy pipeline, ``stage.py`` the stage.
"""
