# SPDX-License-Identifier: EUPL-1.2
"""Vervangingen: a werkcoach works in an absent colleague's files for a set period."""
