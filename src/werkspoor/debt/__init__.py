# SPDX-License-Identifier: EUPL-1.2
"""Schulddienstverlening: debt help from registration to its result, and vroegsignalering."""
