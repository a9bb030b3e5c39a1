"""Writing many rows at once with their django-simple-history rows.

The bulk paths (CSV imports, the benchmark's generator) write here, never
around it: it writes the history rows the ORM's save() would have written, and
tells the public cache that the register changed, as every history row does.
"""

from django.db import connection
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from factregister import publiccache

BATCH = 2000


def create_with_history(objs: list, model, *, user, reason: str, now) -> None:
    """Insert `objs` and one '+' history row each, stamped `now`, by `user`, for `reason`."""
    if not objs:
        return
    if connection.vendor == "postgresql":
        copy_create_with_history(objs, model, user=user, reason=reason, now=now)
    else:
        bulk_create_with_history(
            objs, model, batch_size=BATCH, default_user=user, default_change_reason=reason, default_date=now
        )
    # COPY and bulk_create send no signal: say so here, once for the batch.
    publiccache.register_changed()


def update_with_history(objs: list, model, fields: list[str], *, user, reason: str, now) -> None:
    """Update `fields` of `objs` and write one '~' history row each."""
    if not objs:
        return
    bulk_update_with_history(
        objs, model, fields, batch_size=BATCH, default_user=user, default_change_reason=reason, default_date=now
    )
    publiccache.register_changed()


def copy_create_with_history(objs: list, model, *, user, reason: str, now) -> None:
    """Insert `objs` and their history rows with PostgreSQL's COPY.

    What simple_history's bulk_create_with_history does, but without building
    an INSERT statement through the ORM for every value: on 100,000 claims that
    compilation, not the database, took most of the time. The rows were
    validated before; the database's own constraints still check them here.
    """
    meta = model._meta
    history_meta = model.history.model._meta
    quote = connection.ops.quote_name
    fields = meta.concrete_fields
    for model_field in fields:
        if getattr(model_field, "auto_now", False) or getattr(model_field, "auto_now_add", False):
            for obj in objs:
                setattr(obj, model_field.attname, now)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objs)],
        )
        for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
            obj.pk = pk
            obj._state.adding, obj._state.db = False, connection.alias
        columns = ", ".join(quote(f.column) for f in fields)
        history_columns = [quote(history_meta.get_field(f.name).column) for f in fields]
        history_columns += [
            quote(c) for c in ("history_date", "history_change_reason", "history_type", "history_user_id")
        ]
        tail = (now, reason, "+", user.pk if user else None)
        # COPY runs on psycopg's own cursor: Django's wrapper turns its errors into Django's (a unique key
        # another writer took meanwhile is then an IntegrityError, as from the ORM).
        with connection.wrap_database_errors:
            with cursor.cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN") as copy:
                for obj in objs:
                    copy.write_row([getattr(obj, f.attname) for f in fields])
            with cursor.cursor.copy(
                f"COPY {quote(history_meta.db_table)} ({', '.join(history_columns)}) FROM STDIN"
            ) as copy:
                for obj in objs:
                    copy.write_row([getattr(obj, f.attname) for f in fields] + list(tail))
