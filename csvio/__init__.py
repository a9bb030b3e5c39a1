"""CSV in and out: the register's tables as files, for data desks, partners and backups.

files.py (reading and writing CSV safely), tables.py (how each file maps onto a model),
importer.py (check a whole file, then write it all or nothing), resources.py
(django-import-export resources: exports, and the admin's import preview), admin.py
(the import and export buttons on every register list), views.py (the public
/claims.csv), backup.py (a whole register written out and restored), and the
import_register / export_register commands.
"""
