# SPDX-License-Identifier: EUPL-1.2
"""Armoede: the U-pas per pass year and the reach of the minimaregelingen."""
