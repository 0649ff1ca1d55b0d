"""The policy domains' table now lives in ``pipeline.vocabulary``; this module only re-exports it.

Owns: nothing. Kept so that ``from pipeline.domains import ...`` in other modules keeps working until they
import from ``pipeline.vocabulary`` (then delete this file).
"""

from __future__ import annotations

from pipeline.vocabulary import POLICY_DOMAINS as POLICY_DOMAINS
from pipeline.vocabulary import domain_label as domain_label
from pipeline.vocabulary import domain_name as domain_name
