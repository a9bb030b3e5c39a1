"""`manage.py shell` starts with every model imported, the history models of the feature packages included."""

import io

import pytest
from django.apps import apps
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_the_shell_imports_every_model_without_a_warning(capsys):
    out = io.StringIO()
    names = sorted(model.__name__ for model in apps.get_models())
    call_command("shell", command=f"print(sorted(n for n in {names!r} if n in globals()))", verbosity=2, stdout=out)
    assert "could not be automatically imported" not in out.getvalue(), out.getvalue()
    assert capsys.readouterr().out.strip() == repr(names)


def test_every_model_is_found_where_its_module_says():
    from django.utils.module_loading import import_string

    for model in apps.get_models():
        assert import_string(f"{model.__module__}.{model.__name__}") is model, model._meta.label
