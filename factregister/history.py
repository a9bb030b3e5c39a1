"""Writing many rows at once with their django-simple-history rows.

The write core (claims.services.core) writes many rows here, with the history
rows the ORM's save() would have written; the benchmark's generator uses it to
fill an empty database. Whether the public saw the change is the core's to say
(factregister.publiccache.public_change), not this module's.
"""

import operator

from django.db import connection
from django.db.models import F
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

BATCH = 2000


def has_history(model) -> bool:
    """Whether django-simple-history keeps the rows of `model`."""
    return hasattr(model._meta, "simple_history_manager_attribute")


def create_with_history(objs: list, model, *, user, reason: str, now) -> None:
    """Insert `objs` and one '+' history row each, stamped `now`, by `user`, for `reason` (no history row for a
    model without history)."""
    if not objs:
        return
    if not has_history(model):
        create_many(objs, model)
        return
    if connection.vendor == "postgresql":
        copy_create_with_history(objs, model, user=user, reason=reason, now=now)
    else:
        bulk_create_with_history(
            objs, model, batch_size=BATCH, default_user=user, default_change_reason=reason, default_date=now
        )


def update_with_history(objs: list, model, fields: list[str], *, user, reason: str, now) -> None:
    """Update `fields` of `objs` and write one '~' history row each (none for a model without history).

    Rows that take the same new values (a verdict set on a thousand claims, all published at one time) are
    updated by one UPDATE per set of values, not the CASE per row and field that `bulk_update` builds; a
    version bumped by the core is bumped by the database (`version + 1`), as the rows are locked. The history
    rows are then copied from the rows just written by the database itself (`_copy_history`).
    """
    if not objs:
        return
    _update_grouped(objs, model, fields)
    if has_history(model):
        _copy_history(objs, model, history_type="~", user=user, reason=reason, now=now)


def _update_grouped(objs: list, model, fields: list[str]) -> None:
    meta = model._meta
    attnames = [meta.get_field(name).attname for name in fields]
    bumped = "version" in attnames
    same = [name for name in attnames if name != "version"]
    groups: dict[tuple, list] = {}
    for obj in objs:
        groups.setdefault(tuple(repr(getattr(obj, name)) for name in same), []).append(obj)
    if len(groups) > max(1, len(objs) // 4):
        # Mostly different values: one bulk_update (CASE per row) is fewer statements.
        model._base_manager.bulk_update(objs, fields, batch_size=BATCH)
        return
    for members in groups.values():
        values = {name: getattr(members[0], name) for name in same}
        if bumped:
            values["version"] = F("version") + 1
        for start in range(0, len(members), BATCH):
            batch = [obj.pk for obj in members[start : start + BATCH]]
            model._base_manager.filter(pk__in=batch).update(**values)


def history_fields(model) -> list:
    """The concrete fields of `model` its history rows keep (simple-history's `excluded_fields` left out)."""
    kept = {f.name for f in model.history.model._meta.get_fields()}
    return [f for f in model._meta.concrete_fields if f.name in kept]


def _copy_history(objs: list, model, *, history_type: str, user, reason: str, now) -> None:
    """One history row per row of `objs`, copied by the database from the row as it now stands."""
    meta = model._meta
    history_meta = model.history.model._meta
    quote = connection.ops.quote_name
    fields = history_fields(model)
    columns = [quote(f.column) for f in fields]
    history_columns = [quote(history_meta.get_field(f.name).column) for f in fields]
    history_columns += [quote(c) for c in ("history_date", "history_change_reason", "history_type", "history_user_id")]
    insert = (
        f"INSERT INTO {quote(history_meta.db_table)} ({', '.join(history_columns)}) "
        f"SELECT {', '.join(columns)}, %s, %s, %s, %s FROM {quote(meta.db_table)} "
    )
    ids = sorted(obj.pk for obj in objs)
    params = [now, reason, history_type, user.pk if user else None]
    with connection.cursor() as cursor, connection.wrap_database_errors:
        if connection.vendor == "postgresql":
            # The ids as one array literal: one parameter, however many rows.
            where = f"WHERE {quote(meta.pk.column)} = ANY(%s::bigint[]) ORDER BY {quote(meta.pk.column)}"
            cursor.execute(insert + where, [*params, "{" + ",".join(map(str, ids)) + "}"])
            return
        for start in range(0, len(ids), 500):
            batch = ids[start : start + 500]
            where = (
                f"WHERE {quote(meta.pk.column)} IN ({', '.join(['%s'] * len(batch))}) ORDER BY {quote(meta.pk.column)}"
            )
            cursor.execute(insert + where, [*params, *batch])


def create_many(objs: list, model) -> None:
    """Insert `objs` (no history), by COPY on PostgreSQL, else in batched INSERTs; each gets its id."""
    if not objs:
        return
    if connection.vendor == "postgresql":
        copy_insert(objs, model)
    else:
        model._default_manager.bulk_create(objs, batch_size=BATCH)


def copy_insert(objs: list, model) -> None:
    """Insert `objs` with PostgreSQL's COPY, each with an id taken from the table's sequence.

    bulk_create builds its INSERT through the ORM, value by value; on 100,000 rows that
    compilation, not the database, took most of the time. The rows were validated before;
    the database's own constraints still check them here.
    """
    meta = model._meta
    quote = connection.ops.quote_name
    fields = meta.concrete_fields
    # What the ORM's save() would stamp: the auto_now and auto_now_add dates not set yet.
    stamped = [f.attname for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    if stamped:
        now = timezone.now()
        for obj in objs:
            for attname in stamped:
                if getattr(obj, attname) is None:
                    setattr(obj, attname, now)
    # Values psycopg cannot take as they are (JSON) go through the field's own preparation.
    prepared = [(index, f) for index, f in enumerate(fields) if f.get_internal_type() == "JSONField"]
    values = operator.attrgetter(*(f.attname for f in fields))
    with connection.cursor() as cursor:
        # The sequence is looked up once: called in the select list, pg_get_serial_sequence() ran for every id,
        # and took eight times as long as taking the ids.
        cursor.execute(
            "WITH sequence AS MATERIALIZED (SELECT pg_get_serial_sequence(%s, %s)::regclass AS name) "
            "SELECT nextval(sequence.name) FROM sequence, generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(objs)],
        )
        for obj, (pk,) in zip(objs, cursor.fetchall(), strict=True):
            obj.pk = pk
            obj._state.adding, obj._state.db = False, connection.alias
        columns = ", ".join(quote(f.column) for f in fields)
        # COPY runs on psycopg's own cursor: Django's wrapper turns its errors into Django's (a unique key
        # another writer took meanwhile is then an IntegrityError, as from the ORM).
        copying = cursor.cursor.copy(f"COPY {quote(meta.db_table)} ({columns}) FROM STDIN")
        with connection.wrap_database_errors, copying as copy:
            for obj in objs:
                if prepared:
                    row = list(values(obj))
                    for index, model_field in prepared:
                        row[index] = model_field.get_db_prep_save(row[index], connection)
                    copy.write_row(row)
                else:
                    copy.write_row(values(obj))


def copy_create_with_history(objs: list, model, *, user, reason: str, now) -> None:
    """Insert `objs` with PostgreSQL's COPY, then their history rows copied from them by the database.

    What simple_history's bulk_create_with_history does. The history rows are one
    INSERT ... SELECT of the rows just written: the database copies what it holds,
    so each row crosses from Python once, not twice.
    """
    for model_field in model._meta.concrete_fields:
        if getattr(model_field, "auto_now", False) or getattr(model_field, "auto_now_add", False):
            for obj in objs:
                setattr(obj, model_field.attname, now)
    copy_insert(objs, model)
    _copy_history(objs, model, history_type="+", user=user, reason=reason, now=now)


def history_model(app_label: str, name: str):
    """An app's history model by the name django-simple-history gives it, for the app package's `__getattr__`.

    simple-history sets the `__module__` of a model's history model to the app's package (`claims`, `sources`) when
    the model lives elsewhere than the app's `models` module (figures' Metric, commitments' FollowUp, the source
    watch's SourceCheck), but attaches the class to the model's own module. `claims.HistoricalMetric` then named
    nothing, and Django's shell, which imports every model by its `__module__` and name, warned that it could not.
    """
    if name.startswith("Historical"):
        from django.apps import apps

        try:
            return apps.get_model(app_label, name)
        except LookupError:
            pass
    raise AttributeError(f"module {app_label!r} has no attribute {name!r}")
