"""Country codes: the ISO 3166 alpha-2 code a filter, a correction or a record names a country by."""
from __future__ import annotations


def country_code(value: str) -> str:
    """ISO alpha-2 for a code or a country name ("IQ", "Iraq", "IRQ")."""
    import pycountry

    v = value.strip()
    if len(v) == 2:
        return v.upper()
    try:
        return pycountry.countries.lookup(v).alpha_2
    except LookupError:
        return v.upper()
