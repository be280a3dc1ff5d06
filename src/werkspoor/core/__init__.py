# SPDX-License-Identifier: EUPL-1.2
"""What several apps need: half-open periods, the municipality configuration, identity checks."""
