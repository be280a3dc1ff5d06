# SPDX-License-Identifier: EUPL-1.2
"""Werkspoor: the client registry, steering information and income rules of Werk en Inkomen."""

__version__ = "0.1.0"
