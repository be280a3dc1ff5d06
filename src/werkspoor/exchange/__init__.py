# SPDX-License-Identifier: EUPL-1.2
"""The Werkspoor exchange format: CSV import and export of the whole registry."""
