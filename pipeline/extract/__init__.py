"""Extractors: pure functions from text (and the report date) to facts."""
