# SPDX-License-Identifier: EUPL-1.2
"""Inburgering under the Wet inburgering 2021: the PIP, the leerroute, the term and its end."""
