"""Writing a synthetic register in bulk: COPY on PostgreSQL, executemany elsewhere."""

import contextlib
import itertools

from django.core.management.base import CommandError
from django.core.management.color import no_style
from django.db import connection

from claims.models import Claim, ClaimEvent, ClaimSearch, ClaimTranslation, Evidence, Visit, VisitTranslation
from sources.models import Outlet, Source

REGISTER_MODELS = [ClaimSearch, ClaimTranslation, VisitTranslation, Evidence, ClaimEvent, Claim, Visit, Source, Outlet]


def next_id(model) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {model._meta.db_table}")
        return cursor.fetchone()[0]


def copy_rows(model, rows) -> None:
    """Insert `rows` (dicts keyed by column name) into `model`'s table in bulk.

    Columns the rows do not carry (the history tables' own id) take their default.
    """
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    fields, defaults = [], {}
    for field in model._meta.concrete_fields:
        if field.column in first:
            fields.append(field)
        elif not field.primary_key and not field.has_db_default():
            # A column the generator does not know about yet takes its model default.
            fields.append(field)
            defaults[field.column] = field.get_default()
    columns = [f.column for f in fields]
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)

    def tuples():
        for row in itertools.chain([first], rows):
            if connection.vendor == "postgresql":
                yield tuple(row[c] if c in row else defaults[c] for c in columns)  # psycopg adapts values
            else:
                yield tuple(
                    f.get_db_prep_value(row[f.column] if f.column in row else defaults[f.column], connection)
                    for f in fields
                )

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for values in tuples():
                    copy.write_row(values)
        else:
            sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"
            batch = []
            for values in tuples():
                batch.append(values)
                if len(batch) == 5000:
                    cursor.executemany(sql, batch)
                    batch = []
            if batch:
                cursor.executemany(sql, batch)


def copy_history(model, first_id: int, *, when, reason: str, user_id: int) -> int:
    """Write the creation history row of every `model` row from `first_id` on, in one INSERT ... SELECT.

    The database copies the rows it already holds, so the generator builds each row once, not twice.
    The history date is the row's own `created_at` or `added_at`, else `when`.
    """
    history = model.history.model
    base = {field.column for field in model._meta.concrete_fields}
    q = connection.ops.quote_name
    date = next((q(column) for column in ("created_at", "added_at") if column in base), "%s")
    columns, values, params = [], [], []
    for field in history._meta.concrete_fields:
        if field.primary_key:
            continue
        columns.append(q(field.column))
        if field.column in base:
            values.append(q(field.column))
        elif field.column == "history_date":
            values.append(date)
            params += [when] if date == "%s" else []
        elif field.column == "history_type":
            values.append("'+'")
        elif field.column == "history_change_reason":
            values.append("%s")
            params.append(reason)
        elif field.column == "history_user_id":
            values.append("%s")
            params.append(user_id)
        else:
            raise CommandError(f"{history._meta.db_table}.{field.column}: the generator does not know this column.")
    sql = (
        f"INSERT INTO {q(history._meta.db_table)} ({', '.join(columns)}) "
        f"SELECT {', '.join(values)} FROM {q(model._meta.db_table)} WHERE id >= %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, first_id])
        return cursor.rowcount


def history_models() -> list:
    return [model.history.model for model in REGISTER_MODELS if hasattr(model, "history")]


@contextlib.contextmanager
def postgres_bulk_load(*, large: bool):
    """Make a large PostgreSQL load fast without giving up any guarantee.

    Row-by-row index upkeep (the full-text GIN index above all) and the deferred
    foreign-key triggers, each fired once per row at commit, cost far more than
    the COPY itself. For a large load the secondary indexes are dropped and built
    once at the end (same definitions, read back from the catalogue), and, where
    the role may, the foreign-key triggers are paused and every foreign key is
    then checked in one anti-join per key: a dangling reference aborts the whole
    load. Check constraints and unique indexes stay in force throughout. All of
    it runs inside the caller's transaction, so a failure leaves nothing behind.
    """
    if connection.vendor != "postgresql" or not large:
        yield
        return
    tables = [model._meta.db_table for model in REGISTER_MODELS + history_models()]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        cursor.execute(
            """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            WHERE i.indrelid = ANY(%s::regclass[])
              AND NOT i.indisprimary AND NOT i.indisunique
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            """,
            [tables],
        )
        indexes = cursor.fetchall()
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX {name}")
        cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        pause_triggers = cursor.fetchone()[0]
        if pause_triggers:
            cursor.execute("SET LOCAL session_replication_role = replica")
    yield
    with connection.cursor() as cursor:
        if pause_triggers:
            cursor.execute("SET LOCAL session_replication_role = DEFAULT")
            check_foreign_keys(cursor, tables)
        for _, definition in indexes:
            cursor.execute(definition)
        cursor.execute(f"ANALYZE {', '.join(tables)}")


def check_foreign_keys(cursor, tables: list[str]) -> None:
    """Every foreign key constraint on `tables`, checked in one anti-join each."""
    cursor.execute(
        """
        SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, af.attname
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND c.conrelid = ANY(%s::regclass[])
        """,
        [tables],
    )
    for table, column, target, target_column in cursor.fetchall():
        cursor.execute(
            f"SELECT child.{column} FROM {table} child LEFT JOIN {target} parent "
            f"ON parent.{target_column} = child.{column} "
            f"WHERE child.{column} IS NOT NULL AND parent.{target_column} IS NULL LIMIT 1"
        )
        orphan = cursor.fetchone()
        if orphan:
            raise CommandError(f"{table}.{column} = {orphan[0]} points at no row of {target}; nothing was written.")


def reset_sequences() -> None:
    """Point PostgreSQL's id sequences past the ids written explicitly."""
    models = REGISTER_MODELS + history_models()
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
