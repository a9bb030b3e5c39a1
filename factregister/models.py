"""The register's freshness stamp, kept as rows: when did what the public sees last change?"""

from django.db import models


class PublicChange(models.Model):
    """A moment the public register changed. The freshness stamp (ETag, Last-Modified) is the newest of these.

    Written by the write core (claims.services.core) inside the transaction of every change the public
    can see, and once more just after that transaction commits (factregister.publiccache.public_change),
    so that the newest row is later than anything a reader could have kept before the commit made the
    change visible. Written after every `migrate` too: a data migration may change what the public sees.
    Only the newest row matters; older ones are removed as new ones come.
    """

    at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-at"]

    def __str__(self):
        return f"Public change at {self.at:%Y-%m-%d %H:%M:%S}"
