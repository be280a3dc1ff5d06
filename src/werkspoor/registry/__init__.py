# SPDX-License-Identifier: EUPL-1.2
"""The system of record: inwoners, uitkeringen, arrangementen, begeleiding, inwonerplan,
trajecten."""
