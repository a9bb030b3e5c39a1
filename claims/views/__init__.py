"""The public register's pages, one module per idea; every read starts from `Claim.objects.published()`."""

from claims.views.commitments import commitments, visit_accounts  # noqa: F401
from claims.views.figures import metric_detail, metric_list  # noqa: F401
from claims.views.register import (  # noqa: F401
    claim_detail,
    claim_list,
    corrections,
    home,
    methodology,
    robots_txt,
    visit_detail,
)
