# SPDX-License-Identifier: EUPL-1.2
"""`werkspoor import`, `werkspoor export` and `werkspoor exchange_docs`."""
