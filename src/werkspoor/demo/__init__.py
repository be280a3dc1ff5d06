# SPDX-License-Identifier: EUPL-1.2
"""The demo city: a deterministic synthetic municipality simulated month by month."""
