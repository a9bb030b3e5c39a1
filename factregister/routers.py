"""Read replicas: public reads go to a replica, everything else to the primary.

A request reads from a replica only when `factregister.middleware.ReplicaReadsMiddleware`
has said it may: an anonymous GET or HEAD outside the admin. Outside a request
(management commands, imports, the shell) nothing says so, so every read and
write goes to the primary. Once anything is written, the rest of that request
reads from the primary too, so nobody reads around their own write.
"""

import contextvars
import random

from django.conf import settings

DEFAULT_DB = "default"

# True while a request may read from a replica; reset by the middleware afterwards.
replica_reads_allowed = contextvars.ContextVar("replica_reads_allowed", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        replicas = settings.DATABASE_READ_REPLICAS
        if replicas and replica_reads_allowed.get():
            return random.choice(replicas)
        return DEFAULT_DB

    def db_for_write(self, model, **hints):
        # Pin the rest of the request to the primary: it must see what it wrote.
        replica_reads_allowed.set(False)
        return DEFAULT_DB

    def allow_relation(self, obj1, obj2, **hints):
        # Replicas hold the primary's rows, so objects from any of them may be related.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # Replicas receive the schema by replication, never from `migrate`.
        return db == DEFAULT_DB
