"""What the register keeps about accounts beyond Django's own user: which passwords were set for someone else."""

from django.conf import settings
from django.db import models


class OneTimePassword(models.Model):
    """A password chosen for someone by another (add_user's, create_local_editor's, one a desk admin set): its
    owner logs in with it once, to choose their own (accounts.passwords)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="one_time_password")
    password = models.CharField(
        max_length=128,
        help_text="The password's hash as it was set: while the account still has it, its owner must choose another.",
    )
    set_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "one-time password"

    def __str__(self):
        return f"One-time password of {self.user}"
