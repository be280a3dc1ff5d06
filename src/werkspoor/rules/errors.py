# SPDX-License-Identifier: EUPL-1.2
"""The one error type for bad input to the rules, with a Dutch sentence a resident can act on."""


class RegelInvoerFout(ValueError):
    """Input the rules cannot calculate with; str() is one Dutch sentence."""
