from django.apps import AppConfig


class BenchConfig(AppConfig):
    """The benchmark's own app: its synthetic register generator (`manage.py generate_register`).

    Installed by bench/settings.py and the test settings only; production never loads it.
    """

    name = "bench"
    verbose_name = "Benchmark tools"
