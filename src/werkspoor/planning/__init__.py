# SPDX-License-Identifier: EUPL-1.2
"""Appointments and to-dos around a resident's file: the werkcoach's agenda."""
