"""The register's writes. The admin, imports, the demo loader and any other writer call these.

workflow.py (verdicts, publication, withdrawal, deletion), content.py (what a claim
says and its evidence), restore.py (bringing back what was deleted) and bulk.py (a
whole CSV file at once). The rules they apply are in claims.rules, written once.
The feature packages keep their own services: claims.commitments.services
(follow-ups) and claims.repeats.services (linking appearances).
"""

from claims.services.content import *  # noqa: F403
from claims.services.quotes import *  # noqa: F403
from claims.services.restore import *  # noqa: F403
from claims.services.workflow import *  # noqa: F403
