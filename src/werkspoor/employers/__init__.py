# SPDX-License-Identifier: EUPL-1.2
"""Werkgeversdienstverlening: werkgevers, vacatures, ontmoetingen and plaatsingen."""
