# SPDX-License-Identifier: EUPL-1.2
from tests.api.conftest import fast_hashing, issue  # noqa: F401  (API clients, fast hashing)
from tests.brp.conftest import brp, brp_server  # noqa: F401  (the BRP stand-in)
from tests.exchange.conftest import accounts, folder  # noqa: F401  (the full exchange folder)
