"""The register's writes: every change to what it stores goes through the write core (core.py).

One writer per entity decides what its rules make of a change and what it puts on the public
record: claims.py (logging, content, verdicts, publication, withdrawal, deletion), evidence.py,
sources.py (sources, outlets, proposals), notes.py (assignment and
internal notes: the desk's own), copies.py (kept copies of articles), quotes.py (the
quote findings), visits.py, translations.py (the register's words in other languages, and
corrections that reach them); the feature packages keep theirs (claims.figures.services for
metrics, claims.commitments.services for follow-ups, claims.repeats.services for links between
appearances). restore.py brings back what was deleted. The rules they apply are claims.rules.
The admin, the CSV import, the intake, the demo loader and the command line call these; nothing
else writes the register's tables (tests/conftest.py fails any test that does).
"""

from claims.services.claims import *  # noqa: F403
from claims.services.copies import *  # noqa: F403
from claims.services.evidence import *  # noqa: F403
from claims.services.independence import *  # noqa: F403
from claims.services.notes import *  # noqa: F403
from claims.services.quotes import *  # noqa: F403
from claims.services.restore import *  # noqa: F403
from claims.services.source_checks import *  # noqa: F403
from claims.services.sources import *  # noqa: F403
from claims.services.system import *  # noqa: F403
from claims.services.translations import *  # noqa: F403
from claims.services.visits import *  # noqa: F403
