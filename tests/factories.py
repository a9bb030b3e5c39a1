"""factory_boy factories for the register's models."""

import datetime
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims import services
from claims.models import Claim, ClaimTranslation, Evidence, Stance, Status, Topic, Visit
from sources.models import Origin, Outlet, Source


def ensure_role(name: str) -> Group:
    """The role's group. A transactional test empties every table, the groups the migrations made included."""
    group = Group.objects.filter(name=name).first()
    if group is None:
        from django.contrib.auth.models import Permission

        from claims.roles import sync_roles

        sync_roles(Group, Permission)
        group = Group.objects.get(name=name)
    return group


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(ensure_role(extracted))
        if create:
            self.save()


class OutletFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Outlet
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Outlet {n}")
    country = "KZ"
    kind = Outlet.Kind.NEWS


class OriginFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Origin
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"origin-{n}")
    label = factory.LazyAttribute(lambda origin: f"the statement filed as {origin.key}")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    ref = factory.Sequence(lambda n: f"source-{n}")
    title = factory.Sequence(lambda n: f"Report number {n} on the visit")
    outlet = factory.SubFactory(OutletFactory)
    kind = Source.Kind.ARTICLE
    url = factory.Sequence(lambda n: f"https://news.example.org/{n}")
    published_on = datetime.date(2025, 12, 11)
    language = "en"

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        # An origin may be given by its key: the Origin is made for it (or found) first.
        if isinstance(kwargs.get("origin"), str):
            kwargs["origin"] = OriginFactory(key=kwargs["origin"])
        return kwargs


class VisitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Visit
        django_get_or_create = ("ref",)

    ref = factory.Sequence(lambda n: f"visit-{n}")
    title = factory.Sequence(lambda n: f"State visit {n}")
    host_country = "KZ"
    guest = "Masoud Pezeshkian, President of Iran"
    guest_country = "IR"
    start_date = datetime.date(2025, 12, 11)
    end_date = datetime.date(2025, 12, 12)
    location = "Astana"


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim saved as it is, around the write core: so its search text is written as the core would."""

    class Meta:
        model = Claim
        skip_postgeneration_save = True

    ref = factory.Sequence(lambda n: f"claim-{n}")
    article = factory.SubFactory(SourceFactory)
    visit = factory.SubFactory(VisitFactory)
    speaker = "Kassym-Jomart Tokayev, President of Kazakhstan"
    text = factory.Sequence(lambda n: f"Checkable statement number {n}")
    quote = factory.Sequence(lambda n: f"The sentence that carries statement {n}.")
    topic = Topic.TRADE
    status = Status.UNVERIFIED

    @factory.post_generation
    def search_text(claim, create, extracted, **kwargs):
        if create:
            from claims.services.search_index import reindex

            reindex([claim.pk])


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    claim = factory.SubFactory(ClaimFactory)
    source = factory.SubFactory(SourceFactory)
    stance = Stance.CORROBORATES
    quote = factory.Sequence(lambda n: f"A passage from another source, number {n}.")


def publish(claim: Claim, *, editor, status: str = Status.VERIFIED, summary: str = "Two sources agree.") -> Claim:
    """Take `claim` through the real workflow to publication, adding evidence if it has none."""
    if status != Status.UNVERIFIABLE and not services.independent_evidence(claim).exists():
        EvidenceFactory(claim=claim)
    services.claim_set_verdict(claim=claim, user=editor, status=status, verdict_summary=summary)
    services.claim_publish(claim=claim, user=editor)
    claim.refresh_from_db()
    return claim


def published_claim(*, editor, **kwargs) -> Claim:
    return publish(ClaimFactory(**kwargs), editor=editor)


TRANSLATED_WORDS = {
    "fa": ("ادعای ترجمه‌شده", "خلاصهٔ حکم ترجمه‌شده.", "نقل قول ترجمه‌شده."),
    "ru": ("Переведённое утверждение", "Переведённое резюме вердикта.", "Переведённая цитата."),
    "kk": ("Аударылған мәлімдеме", "Аударылған үкім түйіні.", "Аударылған дәйексөз."),
}


def translate(claim: Claim, language: str, *, editor, status: str = "published", review: bool = True, **values):
    """A translation of `claim` into `language`, saved through the write core (published and reviewed unless
    told otherwise); one the claim has already is given these words."""
    text, summary, quote = TRANSLATED_WORDS[language]
    values = {"text": text, "verdict_summary": summary, "quote": quote if claim.quote else "", **values}
    values.setdefault("translator", "The register's desk")
    reviewed = review and status == "published"
    stored = ClaimTranslation.objects.filter(claim=claim, language=language).first()
    if stored is not None:  # the demo register's own: these words replace its words
        return services.translation_save(stored, user=editor, values={"status": status, **values}, review=reviewed)
    found = ClaimTranslation(claim=claim, language=language, status=status, **values)
    return services.translation_save(found, user=editor, review=reviewed)


def public_register_sample(*, editor, claims_per_visit: int = 2) -> dict:
    """A small register for the public pages: two visits, two outlets, verdicts of several kinds,
    one correction, and one claim that is still being checked."""
    tasnim, astana_times = OutletFactory(name="Tasnim News", country="IR"), OutletFactory(name="The Astana Times")
    astana = VisitFactory(ref="pezeshkian-astana-2025", title="Pezeshkian in Astana")
    tehran = VisitFactory(
        ref="tokayev-tehran-2025",
        title="Tokayev in Tehran",
        host_country="IR",
        guest_country="KZ",
        guest="Kassym-Jomart Tokayev, President of Kazakhstan",
        location="Tehran",
    )
    trade_article = SourceFactory(title="Roadmap to three billion dollars of trade", outlet=tasnim)
    rail_article = SourceFactory(title="Rail freight through Turkmenistan", outlet=astana_times)
    readout = SourceFactory(title="Official readout of the talks", outlet=None, kind=Source.Kind.STATEMENT)
    claims = []
    for n in range(claims_per_visit):
        trade = ClaimFactory(
            visit=astana,
            article=trade_article,
            topic=Topic.TRADE,
            speaker="Masoud Pezeshkian, President of Iran",
            text=f"Trade between Iran and Kazakhstan grew by forty percent ({n})",
        )
        EvidenceFactory(
            claim=trade, source=readout, stance=Stance.CORROBORATES, quote=f"Trade turnover rose by 40 per cent ({n})."
        )
        claims.append(
            publish(trade, editor=editor, status=Status.VERIFIED, summary="The readout gives the same figure.")
        )
        rail = ClaimFactory(
            visit=tehran,
            article=rail_article,
            topic=Topic.TRANSPORT,
            speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
            text=f"Rail freight doubled on the eastern corridor ({n})",
        )
        EvidenceFactory(
            claim=rail,
            source=readout,
            stance=Stance.CONTRADICTS,
            quote=f"Freight volumes were flat on the corridor ({n}).",
        )
        claims.append(publish(rail, editor=editor, status=Status.FALSE, summary="Freight volumes did not change."))
    corrected = claims[0]
    services.claim_set_verdict(
        claim=corrected,
        user=editor,
        status=Status.PARTLY_VERIFIED,
        verdict_summary="The growth was 30 percent, not 40.",
        note="New customs figures",
    )
    corrected.refresh_from_db()
    draft = ClaimFactory(visit=astana, article=trade_article, text="Still being checked", status=Status.UNVERIFIED)
    return {
        "astana": astana,
        "tehran": tehran,
        "tasnim": tasnim,
        "astana_times": astana_times,
        "trade_article": trade_article,
        "rail_article": rail_article,
        "readout": readout,
        "claims": claims,
        "corrected": corrected,
        "draft": draft,
    }


# --- Commitments and repeated claims ------------------------------------------
def commitment(*, due=None, horizon: str = "", **kwargs) -> Claim:
    """An unpublished claim that is a commitment, due on `due` if given."""
    return ClaimFactory(is_commitment=True, commitment_due=due, commitment_horizon=horizon, **kwargs)


class FollowUpFactory(factory.django.DjangoModelFactory):
    """A follow-up written straight to the database; tests of the workflow use claims.commitments."""

    class Meta:
        model = "claims.FollowUp"

    claim = factory.SubFactory(ClaimFactory, is_commitment=True)
    checked_on = datetime.date(2026, 3, 1)
    status = "in_progress"
    note = factory.Sequence(lambda n: f"Checked against the ministry's statement, number {n}.")


# --- Figures cross-check ---------------------------------------------------------
class MetricFactory(factory.django.DjangoModelFactory):
    """A metric compared in US dollars, agreeing within 5% by default."""

    class Meta:
        model = "claims.Metric"
        django_get_or_create = ("ref",)

    ref = factory.Sequence(lambda n: f"metric-{n}")
    name = factory.Sequence(lambda n: f"Bilateral trade turnover, series {n}")
    unit = "USD"
    tolerance = Decimal("0.05")
    tolerance_is_relative = True
