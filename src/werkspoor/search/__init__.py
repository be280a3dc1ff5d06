# SPDX-License-Identifier: EUPL-1.2
"""Finding a resident by name, BSN, date of birth or resident code, within what the
user's roles may see."""
