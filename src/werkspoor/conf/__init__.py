# SPDX-License-Identifier: EUPL-1.2
"""Project configuration: settings, urls and the WSGI entry point."""
