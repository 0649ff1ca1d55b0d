"""How numbers are shown to people: one Dutch format (1.234.567,89) for the CLI, the run report and ``show``.

Owns: the Dutch number and euro format shown to people (not what the datasets store).
"""

from __future__ import annotations


def dutch_number(value: float, decimals: int = 0, sign: bool = False) -> str:
    """``1234567.891`` → ``1.234.567,89`` (decimals=2): dot between thousands, comma before decimals."""
    text = f"{value:{'+' if sign else ''},.{decimals}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def eur(value: float | None, decimals: int = 0, sign: bool = False) -> str:
    """``€ 1.234.568``; a missing amount is a dash."""
    if value is None:
        return "–"
    return f"€ {dutch_number(value, decimals, sign)}"
