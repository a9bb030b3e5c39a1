"""People's accounts and their roles: the user admin, `manage.py add_user`, and the checks that keep
every account in a role rather than a superuser. The roles themselves (which permissions each gives)
are claims.roles, where the workflow they govern lives."""
