# SPDX-License-Identifier: EUPL-1.2
"""The look of every page: the municipality's theme (thema.yaml) as NL Design System tokens."""
