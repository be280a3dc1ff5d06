# SPDX-License-Identifier: EUPL-1.2
"""The quarterly Dashboard and Monitor Werk en Inkomen: HTML, PDF and charts."""
