# SPDX-License-Identifier: EUPL-1.2
"""Matching job seekers to vacancies: work wishes, a ranked list of candidates with the
reasons in words, and a pipeline of proposals that the werkcoach agrees or objects to."""
