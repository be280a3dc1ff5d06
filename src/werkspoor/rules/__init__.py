# SPDX-License-Identifier: EUPL-1.2
"""Income rules as code: Participatiewet norms, vrijlatingen and municipal schemes."""
