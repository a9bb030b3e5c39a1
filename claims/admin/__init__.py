"""The editors' workspace: the admin of visits, claims, evidence and the workflow log.

Every write goes through claims.services. The feature packages register their own
admins (claims.figures.admin, claims.commitments.admin, claims.entities.admin); importing
them here is what makes the admin find them. CSV import and export are added by csvio.admin.
"""

from claims.admin import claims, events, evidence, sources, translations, visits  # noqa: F401
from claims.commitments import admin as commitments_admin  # noqa: F401
from claims.entities import admin as entities_admin  # noqa: F401
from claims.figures import admin as figures_admin  # noqa: F401
from claims.tips import admin as tips_admin  # noqa: F401
from claims.transparency import admin as transparency_admin  # noqa: F401
