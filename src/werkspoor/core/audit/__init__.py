# SPDX-License-Identifier: EUPL-1.2
"""The audit log: who saw or changed which resident file. `log()` appends a record;
signed checkpoints outside the database make shortening or rewriting it evident
(`werkspoor audit-verify`). Design and threat model: docs/auditlog.md."""

from .records import GENESIS_HASH, hash_values, log, record_hash

__all__ = ["GENESIS_HASH", "hash_values", "log", "record_hash"]
