# SPDX-License-Identifier: EUPL-1.2
"""The indicator catalogue and the analytical engine that computes it."""
