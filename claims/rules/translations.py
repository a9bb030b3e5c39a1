"""The rules for translations: contributors draft, editors review and publish, as for the originals.

A translation is public once it is published and its original is public. So, as with a claim:
- anyone who may add or change translations drafts them and sends them for review;
- only an editor (who may publish claims) publishes one, changes or deletes a published one, or records
  a review; the review is recorded as made by the editor who made it, never by another account;
- an out-of-date translation (its original was corrected, updated or withdrawn since) is not published
  again until it has been brought up to date;
- a translation of a quote exists only beside a quote: the verbatim original is never replaced.
"""

from collections.abc import Iterable

from claims.rules.base import Problem, Problems, can_publish, has, refused_fields

PUBLISHED = "published"


def translation_problems(
    *,
    user,
    model,
    action: str,
    changed: Iterable[str] = (),
    was_published: bool = False,
    publishes: bool = False,
    reviews: bool = False,
    outdated: bool = False,
    quote_without_original: bool = False,
) -> Problems:
    """What is wrong with adding, changing or deleting (`action`) a translation.

    `changed`: the fields changed; `was_published`: the stored translation is published; `publishes`: the change
    leaves it published; `reviews`: the change records the acting editor's review; `outdated`: the translation
    was made from an older version of its original and its words are not being brought up to date;
    `quote_without_original`: it translates a quote its original does not have.
    """
    name = model._meta.verbose_name_plural
    if not has(user, f"{model._meta.app_label}.{action}_{model._meta.model_name}"):
        return [Problem("", f"You may not {action} {name}.", permission=True)]
    changed = list(changed)
    if (was_published or (publishes and "status" in changed) or action == "delete") and not can_publish(user):
        if action == "delete":
            return [Problem("", "Only an editor can delete a translation.", permission=True)]
        if was_published:
            return refused_fields(changed, "Only an editor can change a published translation.", default="status")
        # Publishing is the one step refused: named on the status, not on every field of a new translation.
        return refused_fields(["status"], "Only an editor can publish a translation: send it for review instead.")
    if reviews and not can_publish(user):
        return [Problem("", "Only an editor can record a review of a translation.", permission=True)]
    problems: Problems = []
    if publishes and outdated:
        problems.append(
            Problem(
                "status",
                "The original was corrected or updated after this translation was made: bring the translation up to "
                "date with the current original before publishing it.",
            )
        )
    if quote_without_original:
        problems.append(Problem("quote", "The original has no quote to translate: leave this field empty."))
    return problems


__all__ = ["translation_problems"]
