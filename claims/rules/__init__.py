"""The register's rules, written once: what is wrong with a proposed change?

Each function here looks at a change someone proposes (a verdict, a publication,
a withdrawal, an edit, a piece of evidence added or removed, a source retitled, a
kept copy replaced) and returns the problems with it, without writing anything and
without asking the database for more than the user's permissions. The write core
(claims.services.core) calls them for every change, whichever way it arrives: an
admin form, an action, the CSV import, the intake, the demo loader, a restore.
Admin forms call them too, through the core's `check()`, to show a problem on its
field before anything is saved.

A problem names the field (a form field or a CSV column) it is about, and says
whether it is a matter of permission (the person may not do this at all) or of
the change itself.

Modules: base (Problem, permissions), claims (verdicts, publication, withdrawal,
content, deletion), evidence, sources (sources, outlets, kept copies, proposals,
visits and metrics), translations; the feature packages keep theirs (claims.commitments.rules,
claims.repeats.rules, claims.entities.rules), re-exported here.
"""

from claims.commitments.rules import *  # noqa: F403
from claims.entities.rules import *  # noqa: F403
from claims.repeats.rules import *  # noqa: F403
from claims.rules.base import *  # noqa: F403
from claims.rules.claims import *  # noqa: F403
from claims.rules.evidence import *  # noqa: F403
from claims.rules.sources import *  # noqa: F403
from claims.rules.translations import *  # noqa: F403
