"""The register's writes. The admin, imports, the demo loader and any other writer call these."""

from claims.services.restore import *  # noqa: F401,F403
from claims.services.workflow import *  # noqa: F401,F403
