# SPDX-License-Identifier: EUPL-1.2
"""The web app: start page and, later, the werkcoach workspace."""
