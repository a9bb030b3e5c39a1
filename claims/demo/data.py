"""The demo register: the 2025 visits between Iran and Kazakhstan, checked against public sources.

Claims are logged from five articles about the visits. Each is a source with a `copy`: the
file of the text as we read it (../shared/seeds/), against which every quotation attributed to
it is checked (tests/test_demo_register.py). Every other source is cited by its address,
publisher and date, and what it says is given in our own words (`paraphrased`), never in its
sentences. Sources that carry the same underlying statement share an `origin`, so they never
count as independent of each other. docs/register-audit.md records how each verdict was reached
and what changed in the audit.
"""

import datetime
from decimal import Decimal
from typing import Any

# One record of the register, as its loader (claims.demo.loader) reads it: field names and values.
Record = dict[str, Any]

# --- Origins -----------------------------------------------------------------
# The statements several sources carry, in words a reader follows ("These reports carry the same origin (...)").
# A source that is the only one carrying its words has no origin: it is independent of every other source.
ORIGINS: list[Record] = [
    {
        "key": "iran-presidency-2025-12-trip",
        "label": "the Iranian presidency's statements on the December 2025 trip to Turkmenistan and Kazakhstan",
        "published_on": None,
        "country": "IR",
    },
    {
        "key": "akorda-2025-12-11-readouts",
        "label": "the Kazakh presidency's (Akorda's) readouts of the talks in Astana on 11 December 2025",
        "published_on": datetime.date(2025, 12, 11),
        "country": "KZ",
    },
    {
        "key": "kz-mfa-2025-06-nurtleu-visit",
        "label": "the Kazakh foreign ministry's account of Murat Nurtleu's visit to Tehran in June 2025",
        "published_on": None,
        "country": "KZ",
    },
]

# --- Visits ------------------------------------------------------------------
NURTLEU_TEHRAN = "nurtleu-tehran-2025-06"
PEZESHKIAN_ASTANA = "pezeshkian-astana-2025-12"
PEZESHKIAN_ASHGABAT = "pezeshkian-ashgabat-2025-12"

PEZESHKIAN = "Masoud Pezeshkian, President of Iran"
TOKAYEV = "Kassym-Jomart Tokayev, President of Kazakhstan"
NURTLEU = "Murat Nurtleu, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan"

VISITS: list[Record] = [
    {
        "ref": NURTLEU_TEHRAN,
        "title": "Murat Nurtleu in Tehran, June 2025",
        "host_country": "IR",
        "guest": NURTLEU,
        "guest_country": "KZ",
        "start_date": datetime.date(2025, 6, 7),
        "end_date": datetime.date(2025, 6, 7),
        "location": "Tehran",
        "summary": (
            "Kazakhstan's Deputy Prime Minister and Foreign Minister was received by President Pezeshkian and held "
            "talks with Foreign Minister Abbas Araghchi; the Kazakh Foreign Ministry's account confirms the official "
            "visit and both meetings. The Tehran Times also reports a written message from President Tokayev and a "
            "memorandum between the two foreign ministries, which we could not confirm. "
            "Dates: no source we found gives the day of the talks. The Tehran Times report is dated 7 June 2025, a "
            "Saturday, and places the meeting 'on Saturday morning', so we infer 7 June 2025; the visit may have "
            "been longer than the one day recorded here."
        ),
    },
    {
        "ref": PEZESHKIAN_ASTANA,
        "title": "Masoud Pezeshkian in Astana, December 2025",
        "host_country": "KZ",
        "guest": PEZESHKIAN,
        "guest_country": "IR",
        "start_date": datetime.date(2025, 12, 10),
        "end_date": datetime.date(2025, 12, 11),
        "location": "Astana",
        "summary": (
            "Official visit at President Tokayev's invitation, Pezeshkian's first to Kazakhstan: talks, a joint "
            "statement, eight documents signed in the two presidents' presence, a business forum and an exhibition "
            "of historical documents. "
            "Dates: Kazinform, Kazakhstan's state news agency, dates the official visit 10–11 December 2025. "
            "The welcome ceremony and the talks were on Thursday 11 December, and he flew on to Ashgabat that "
            "day. That he arrived on 10 December, the day he left Tehran, is our inference: no report we found gives "
            "the hour of his arrival."
        ),
    },
    {
        "ref": PEZESHKIAN_ASHGABAT,
        "title": "Masoud Pezeshkian in Ashgabat, December 2025",
        "host_country": "TM",
        "guest": PEZESHKIAN,
        "guest_country": "IR",
        "start_date": datetime.date(2025, 12, 11),
        "end_date": datetime.date(2025, 12, 12),
        "location": "Ashgabat",
        "summary": (
            "From Astana, Pezeshkian went on to Ashgabat for the International Forum on Peace and Trust of 12 December "
            "2025 (the reports name it differently). On the evening of 11 December he met Gurbanguly Berdimuhamedov, "
            "Chairman of the People's Council and 'National Leader', who had invited him (the Turkmen president's "
            "press service, via Trend); Iranian accounts also describe a meeting at the forum with President Serdar "
            "Berdimuhamedov. "
            "Dates: he arrived on 11 December. That he left on 12 December, after the forum, is our inference: no "
            "report we found gives the day he left."
        ),
    },
]

# --- Outlets: who published the sources -------------------------------------
OUTLETS: list[Record] = [
    {"name": "Tehran Times", "country": "IR", "kind": "state_media", "website": "https://www.tehrantimes.com"},
    {"name": "Alwaght", "country": "IR", "kind": "news", "website": "http://alwaght.net"},
    {"name": "The Astana Times", "country": "KZ", "kind": "news", "website": "https://astanatimes.com"},
    {"name": "Press TV", "country": "IR", "kind": "state_media", "website": "https://www.presstv.ir"},
    {"name": "The Gulf Observer", "country": "", "kind": "news", "website": "https://thegulfobserver.com"},
    {"name": "Kazinform (Qazinform)", "country": "KZ", "kind": "state_media", "website": "https://qazinform.com"},
    {"name": "Kazinform", "country": "KZ", "kind": "state_media", "website": "https://www.inform.kz"},
    {"name": "Report.az", "country": "AZ", "kind": "news", "website": "https://report.az"},
    {"name": "Zakon.kz", "country": "KZ", "kind": "news", "website": "https://www.zakon.kz"},
    {"name": "NewTimes.kz", "country": "KZ", "kind": "news", "website": "https://newtimes.kz"},
    {"name": "Kazakhstanskaya Pravda", "country": "KZ", "kind": "state_media", "website": "https://kazpravda.kz"},
    {"name": "Finance.kz", "country": "KZ", "kind": "news", "website": "https://finance.kz"},
    {"name": "Eurasian Star", "country": "", "kind": "news", "website": "https://www.eurasianstar.com"},
    {"name": "Kazakhstan Today", "country": "KZ", "kind": "news", "website": "https://www.kt.kz"},
    {"name": "Eurasia24", "country": "", "kind": "news", "website": "https://eurasia24.media"},
    {"name": "Time.kz", "country": "KZ", "kind": "news", "website": "https://time.kz"},
    {"name": "Mehr News Agency", "country": "IR", "kind": "news", "website": "https://en.mehrnews.com"},
    {"name": "IRIB News", "country": "IR", "kind": "state_media", "website": "https://www.iribnews.ir"},
    {"name": "Young Journalists Club (YJC)", "country": "IR", "kind": "state_media", "website": "https://www.yjc.ir"},
    {"name": "Nour News", "country": "IR", "kind": "news", "website": "https://www.nournews.ir"},
    {"name": "Tasnim News Agency", "country": "IR", "kind": "news", "website": "https://www.tasnimnews.com"},
    {"name": "IFP News", "country": "IR", "kind": "news", "website": "https://ifpnews.com"},
    {"name": "Al-Alam", "country": "IR", "kind": "state_media", "website": "http://www.alalam.ir"},
    {
        "name": "Mehr News Agency (Turkish service)",
        "country": "IR",
        "kind": "news",
        "website": "https://tr.mehrnews.com",
    },
    {
        "name": "Trend News Agency (republished by MENAFN)",
        "country": "AZ",
        "kind": "wire",
        "website": "https://menafn.com",
    },
    {
        "name": "Turkmenistan: news central asia (nCa)",
        "country": "TM",
        "kind": "news",
        "website": "https://www.newscentralasia.net",
    },
    {
        "name": "Ministry of Education of Turkmenistan (bilim.tm)",
        "country": "TM",
        "kind": "government",
        "website": "https://bilim.tm",
    },
    {"name": "EIR News", "country": "", "kind": "other", "website": "https://eir.news"},
    {"name": "Yeniçağ", "country": "TR", "kind": "news", "website": "https://www.yenicaggazetesi.com.tr"},
    {"name": "MENAFN", "country": "", "kind": "other", "website": "https://menafn.com"},
    {"name": "IRNA (French service)", "country": "IR", "kind": "state_media", "website": "https://fr.irna.ir"},
    {
        "name": "The Independent (Associated Press copy)",
        "country": "GB",
        "kind": "wire",
        "website": "https://www.independent.co.uk",
    },
    {"name": "Deutsche Welle", "country": "DE", "kind": "news", "website": "https://amp.dw.com"},
    {"name": "The National", "country": "AE", "kind": "news", "website": "https://www.thenationalnews.com"},
    {
        "name": "International Atomic Energy Agency (text hosted by Iran Watch)",
        "country": "",
        "kind": "intergovernmental",
        "website": "https://www.iranwatch.org",
    },
    {
        "name": "Nuclear Engineering International",
        "country": "GB",
        "kind": "news",
        "website": "https://www.neimagazine.com",
    },
    {
        "name": "Stabroek News (Reuters copy)",
        "country": "GY",
        "kind": "wire",
        "website": "https://www.stabroeknews.com",
    },
    {"name": "Caliber.Az", "country": "AZ", "kind": "news", "website": "https://caliber.az"},
    {"name": "AnewZ", "country": "AZ", "kind": "news", "website": "https://anewz.tv"},
    {
        "name": "Azret Sultan State Historical and Cultural Museum-Reserve",
        "country": "KZ",
        "kind": "government",
        "website": "http://azretsultan.kz",
    },
    {"name": "Wikipedia", "country": "", "kind": "other", "website": "https://en.m.wikipedia.org"},
    {
        "name": "Journal of Oriental Studies (al-Farabi Kazakh National University)",
        "country": "KZ",
        "kind": "other",
        "website": "https://bulletin-orientalism.kaznu.kz",
    },
    {"name": "Nazarbayev University", "country": "KZ", "kind": "other", "website": "https://nu.edu.kz"},
    {"name": "APK-Inform", "country": "UA", "kind": "news", "website": "https://www.apk-inform.com"},
    {"name": "Trend News Agency", "country": "AZ", "kind": "wire", "website": "https://en.trend.az"},
    {
        "name": "Prime Minister of Kazakhstan (official website)",
        "country": "KZ",
        "kind": "government",
        "website": "https://primeminister.kz",
    },
    {"name": "El.kz", "country": "KZ", "kind": "news", "website": "https://el.kz"},
    {"name": "Russia – Islamic World (GSV)", "country": "RU", "kind": "other", "website": "https://russia-islworld.ru"},
    {"name": "The Media Line", "country": "US", "kind": "news", "website": "https://themedialine.org"},
    {"name": "Iran Press", "country": "IR", "kind": "state_media", "website": "https://iranpress.com"},
    {"name": "Kursiv", "country": "KZ", "kind": "news", "website": "https://kz.kursiv.media"},
    {"name": "teleSUR English", "country": "VE", "kind": "state_media", "website": "https://www.telesurenglish.net"},
    {"name": "ECO Educational Institute", "country": "", "kind": "intergovernmental", "website": "http://eieco.org"},
    {"name": "ILNA", "country": "IR", "kind": "news", "website": "https://www.ilna.ir"},
]

# --- Sources: the five articles claims are logged from, then every other source cited ---------
SOURCES: list[Record] = [
    {
        "ref": "tt-2025-12-12-pezeshkian-tour",
        "copy": "000_712a1d4c76a568e5.txt",
        "title": "Iran strengthens ties in Central Asia as Pezeshkian visits Kazakhstan",
        "outlet": "Tehran Times",
        "kind": "article",
        "url": (
            "https://www.tehrantimes.com/news/521552/Iran-strengthens-ties-in-Central-Asia-as-Pezeshkian-visits-Kazakhstan"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 12, 12),
        "language": "en",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "An English-language daily linked to the Iranian state. The text matches the stored page word for "
            "word and is built from the Iranian presidency's statements on the trip, so it is not independent "
            "of Press TV's report."
        ),
    },
    {
        "ref": "alwaght-2025-12-pezeshkian-central-asia-tour",
        "copy": "001_a0416f55a6677305.txt",
        "title": "Iranian President to Tour Central Asia, Visiting Kazakhstan and Turkmenistan",
        "outlet": "Alwaght",
        "kind": "article",
        "url": (
            "http://alwaght.net/en/news/272280/Iranian-President-to-Tour-Central-Asia,-Visiting-Kazakhstan-and-Turkmenistan"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "en",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "Written as the trip began (Wednesday 10 December 2025); the page shows no date. It attributes its "
            "account to Pezeshkian's office, so it shares its underlying source with the Tehran Times and Press "
            "TV reports."
        ),
    },
    {
        "ref": "astanatimes-2025-12-astana-tehran-partnership",
        "copy": "002_b6a535f419130623.txt",
        "title": "Astana and Tehran Elevate Partnership as Presidents Highlight Shared Vision and Regional Role",
        "outlet": "The Astana Times",
        "kind": "article",
        "url": (
            "https://astanatimes.com/2025/12/astana-and-tehran-elevate-partnership-as-presidents-highlight-shared-vision-and-regional-role"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "en",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "An English-language Kazakh newspaper. The page shows no exact date (its address places it in "
            "December 2025). Tokayev's remarks are taken from Akorda, the Kazakh presidential office, so it "
            "shares an underlying source with other Akorda-based reports."
        ),
    },
    {
        "ref": "presstv-2025-12-11-transport-corridor",
        "copy": "003_04ef57403efc948d.txt",
        "title": "Iran-Kazakhstan transport corridor to boost regional connectivity: Pezeshkian",
        "outlet": "Press TV",
        "kind": "article",
        "url": (
            "https://www.presstv.ir/Detail/2025/12/11/760448/Iran-Kazakhstan-transport-corridor-to-boost-regional-connectivity--Pezeshkian"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 12, 11),
        "language": "en",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "Iranian state broadcaster's English service; the date is taken from the page address. It uses the "
            "same Iranian presidency statements as the Tehran Times report (near-identical sentences, the same "
            "wrong university name), so the two do not confirm each other."
        ),
    },
    {
        "ref": "tt-2025-06-07-nurtleu-pezeshkian",
        "copy": "004_c6e8a40646391112.txt",
        "title": "Shared will for peace and prosperity guides Iran-Kazakhstan",
        "outlet": "Tehran Times",
        "kind": "article",
        "url": "https://www.tehrantimes.com/news/514000/Shared-will-for-peace-and-prosperity-guides-Iran-Kazakhstan",
        "published_on": datetime.date(2025, 6, 7),
        "language": "en",
        "notes": (
            "Report of Pezeshkian's meeting with Kazakhstan's foreign minister in Tehran; it follows the "
            "Iranian presidency's account of the meeting."
        ),
    },
    {
        "ref": "alalam-ashgabat-forum-meetings",
        "title": "بزشكيان يدعو في مؤتمر السلام والثقة لإعادة تعريف مفهوم السلام",
        "outlet": "Al-Alam",
        "kind": "article",
        "url": (
            "http://www.alalam.ir/news/7360648/%D8%A8%D8%B2%D8%B4%D9%83%D9%8A%D8%A7%D9%86-%D9%8A%D8%AF%D8%B9%D9%88-%D9%81%D9%8A-%D9%85%D8%A4%D8%AA%D9%85%D8%B1-%D8%A7%D9%84%D8%B3%D9%84%D8%A7%D9%85-%D9%88%D8%A7%D9%84%D8%AB%D9%82%D8%A9-%D9%84%D8%A5%D8%B9%D8%A7%D8%AF%D8%A9-%D8%AA%D8%B9%D8%B1%D9%8A%D9%81-%D9%85%D9%81%D9%87%D9%88%D9%85-%D8%A7%D9%84%D8%B3%D9%84%D8%A7%D9%85"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "ar",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "Iranian state Arabic-language channel on Pezeshkian's speech at the Ashgabat forum and his "
            "separate meetings with President Serdar Berdimuhamedov and with Gurbanguly Berdimuhamedov. No date "
            "on the page."
        ),
    },
    {
        "ref": "anewz-nurtleu-araghchi-visit",
        "title": "Kazakhstan and Iran deepen strategic partnership",
        "outlet": "AnewZ",
        "kind": "article",
        "url": "https://anewz.tv/region/central-asia/8761/kazakhstan-and-iran-deepen-strategic-partnership/news",
        "published_on": None,
        "language": "en",
        "origin": "kz-mfa-2025-06-nurtleu-visit",
        "notes": "Report of Nurtleu's official visit to Iran, quoting him on trade figures. No date on the page.",
    },
    {
        "ref": "apk-inform-barley-iran-2023",
        "title": "Food Corporation of Kazakhstan agreed to resume grain exports to Iran",
        "outlet": "APK-Inform",
        "kind": "article",
        "url": "https://www.apk-inform.com/public/en/analitycs/grain/amp/1539833",
        "published_on": None,
        "language": "en",
        "notes": (
            "Grain-market agency citing official statistics for Kazakh barley and wheat exports to Iran in 2022 "
            "and 2023. No date on the page."
        ),
    },
    {
        "ref": "astanatimes-2024-12-06-grain-exports",
        "title": "Kazakhstan's grain exports to reach 12 million tons this year",
        "outlet": "The Astana Times",
        "kind": "article",
        "url": "https://astanatimes.com/2024/12/kazakhstans-grain-exports-to-reach-12-million-tons-this-year/",
        "published_on": datetime.date(2024, 12, 6),
        "language": "en",
        "notes": "Quotes the Kazakh prime minister's office on grain deliveries to Iran in 2024.",
    },
    {
        "ref": "azretsultan-taikazan",
        "title": "Taikazan XIV c.",
        "outlet": "Azret Sultan State Historical and Cultural Museum-Reserve",
        "kind": "statement",
        "url": "http://azretsultan.kz/eng/tajkazan-hiv-v/",
        "published_on": None,
        "language": "en",
        "notes": (
            "The state museum that runs the Khoja Ahmed Yasawi mausoleum site, describing the cauldron and its "
            "inscriptions."
        ),
    },
    {
        "ref": "bilim-tm-2025-12-12-forum",
        "title": "International Forum held in Ashgabat on 12 December",
        "outlet": "Ministry of Education of Turkmenistan (bilim.tm)",
        "kind": "statement",
        "url": "https://bilim.tm/en/news/5526",
        "published_on": None,
        "language": "en",
        "notes": (
            "Turkmen government site describing the forum of 12 December 2025 and who chaired it. Title is our "
            "description."
        ),
    },
    {
        "ref": "caliber-nurtleu-pezeshkian-talks",
        "title": "Kazakh foreign minister, Iran's president hold talks on expanding trade co-op, transport links",
        "outlet": "Caliber.Az",
        "kind": "article",
        "url": (
            "https://caliber.az/en/post/kazakh-foreign-minister-iran-s-president-hold-talks-on-expanding-trade-co-op-transport-links"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "en",
        "origin": "kz-mfa-2025-06-nurtleu-visit",
        "notes": (
            "Azerbaijani site citing Kazakhstan's Foreign Ministry on Nurtleu's talks in Tehran during his "
            "official visit (June 2025 by its content). A Kazakh-side account. No date on the page."
        ),
    },
    {
        "ref": "dw-2025-06-12-iaea-board",
        "title": "IAEA says Iran not complying with nuclear obligations",
        "outlet": "Deutsche Welle",
        "kind": "article",
        "url": "https://amp.dw.com/en/iaea-says-iran-not-complying-with-nuclear-obligations/a-72879814",
        "published_on": datetime.date(2025, 6, 12),
        "language": "en",
        "notes": "On the IAEA Board resolution of 12 June 2025 and the agency's end-of-May report.",
    },
    {
        "ref": "eco-member-states",
        "title": "Member States",
        "outlet": "ECO Educational Institute",
        "kind": "article",
        "url": "http://eieco.org/page/member-states",
        "published_on": datetime.date(2019, 8, 24),
        "language": "en",
        "notes": "An ECO institution's page listing the ten member states.",
    },
    {
        "ref": "eir-2025-12-ashgabat-forum",
        "title": "President Putin consolidates economic cooperation in Central Asia",
        "outlet": "EIR News",
        "kind": "article",
        "url": "https://eir.news/2025/12/news/president-putin-consolidates-economic-cooperation-in-central-asia",
        "published_on": None,
        "language": "en",
        "notes": (
            "A political newsletter's account of the Ashgabat forum of 11–12 December 2025, with its full "
            "title, the number of attending nations and Putin's meeting with Pezeshkian. Home country not "
            "established; no exact date."
        ),
    },
    {
        "ref": "elkz-2022-07-11-visa-free",
        "title": "Kazakhstan introduces visa free travel for citizens of India, Iran, and China",
        "outlet": "El.kz",
        "kind": "article",
        "url": (
            "https://el.kz/en/news/news/kazakhstan_introduces_visa_free_travel_for_citizens_of_india-_iran-_and_china/"
        ),
        "published_on": datetime.date(2022, 7, 11),
        "language": "en",
        "notes": "Citing Kazakhstan's Foreign Ministry on government decree No. 464 of 7 July 2022.",
    },
    {
        "ref": "eurasia24-visit-manuscripts",
        "title": "Визит президента Ирана в Астану: результаты переговоров станут заметны уже скоро",
        "outlet": "Eurasia24",
        "kind": "article",
        "url": (
            "https://eurasia24.media/eksklyuziv/vizit-prezidenta-irana-v-astanu-rezultaty-peregovorov-stanut-zametny-uzhe-skoro"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "ru",
        "notes": (
            "An exclusive report written from the event, with Tokayev's spoken words, rather than a copy of a "
            "press release. No date on the page; outlet's home country not established."
        ),
    },
    {
        "ref": "eurasianstar-business-forum",
        "title": "Kazakhstan and Iran hold business forum in Astana",
        "outlet": "Eurasian Star",
        "kind": "article",
        "url": "https://www.eurasianstar.com/kazakhstan-and-iran-hold-business-forum-in-astana",
        "published_on": None,
        "language": "en",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "Reports Tokayev's speech at the Kazakh-Iranian business forum of 11 December 2025 at length; the "
            "wording reads as the Kazakh presidency's text. Home country of the outlet not established; no date "
            "on the page."
        ),
    },
    {
        "ref": "gulfobserver-kz-ir-joint-statement-documents",
        "title": "Presidents of Kazakhstan and Iran Sign Joint Statement, Approve Key Bilateral Agreements",
        "outlet": "The Gulf Observer",
        "kind": "article",
        "url": (
            "https://thegulfobserver.com/presidents-of-kazakhstan-and-iran-sign-joint-statement-approve-key-bilateral-agreements"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "en",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "Relays Akorda's list of the documents signed in the two presidents' presence. The page shows no "
            "date and we could not establish the outlet's home country."
        ),
    },
    {
        "ref": "iaea-gov-2015-68-final-assessment",
        "title": (
            "Final Assessment on Past and Present Outstanding Issues regarding Iran's Nuclear Programme (GOV/2015/68)"
        ),
        "outlet": "International Atomic Energy Agency (text hosted by Iran Watch)",
        "kind": "document",
        "url": (
            "https://www.iranwatch.org/library/multilateral-organizations/international-atomic-energy-agency/final-assessment-past-present-outstanding-issues-regarding-irans-nuclear"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2015, 12, 2),
        "language": "en",
        "notes": (
            "The IAEA Director General's report to the Board, as reproduced by the Wisconsin Project's Iran Watch site."
        ),
    },
    {
        "ref": "ifp-2025-12-12-gurbanguly-meeting",
        "title": "Iranian president in meeting with Turkmen leader: World needs trust, peace more than ever",
        "outlet": "IFP News",
        "kind": "article",
        "url": "https://ifpnews.com/iranian-president-in-meeting-with-turkmen-leader/",
        "published_on": datetime.date(2025, 12, 12),
        "language": "en",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "Iranian English-language site. Its quotations match the Tehran Times report word for word, so it "
            "relays the same Iranian presidency account."
        ),
    },
    {
        "ref": "ilna-2025-10-18-khatibzadeh",
        "title": "پزشکیان به قزاقستان سفر خواهد کرد",
        "outlet": "ILNA",
        "kind": "article",
        "url": (
            "https://www.ilna.ir/%D8%A8%D8%AE%D8%B4-%D8%B3%DB%8C%D8%A7%D8%B3%DB%8C-3/1701654-%D9%BE%D8%B2%D8%B4%DA%A9%DB%8C%D8%A7%D9%86-%D8%A8%D9%87-%D9%82%D8%B2%D8%A7%D9%82%D8%B3%D8%AA%D8%A7%D9%86-%D8%B3%D9%81%D8%B1-%D8%AE%D9%88%D8%A7%D9%87%D8%AF-%DA%A9%D8%B1%D8%AF"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 10, 18),
        "language": "fa",
        "notes": (
            "Iranian labour news agency relaying an interview that Iran's deputy foreign minister Saeed "
            "Khatibzadeh gave Kazinform before the visit."
        ),
    },
    {
        "ref": "independent-ap-2022-03-19-serdar-inauguration",
        "title": "Son succeeds father as Turkmenistan's new president",
        "outlet": "The Independent (Associated Press copy)",
        "kind": "article",
        "url": "https://www.independent.co.uk/news/turkmenistan-ap-cabinet-caspian-sea-b2039689.html",
        "published_on": datetime.date(2022, 3, 19),
        "language": "en",
        "notes": "AP report of Serdar Berdimuhamedov's inauguration as president, succeeding his father.",
    },
    {
        "ref": "iranpress-2022-06-nine-documents",
        "title": "Leader: Main problem in case of Ukraine is Western plan for NATO expansion",
        "outlet": "Iran Press",
        "kind": "article",
        "url": "https://iranpress.com/leader-main-problem-in-case-of-ukraine-is-western-plan-for-nato-expansion",
        "published_on": None,
        "language": "en",
        "notes": (
            "Report of Tokayev's June 2022 visit that gives the number of documents signed in the two "
            "presidents' presence. No date on the page."
        ),
    },
    {
        "ref": "iribnews-2025-12-10-departure",
        "title": "رئیس جمهور تهران را به مقصد آستانه ترک کرد",
        "outlet": "IRIB News",
        "kind": "article",
        "url": (
            "https://www.iribnews.ir/fa/news/5651639/%D8%B1%D8%A6%DB%8C%D8%B3-%D8%AC%D9%85%D9%87%D9%88%D8%B1-%D8%AA%D9%87%D8%B1%D8%A7%D9%86-%D8%B1%D8%A7-%D8%A8%D9%87-%D9%85%D9%82%D8%B5%D8%AF-%D8%A2%D8%B3%D8%AA%D8%A7%D9%86%D9%87-%D8%AA%D8%B1%DA%A9-%DA%A9%D8%B1%D8%AF"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "fa",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "Iranian state broadcaster's report of the departure for Astana and the planned programme. No date "
            "on the page."
        ),
    },
    {
        "ref": "iribnews-2025-12-11-exhibition",
        "title": "بازدید رئیس جمهور از نمایشگاه اسناد تاریخی ایران در قزاقستان",
        "outlet": "IRIB News",
        "kind": "article",
        "url": (
            "https://www.iribnews.ir/fa/news/5652590/%D8%A8%D8%A7%D8%B2%D8%AF%DB%8C%D8%AF-%D8%B1%D8%A6%DB%8C%D8%B3-%D8%AC%D9%85%D9%87%D9%88%D8%B1-%D8%A7%D8%B2-%D9%86%D9%85%D8%A7%DB%8C%D8%B4%DA%AF%D8%A7%D9%87-%D8%A7%D8%B3%D9%86%D8%A7%D8%AF-%D8%AA%D8%A7%D8%B1%DB%8C%D8%AE%DB%8C-%D8%A7%DB%8C%D8%B1%D8%A7%D9%86-%D8%AF%D8%B1-%D9%82%D8%B2%D8%A7%D9%82%D8%B3%D8%AA%D8%A7%D9%86"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 12, 11),
        "language": "fa",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "The Iranian presidency's description of the exhibition of historical documents, as carried by the "
            "state broadcaster (ILNA and Mehr carry the same text)."
        ),
    },
    {
        "ref": "irna-fr-2024-10-ashgabat-invitation",
        "title": "Le président Pezeshkian est attendu le jeudi 10 octobre au Turkménistan",
        "outlet": "IRNA (French service)",
        "kind": "article",
        "url": (
            "https://fr.irna.ir/news/85623338/Le-pr%C3%A9sident-Pezeshkian-est-attendu-le-jeudi-10-octobre-au-Turkm%C3%A9nistan"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "fr",
        "notes": (
            "On Pezeshkian's earlier trip to Ashgabat, in October 2024, which was at President Serdar "
            "Berdimuhamedov's invitation. Useful as context only."
        ),
    },
    {
        "ref": "irna-fr-2025-06-eid-calls",
        "title": "Renforcement de l'unité et de la coopération islamiques : félicitations",
        "outlet": "IRNA (French service)",
        "kind": "article",
        "url": (
            "https://fr.irna.ir/news/85853199/Renforcement-de-l-unit%C3%A9-et-de-la-coop%C3%A9ration-islamiques-f%C3%A9licitations"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "fr",
        "notes": (
            "Iranian state agency on Pezeshkian's Eid al-Adha telephone calls with several leaders, "
            "Kazakhstan's among them (early June 2025 by its content). It comes from the same presidential "
            "office as the June report. Title shortened."
        ),
    },
    {
        "ref": "kazinform-2019-03-12-diplomatic-relations",
        "title": "Kazakhstan and Iran mark 27th anniversary of diplomatic relations",
        "outlet": "Kazinform",
        "kind": "article",
        "url": "https://en.inform.kz/news/kazakhstan-and-iran-mark-27th-anniversary-of-diplomatic-relations_a3506555/",
        "published_on": datetime.date(2019, 3, 12),
        "language": "en",
        "notes": "Gives the date on which diplomatic relations were established.",
    },
    {
        "ref": "kazinform-2022-06-20-container-train",
        "title": "1st Kazakhstan-Turkey container train arrived in Iran",
        "outlet": "Kazinform",
        "kind": "article",
        "url": "https://en.inform.kz/news/1st-kazakhstan-turkey-container-train-arrived-in-iran_a3946181/",
        "published_on": datetime.date(2022, 6, 20),
        "language": "en",
        "notes": "Kazakh state agency citing Akorda, June 2022.",
    },
    {
        "ref": "kazinform-2024-04-30-bandar-abbas-terminal",
        "title": "Iranian ambassador concerned over delay in construction of Kazakhstan's terminal in Bandar Abbas port",  # noqa: E501 - an address is not split
        "outlet": "Kazinform",
        "kind": "article",
        "url": (
            "https://en.inform.kz/news/iranian-ambassador-concerned-over-delay-in-construction-of-kazakhstans-terminal-in-bandar-abbas-port-e66dae/"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2024, 4, 30),
        "language": "en",
        "notes": "Quotes Iran's ambassador to Kazakhstan, an Iranian official, on the land plot and the delay.",
    },
    {
        "ref": "kazinform-2025-12-11-kazakh-invest",
        "title": "Иранская компания будет производить сыры и детское питание в Казахстане",
        "outlet": "Kazinform",
        "kind": "article",
        "url": (
            "https://www.inform.kz/ru/iranskaya-kompaniya-budet-proizvodit-siri-i-detskoe-pitanie-v-kazahstane-ed1b81"
        ),
        "published_on": datetime.date(2025, 12, 11),
        "language": "ru",
        "notes": (
            "Kazakh state agency interview with Kazakh Invest, the national investment company, on agreements "
            "it planned to sign with Iranian companies at the business forum."
        ),
    },
    {
        "ref": "kazinform-independence-day",
        "title": "Kazakhstan celebrates Independence Day",
        "outlet": "Kazinform",
        "kind": "article",
        "url": "https://en.inform.kz/news/kazakhstan-celebrates-independence-day_a4013820/",
        "published_on": datetime.date(2022, 12, 16),
        "language": "en",
        "notes": "On the Constitutional Law on State Independence adopted and signed on 16 December 1991.",
    },
    {
        "ref": "kaznu-journal-kazakh-persian-words",
        "title": "Common words in Kazakh and Persian",
        "outlet": "Journal of Oriental Studies (al-Farabi Kazakh National University)",
        "kind": "article",
        "url": "https://bulletin-orientalism.kaznu.kz/index.php/1-vostok/article/view/721",
        "published_on": None,
        "language": "en",
        "notes": (
            "An academic article on shared Kazakh and Persian vocabulary (2016 by its citation line); the "
            "stored abstract gives no share of the lexicon."
        ),
    },
    {
        "ref": "kazpravda-2025-12-13-manuscripts-exhibition",
        "title": "В Астане представили раритеты из Ирана",
        "outlet": "Kazakhstanskaya Pravda",
        "kind": "article",
        "url": "https://kazpravda.kz/n/v-astane-predstavili-raritety-iz-irana/",
        "published_on": datetime.date(2025, 12, 13),
        "language": "ru",
        "notes": (
            "The state newspaper's own report of the exhibition of the 27 manuscript copies that opened at the "
            "National Museum the day before; written from the museum, not from Akorda's readout."
        ),
    },
    {
        "ref": "financekz-2026-03-04-middle-east-trade",
        "title": "Казахстан продолжит торговлю с Ближним Востоком несмотря на эскалацию",
        "outlet": "Finance.kz",
        "kind": "article",
        "url": "https://finance.kz/news/kazakhstan-torgovlia-blizhniy-vostok-eskalatsiya-2026",
        "published_on": datetime.date(2026, 3, 4),
        "language": "ru",
        "notes": "Deputy Prime Minister Serik Zhumangarin on trade with Iran in 2025, speaking to reporters.",
    },
    {
        "ref": "kazpravda-2025-12-12-official-visit",
        "title": "В интересах Казахстана и Ирана",
        "outlet": "Kazakhstanskaya Pravda",
        "kind": "article",
        "url": "https://kazpravda.kz/n/v-interesah-kazahstana-i-irana/",
        "published_on": datetime.date(2025, 12, 12),
        "language": "ru",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "Kazakh state newspaper's account of the official visit, including the welcome ceremony in Akorda "
            "in the first half of the day."
        ),
    },
    {
        "ref": "ktkz-2025-12-11-business-forum",
        "title": "Объем грузоперевозок по маршруту Казахстан - Туркменистан - Иран может увеличиться вдвое к 2030 году",
        "outlet": "Kazakhstan Today",
        "kind": "article",
        "url": "https://www.kt.kz/rus/ekonomika/ob_em_gruzoperevozok_po_marshrutu_1377985099.html",
        "published_on": None,
        "language": "ru",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "Kazakh news agency report of Tokayev's speech at the business forum, datelined Astana, 11 "
            "December. The title is taken from its lead sentence."
        ),
    },
    {
        "ref": "kazinform-kk-2025-12-12-foreign-media-review",
        "title": "Шетелдік БАҚ Пезешкианның Қазақстанға сапарын қалай бағалады",
        "outlet": "Kazinform",
        "kind": "article",
        "url": "https://kaz.inform.kz/news/sheteldk-bak-pezeshkiannin-kazakstanga-saparin-kalay-bagaladi-ef949c/",
        "published_on": datetime.date(2025, 12, 12),
        "language": "kk",
        "notes": "The Kazakh state agency's review, in Kazakh, of how foreign media covered the visit.",
    },
    {
        "ref": "tehrantimes-2025-08-02-eaeu-roadmap",
        "title": "Iran, EAEU to approve free trade roadmap in 2025 as bilateral trade rises",
        "outlet": "Tehran Times",
        "kind": "article",
        "url": "https://www.tehrantimes.com/news/516315/Iran-EAEU-to-approve-free-trade-roadmap-in-2025-as-bilateral",
        "published_on": datetime.date(2025, 8, 2),
        "language": "en",
        "notes": "Reports the Eurasian Economic Commission's chairman, Bakytzhan Sagintayev, meeting Iran's envoy.",
    },
    {
        "ref": "mehr-2023-08-24-brics-membership",
        "title": "Iran's BRICS membership to strengthen multilateralism",
        "outlet": "Mehr News Agency",
        "kind": "article",
        "url": "https://en.mehrnews.com/news/205097/Iran-s-BRICS-membership-to-strengthen-multilateralism",
        "published_on": datetime.date(2023, 8, 24),
        "language": "en",
        "notes": "Reports South Africa's president announcing the six countries BRICS admitted in Johannesburg.",
    },
    {
        "ref": "kursiv-2025-03-18-eaeu-iran-fta",
        "title": "Iran–Eurasian Economic Union free trade agreement takes effect May 15",
        "outlet": "Kursiv",
        "kind": "article",
        "url": (
            "https://kz.kursiv.media/en/2025-03-18/engk-yeri-iran-eurasian-economic-union-free-trade-agreement-takes-effect-may-15/amp"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 3, 18),
        "language": "en",
        "notes": "Quotes the Eurasian Economic Commission's trade minister; the date is taken from the address.",
    },
    {
        "ref": "mehr-2025-02-meredov-invitation",
        "title": "Iran welcomes expanding coop. with Turkmenistan in all fields",
        "outlet": "Mehr News Agency",
        "kind": "article",
        "url": "https://en.mehrnews.com/news/228250/Iran-welcomes-expanding-coop-with-Turkmenistan-in-all-fields",
        "published_on": None,
        "language": "en",
        "notes": (
            "Pezeshkian's meeting with Turkmenistan's foreign minister in Tehran (February 2025 by its "
            "content), at which the minister invited him to the conference. No date on the page."
        ),
    },
    {
        "ref": "mehr-2025-12-11-welcome-ceremony",
        "title": "Iran's President Pezeshkian welcomed in Kazakhstan",
        "outlet": "Mehr News Agency",
        "kind": "article",
        "url": "https://en.mehrnews.com/news/239719/Iran-s-President-Pezeshkian-welcomed-in-Kazakhstan",
        "published_on": datetime.date(2025, 12, 11),
        "language": "en",
        "origin": "iran-presidency-2025-12-trip",
        "notes": "Semi-official Iranian agency; follows the Iranian presidency's account of the trip.",
    },
    {
        "ref": "menafn-forum-participants-oped",
        "title": "Forum In Ashgabat: From Leaders' Dialogue Into Tangible UN Initiatives",
        "outlet": "MENAFN",
        "kind": "article",
        "url": "https://menafn.com/1110476008/Forum-In-Ashgabat-From-Leaders-Dialogue-Into-Tangible-UN-Initiatives",
        "published_on": None,
        "language": "en",
        "notes": (
            "A commentary on the December 2025 forum listing the heads of state and government who attended. No "
            "date on the page."
        ),
    },
    {
        "ref": "neimagazine-2017-amano-jcpoa",
        "title": "Iran continues to meet its obligations, IAEA says",
        "outlet": "Nuclear Engineering International",
        "kind": "article",
        "url": "https://www.neimagazine.com/news/iran-continues-to-meet-its-obligations-iaea-says-5924046/",
        "published_on": None,
        "language": "en",
        "notes": (
            "On the IAEA Director General's statement of 11 September 2017 that Iran was implementing its "
            "nuclear-deal commitments. No date on the page."
        ),
    },
    {
        "ref": "newscentralasia-2025-02-11-invitation",
        "title": "Phone talks between the National Leader of the Turkmen people and the President of Iran",
        "outlet": "Turkmenistan: news central asia (nCa)",
        "kind": "article",
        "url": (
            "https://www.newscentralasia.net/2025/02/11/phone-talks-between-the-national-leader-of-the-turkmen-people-and-the-president-of-iran-highlights-cooperation-on-gas-swap-energy-transport-and-international-year-of-peace-and-trust/"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 2, 11),
        "language": "en",
        "notes": (
            "Turkmen outlet's account of the 10 February 2025 call in which Gurbanguly Berdimuhamedov invited "
            "Pezeshkian to the December forum. Title shortened."
        ),
    },
    {
        "ref": "newtimes-kz-manuscripts-expanded-talks",
        "title": "Иран передал Казахстану копии ценных древних рукописей",
        "outlet": "NewTimes.kz",
        "kind": "article",
        "url": "https://newtimes.kz/obshchestvo/213488-iran-peredal-kazakhstanu-kopii-tsennykh-drevnikh-rukopisei",
        "published_on": None,
        "language": "ru",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "Kazakh news site citing Akorda on the expanded talks; mentions the copies of manuscripts and the "
            "exchange of documents in the presidents' presence. No date on the page."
        ),
    },
    {
        "ref": "nournews-2025-12-11-doctorate",
        "title": "President Pezeshkian: Iran and Kazakhstan share proud past, have bright future ahead",
        "outlet": "Nour News",
        "kind": "article",
        "url": (
            "https://www.nournews.ir/en/news/262259/President-Pezeshkian-Iran-and-Kazakhstan-share-proud-past,-have-bright-future-ahead"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 12, 11),
        "language": "en",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "Iranian outlet's English account of the doctorate ceremony, paraphrasing the presidency's text; it "
            "names the institution 'Nazarbayev University'."
        ),
    },
    {
        "ref": "nu-edu-kz-official-site",
        "title": "The State medal awarded to the President of Nazarbayev University",
        "outlet": "Nazarbayev University",
        "kind": "other",
        "url": "https://nu.edu.kz/news/state-medal-awarded-president-nazarbayev-university",
        "published_on": None,
        "language": "en",
        "notes": "A page of the university's own website, used only for the institution's name.",
    },
    {
        "ref": "presstv-2022-06-19-tokayev-tehran",
        "title": "Kazakh president in Tehran for expansion of ties",
        "outlet": "Press TV",
        "kind": "article",
        "url": "https://www.presstv.ir/Detail/2022/06/19/684195/Kazakhstan-Iran-president-cooperation-document-",
        "published_on": datetime.date(2022, 6, 19),
        "language": "en",
        "notes": "Report of Tokayev's June 2022 visit to Tehran; the date is taken from the page address.",
    },
    {
        "ref": "primeminister-kz-bandar-abbas-land",
        "title": "Iran ready to provide land at Bandar Abbas port for construction of Kazakhstan terminal",
        "outlet": "Prime Minister of Kazakhstan (official website)",
        "kind": "statement",
        "url": (
            "https://primeminister.kz/en/news/iran-ready-to-provide-land-at-bandar-abbas-port-for-construction-of-kazakhstan-terminal-17105559"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "en",
        "notes": "Kazakh government release on a visit by the trade minister to Bandar Abbas. No date on the page.",
    },
    {
        "ref": "qazinform-2025-12-11-pezeshkian-trade",
        "title": "Iran interested in expanding trade and economic ties with Kazakhstan – Masoud Pezeshkian",
        "outlet": "Kazinform (Qazinform)",
        "kind": "article",
        "url": (
            "https://qazinform.com/news/iran-interested-in-expanding-trade-and-economic-ties-with-kazakhstan-masoud-pezeshkian-0f08ba"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 12, 11),
        "language": "en",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "Kazakhstan's state news agency, reporting what Pezeshkian said at the talks in Akorda. A "
            "Kazakh-side account, independent of the Iranian presidency's statements."
        ),
    },
    {
        "ref": "reportaz-akorda-tokayev-trade-ten-months",
        "title": "Токаев: между Астаной и Тегераном налажен конструктивный политический диалог",
        "outlet": "Report.az",
        "kind": "article",
        "url": (
            "https://report.az/ru/v-regione/tokaev-mezhdu-astanoj-i-tegeranom-nalazhen-konstruktivnyj-politicheskij-dialog"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "ru",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "An Azerbaijani news site quoting Akorda's account of Tokayev's words at his meeting with "
            "Pezeshkian. The page shows no date; the meeting was on 11 December 2025."
        ),
    },
    {
        "ref": "russia-islworld-2022-10-19-iran-visa-free",
        "title": "Iran to introduce a 14-day visa-free regime for citizens of Kazakhstan",
        "outlet": "Russia – Islamic World (GSV)",
        "kind": "article",
        "url": (
            "https://russia-islworld.ru/en/novosti//iran-to-introduce-a-14-day-visa-free-regime-for-citizens-of-kazakhstan-2022-10-19-28405"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2022, 10, 19),
        "language": "en",
        "notes": "Based on TASS, quoting the Iranian embassy in Astana; the date is taken from the address.",
    },
    {
        "ref": "stabroek-reuters-2018-08-31-iaea",
        "title": "Iran is complying with nuclear deal restrictions - IAEA report",
        "outlet": "Stabroek News (Reuters copy)",
        "kind": "article",
        "url": (
            "https://www.stabroeknews.com/2018/news/world/08/31/iran-is-complying-with-nuclear-deal-restrictions-iaea-report/print/"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2018, 8, 31),
        "language": "en",
        "notes": "Reuters report of an IAEA quarterly report; the date is taken from the page address.",
    },
    {
        "ref": "tasnim-2025-12-11-doctorate",
        "title": "Iran's President Hails 'Bright Future' with Kazakhstan",
        "outlet": "Tasnim News Agency",
        "kind": "article",
        "url": (
            "https://www.tasnimnews.com/en/news/2025/12/11/3469180/iran-s-president-hails-bright-future-with-kazakhstan/amp"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 12, 11),
        "language": "en",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "Semi-official Iranian agency; follows the presidency's account of the ceremony and the documents signed."
        ),
    },
    {
        "ref": "telesur-2023-07-04-sco-iran",
        "title": "Shanghai Cooperation Organization Formalizes Iran's Membership",
        "outlet": "teleSUR English",
        "kind": "article",
        "url": (
            "https://www.telesurenglish.net/news/Shanghai-Cooperation-Organization-Formalizes-Irans-Membership-20230704-0009.html"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2023, 7, 4),
        "language": "en",
        "notes": "Lists the nine SCO members after Iran joined.",
    },
    {
        "ref": "themedialine-2023-04-27-five-mous",
        "title": "Iran, Kazakhstan sign 5 cooperation agreements in Tehran",
        "outlet": "The Media Line",
        "kind": "article",
        "url": "https://themedialine.org/headlines/iran-kazakhstan-sign-5-cooperation-agreements-in-tehran/",
        "published_on": datetime.date(2023, 4, 27),
        "language": "en",
        "notes": (
            "Short report of memoranda signed during the Kazakh prime minister's April 2023 visit to Tehran, "
            "including customs, and of the $3 billion trade goal. Outlet's home country not established."
        ),
    },
    {
        "ref": "thenational-2025-06-12-iaea-board",
        "title": "UN nuclear watchdog finds Iran in breach of non-proliferation duties",
        "outlet": "The National",
        "kind": "article",
        "url": (
            "https://www.thenationalnews.com/news/mena/2025/06/12/un-nuclear-watchdog-finds-iran-in-breach-of-non-proliferation-duties/"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 6, 12),
        "language": "en",
        "notes": "Report of the same Board vote, citing Reuters and AP.",
    },
    {
        "ref": "timekz-2025-12-11-manuscripts",
        "title": "Иран привез рукописи – Казахстан ответил будущим",
        "outlet": "Time.kz",
        "kind": "article",
        "url": "https://time.kz/fresh/aktualno/2025/12/11/iran-privez-rukopisi-kazahstan-otvetil-budushhim",
        "published_on": datetime.date(2025, 12, 11),
        "language": "ru",
        "notes": (
            "A Kazakh newspaper's own report from Akorda (it describes the delegations it saw); the date is "
            "taken from the address."
        ),
    },
    {
        "ref": "trend-2024-12-24-brics-partners",
        "title": "Kazakhstan and Uzbekistan to officially join BRICS as partner states from January 1, 2025",
        "outlet": "Trend News Agency",
        "kind": "article",
        "url": "https://en.trend.az/business/3985816.html",
        "published_on": datetime.date(2024, 12, 24),
        "language": "en",
        "notes": "Quotes the Russian presidential aide on BRICS partner states. Title is our description.",
    },
    {
        "ref": "trend-2025-06-16-sklyar-transit",
        "title": "Over 80% of overland freight from China to Europe transits through Kazakhstan",
        "outlet": "Trend News Agency",
        "kind": "article",
        "url": "https://en.trend.az/business/4057288.html",
        "published_on": datetime.date(2025, 6, 16),
        "language": "en",
        "notes": "Quotes Kazakhstan's first deputy prime minister on the transit share. Title is our description.",
    },
    {
        "ref": "trend-menafn-2025-12-11-gurbanguly-meeting",
        "title": "Turkmenistan And Iran Lay Groundwork For Enhanced Cooperation",
        "outlet": "Trend News Agency (republished by MENAFN)",
        "kind": "article",
        "url": "https://menafn.com/1110471301/Turkmenistan-And-Iran-Lay-Groundwork-For-Enhanced-Cooperation",
        "published_on": datetime.date(2025, 12, 12),
        "language": "en",
        "notes": (
            "Azerbaijani agency copy, datelined Ashgabat 11 December, citing the Turkmen president's press "
            "service. A Turkmen-side account, independent of the Iranian presidency."
        ),
    },
    {
        "ref": "tt-2025-02-11-gurbanguly-call",
        "title": "Tehran, Ashgabat emphasize expansion of gas cooperation",
        "outlet": "Tehran Times",
        "kind": "article",
        "url": "https://www.tehrantimes.com/news/509634/Tehran-Ashgabat-emphasize-expansion-of-gas-cooperation",
        "published_on": datetime.date(2025, 2, 11),
        "language": "en",
        "notes": "The Iranian side's account (via Shana) of the same 10 February 2025 call.",
    },
    {
        "ref": "tt-2025-12-09-sanaei-trip-announcement",
        "title": "Iran president due in Turkmenistan, Kazakhstan on two-day tour",
        "outlet": "Tehran Times",
        "kind": "article",
        "url": "https://www.tehrantimes.com/news/521453/Iran-president-due-in-Turkmenistan-Kazakhstan-on-two-day-tour",
        "published_on": datetime.date(2025, 12, 9),
        "language": "en",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "The president's deputy for political affairs, Mehdi Sanaei, announcing the trip's plan before it began."
        ),
    },
    {
        "ref": "wikipedia-iranian-kazakhs",
        "title": "Iranian Kazakhs",
        "outlet": "Wikipedia",
        "kind": "other",
        "url": "https://en.m.wikipedia.org/wiki/Iranian_Kazakhs",
        "published_on": None,
        "language": "en",
        "notes": (
            "An encyclopedia entry whose population figure rests on a 2010 interview with a diaspora "
            "representative; used only as background."
        ),
    },
    {
        "ref": "yenicag-tass-forum-participants",
        "title": "Erdoğan Putin ile bir araya gelecek",
        "outlet": "Yeniçağ",
        "kind": "article",
        "url": "https://www.yenicaggazetesi.com.tr/erdogan-putin-ile-bir-araya-gelecek-986241h.htm",
        "published_on": None,
        "language": "tr",
        "notes": (
            "Turkish daily citing TASS for the list of presidents and prime ministers expected at the forum, "
            "and for Putin's invitation by President Serdar Berdimuhamedov. No date on the page."
        ),
    },
    {
        "ref": "yjc-2025-12-11-doctorate",
        "title": "پزشکیان: آینده‌ای روشن پیش روی ایران و قزاقستان است",
        "outlet": "Young Journalists Club (YJC)",
        "kind": "article",
        "url": (
            "https://www.yjc.ir/fa/news/9034908/%D9%BE%D8%B2%D8%B4%DA%A9%DB%8C%D8%A7%D9%86-%D8%A2%DB%8C%D9%86%D8%AF%D9%87%E2%80%8C%D8%A7%DB%8C-%D8%B1%D9%88%D8%B4%D9%86-%D9%BE%DB%8C%D8%B4-%D8%B1%D9%88%DB%8C-%D8%A7%DB%8C%D8%B1%D8%A7%D9%86-%D9%88-%D9%82%D8%B2%D8%A7%D9%82%D8%B3%D8%AA%D8%A7%D9%86-%D8%A7%D8%B3%D8%AA"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 12, 11),
        "language": "fa",
        "origin": "iran-presidency-2025-12-trip",
        "notes": (
            "Persian text of the Iranian presidency's account of the honorary-doctorate ceremony; it names the "
            "institution 'Nazarbayev International University', the wording the English reports repeat. Title "
            "shortened from the page."
        ),
    },
    {
        "ref": "yjc-2025-12-11-manuscripts-exhibition",
        "title": "بازدید توکایف و پزشکیان از نمایشگاه نسخه‌های خطی تاریخ قزاقستان از آرشیوهای ایران",
        "outlet": "Young Journalists Club (YJC)",
        "kind": "article",
        "url": (
            "https://www.yjc.ir/fa/news/9035007/%D8%A8%D8%A7%D8%B2%D8%AF%DB%8C%D8%AF-%D8%AA%D9%88%DA%A9%D8%A7%DB%8C%D9%81-%D9%88-%D9%BE%D8%B2%D8%B4%DA%A9%DB%8C%D8%A7%D9%86-%D8%A7%D8%B2-%D9%86%D9%85%D8%A7%DB%8C%D8%B4%DA%AF%D8%A7%D9%87-%D9%86%D8%B3%D8%AE%D9%87%E2%80%8C%D9%87%D8%A7%DB%8C-%D8%AE%D8%B7%DB%8C-%D8%AA%D8%A7%D8%B1%DB%8C%D8%AE-%D9%82%D8%B2%D8%A7%D9%82%D8%B3%D8%AA%D8%A7%D9%86-%D8%A7%D8%B2-%D8%A2%D8%B1%D8%B4%DB%8C%D9%88%E2%80%8C%D9%87%D8%A7%DB%8C-%D8%A7%DB%8C%D8%B1%D8%A7%D9%86"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 12, 11),
        "language": "fa",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "An Iranian outlet's Persian rendering of Akorda's readout of the two presidents' visit to the "
            "manuscripts exhibition: the same 27 manuscripts and the same words of Tokayev, so it shares "
            "Akorda's origin and does not count as independent of it. Title shortened from the page."
        ),
    },
    {
        "ref": "zakon-2025-12-11-joint-statement",
        "title": "Касым-Жомарт Токаев и Масуд Пезешкиан выступили с совместным заявлением",
        "outlet": "Zakon.kz",
        "kind": "article",
        "url": (
            "https://www.zakon.kz/sobytiia/6500801-kasymzhomart-tokaev-i-masud-pezeshkian-vystupili-s-sovmestnym-zayavleniem.html"  # noqa: E501 - an address is not split
        ),
        "published_on": None,
        "language": "ru",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "Kazakh news site quoting Akorda on the statements the two presidents made after the talks of 11 "
            "December 2025. The page shows no publication date."
        ),
    },
    {
        "ref": "zakon-2025-12-11-narrow-format",
        "title": "Токаев президенту Ирана: У нас схожие обычаи, традиции и культура",
        "outlet": "Zakon.kz",
        "kind": "article",
        "url": (
            "https://www.zakon.kz/politika/6500778-tokaev-prezidentu-irana-u-nas-skhozhie-obychai-traditsii-i-kultura.html"  # noqa: E501 - an address is not split
        ),
        "published_on": datetime.date(2025, 12, 11),
        "language": "ru",
        "origin": "akorda-2025-12-11-readouts",
        "notes": (
            "Kazakh news site's account of the welcome ceremony in Akorda and the two presidents' meeting in a "
            "narrow format, with Tokayev's words as released by Akorda."
        ),
    },
]
ARTICLES = [source["ref"] for source in SOURCES if source.get("copy")]


def quoted(source: str, stance: str, quote: str, note: str) -> dict:
    """Evidence from one of the five articles: its words, verbatim."""
    return {"source": source, "stance": stance, "quote": quote, "paraphrased": False, "note": note}


def paraphrased(source: str, stance: str, summary: str, note: str, *, figure: dict | None = None) -> dict:
    """Evidence from any other source: what it says, in our own words, with its address on the source.

    `figure` is a number the summary gives as the source states it (`figure(...)`, with its metric), so the
    figures pages line it up with the others; the summary must give the same number.
    """
    item = {"source": source, "stance": stance, "quote": summary, "paraphrased": True, "note": note}
    return {**item, "figure": figure} if figure else item


def figure(
    value: str,
    unit: str,
    period: str = "",
    *,
    metric: str | None = None,
    qualifier: str = "",
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    note: str = "",
) -> dict:
    """The number a claim states: its value and unit as stated, the period, and the metric it is compared on.

    `note` says how the dates were read when the source does not state them.
    """
    return {
        "metric": metric,
        "figure_value": Decimal(value),
        "figure_qualifier": qualifier,
        "figure_unit": unit,
        "figure_period": period,
        "figure_period_start": start,
        "figure_period_end": end,
        "figure_period_note": note,
    }


NO_FIGURE = {
    "metric": None,
    "figure_value": None,
    "figure_qualifier": "",
    "figure_unit": "",
    "figure_period": "",
    "figure_period_start": None,
    "figure_period_end": None,
    "figure_period_note": "",
}


def claim(
    ref: str,
    *,
    article: str,
    visit: str,
    speaker: str,
    topic: str,
    text: str,
    quote: str,
    status: str,
    verdict_summary: str = "",
    publish: bool = False,
    figure: dict | None = None,
    evidence: tuple = (),
    review_note: str = "",
    change_note: str = "",
) -> dict:
    """One claim row. `review_note` says what is left to check on a claim still being worked on; `change_note`
    is the reason put on the public record if a register loaded from an earlier version of this data changes."""
    return {
        "ref": ref,
        "article": article,
        "visit": visit,
        "speaker": speaker,
        "topic": topic,
        "text": text,
        "quote": quote,
        "status": status,
        "verdict_summary": verdict_summary,
        "publish": publish,
        **(figure or NO_FIGURE),
        "evidence": list(evidence),
        "review_note": review_note,
        "change_note": change_note,
    }


# The metrics figures are compared on (claims.demo.figures holds their definitions).
TURNOVER = "bilateral-trade-turnover"
GROWTH = "bilateral-trade-growth"
TARGET = "bilateral-trade-target"
DOCUMENTS_TOTAL = "documents-of-the-astana-visit-as-counted-in-iranian-accounts"
DOCUMENTS_IN_PRESENCE = "documents-signed-in-the-presidents-presence"
DELEGATION = "business-delegation-to-astana"
COMPANIES = "iranian-companies-in-kazakhstan"
BARLEY = "barley-exports-to-iran"
MANUSCRIPTS = "manuscripts-brought-to-astana"
D = datetime.date

# Figures that sources other than the five articles give, as our paraphrases of them report them (each checked
# against its source's text). One is shared wherever the same paraphrase of the same source is cited.
FORUM_TRADE_2024 = figure(
    "340000000",
    "USD",
    "the year before the forum of 11 December 2025: 2024 on our reading",
    metric=TURNOVER,
    qualifier="more_than",
    start=D(2024, 1, 1),
    end=D(2024, 12, 31),
    note="Tokayev spoke of last year's trade at the business forum on 11 December 2025, so it is read as 2024.",
)
FORUM_FIRST_GOAL = figure(
    "1000000000", "USD", "first stage of the goal; no target year given", metric=TARGET, qualifier="target"
)
FORUM_NEXT_GOAL = figure(
    "2000000000", "USD", "next stage of the goal; no target year given", metric=TARGET, qualifier="target"
)
FORUM_COMPANIES = figure("350", "companies", "December 2025", metric=COMPANIES, qualifier="more_than")
THREE_BILLION_GOAL = figure(
    "3000000000", "USD", "yearly trade target; no target year given", metric=TARGET, qualifier="target"
)
KHATIBZADEH_TRADE = figure(
    "340000000", "USD", "no period stated (said on 18 October 2025)", metric=TURNOVER, qualifier="more_than"
)
AKORDA_GROWTH_TEN_MONTHS = figure(
    "40",
    "percent",
    "first ten months of 2025, compared with 2024",
    metric=GROWTH,
    start=D(2025, 1, 1),
    end=D(2025, 10, 31),
    note="Akorda gives ten months of this year against 2024; the ten months are read as January–October 2025.",
)
KAZINFORM_GROWTH_THIS_YEAR = figure(
    "40",
    "percent",
    "2025 so far, as he spoke on 11 December 2025",
    metric=GROWTH,
    start=D(2025, 1, 1),
    note="Kazinform gives growth this year; the last month covered was not stated.",
)
NURTLEU_GROWTH_2024 = figure(
    "12.3", "percent", "calendar year 2024", metric=GROWTH, start=D(2024, 1, 1), end=D(2024, 12, 31)
)
KZ_MFA_GROWTH_2024 = figure(
    "50", "percent", "calendar year 2024", metric=GROWTH, start=D(2024, 1, 1), end=D(2024, 12, 31)
)
NURTLEU_GROWTH_FIRST_QUARTER = figure(
    "82", "percent", "first quarter of 2025", metric=GROWTH, start=D(2025, 1, 1), end=D(2025, 3, 31)
)
MANUSCRIPT_COPIES = figure("27", "manuscripts (copies)", "brought to Astana, December 2025", metric=MANUSCRIPTS)
BARLEY_2023 = figure(
    "200000", "tonnes", "calendar year 2023", metric=BARLEY, qualifier="about", start=D(2023, 1, 1), end=D(2023, 12, 31)
)


# --- Claims ------------------------------------------------------------------
CLAIMS = [
    claim(
        "pezeshkian-left-tehran-wednesday-10-december-2025",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Tehran Times",
        topic="diplomacy",
        text="Pezeshkian left Tehran for Kazakhstan on Wednesday, 10 December 2025.",
        quote=(
            "Iranian President Masoud Pezeshkian departed Tehran on Wednesday, December 10, 2025, for a two-day "
            "regional tour, beginning with an official visit to Kazakhstan and followed by a trip to "
            "Turkmenistan."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. Kazinform, Kazakhstan's state news agency, dates the official visit 10–11 December "
            "2025, and Kazakhstanskaya Pravda reported his "
            "arrival on an official visit. Wednesday 10 December 2025 is the right weekday. Other Iranian "
            "reports of the departure (Alwaght, Mehr) repeat the Iranian presidency's own account, so we did "
            "not count them as independent."
        ),
        publish=True,
        change_note=(
            "Replaced Izvestia's report of the visit's dates, which we could not find again, with Kazinform's "
            "account of them."
        ),
        evidence=(
            paraphrased(
                "kazinform-kk-2025-12-12-foreign-media-review",
                "corroborates",
                "Kazinform's review of the foreign coverage says Pezeshkian's official visit to Astana took place on "
                "10–11 December 2025.",
                "Kazakh state agency dates the visit from 10 December.",
            ),
            paraphrased(
                "kazpravda-2025-12-12-official-visit",
                "corroborates",
                (
                    "Pezeshkian arrived on an official visit, his first to Kazakhstan; the welcome ceremony was "
                    "held in Akorda in the first half of the day, followed by a narrow-format meeting; Tokayev "
                    "called it his first official visit."
                ),
                "Kazakh report of the arrival and ceremony.",
            ),
            quoted(
                "alwaght-2025-12-pezeshkian-central-asia-tour",
                "context",
                (
                    "Iranian President Masoud Pezeshkian departed Tehran for Astana, Kazakhstan, on Wednesday "
                    "at the invitation of President Kassym-Jomart Tokayev."
                ),
                "Same Iranian source as this report: not independent.",
            ),
            paraphrased(
                "mehr-2025-12-11-welcome-ceremony",
                "context",
                "Says Pezeshkian left Tehran for Astana on Wednesday for a two-day trip.",
                "Same Iranian source: not independent.",
            ),
        ),
    ),
    claim(
        "tour-of-kazakhstan-and-turkmenistan-lasted-two-days",
        article="alwaght-2025-12-pezeshkian-central-asia-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Alwaght",
        topic="diplomacy",
        text="Pezeshkian's trip to Kazakhstan and Turkmenistan was a two-day trip.",
        quote=(
            "President Masoud Pezeshkian left Tehran for a two-day Central Asia trip to Kazakhstan and "
            "Turkmenistan, with plans to secure trade deals and attend a peace summit, according to his office."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly right. His engagements took two days: talks in Astana on Thursday 11 December 2025, a "
            "meeting in Ashgabat the same day (the Turkmen president's press service, via Trend) and the "
            "Ashgabat forum on Friday 12 December (Turkmenistan's education ministry). But he left Tehran on "
            "Wednesday 10 December, the first day of the official visit as Kazinform dates it, so the trip "
            "spanned three calendar days."
        ),
        publish=True,
        change_note=(
            "Replaced Izvestia's report of the visit's dates, which we could not find again, with Kazinform's "
            "account of them."
        ),
        evidence=(
            paraphrased(
                "kazinform-kk-2025-12-12-foreign-media-review",
                "corroborates",
                "Kazinform's review of the foreign coverage says Pezeshkian's official visit to Astana took place on "
                "10–11 December 2025.",
                "Astana leg dated 10–11 December.",
            ),
            paraphrased(
                "trend-menafn-2025-12-11-gurbanguly-meeting",
                "corroborates",
                (
                    "Datelined Ashgabat, 11 December, citing the Turkmen president's press service: Pezeshkian "
                    "and Gurbanguly Berdimuhamedov, Chairman of the Halk Maslahaty, met on the sidelines of the "
                    "International Forum on Peace and Trust."
                ),
                "In Ashgabat on 11 December.",
            ),
            paraphrased(
                "bilim-tm-2025-12-12-forum",
                "corroborates",
                (
                    "The international forum was held in Ashgabat on 12 December; President Serdar "
                    "Berdimuhamedov welcomed the guests and the plenary was continued under Gurbanguly "
                    "Berdimuhamedov's chairmanship."
                ),
                "Forum on 12 December.",
            ),
            paraphrased(
                "tt-2025-12-09-sanaei-trip-announcement",
                "context",
                "Mehdi Sanaei announced the trip for Thursday and Friday.",
                "Iranian plan, same source as the article.",
            ),
            quoted(
                "tt-2025-12-12-pezeshkian-tour",
                "context",
                (
                    "Iranian President Masoud Pezeshkian departed Tehran on Wednesday, December 10, 2025, for a "
                    "two-day regional tour, beginning with an official visit to Kazakhstan and followed by a "
                    "trip to Turkmenistan."
                ),
                "Same Iranian source: dates the departure to Wednesday 10 December.",
            ),
        ),
    ),
    claim(
        "tokayev-welcomed-pezeshkian-thursday-11-december-2025",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Tehran Times",
        topic="diplomacy",
        text=(
            "Tokayev formally welcomed Pezeshkian at the presidential palace in Astana on Thursday, 11 December 2025."
        ),
        quote=(
            "Accompanied by a delegation of 100 Iranian business leaders, Pezeshkian was formally welcomed by "
            "Kazakh President Kassym-Jomart Tokayev at the Presidential Palace in Astana on Thursday, December "
            "11."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. Kazakhstanskaya Pravda and Zakon.kz, following Akorda, report the official welcome "
            "ceremony in Akorda, the presidential palace in Astana, in the first half of 11 December 2025, "
            "followed by talks. Thursday 11 December 2025 is the right weekday."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "kazpravda-2025-12-12-official-visit",
                "corroborates",
                (
                    "Pezeshkian arrived on an official visit, his first to Kazakhstan; the welcome ceremony was "
                    "held in Akorda in the first half of the day, followed by a narrow-format meeting; Tokayev "
                    "called it his first official visit."
                ),
                "Ceremony in Akorda.",
            ),
            paraphrased(
                "zakon-2025-12-11-narrow-format",
                "corroborates",
                ("After the welcome ceremony in Akorda on 11 December, Tokayev and Pezeshkian met in a narrow format."),
                "Same day, same place.",
            ),
            paraphrased(
                "mehr-2025-12-11-welcome-ceremony",
                "context",
                "Official welcome on Thursday morning at the presidential palace in Astana.",
                "Iranian account, same source as the article.",
            ),
        ),
    ),
    claim(
        "fourteen-agreements-and-memoranda-signed-in-astana",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Tehran Times",
        topic="agreements",
        text=(
            "Pezeshkian signed 14 bilateral agreements and memoranda of understanding during the visit to Kazakhstan."
        ),
        quote=(
            "During his visit to Kazakhstan, President Pezeshkian signed 14 bilateral agreements and memoranda "
            "of understanding covering a wide range of areas, including transportation, transit and logistics, "
            "cultural exchanges, legal assistance, healthcare, and diplomatic and media cooperation."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. The Kazakh presidency's list (relayed by The Gulf Observer) names eight "
            "documents signed in the two presidents' presence, covering the same areas this report lists: legal "
            "assistance, transport, culture, health, the foreign ministries and media. No source outside the "
            "Iranian presidency's account gives a total of 14 or names the other six; before the visit Iranian "
            "officials spoke of 'more than ten' documents (Sanaei) and 'more than 20' ready (deputy foreign "
            "minister Khatibzadeh). The two counts need not conflict: 14 may include documents signed outside "
            "the ceremony, such as the company agreements Kazakh Invest planned for the business forum."
        ),
        publish=True,
        figure=figure(
            "14",
            "documents",
            "signed during the Astana visit, December 2025 (total, as this report counts)",
            metric=DOCUMENTS_TOTAL,
        ),
        evidence=(
            paraphrased(
                "gulfobserver-kz-ir-joint-statement-documents",
                "corroborates",
                (
                    "Citing Akorda, lists eight documents signed in the two presidents' presence: a mutual "
                    "legal assistance agreement in criminal matters, a protocol amending the road transport "
                    "agreement, a foreign-ministry cooperation programme, a 2026–2028 cultural exchange "
                    "programme, and memoranda on intellectual property, transport and logistics, healthcare, "
                    "and media (presidential TV and radio complex with Iran's broadcaster)."
                ),
                "Eight documents; same areas.",
            ),
            quoted(
                "tt-2025-12-12-pezeshkian-tour",
                "context",
                "Eight of these agreements were formally exchanged between the two countries.",
                "The same report counts eight of the 14 as formally exchanged.",
            ),
            paraphrased(
                "tt-2025-12-09-sanaei-trip-announcement",
                "context",
                "Sanaei said the two sides were expected to sign more than ten cooperation agreements.",
                "Pre-visit expectation, Iranian source.",
            ),
            paraphrased(
                "ilna-2025-10-18-khatibzadeh",
                "context",
                (
                    "Deputy foreign minister Khatibzadeh told Kazinform that more than 20 cooperation documents "
                    "were ready for signature."
                ),
                "Pre-visit expectation, Iranian foreign ministry.",
            ),
            paraphrased(
                "kazinform-2025-12-11-kazakh-invest",
                "context",
                (
                    "Kazakh Invest planned to sign two agreements with Iranian companies (a dairy project and a "
                    "mining company) at the business forum."
                ),
                "Company agreements outside the ceremony.",
            ),
        ),
    ),
    claim(
        "eight-of-the-agreements-formally-exchanged",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Tehran Times",
        topic="agreements",
        text="Eight of the documents were formally exchanged between the two countries in Astana.",
        quote="Eight of these agreements were formally exchanged between the two countries.",
        status="verified",
        verdict_summary=(
            "Confirmed. Akorda's account, relayed by The Gulf Observer and NewTimes.kz, lists eight documents "
            "signed and exchanged in the presence of the two presidents on 11 December 2025. This eight is the "
            "set handled at the ceremony; the same report's total of 14 is a different count that only Iranian "
            "sources give."
        ),
        publish=True,
        figure=figure(
            "8",
            "documents",
            "exchanged in the two presidents' presence, Astana, December 2025",
            metric=DOCUMENTS_IN_PRESENCE,
            start=D(2025, 12, 11),
            end=D(2025, 12, 11),
        ),
        evidence=(
            paraphrased(
                "gulfobserver-kz-ir-joint-statement-documents",
                "corroborates",
                (
                    "Citing Akorda, lists eight documents signed in the two presidents' presence: a mutual "
                    "legal assistance agreement in criminal matters, a protocol amending the road transport "
                    "agreement, a foreign-ministry cooperation programme, a 2026–2028 cultural exchange "
                    "programme, and memoranda on intellectual property, transport and logistics, healthcare, "
                    "and media (presidential TV and radio complex with Iran's broadcaster)."
                ),
                "Eight documents in the presidents' presence.",
            ),
            paraphrased(
                "newtimes-kz-manuscripts-expanded-talks",
                "corroborates",
                (
                    "Citing Akorda, says the documents were exchanged in the presence of the two heads of state "
                    "after the expanded talks."
                ),
                "The documents were exchanged.",
            ),
        ),
        change_note=(
            "Re-rated from Partly verified to Verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "eight-intergovernmental-documents-signed-in-astana",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The Astana Times",
        topic="agreements",
        text=(
            "Eight intergovernmental documents were signed in Astana, including a treaty on mutual legal "
            "assistance in criminal matters and a protocol amending the road transport agreement."
        ),
        quote=(
            "Eight important intergovernmental documents were signed, including a treaty on mutual legal "
            "assistance in criminal matters and a protocol amending the bilateral agreement on international "
            "road transport."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. The Iranian presidency's account (Tehran Times) also has eight documents formally "
            "exchanged. The Astana Times itself names eight: this treaty and this protocol, two programmes and "
            "four memorandums, which add up to its total; a list citing Akorda (The Gulf Observer) names the "
            "same eight, including the legal-assistance agreement and the road-transport protocol."
        ),
        publish=True,
        figure=figure(
            "8",
            "documents",
            "signed in the two presidents' presence, Astana, December 2025",
            metric=DOCUMENTS_IN_PRESENCE,
            start=D(2025, 12, 11),
            end=D(2025, 12, 11),
        ),
        evidence=(
            quoted(
                "tt-2025-12-12-pezeshkian-tour",
                "corroborates",
                "Eight of these agreements were formally exchanged between the two countries.",
                "Eight, in the Iranian account.",
            ),
            paraphrased(
                "gulfobserver-kz-ir-joint-statement-documents",
                "context",
                (
                    "Citing Akorda, lists eight documents signed in the two presidents' presence: a mutual "
                    "legal assistance agreement in criminal matters, a protocol amending the road transport "
                    "agreement, a foreign-ministry cooperation programme, a 2026–2028 cultural exchange "
                    "programme, and memoranda on intellectual property, transport and logistics, healthcare, "
                    "and media (presidential TV and radio complex with Iran's broadcaster)."
                ),
                "Same Kazakh source as the article: shows what the eight are.",
            ),
            quoted(
                "tt-2025-12-12-pezeshkian-tour",
                "context",
                (
                    "During his visit to Kazakhstan, President Pezeshkian signed 14 bilateral agreements and "
                    "memoranda of understanding covering a wide range of areas, including transportation, "
                    "transit and logistics, cultural exchanges, legal assistance, healthcare, and diplomatic "
                    "and media cooperation."
                ),
                "The Iranian account's larger total.",
            ),
        ),
        change_note=(
            "Re-rated from Partly verified to Verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "memorandums-on-ip-transport-healthcare-and-media",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The Astana Times",
        topic="agreements",
        text=(
            "Memorandums were signed on intellectual property, transport and logistics, healthcare, and a media "
            "partnership between Kazakhstan's presidential TV and radio complex and Iran's state broadcaster."
        ),
        quote=(
            "Additional memorandums were signed on intellectual property, strategic cooperation in transport "
            "and logistics, collaboration in healthcare, and a media partnership between the President of "
            "Kazakhstan’s Television and Radio Complex and the Islamic Republic of Iran Broadcasting."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. The Iranian presidency's account (Tehran Times) lists transport and logistics, "
            "healthcare and media among the areas of the documents signed; the intellectual-property memorandum "
            "appears only in Kazakh-side accounts. 'Additional' means beyond the treaty, protocol and programmes "
            "the report names first: with them, the four memorandums make up its eight documents."
        ),
        publish=True,
        evidence=(
            quoted(
                "tt-2025-12-12-pezeshkian-tour",
                "corroborates",
                (
                    "During his visit to Kazakhstan, President Pezeshkian signed 14 bilateral agreements and "
                    "memoranda of understanding covering a wide range of areas, including transportation, "
                    "transit and logistics, cultural exchanges, legal assistance, healthcare, and diplomatic "
                    "and media cooperation."
                ),
                "Transport, healthcare and media are listed; intellectual property is not.",
            ),
            paraphrased(
                "gulfobserver-kz-ir-joint-statement-documents",
                "context",
                (
                    "Citing Akorda, lists eight documents signed in the two presidents' presence: a mutual "
                    "legal assistance agreement in criminal matters, a protocol amending the road transport "
                    "agreement, a foreign-ministry cooperation programme, a 2026–2028 cultural exchange "
                    "programme, and memoranda on intellectual property, transport and logistics, healthcare, "
                    "and media (presidential TV and radio complex with Iran's broadcaster)."
                ),
                "Same Kazakh source: the memoranda are within the eight.",
            ),
            paraphrased(
                "tasnim-2025-12-11-doctorate",
                "context",
                (
                    "The two countries signed agreements and memoranda covering transport, transit, culture, "
                    "legal assistance, health, diplomacy and media."
                ),
                "Iranian account, same source as the Tehran Times.",
            ),
        ),
    ),
    claim(
        "cultural-exchange-programme-2026-2028-approved",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The governments of Kazakhstan and Iran",
        topic="culture",
        text=(
            "The two governments approved a cooperation programme between their foreign ministries and a "
            "cultural exchange programme for 2026–2028."
        ),
        quote=(
            "Both delegations also approved cooperation programs between their foreign ministries and a "
            "2026–2028 cultural exchange program."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. The Iranian presidency's account (Tehran Times) lists cultural exchanges and "
            "diplomatic cooperation among the documents signed. The programme's years, 2026–2028, and its "
            "signatories (Kazakhstan's Ministry of Culture and Information and Iran's Ministry of Culture and "
            "Islamic Guidance) appear only in Kazakh-side accounts (Akorda, via The Gulf Observer)."
        ),
        publish=True,
        evidence=(
            quoted(
                "tt-2025-12-12-pezeshkian-tour",
                "corroborates",
                (
                    "During his visit to Kazakhstan, President Pezeshkian signed 14 bilateral agreements and "
                    "memoranda of understanding covering a wide range of areas, including transportation, "
                    "transit and logistics, cultural exchanges, legal assistance, healthcare, and diplomatic "
                    "and media cooperation."
                ),
                "Cultural and diplomatic documents, no years.",
            ),
            paraphrased(
                "gulfobserver-kz-ir-joint-statement-documents",
                "context",
                (
                    "Citing Akorda, lists eight documents signed in the two presidents' presence: a mutual "
                    "legal assistance agreement in criminal matters, a protocol amending the road transport "
                    "agreement, a foreign-ministry cooperation programme, a 2026–2028 cultural exchange "
                    "programme, and memoranda on intellectual property, transport and logistics, healthcare, "
                    "and media (presidential TV and radio complex with Iran's broadcaster)."
                ),
                "Same Kazakh source: names the programme and its years.",
            ),
        ),
    ),
    claim(
        "joint-statement-signed-in-astana",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Tehran Times",
        topic="agreements",
        text="Iran and Kazakhstan signed a joint statement during the Astana visit.",
        quote="In addition, both nations signed a joint statement outlining their commitment to deepen collaboration.",
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. Akorda, relayed by The Gulf Observer, says the two presidents issued a joint "
            "statement, and that outlet's headline says they signed it; Akorda-based Russian-language reports "
            "(Zakon.kz) and The Astana Times describe statements the presidents made after the talks. A joint "
            "statement is confirmed by the Kazakh side; that it was a signed document is not clearly "
            "established."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "gulfobserver-kz-ir-joint-statement-documents",
                "corroborates",
                (
                    "Citing Akorda, says the two presidents issued a Joint Statement after the talks; the "
                    "headline says they signed it."
                ),
                "A joint statement issued; headline says signed.",
            ),
            paraphrased(
                "zakon-2025-12-11-joint-statement",
                "context",
                (
                    "After the talks on 11 December 2025 the two presidents made a joint statement, Tokayev's "
                    "part of which Akorda published."
                ),
                "Statements delivered after the talks.",
            ),
            quoted(
                "astanatimes-2025-12-astana-tehran-partnership",
                "context",
                (
                    "Presidents Kassym-Jomart Tokayev and Masoud Pezeshkian delivered a joint statement on Dec. "
                    "11, emphasizing the deep historical ties between Kazakhstan and Iran, the steady growth of "
                    "bilateral trade, and the shared commitment to expanding cooperation in transport, "
                    "agriculture, and culture."
                ),
                "Same Kazakh source: 'delivered'.",
            ),
        ),
    ),
    claim(
        "chief-of-staff-said-trade-agreements-would-be-finalised",
        article="alwaght-2025-12-pezeshkian-central-asia-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Mohsen Haji-Mirzaei, chief of staff to the President of Iran",
        topic="agreements",
        text=(
            "Pezeshkian's chief of staff said several cooperation agreements on expanding trade would be "
            "finalised during the stay."
        ),
        quote=(
            "His chief of staff, Mohsen Haji-Mirzaei, noted that several cooperation agreements on expanding "
            "trade are set to be finalized during the stay."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. No source other than Alwaght reports the chief of staff's remark; we "
            "searched Iranian agencies in Persian and English. None of the eight documents the two presidents "
            "witnessed (Akorda's list) is a trade agreement: they cover legal assistance, road transport, the "
            "foreign ministries, culture, intellectual property, transport, health and media. Kazakh Invest did "
            "plan two investment agreements with Iranian companies at the business forum (Kazinform), but those "
            "are company deals, not trade agreements between the two states."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "gulfobserver-kz-ir-joint-statement-documents",
                "context",
                (
                    "Citing Akorda, lists eight documents signed in the two presidents' presence: a mutual "
                    "legal assistance agreement in criminal matters, a protocol amending the road transport "
                    "agreement, a foreign-ministry cooperation programme, a 2026–2028 cultural exchange "
                    "programme, and memoranda on intellectual property, transport and logistics, healthcare, "
                    "and media (presidential TV and radio complex with Iran's broadcaster)."
                ),
                "No trade agreement among the eight.",
            ),
            paraphrased(
                "kazinform-2025-12-11-kazakh-invest",
                "context",
                "Kazakh Invest planned to sign two agreements with Iranian companies at the business forum.",
                "Company-level agreements.",
            ),
            paraphrased(
                "tt-2025-12-09-sanaei-trip-announcement",
                "context",
                "Sanaei said more than ten cooperation agreements were expected to be signed.",
                "Iranian pre-visit statement, same source.",
            ),
        ),
        change_note=(
            "Re-rated from Verified to Unverifiable after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "delegation-of-100-business-leaders-accompanied-pezeshkian",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Tehran Times",
        topic="trade",
        text="A delegation of 100 Iranian business leaders accompanied Pezeshkian to Astana.",
        quote=(
            "Accompanied by a delegation of 100 Iranian business leaders, Pezeshkian was formally welcomed by "
            "Kazakh President Kassym-Jomart Tokayev at the Presidential Palace in Astana on Thursday, December "
            "11."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm the number. Only the Tehran Times gives it, and we found no Iranian or Kazakh "
            "list of the business delegation. Alwaght's remark that a large Chamber of Commerce group was "
            "already in Kazakhstan does not contradict it: people who went ahead can still be counted in the "
            "delegation. Time.kz's count of 12 people per side refers to the official delegations at the talks, "
            "a different group."
        ),
        publish=True,
        figure=figure(
            "100",
            "business leaders",
            "Astana visit, December 2025",
            metric=DELEGATION,
        ),
        evidence=(
            quoted(
                "alwaght-2025-12-pezeshkian-central-asia-tour",
                "context",
                (
                    "A ministerial delegation is accompanying the president for talks in key sectors, and a "
                    "large Iranian Chamber of Commerce group is already in Kazakhstan preparing business "
                    "partnerships, with a joint merchant meeting scheduled in Astana."
                ),
                "Business group already in Kazakhstan; no number; does not contradict the figure.",
            ),
            paraphrased(
                "timekz-2025-12-11-manuscripts",
                "context",
                "The official delegations at the Akorda talks numbered 12 people on each side.",
                "Official delegations, not business people.",
            ),
        ),
        change_note=(
            "Re-rated from Disputed to Unverifiable after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "chamber-of-commerce-group-already-in-kazakhstan",
        article="alwaght-2025-12-pezeshkian-central-asia-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Alwaght",
        topic="trade",
        text=(
            "A large Iranian Chamber of Commerce group was already in Kazakhstan before the visit, preparing "
            "business partnerships."
        ),
        quote=(
            "A ministerial delegation is accompanying the president for talks in key sectors, and a large "
            "Iranian Chamber of Commerce group is already in Kazakhstan preparing business partnerships, with a "
            "joint merchant meeting scheduled in Astana."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. Only Alwaght, citing Pezeshkian's office, says a Chamber of Commerce "
            "group went ahead; we found no statement from Iran's Chamber of Commerce or from the Kazakh side. A "
            "joint business forum with both presidents did take place in Astana on 11 December (Eurasian Star, "
            "Kazakhstan Today)."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "eurasianstar-business-forum",
                "context",
                (
                    "Tokayev at the business forum on 11 December: trade last year exceeded $340 million; goals "
                    "of $1 billion first and $2 billion next; Iran invested over $226 million in 20 years; more "
                    "than 350 enterprises set up by Iranian business operate in Kazakhstan; 85% of China–Europe "
                    "cargo passes through Kazakhstan; a terminal is planned at Shahid Rajaee."
                ),
                "The forum took place; says nothing of who arrived when.",
            ),
            paraphrased(
                "iribnews-2025-12-10-departure",
                "context",
                "Pezeshkian was to attend a joint meeting of traders and business people of the two countries.",
                "Iranian plan, same source.",
            ),
        ),
        change_note=(
            "Re-rated from In review to Unverifiable after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "pezeshkian-trade-grew-40-percent-past-year",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="trade",
        text="Pezeshkian said trade between Iran and Kazakhstan grew 40 percent over the past year.",
        quote=(
            "Speaking at the bilateral meeting, Pezeshkian highlighted a 40 percent growth in trade between "
            "Iran and Kazakhstan over the past year."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly right. Kazinform's account of the talks confirms that Pezeshkian cited 40% growth, but for "
            "'this year' (2025 so far), not 'over the past year' as this report has it. Tokayev's own figure, "
            "40% for the first ten months of 2025 against 2024 (Akorda, via Report.az), is a separate statement "
            "by a different speaker: it fits Pezeshkian's figure but does not show what Pezeshkian said."
        ),
        publish=True,
        figure=figure(
            "40",
            "percent",
            "'this year' (2025 so far), in his words as Kazinform reports them",
            metric=GROWTH,
            start=D(2025, 1, 1),
            note=(
                "The report's 'over the past year' is not his period. The last month covered was not stated, and "
                "the period does not end on 11 December: that is the day he spoke."
            ),
        ),
        evidence=(
            paraphrased(
                "qazinform-2025-12-11-pezeshkian-trade",
                "corroborates",
                (
                    "Kazinform reports Pezeshkian telling the talks that trade had grown by 40% this year, a "
                    "good result with room for more."
                ),
                "His 40%, with 'this year'.",
                figure=KAZINFORM_GROWTH_THIS_YEAR,
            ),
            paraphrased(
                "reportaz-akorda-tokayev-trade-ten-months",
                "context",
                (
                    "Quoting Akorda, Tokayev told Pezeshkian that trade grew 40% in the first ten months of "
                    "this year compared with 2024."
                ),
                "Another speaker's figure; not corroboration of what Pezeshkian said.",
                figure=AKORDA_GROWTH_TEN_MONTHS,
            ),
        ),
    ),
    claim(
        "tokayev-trade-grew-40-percent-past-ten-months",
        article="presstv-2025-12-11-transport-corridor",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="trade",
        text=(
            "Tokayev said trade between Kazakhstan and Iran grew 40% in the first ten months of 2025 compared "
            "with 2024."
        ),
        quote=(
            "He noted that over the past ten months, trade between Kazakhstan and Iran has grown by 40% "
            "compared to the previous year, with expectations for further growth given the countries’ capacity."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. Akorda's account of Tokayev's words (via Report.az and Zakon.kz) has him saying trade "
            "grew 40% in the first ten months of this year compared with 2024. Akorda places the remark in his "
            "narrow-format meeting with Pezeshkian on 11 December 2025, not at the joint press conference where "
            "Press TV puts it. We read the period as January–October 2025; the statistics behind the figure "
            "were not published with it."
        ),
        publish=True,
        figure=figure(
            "40",
            "percent",
            "first ten months of 2025, compared with the same months of 2024",
            metric=GROWTH,
            start=D(2025, 1, 1),
            end=D(2025, 10, 31),
            note=(
                "Akorda: 'for 10 months of this year … compared with 2024'. That the comparison is with "
                "January–October 2024 is our reading."
            ),
        ),
        evidence=(
            paraphrased(
                "reportaz-akorda-tokayev-trade-ten-months",
                "corroborates",
                (
                    "Quoting Akorda, Tokayev told Pezeshkian that trade grew 40% in the first ten months of "
                    "this year compared with 2024."
                ),
                "Tokayev's own words, Kazakh record.",
                figure=AKORDA_GROWTH_TEN_MONTHS,
            ),
            paraphrased(
                "zakon-2025-12-11-narrow-format",
                "context",
                ("Tokayev's remarks at the narrow-format meeting after the welcome ceremony, as published by Akorda."),
                "Places the meeting: narrow format, 11 December.",
            ),
        ),
        change_note=(
            "Re-rated from Partly verified to Verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "trade-reached-310-8-million-january-september-2025",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The Astana Times",
        topic="trade",
        text="Trade between Kazakhstan and Iran reached $310.8 million in January–September 2025.",
        quote=(
            "From the first nine months of 2025, trade reached $310.8 million, up 44.9% compared to the same "
            "period last year."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this figure. We searched Kazakh and Iranian official and news sources in "
            "English, Russian and Persian for January–September 2025 trade data and found none. Kazakh "
            "officials' other figures point the same way without matching it: Nurtleu gave $129 million for "
            "January–March 2025, up 82% (AnewZ), and Tokayev 40% growth for January–October (Akorda, via "
            "Report.az)."
        ),
        publish=True,
        figure=figure(
            "310800000",
            "USD",
            "January–September 2025",
            metric=TURNOVER,
            start=D(2025, 1, 1),
            end=D(2025, 9, 30),
        ),
        evidence=(
            paraphrased(
                "anewz-nurtleu-araghchi-visit",
                "context",
                (
                    "Nurtleu: trade in 2024 rose 12.3% to over $340 million; in the first quarter of 2025 it "
                    "rose 82% to $129 million; the goal is $3 billion."
                ),
                "First-quarter figure, a different period.",
                figure=THREE_BILLION_GOAL,
            ),
            paraphrased(
                "reportaz-akorda-tokayev-trade-ten-months",
                "context",
                (
                    "Quoting Akorda, Tokayev told Pezeshkian that trade grew 40% in the first ten months of "
                    "this year compared with 2024."
                ),
                "Ten-month growth, a different period and no value.",
            ),
        ),
    ),
    claim(
        "trade-up-44-9-percent-january-september-2025",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The Astana Times",
        topic="trade",
        text="Trade in January–September 2025 was 44.9% higher than in the same period of 2024.",
        quote=(
            "From the first nine months of 2025, trade reached $310.8 million, up 44.9% compared to the same "
            "period last year."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this figure. No official source we found gives growth for January–September "
            "2025. The nearest figure, Tokayev's 40% for January–October 2025 (Akorda), covers a different "
            "period and is 4.9 percentage points lower; growth over different periods need not match, so it "
            "neither confirms nor contradicts 44.9%."
        ),
        publish=True,
        figure=figure(
            "44.9",
            "percent",
            "January–September 2025 compared with January–September 2024",
            metric=GROWTH,
            start=D(2025, 1, 1),
            end=D(2025, 9, 30),
        ),
        evidence=(
            paraphrased(
                "reportaz-akorda-tokayev-trade-ten-months",
                "context",
                (
                    "Quoting Akorda, Tokayev told Pezeshkian that trade grew 40% in the first ten months of "
                    "this year compared with 2024."
                ),
                "40% over ten months: different period, different speaker.",
                figure=AKORDA_GROWTH_TEN_MONTHS,
            ),
            paraphrased(
                "anewz-nurtleu-araghchi-visit",
                "context",
                "Nurtleu: trade rose 82% in the first quarter of 2025, to $129 million.",
                "82% in the first quarter.",
                figure=NURTLEU_GROWTH_FIRST_QUARTER,
            ),
        ),
        change_note=(
            "Re-rated from Partly verified to Unverifiable after an audit against sources beyond the articles "
            "the register started from."
        ),
    ),
    claim(
        "bilateral-trade-2024-340-million",
        article="presstv-2025-12-11-transport-corridor",
        visit="pezeshkian-astana-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="trade",
        text=(
            "Bilateral trade in 2024 was about $340 million (Pezeshkian's figure, which he called 'only' $340 million)."
        ),
        quote=(
            "He noted that current trade levels between the two countries are not commensurate with their vast "
            "capacities, adding that bilateral trade in 2024 reached only $340 million."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed as a figure. Officials of both governments give the same number for 2024: Tokayev told "
            "the same business forum that trade 'exceeded $340 million' last year (Eurasian Star), Kazakhstan's "
            "foreign minister put it at over $340 million, up 12.3% (AnewZ), and Iran's deputy foreign minister "
            "said it had passed $340 million (ILNA). We did not find the customs tables themselves; 'only' is "
            "Pezeshkian's own judgment."
        ),
        publish=True,
        figure=figure(
            "340000000",
            "USD",
            "calendar year 2024",
            metric=TURNOVER,
            qualifier="about",
            start=D(2024, 1, 1),
            end=D(2024, 12, 31),
        ),
        evidence=(
            paraphrased(
                "eurasianstar-business-forum",
                "corroborates",
                (
                    "Tokayev at the business forum on 11 December: trade last year exceeded $340 million; goals "
                    "of $1 billion first and $2 billion next; Iran invested over $226 million in 20 years; more "
                    "than 350 enterprises set up by Iranian business operate in Kazakhstan; 85% of China–Europe "
                    "cargo passes through Kazakhstan; a terminal is planned at Shahid Rajaee."
                ),
                "Kazakh official figure for 2024.",
                figure=FORUM_TRADE_2024,
            ),
            paraphrased(
                "anewz-nurtleu-araghchi-visit",
                "corroborates",
                "Nurtleu: in 2024 trade rose 12.3% and exceeded $340 million.",
                "Kazakh foreign minister's figure for 2024.",
                figure=NURTLEU_GROWTH_2024,
            ),
            paraphrased(
                "ilna-2025-10-18-khatibzadeh",
                "corroborates",
                "Khatibzadeh said bilateral trade had exceeded $340 million and the shared aim was $3 billion.",
                "Iranian foreign ministry's figure.",
                figure=KHATIBZADEH_TRADE,
            ),
        ),
        change_note=(
            "Re-rated from Unverifiable to Verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "roadmap-to-raise-trade-to-3-billion-dollars",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="trade",
        text=(
            "Pezeshkian said a roadmap to raise bilateral trade to $3 billion has been prepared and is ready "
            "for implementation."
        ),
        quote=(
            "A roadmap aiming to raise bilateral trade to three billion dollars has been prepared and is ready "
            "for implementation, with an emphasis on mobilizing private sector capacities on both sides."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. The $3 billion goal is real and was agreed before this visit: the two presidents "
            "set it in June 2022 (Press TV) and it was repeated in April 2023 (The Media Line); Kazinform's "
            "account of the December talks has Pezeshkian recalling that earlier agreement. That a roadmap 'has "
            "been prepared and is ready for implementation' appears only in the Iranian presidency's accounts. "
            "At the business forum Tokayev spoke of staged goals of $1 billion and then $2 billion (Eurasian "
            "Star), and no source gives a target year."
        ),
        publish=True,
        figure=figure(
            "3000000000",
            "USD",
            "yearly trade target; no target year given",
            metric=TARGET,
            qualifier="target",
        ),
        evidence=(
            paraphrased(
                "qazinform-2025-12-11-pezeshkian-trade",
                "corroborates",
                (
                    "Kazinform reports Pezeshkian recalling that the countries had agreed at an earlier meeting "
                    "to raise trade to $3 billion."
                ),
                "The $3 billion goal, agreed earlier.",
                figure=THREE_BILLION_GOAL,
            ),
            paraphrased(
                "presstv-2022-06-19-tokayev-tehran",
                "corroborates",
                (
                    "During Tokayev's June 2022 visit the presidents set a $3 billion mark for annual trade, "
                    "and the first transit container train from Kazakhstan arrived in Tehran on its way to "
                    "Turkey."
                ),
                "Goal set in June 2022.",
                figure=THREE_BILLION_GOAL,
            ),
            paraphrased(
                "themedialine-2023-04-27-five-mous",
                "corroborates",
                (
                    "In April 2023 Iran and Kazakhstan signed five memoranda, including one on customs, and "
                    "agreed to work toward $3 billion in annual trade."
                ),
                "Goal repeated in April 2023.",
                figure=THREE_BILLION_GOAL,
            ),
            paraphrased(
                "eurasianstar-business-forum",
                "context",
                (
                    "Tokayev at the business forum on 11 December: trade last year exceeded $340 million; goals "
                    "of $1 billion first and $2 billion next; Iran invested over $226 million in 20 years; more "
                    "than 350 enterprises set up by Iranian business operate in Kazakhstan; 85% of China–Europe "
                    "cargo passes through Kazakhstan; a terminal is planned at Shahid Rajaee."
                ),
                "The Kazakh side framed staged goals of $1bn then $2bn.",
                figure=FORUM_FIRST_GOAL,
            ),
        ),
        change_note=(
            "Re-rated from Verified to Partly verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "700-iranian-companies-operate-in-kazakhstan",
        article="presstv-2025-12-11-transport-corridor",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="trade",
        text="Tokayev said about 700 Iranian companies operate in Kazakhstan.",
        quote=(
            "He added that approximately 700 Iranian companies operate in Kazakhstan, mainly in industry, "
            "infrastructure, and agriculture, while Kazakh firms invest in Iran across mining, transportation, "
            "logistics, and food production projects."
        ),
        status="disputed",
        verdict_summary=(
            "Disputed. Press TV attributes 'approximately 700' Iranian companies to Tokayev, but the "
            "Kazakh-side account of his speech at the business forum the same day has him saying that more than "
            "350 enterprises set up by Iranian business operate in Kazakhstan (Eurasian Star). The two counts "
            "may measure different things, but no source explains the gap and we found no company register to "
            "settle it; on what Tokayev himself said, the Kazakh record of his words carries more weight."
        ),
        publish=True,
        figure=figure(
            "700",
            "companies",
            "December 2025",
            metric=COMPANIES,
            qualifier="about",
        ),
        evidence=(
            paraphrased(
                "eurasianstar-business-forum",
                "contradicts",
                (
                    "Tokayev at the business forum on 11 December: trade last year exceeded $340 million; goals "
                    "of $1 billion first and $2 billion next; Iran invested over $226 million in 20 years; more "
                    "than 350 enterprises set up by Iranian business operate in Kazakhstan; 85% of China–Europe "
                    "cargo passes through Kazakhstan; a terminal is planned at Shahid Rajaee."
                ),
                "More than 350, in Tokayev's own speech.",
                figure=FORUM_COMPANIES,
            ),
        ),
        change_note=(
            "Re-rated from Unverifiable to Disputed after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "kazakhstan-supplied-500000-tons-of-barley-to-iran",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="agriculture",
        text="Kazakhstan supplied more than 500,000 tonnes of barley to Iran 'last year'.",
        quote=(
            "Agriculture remains a priority sector: Kazakhstan supplied more than 500,000 tons of barley to "
            "Iran last year and has the capacity to increase exports several times over."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. We found no official figure for Kazakh barley exports to Iran in 2024. "
            "Official statistics cited by APK-Inform give about 200,000 tonnes in 2023 and 408,800 tonnes in "
            "2022, and the Kazakh prime minister's office reported 299,000 tonnes of grain of all kinds from the "
            "new harvest delivered to Iran in the 2024–25 season up to the end of November 2024 (The Astana "
            "Times, 6 December 2024); these cover other periods or other grains and do not settle the claim."
        ),
        publish=True,
        figure=figure(
            "500000",
            "tonnes",
            "'last year': 2024 on our reading",
            metric=BARLEY,
            qualifier="more_than",
            start=D(2024, 1, 1),
            end=D(2024, 12, 31),
            note=(
                "The article was published in December 2025, so 'last year' is read as 2024; a marketing year "
                "may be meant. These dates are our reading."
            ),
        ),
        evidence=(
            paraphrased(
                "apk-inform-barley-iran-2023",
                "context",
                (
                    "Official statistics: Kazakh barley exports to Iran were about 200,000 tonnes in 2023 and "
                    "408,800 tonnes in 2022."
                ),
                "Earlier years only.",
                figure=BARLEY_2023,
            ),
            paraphrased(
                "astanatimes-2024-12-06-grain-exports",
                "context",
                (
                    "The prime minister's office said new-harvest grain deliveries to Iran rose from 10,000 to "
                    "299,000 tonnes on the same point of the previous season, counting to the end of November "
                    "2024."
                ),
                "All grain, the 2024 harvest's first months of export, not the calendar year.",
            ),
        ),
    ),
    claim(
        "kazakh-exports-to-iran-nearly-tripled-in-2025",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The Astana Times",
        topic="trade",
        text="Trade growth in 2025 was driven mainly by a nearly threefold increase in Kazakh exports to Iran.",
        quote=(
            "Growth was driven primarily by a nearly threefold increase in Kazakh exports, particularly of "
            "barley, wheat, cotton, and processed agricultural products."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. We searched for Kazakh or Iranian customs data for 2025 broken down by "
            "direction and found none. The only official 2025 figures we found are for total trade (Nurtleu: "
            "$129 million in January–March, up 82%; Tokayev: up 40% in January–October)."
        ),
        publish=True,
        figure=figure(
            "3",
            "times",
            "first nine months of 2025 (our reading: the sentence follows that figure)",
            qualifier="nearly",
            start=D(2025, 1, 1),
            end=D(2025, 9, 30),
            note="The article does not state the period for this figure; the dates are our reading.",
        ),
        evidence=(
            paraphrased(
                "anewz-nurtleu-araghchi-visit",
                "context",
                "Nurtleu: trade rose 82% in the first quarter of 2025, to $129 million.",
                "Total trade only.",
            ),
        ),
        change_note=(
            "Re-rated from In review to Unverifiable after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "iranian-imports-showed-moderate-decline",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The Astana Times",
        topic="trade",
        text="In 2025 'Iranian imports' declined moderately, while some food and industrial goods grew.",
        quote=(
            "At the same time, Iranian imports showed a moderate decline but growth in select food and "
            "industrial goods."
        ),
        status="in_review",
        review_note=(
            "Not published yet. The sentence is ambiguous: 'Iranian imports' could mean Kazakhstan's imports "
            "from Iran or Iran's imports from Kazakhstan, and the article's previous sentence says Kazakh "
            "exports nearly tripled. We found no customs data for 2025 broken down by direction. It needs the "
            "paper's clarification and a statistical source."
        ),
        evidence=(),
    ),
    claim(
        "85-percent-of-europe-china-land-cargo-transits-kazakhstan",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="transport",
        text="About 85% of land cargo between Europe and China transits through Kazakhstan.",
        quote=(
            "Approximately 85% of land cargo between Europe and China transits through Kazakhstan, "
            "strengthening the relevance of the North-South corridor and the Kazakhstan-Turkmenistan-Iran "
            "railway."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this independently. The figure is the Kazakh government's own: Tokayev "
            "repeated it at the business forum (Eurasian Star), and Kazakhstan's first deputy prime minister "
            "has put the share at 'over 80%' (Trend, June 2025). We found no independent freight statistics "
            "that measure it."
        ),
        publish=True,
        figure=figure(
            "85",
            "percent",
            "share of overland China–Europe cargo; no period given",
            qualifier="about",
        ),
        evidence=(
            paraphrased(
                "eurasianstar-business-forum",
                "context",
                (
                    "Tokayev at the business forum on 11 December: trade last year exceeded $340 million; goals "
                    "of $1 billion first and $2 billion next; Iran invested over $226 million in 20 years; more "
                    "than 350 enterprises set up by Iranian business operate in Kazakhstan; 85% of China–Europe "
                    "cargo passes through Kazakhstan; a terminal is planned at Shahid Rajaee."
                ),
                "Same speaker, same figure.",
            ),
            paraphrased(
                "trend-2025-06-16-sklyar-transit",
                "context",
                (
                    "First deputy prime minister Roman Sklyar said over 80% of overland transport from China to "
                    "Europe goes through Kazakhstan."
                ),
                "Another Kazakh official: 'over 80%'.",
            ),
        ),
    ),
    claim(
        "tokayev-north-south-corridor-and-kti-railway-significant",
        article="presstv-2025-12-11-transport-corridor",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="transport",
        text=(
            "Tokayev singled out the North–South transport corridor and the Kazakhstan–Turkmenistan–Iran "
            "railway as projects of special significance."
        ),
        quote=(
            "He noted that the North-South transport corridor and the Kazakhstan-Turkmenistan-Iran railway "
            "projects “hold special significance, and these projects are “in line with the interests of both "
            "countries.”"
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. Akorda's account of Tokayev's statement (The Astana Times) names the same two projects, "
            "and at the business forum he said the Kazakhstan–Turkmenistan–Iran railway plays a special role "
            "and its freight could double by 2030 (Kazakhstan Today)."
        ),
        publish=True,
        evidence=(
            quoted(
                "astanatimes-2025-12-astana-tehran-partnership",
                "corroborates",
                (
                    "Approximately 85% of land cargo between Europe and China transits through Kazakhstan, "
                    "strengthening the relevance of the North-South corridor and the "
                    "Kazakhstan-Turkmenistan-Iran railway."
                ),
                "Same two projects, Kazakh record.",
            ),
            paraphrased(
                "ktkz-2025-12-11-business-forum",
                "corroborates",
                (
                    "Tokayev told the business forum the Kazakhstan–Turkmenistan–Iran railway has a special "
                    "role and its freight could double by 2030."
                ),
                "Same railway at the forum.",
            ),
        ),
    ),
    claim(
        "iran-allocated-land-to-kazakhstan-at-shahid-rajaee-port",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="transport",
        text="Iran has allocated land to Kazakhstan at the Shahid Rajaee port in Bandar Abbas.",
        quote=(
            "He expressed gratitude to Iran for allocating land to Kazakhstan at the Shahid Rajaee port in "
            "Bandar Abbas."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. Iran's ambassador to Kazakhstan has said Iran allocated 15 hectares in Bandar "
            "Abbas port for a Kazakh trade terminal; in April 2024 he added that construction was delayed and "
            "another country was interested in the plot (Kazinform); the Kazakh government had earlier said "
            "Iran agreed to reserve the land (Prime Minister's website). Those sources name Bandar Abbas port, "
            "not Shahid Rajaee specifically, and at the business forum Tokayev still described the terminal as "
            "planned (Eurasian Star)."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "kazinform-2024-04-30-bandar-abbas-terminal",
                "corroborates",
                (
                    "Iran's ambassador said Iran had allocated 15 hectares in Bandar Abbas port for "
                    "Kazakhstan's terminal, that the project was delayed, and that another country wanted the "
                    "plot."
                ),
                "An Iranian official: 15 hectares allocated.",
            ),
            paraphrased(
                "primeminister-kz-bandar-abbas-land",
                "corroborates",
                (
                    "During the trade minister's visit Iran agreed to reserve 15 hectares at Bandar Abbas port "
                    "for a Kazakh dry terminal."
                ),
                "Kazakh government: land reserved.",
            ),
            paraphrased(
                "eurasianstar-business-forum",
                "context",
                (
                    "Tokayev at the business forum on 11 December: trade last year exceeded $340 million; goals "
                    "of $1 billion first and $2 billion next; Iran invested over $226 million in 20 years; more "
                    "than 350 enterprises set up by Iranian business operate in Kazakhstan; 85% of China–Europe "
                    "cargo passes through Kazakhstan; a terminal is planned at Shahid Rajaee."
                ),
                "Terminal still planned in December 2025.",
            ),
        ),
        change_note=(
            "Re-rated from Unverifiable to Partly verified after an audit against sources beyond the articles "
            "the register started from."
        ),
    ),
    claim(
        "joint-free-economic-zone-in-mangystau-proposed",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="trade",
        text="Tokayev welcomed a proposal for a joint free economic zone in Kazakhstan's Mangystau Region.",
        quote=(
            "He welcomed the proposal to establish a joint free economic zone in the Mangystau Region, which "
            "would allow production of finished goods from Iranian raw materials for export across the region."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this independently. Only Kazakh-side accounts of Tokayev's remarks mention a "
            "joint free economic zone in Mangystau; Alwaght lists 'joint free trade zones' among subjects under "
            "discussion without naming a place. We found no Iranian statement of the proposal, no agreement and "
            "no timetable."
        ),
        publish=True,
        evidence=(
            quoted(
                "alwaght-2025-12-pezeshkian-central-asia-tour",
                "context",
                (
                    "The visit builds upon ongoing regional engagement, advancing discussions in areas such as "
                    "joint free trade zones, border markets, energy contracts, and cross-border infrastructure."
                ),
                "Free trade zones under discussion; no place named.",
            ),
        ),
    ),
    claim(
        "business-forum-held-in-astana-on-thursday",
        article="presstv-2025-12-11-transport-corridor",
        visit="pezeshkian-astana-2025-12",
        speaker="Press TV",
        topic="trade",
        text="Pezeshkian spoke at a joint Iran–Kazakhstan business forum in Astana on Thursday, 11 December 2025.",
        quote=(
            "During a joint Iran-Kazakhstan business forum on Thursday in Astana, Pezeshkian emphasized the "
            "strategic position of Iran and Kazakhstan in the regional transport network, describing "
            "transportation as “the engine of economic development” for both countries."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. Kazakh accounts of Tokayev's own speech (Eurasian Star; Kazakhstan Today) place the "
            "Kazakh-Iranian business forum in Astana on 11 December 2025, with both presidents taking part."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "eurasianstar-business-forum",
                "corroborates",
                (
                    "Tokayev at the business forum on 11 December: trade last year exceeded $340 million; goals "
                    "of $1 billion first and $2 billion next; Iran invested over $226 million in 20 years; more "
                    "than 350 enterprises set up by Iranian business operate in Kazakhstan; 85% of China–Europe "
                    "cargo passes through Kazakhstan; a terminal is planned at Shahid Rajaee."
                ),
                "Forum on 11 December with both presidents.",
            ),
            paraphrased(
                "ktkz-2025-12-11-business-forum",
                "corroborates",
                ("Report of Tokayev's speech at the Kazakh-Iranian business forum, datelined Astana, 11 December."),
                "Forum datelined Astana, 11 December.",
            ),
        ),
    ),
    claim(
        "kazakhstan-a-strategic-partner-with-no-limitations",
        article="presstv-2025-12-11-transport-corridor",
        visit="pezeshkian-astana-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="diplomacy",
        text=(
            "Pezeshkian called Kazakhstan a strategic partner and said Tehran has no limitations on developing "
            "relations with it."
        ),
        quote=(
            "Pezeshkian, who is in Astana at the head of a high-ranking delegation, called Kazakhstan a "
            '"strategic partner" for Iran, saying Tehran has no limitations in developing bilateral '
            "relations."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this independently. The remark is reported only by the Iranian presidency's "
            "account of the business forum, which both Press TV and the Tehran Times reproduce; the Kazakh "
            "accounts of the forum we found quote Tokayev, not Pezeshkian. 'Strategic partner' is a "
            "description, not a fact that can be checked."
        ),
        publish=True,
        evidence=(
            quoted(
                "tt-2025-12-12-pezeshkian-tour",
                "context",
                (
                    "Pezeshkian described Kazakhstan as a strategic partner and emphasized that Tehran has no "
                    "limitations on developing relations with Astana."
                ),
                "Same Iranian account; not independent.",
            ),
        ),
        change_note=(
            "Re-rated from Verified to Unverifiable after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "strategic-partner-no-limitations-in-tour-report",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="diplomacy",
        text=(
            "Pezeshkian described Kazakhstan as a strategic partner and said Tehran has no limitations on "
            "developing relations with Astana."
        ),
        quote=(
            "Pezeshkian described Kazakhstan as a strategic partner and emphasized that Tehran has no "
            "limitations on developing relations with Astana."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this independently. It is the same forum remark that Press TV reports, from "
            "the same Iranian presidency account; no Kazakh or other independent record of Pezeshkian's words "
            "was found."
        ),
        publish=True,
        evidence=(
            quoted(
                "presstv-2025-12-11-transport-corridor",
                "context",
                (
                    "Pezeshkian, who is in Astana at the head of a high-ranking delegation, called Kazakhstan a "
                    '"strategic partner" for Iran, saying Tehran has no limitations in developing bilateral '
                    "relations."
                ),
                "Same Iranian account; not independent.",
            ),
        ),
        change_note=(
            "Re-rated from Verified to Unverifiable after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "forum-remark-on-shared-history-quoted-in-different-words",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="diplomacy",
        text=(
            "Pezeshkian told the forum that the two countries' relationship is rooted in shared history, "
            "culture and mutual respect."
        ),
        quote=(
            "“Our relationship is rooted in shared history, longstanding cultural connections, and mutual "
            "respect. This visit symbolizes our enduring friendship and represents a significant step in "
            "expanding economic and commercial cooperation,” he said."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm the wording. The Tehran Times and Press TV give two different English "
            "versions of the same remark; both come from the Iranian presidency's account, so the difference "
            "most likely comes from translation rather than from two different remarks. We found no independent "
            "record of the speech."
        ),
        publish=True,
        evidence=(
            quoted(
                "presstv-2025-12-11-transport-corridor",
                "context",
                (
                    "“Relations between the Islamic Republic of Iran and Kazakhstan are rooted in shared "
                    "history, long-standing culture, and mutual respect between our peoples,” he said adding "
                    "that this visit “symbolizes not only the enduring friendship between our nations but also "
                    "represents a significant step toward expanding economic and trade cooperation.”"
                ),
                "Same account, translated differently.",
            ),
        ),
        change_note=(
            "Re-rated from Partly verified to Unverifiable after an audit against sources beyond the articles "
            "the register started from."
        ),
    ),
    claim(
        "agreements-on-transport-visas-and-customs-achieved",
        article="presstv-2025-12-11-transport-corridor",
        visit="pezeshkian-astana-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="agreements",
        text=(
            "In recent years Iran and Kazakhstan reached agreements on transport, visa facilitation for "
            "business people, and trade and customs cooperation."
        ),
        quote=(
            "Agreements on transportation, visa facilitation for businesspeople, and the development of trade "
            "and customs cooperation are among the achievements that pave the way for a leap in economic "
            "relations."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly right. Transport and customs documents exist: a protocol amending the road transport "
            "agreement was signed in December 2025 (Akorda's list, via The Gulf Observer), and a customs "
            "memorandum was among five signed in Tehran in April 2023 (The Media Line). On visas, each country "
            "introduced 14-day visa-free entry for the other's citizens in 2022, Kazakhstan by government "
            "decree (El.kz) and Iran citing bilateral agreements (TASS, via Russia – Islamic World); we found "
            "no agreement specifically for business people."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "gulfobserver-kz-ir-joint-statement-documents",
                "corroborates",
                (
                    "Citing Akorda, lists eight documents signed in the two presidents' presence: a mutual "
                    "legal assistance agreement in criminal matters, a protocol amending the road transport "
                    "agreement, a foreign-ministry cooperation programme, a 2026–2028 cultural exchange "
                    "programme, and memoranda on intellectual property, transport and logistics, healthcare, "
                    "and media (presidential TV and radio complex with Iran's broadcaster)."
                ),
                "Road-transport protocol and transport memorandum.",
            ),
            paraphrased(
                "themedialine-2023-04-27-five-mous",
                "corroborates",
                (
                    "In April 2023 Iran and Kazakhstan signed five memoranda, including one on customs, and "
                    "agreed to work toward $3 billion in annual trade."
                ),
                "Customs memorandum, 2023.",
            ),
            paraphrased(
                "elkz-2022-07-11-visa-free",
                "corroborates",
                (
                    "Kazakh government decree No. 464 of 7 July 2022 allows Iranian citizens 14 days without a "
                    "visa, up to 42 days in 180."
                ),
                "Visa-free entry for Iranians, by decree.",
            ),
            paraphrased(
                "russia-islworld-2022-10-19-iran-visa-free",
                "corroborates",
                (
                    "The Iranian embassy said Iran would let Kazakh citizens stay 14 days without a visa from "
                    "11 November 2022, citing agreements between the two countries."
                ),
                "Iran's reciprocal visa-free entry.",
            ),
        ),
    ),
    claim(
        "honorary-doctorate-at-nazarbayev-university",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Tehran Times",
        topic="education",
        text="Pezeshkian received an honorary doctorate at Nazarbayev University.",
        quote="Pezeshkian receives honorary doctorate at Nazarbayev University",
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this independently. Every report of the ceremony we found (Tasnim, Nour News, "
            "YJC and others, in English and Persian) relays the Iranian presidency's account; we found no "
            "statement from the university or the Kazakh side in English, Russian or Kazakh. The university's "
            "own website calls it Nazarbayev University, the name in this heading; the same report's body text "
            "and the Persian presidency text say 'Nazarbayev International University'."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "nournews-2025-12-11-doctorate",
                "context",
                (
                    "Pezeshkian was awarded an honorary doctorate at a ceremony at Nazarbayev University in "
                    "Astana on Thursday."
                ),
                "Same Iranian account; names Nazarbayev University.",
            ),
            paraphrased(
                "yjc-2025-12-11-doctorate",
                "context",
                (
                    "On Thursday afternoon Pezeshkian spoke at the ceremony awarding him an honorary doctorate "
                    "of 'Nazarbayev International University'."
                ),
                "Same Iranian account in Persian; names 'Nazarbayev International University'.",
            ),
            paraphrased(
                "nu-edu-kz-official-site",
                "context",
                "The university's own website refers to itself as Nazarbayev University, in Astana.",
                "The institution's own name.",
            ),
        ),
        change_note=(
            "Re-rated from Verified to Unverifiable after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "doctorate-from-nazarbayev-international-university",
        article="presstv-2025-12-11-transport-corridor",
        visit="pezeshkian-astana-2025-12",
        speaker="Press TV",
        topic="education",
        text="Pezeshkian received an honorary doctorate from 'Nazarbayev International University'.",
        quote=(
            "During his visit, Pezeshkian also received an honorary doctorate from Nazarbayev International "
            "University, addressing faculty, researchers, and students."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm the award independently. All reports of the ceremony trace to the Iranian "
            "presidency's account, whose Persian text uses 'Nazarbayev International University'. The "
            "university of that family of names in Astana calls itself Nazarbayev University on its own website, "
            "and we found no institution by the other name, so the name is most likely the presidency's "
            "rendering; but with no account from the university or the Kazakh side, we cannot say which "
            "institution gave the award, or confirm that it did."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "yjc-2025-12-11-doctorate",
                "context",
                "The Persian presidency text names the institution 'Nazarbayev International University'.",
                "Source of the name, same Iranian account.",
            ),
            paraphrased(
                "nu-edu-kz-official-site",
                "context",
                "The university's own website refers to itself as Nazarbayev University.",
                "The institution's own name; a page about a medal, silent on the award.",
            ),
            quoted(
                "tt-2025-12-12-pezeshkian-tour",
                "context",
                "Pezeshkian receives honorary doctorate at Nazarbayev University",
                "Same account: the heading has the right name.",
            ),
        ),
        change_note=(
            "The university's page about a state medal no longer counts as contradicting the award: it is "
            "silent on it and shows only the institution's name; the summary now says what stays unknown."
        ),
    ),
    claim(
        "pezeshkian-visited-kazakhstan-university-medical-center",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Tehran Times",
        topic="health",
        text="Pezeshkian visited the Kazakhstan University Medical Center.",
        quote=(
            "In addition to diplomatic and economic meetings, President Pezeshkian visited the Kazakhstan "
            "University Medical Center and attended a ceremony at Nazarbayev International University, where he "
            "was awarded an honorary doctorate."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. Only the Iranian presidency's accounts mention it; before the trip the "
            "state broadcaster IRIB said he would visit and speak at a Kazakh medical university. We found no "
            "Kazakh report of a visit to a medical centre."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "iribnews-2025-12-10-departure",
                "context",
                (
                    "Besides the talks, Pezeshkian was to visit and speak at a medical university in Kazakhstan "
                    "and attend a meeting of traders."
                ),
                "Plan, same Iranian source.",
            ),
        ),
    ),
    claim(
        "iranian-delegation-brought-27-ancient-manuscripts",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="culture",
        text="The Iranian delegation brought 27 ancient manuscripts on the 18th-century Kazakh Khanate.",
        quote=(
            "He noted that 27 ancient manuscripts brought by the Iranian delegation contain valuable "
            "information on the history, socio-economic situation, and regional dynamics of the Kazakh Khanate "
            "in the 18th century, including data on mineral exploration and early resource extraction in the "
            "Kazakh steppe."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. The Iranian presidency's account confirms that historical documents on the "
            "Kazakh Khanates were shown during the visit (IRIB), and a report written from the event gives the "
            "number 27 (Eurasia24), as does the National Museum's exhibition of them (Kazakhstanskaya Pravda). "
            "But they were copies of documents from the archive of Iran's Foreign Ministry, not original "
            "ancient manuscripts, dated to the 18th century and later. YJC's Persian report renders Akorda's "
            "readout, so it is not counted as a separate confirmation."
        ),
        publish=True,
        figure=figure(
            "27",
            "manuscripts (copies)",
            "brought to Astana, December 2025",
            metric=MANUSCRIPTS,
        ),
        evidence=(
            paraphrased(
                "kazpravda-2025-12-13-manuscripts-exhibition",
                "corroborates",
                (
                    "On 12 December 2025 the National Museum in Astana opened an exhibition, with the Ministry of "
                    "Culture and Information, of copies of 27 eighteenth-century manuscripts on the history of "
                    "the Kazakh Khanate from Iranian archives."
                ),
                "27 copies, shown at the museum.",
                figure=MANUSCRIPT_COPIES,
            ),
            paraphrased(
                "iribnews-2025-12-11-exhibition",
                "corroborates",
                (
                    "On Thursday morning, beside the bilateral meeting, Pezeshkian toured an exhibition of "
                    "Iranian historical documents on Central Asia, the Syrdarya region and the Kazakh Khanates: "
                    "manuscripts, letters, old maps and official papers."
                ),
                "Iranian account: the documents were shown.",
            ),
            paraphrased(
                "eurasia24-visit-manuscripts",
                "corroborates",
                (
                    "Reporting from the visit: Pezeshkian presented copies of rare 18th-century manuscripts, a "
                    "set of 27 copies on the Kazakh Khanate; Tokayev thanked the delegation and instructed that "
                    "an exhibition of the manuscripts be organised in Kazakhstan."
                ),
                "27 copies.",
            ),
            paraphrased(
                "yjc-2025-12-11-manuscripts-exhibition",
                "corroborates",
                (
                    "The two presidents visited an exhibition in Astana of copies of 27 historical documents "
                    "from the archive of Iran's Foreign Ministry, dating from the 18th and 19th centuries; "
                    "Tokayev said the exhibition would be presented to the public."
                ),
                "27 copies from Iran's Foreign Ministry archive.",
                figure=MANUSCRIPT_COPIES,
            ),
            paraphrased(
                "newtimes-kz-manuscripts-expanded-talks",
                "context",
                (
                    "Citing Akorda: the Iranian side handed over copies of ancient manuscripts relating to "
                    "Kazakh history."
                ),
                "Same Kazakh source as the article: copies.",
            ),
        ),
    ),
    claim(
        "pezeshkian-toured-exhibition-of-iranian-documents",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Tehran Times",
        topic="culture",
        text=(
            "During the visit Pezeshkian toured an exhibition of historical Iranian documents on Central Asia "
            "and the Kazakh Khanates."
        ),
        quote=(
            "As part of his visit, President Pezeshkian toured an exhibition of historical Iranian documents "
            "related to Central Asia, the broader Syrdarya region, and the Kazakh Khanates."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. Akorda's account of the event, in YJC's Persian rendering, says Tokayev and Pezeshkian "
            "together visited an exhibition in Astana of copies of 27 historical documents from Iran's Foreign "
            "Ministry archive, and Eurasia24, reporting from the event, describes the copies being presented. "
            "The public exhibition Tokayev asked his ministry to organise (The Astana Times) is a later, "
            "separate step."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "yjc-2025-12-11-manuscripts-exhibition",
                "corroborates",
                (
                    "The two presidents visited an exhibition in Astana of copies of 27 historical documents "
                    "from the archive of Iran's Foreign Ministry, dating from the 18th and 19th centuries; "
                    "Tokayev said the exhibition would be presented to the public."
                ),
                "Both presidents visited the exhibition.",
            ),
            paraphrased(
                "eurasia24-visit-manuscripts",
                "corroborates",
                (
                    "Reporting from the visit: Pezeshkian presented copies of rare 18th-century manuscripts, a "
                    "set of 27 copies on the Kazakh Khanate; Tokayev thanked the delegation and instructed that "
                    "an exhibition of the manuscripts be organised in Kazakhstan."
                ),
                "The copies were presented.",
            ),
            quoted(
                "astanatimes-2025-12-astana-tehran-partnership",
                "context",
                (
                    "Tokayev instructed Kazakhstan’s Ministry of Culture and Information, together with Iranian "
                    "partners, to organize an exhibition of ancient manuscripts presented by Iran."
                ),
                "A further, public exhibition was ordered.",
            ),
        ),
        change_note=(
            "Re-rated from Partly verified to Verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "tokayev-ordered-exhibition-of-the-manuscripts",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="culture",
        text=(
            "Tokayev instructed Kazakhstan's Ministry of Culture and Information to organise, with Iranian "
            "partners, an exhibition of the manuscripts presented by Iran."
        ),
        quote=(
            "Tokayev instructed Kazakhstan’s Ministry of Culture and Information, together with Iranian "
            "partners, to organize an exhibition of ancient manuscripts presented by Iran."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. Eurasia24, reporting from the event, says Tokayev instructed that an exhibition of the "
            "Iranian manuscripts be organised in Kazakhstan (YJC's Persian rendering of Akorda's readout, the "
            "article's own source, has the same words). No date for it was given; the National Museum opened "
            "one the next day (Kazakhstanskaya Pravda)."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "kazpravda-2025-12-13-manuscripts-exhibition",
                "context",
                (
                    "On 12 December 2025 the National Museum in Astana opened an exhibition, with the Ministry of "
                    "Culture and Information, of copies of 27 eighteenth-century manuscripts on the history of "
                    "the Kazakh Khanate from Iranian archives."
                ),
                "The exhibition that followed.",
            ),
            paraphrased(
                "eurasia24-visit-manuscripts",
                "corroborates",
                (
                    "Reporting from the visit: Pezeshkian presented copies of rare 18th-century manuscripts, a "
                    "set of 27 copies on the Kazakh Khanate; Tokayev thanked the delegation and instructed that "
                    "an exhibition of the manuscripts be organised in Kazakhstan."
                ),
                "The instruction.",
            ),
            paraphrased(
                "yjc-2025-12-11-manuscripts-exhibition",
                "corroborates",
                (
                    "The two presidents visited an exhibition in Astana of copies of 27 historical documents "
                    "from the archive of Iran's Foreign Ministry, dating from the 18th and 19th centuries; "
                    "Tokayev said the exhibition would be presented to the public."
                ),
                "His promise to show it to the public.",
            ),
        ),
        change_note=(
            "Re-rated from Unverifiable to Verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "friendly-relations-since-kazakhstan-independence",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="history",
        text="Pezeshkian said the two countries have had friendly relations since Kazakhstan's independence.",
        quote=(
            "He also noted that friendly relations have existed between the two countries since Kazakhstan’s "
            "independence and stressed the strategic importance of close relations with neighboring nations."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed in substance. Kazinform's account of the talks has Pezeshkian saying the countries' ties "
            "were never interrupted, even before Kazakhstan's independence. Diplomatic relations date from 29 "
            "January 1992 (Kazinform), six weeks after Kazakhstan adopted its independence law on 16 December "
            "1991 (Kazinform). 'Friendly' is a description, not something we can check."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "qazinform-2025-12-11-pezeshkian-trade",
                "corroborates",
                (
                    "Kazinform reports Pezeshkian saying the countries' ties date back to the Silk Road and "
                    "were never interrupted, even before Kazakhstan became independent."
                ),
                "His words, Kazakh record.",
            ),
            paraphrased(
                "kazinform-2019-03-12-diplomatic-relations",
                "corroborates",
                (
                    "Kazakhstan and Iran established diplomatic relations on 29 January 1992; Iran's ambassador "
                    "said Iran opened its embassy that day."
                ),
                "Relations from 29 January 1992.",
            ),
            paraphrased(
                "kazinform-independence-day",
                "corroborates",
                (
                    "Kazakhstan's Supreme Council adopted the Constitutional Law on State Independence on 16 "
                    "December 1991."
                ),
                "Independence on 16 December 1991.",
            ),
        ),
    ),
    claim(
        "diplomatic-relations-established-january-1992",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The Astana Times",
        topic="history",
        text="Diplomatic relations between Kazakhstan and Iran were established in January 1992.",
        quote="Diplomatic relations between Kazakhstan and Iran were established in January 1992.",
        status="verified",
        verdict_summary=(
            "Confirmed. Kazinform gives 29 January 1992 as the date diplomatic relations were established, and "
            "Iran's ambassador said in 2019 that Iran opened its embassy that day."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "kazinform-2019-03-12-diplomatic-relations",
                "corroborates",
                "Kazakhstan and Iran established diplomatic relations on 29 January 1992.",
                "29 January 1992.",
            ),
        ),
        change_note=(
            "The Russian-language Kazinform report of the expanded talks could not be found again and is no "
            "longer cited; the verdict rests on Kazinform's 2019 report and the ambassador's words."
        ),
    ),
    claim(
        "more-than-15-high-level-visits-since-the-1990s",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The Astana Times",
        topic="history",
        text="More than 15 high-level visits between Kazakhstan and Iran have taken place since the 1990s.",
        quote=(
            "Since the 1990s, more than 15 high-level visits to strengthen bilateral dialogue have been held "
            "between the two countries."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. We searched for a list or an official count of the high-level visits "
            "between the two countries since the 1990s and found none: the reports we found name single visits, "
            "not a total."
        ),
        publish=True,
        change_note="Removed Izvestia's similar count of state visits: we could not find its report again.",
        figure=figure(
            "15",
            "visits",
            "since the 1990s",
            qualifier="more_than",
        ),
        evidence=(),
    ),
    claim(
        "june-2022-tehran-visit-produced-24-agreements",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The Astana Times",
        topic="agreements",
        text="Tokayev's visit to Tehran in June 2022 resulted in 24 signed agreements.",
        quote=(
            "Notably, President Tokayev’s visit to Tehran in June 2022 resulted in 24 signed agreements, "
            "commercial deals worth $235 million, and the launch of the first container train along the "
            "Kazakhstan-Turkmenistan-Iran-Türkiye route."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this number. Iran Press reported nine documents signed in the two presidents' "
            "presence during the June 2022 visit, and Press TV 'several'; 24 may also count documents signed "
            "outside the ceremony, but we found no list that adds up to it."
        ),
        publish=True,
        figure=figure(
            "24",
            "documents",
            "Tokayev's visit to Tehran, June 2022",
        ),
        evidence=(
            paraphrased(
                "iranpress-2022-06-nine-documents",
                "context",
                "Nine cooperation documents and memoranda were signed in the presence of Raisi and Tokayev.",
                "Nine in the presidents' presence.",
            ),
            paraphrased(
                "presstv-2022-06-19-tokayev-tehran",
                "context",
                (
                    "During Tokayev's June 2022 visit the presidents set a $3 billion mark for annual trade, "
                    "and the first transit container train from Kazakhstan arrived in Tehran on its way to "
                    "Turkey."
                ),
                "'Several' documents.",
            ),
        ),
        change_note=(
            "Re-rated from In review to Unverifiable after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "june-2022-tehran-visit-deals-worth-235-million",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="The Astana Times",
        topic="trade",
        text=(
            "Tokayev's June 2022 visit to Tehran produced commercial deals worth $235 million and the launch of "
            "the first container train on the Kazakhstan–Turkmenistan–Iran–Türkiye route."
        ),
        quote=(
            "Notably, President Tokayev’s visit to Tehran in June 2022 resulted in 24 signed agreements, "
            "commercial deals worth $235 million, and the launch of the first container train along the "
            "Kazakhstan-Turkmenistan-Iran-Türkiye route."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. The first container train from Kazakhstan to Türkiye through Turkmenistan and "
            "Iran was launched during Tokayev's June 2022 visit, with both presidents taking part (Press TV; "
            "Kazinform). We found no source for commercial deals worth $235 million."
        ),
        publish=True,
        figure=figure(
            "235000000",
            "USD",
            "Tokayev's visit to Tehran, June 2022",
        ),
        evidence=(
            paraphrased(
                "presstv-2022-06-19-tokayev-tehran",
                "corroborates",
                (
                    "During Tokayev's June 2022 visit the presidents set a $3 billion mark for annual trade, "
                    "and the first transit container train from Kazakhstan arrived in Tehran on its way to "
                    "Turkey."
                ),
                "The train.",
            ),
            paraphrased(
                "kazinform-2022-06-20-container-train",
                "corroborates",
                (
                    "Tokayev and Raisi took part online in launching the first container train from Kazakhstan "
                    "to Turkey through Iran; it left Pavlodar and crossed Turkmenistan."
                ),
                "The train.",
            ),
        ),
        change_note=(
            "Re-rated from Unverifiable to Partly verified after an audit against sources beyond the articles "
            "the register started from."
        ),
    ),
    claim(
        "persian-origin-words-around-4-percent-of-kazakh",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="culture",
        text="Tokayev said Persian-origin words make up around 4% of the Kazakh lexicon.",
        quote=(
            "He added that many Persian-origin words – around 4% of the Kazakh lexicon, remain in everyday use today."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. We looked for linguistic studies in English and Russian; an academic "
            "article on shared Kazakh and Persian words (Journal of Oriental Studies, al-Farabi Kazakh National "
            "University) gives no share of the lexicon, and we found no source for 'around 4%'."
        ),
        publish=True,
        figure=figure(
            "4",
            "percent",
            "share of the Kazakh lexicon",
            qualifier="about",
        ),
        evidence=(
            paraphrased(
                "kaznu-journal-kazakh-persian-words",
                "context",
                (
                    "An article examining words common to Kazakh and Persian and their origin; the abstract "
                    "gives no share of the vocabulary."
                ),
                "Studies the shared words; no percentage.",
            ),
        ),
    ),
    claim(
        "more-than-5000-ethnic-kazakhs-in-golestan",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="other",
        text="More than 5,000 ethnic Kazakhs live in Iran's Golestan province.",
        quote="More than 5,000 ethnic Kazakhs currently reside in Iran’s Golestan province.",
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. We found no Iranian census or official count of ethnic Kazakhs by "
            "province. An encyclopedia entry, relying on a 2010 interview with a diaspora representative, gives "
            "about 5,000 in the city of Gorgan and about 10,000 elsewhere in Iran, which fits but is neither "
            "recent nor official."
        ),
        publish=True,
        figure=figure(
            "5000",
            "people",
            "at present (no date given)",
            qualifier="more_than",
        ),
        evidence=(
            paraphrased(
                "wikipedia-iranian-kazakhs",
                "context",
                (
                    "Iranian Kazakhs live mainly in Golestan province; about 5,000 live in the city of Gorgan "
                    "and about 10,000 elsewhere in Iran."
                ),
                "Old, unofficial estimate.",
            ),
        ),
        change_note=(
            "Re-rated from In review to Unverifiable after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "taikazan-crafted-by-tabrizi-master",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="history",
        text=(
            "The Taikazan in the Khoja Ahmed Yasawi Mausoleum was made by the master Abdul-Aziz Sharafuddin Tabrizi."
        ),
        quote=(
            "Tokayev noted that Iranian master Abdul-Aziz Sharafuddin Tabrizi crafted the famous Taikazan in "
            "the Khoja Ahmed Yasawi Mausoleum."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. The state museum that runs the mausoleum site says the cauldron was cast in 1399 and "
            "that its inscription names the master Abd al-Aziz ibn Sharaf ad-Din Tabrizi, that is, 'of Tabriz'. "
            "'Iranian' is a modern description: Tabriz is a city in present-day Iran."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "azretsultan-taikazan",
                "corroborates",
                (
                    "The Taikazan was cast in 1399 on Timur's order; its inscription names the maker as master "
                    "Abdilaziz ibn Sharaf ad-Din Tabrizi."
                ),
                "The inscription names the master.",
            ),
        ),
        change_note=(
            "Re-rated from In review to Verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "kazakh-khans-diplomatic-contacts-with-persian-shahs",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="history",
        text=(
            "Tokayev said Tauke Khan had diplomatic contacts with Shah Sultan Husayn, an Iranian envoy visited "
            "the Kazakh steppe, and Abulkhair Khan sent an ambassador to Nader Shah."
        ),
        quote=(
            "He recalled diplomatic interactions between Tauke Khan and Shah Sultan Husayn, as well as "
            "historical accounts of embassy delegations meeting in Moscow and of an Iranian envoy’s visit to "
            "the Kazakh steppe. Abulkhair Khan also sent an ambassador to Nader Shah, expressing interest in "
            "expanding bilateral contacts."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm these details. We searched historical sources in English and Russian for "
            "contacts between Tauke Khan and Shah Sultan Husayn and for an envoy from Abulkhair Khan to Nader "
            "Shah, and found none; Akorda's account (Zakon.kz) confirms only that Tokayev said it."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "zakon-2025-12-11-joint-statement",
                "context",
                (
                    "In his statement Tokayev cited records of the Kazakh Khanate in Iranian archives, ties "
                    "between Tauke Khan and Shah Sultan Husayn, envoys meeting in Moscow, an Iranian envoy in "
                    "the steppe, and Abulkhair Khan's envoy to Nader Shah."
                ),
                "Confirms he said it, not that it happened.",
            ),
        ),
    ),
    claim(
        "farabi-cultural-and-historical-complex-to-be-built",
        article="astanatimes-2025-12-astana-tehran-partnership",
        visit="pezeshkian-astana-2025-12",
        speaker="Kassym-Jomart Tokayev, President of Kazakhstan",
        topic="culture",
        text=(
            "Kazakhstan and Iran will cooperate on building a cultural and historical complex dedicated to al-Farabi."
        ),
        quote=(
            "The countries will also cooperate on building a cultural and historical complex dedicated to Abu "
            "Nasr al-Farabi."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this independently. Only Akorda-based accounts mention the complex "
            "(NewTimes.kz says a project is being worked out in Kazakhstan); we found no Iranian statement, "
            "site or timetable."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "newtimes-kz-manuscripts-expanded-talks",
                "context",
                (
                    "Citing Akorda: scholars of both countries have begun studying al-Farabi's legacy together, "
                    "and a project for a historical and cultural complex in his honour in Kazakhstan is being "
                    "worked out."
                ),
                "Same Kazakh source as the article.",
            ),
        ),
    ),
    claim(
        "iran-eaeu-free-trade-agreement-to-be-fully-implemented",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="trade",
        text=(
            "Pezeshkian said fully implementing the Iran–Eurasian Economic Union free trade agreement would "
            "create further opportunities."
        ),
        quote=(
            "Pezeshkian also underscored the need to resolve banking and financial connectivity challenges to "
            "facilitate trade and noted that fully implementing the Iran-Eurasian Economic Union free trade "
            "agreement will create further opportunities for economic expansion."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. The Iran–Eurasian Economic Union free trade agreement was to take effect on 15 May 2025, "
            "replacing an interim deal (the Eurasian Economic Commission, via Kursiv, in March 2025), and in "
            "August the Commission's chairman spoke of it as fully in force (Tehran Times). Kazinform's account "
            "of the talks has Pezeshkian pressing for more trade with Kazakhstan through the union. How much it "
            "will add is his expectation, not something we can check."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "kursiv-2025-03-18-eaeu-iran-fta",
                "corroborates",
                (
                    "The Eurasian Economic Commission's trade minister said the Iran–EAEU free trade agreement "
                    "would take effect on 15 May 2025, replacing the 2018 interim agreement."
                ),
                "The agreement exists, with the date it was to take effect.",
            ),
            paraphrased(
                "tehrantimes-2025-08-02-eaeu-roadmap",
                "corroborates",
                (
                    "The Eurasian Economic Commission's chairman, Bakytzhan Sagintayev, told Iran's ambassador that "
                    "the full implementation of the free trade agreement had taken trade relations to a new level, "
                    "and that a roadmap for carrying it out in 2025–2028 was being prepared."
                ),
                "The agreement in force, by the Commission's own account.",
            ),
            paraphrased(
                "qazinform-2025-12-11-pezeshkian-trade",
                "corroborates",
                (
                    "Pezeshkian expressed Iran's interest in expanding trade with Kazakhstan through the "
                    "Eurasian Economic Union."
                ),
                "He raised trade through the union.",
            ),
        ),
        change_note=(
            "The Kursiv report gave the date the agreement was to take effect; the Eurasian Economic "
            "Commission's own account of it in force (Tehran Times, 2 August 2025) is now cited beside it."
        ),
    ),
    claim(
        "visit-to-astana-at-tokayev-invitation",
        article="alwaght-2025-12-pezeshkian-central-asia-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Alwaght",
        topic="diplomacy",
        text="Pezeshkian went to Astana on an official visit at the invitation of President Tokayev.",
        quote=(
            "Iranian President Masoud Pezeshkian departed Tehran for Astana, Kazakhstan, on Wednesday at the "
            "invitation of President Kassym-Jomart Tokayev."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. Kazakh sources confirm it was an official visit (Kazakhstanskaya Pravda; Tokayev "
            "called it 'your first official visit'). That it was at Tokayev's invitation is stated only in "
            "Iranian accounts (Alwaght, IRIB, the presidency's deputy Mehdi Sanaei); we found no Kazakh text "
            "saying so, though official visits are normally made at the host's invitation."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "kazpravda-2025-12-12-official-visit",
                "corroborates",
                (
                    "Pezeshkian arrived on an official visit, his first to Kazakhstan; the welcome ceremony was "
                    "held in Akorda in the first half of the day, followed by a narrow-format meeting; Tokayev "
                    "called it his first official visit."
                ),
                "Official visit, Kazakh record.",
            ),
            paraphrased(
                "tt-2025-12-09-sanaei-trip-announcement",
                "context",
                (
                    "Sanaei said the visit came at the Kazakh president's invitation and would be an official "
                    "bilateral trip."
                ),
                "Invitation, Iranian source only.",
            ),
        ),
        change_note=(
            "Re-rated from Unverifiable to Partly verified after an audit against sources beyond the articles "
            "the register started from."
        ),
    ),
    claim(
        "ashgabat-conference-named-international-conference-on-peace-and-trust",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-ashgabat-2025-12",
        speaker="Tehran Times",
        topic="diplomacy",
        text="The event Pezeshkian attended in Ashgabat was the 'International Conference on Peace and Trust'.",
        quote=(
            "After concluding his engagements in Kazakhstan, President Pezeshkian traveled to Ashgabat, "
            "Turkmenistan, to participate in the International Conference on Peace and Trust."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly right. The event is correctly identified, but the name is not the host's: the Turkmen "
            "president's press service (via Trend) calls it the International Forum on Peace and Trust, and "
            "Turkmenistan's education ministry describes the forum of 12 December 2025 as marking the "
            "International Year of Peace and Trust and the 30th anniversary of Turkmenistan's neutrality; one "
            "report gives its full title as 'Peace and Trust: Unity of Goals for a Sustainable Future' (EIR). "
            "'Conference' is the Iranian presidency's rendering."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "trend-menafn-2025-12-11-gurbanguly-meeting",
                "corroborates",
                (
                    "Datelined Ashgabat, 11 December, citing the Turkmen president's press service: Pezeshkian "
                    "and Gurbanguly Berdimuhamedov, Chairman of the Halk Maslahaty, met on the sidelines of the "
                    "International Forum on Peace and Trust."
                ),
                "The event, under the host's name.",
            ),
            paraphrased(
                "bilim-tm-2025-12-12-forum",
                "context",
                (
                    "The international forum was held in Ashgabat on 12 December; President Serdar "
                    "Berdimuhamedov welcomed the guests and the plenary was continued under Gurbanguly "
                    "Berdimuhamedov's chairmanship."
                ),
                "Official description.",
            ),
            paraphrased(
                "eir-2025-12-ashgabat-forum",
                "context",
                (
                    "Describes the forum of 11–12 December 2025, titled 'Peace and Trust: Unity of Goals for a "
                    "Sustainable Future', with 17 attending nations, and Putin's meeting with Pezeshkian there."
                ),
                "Full title.",
            ),
            quoted(
                "alwaght-2025-12-pezeshkian-central-asia-tour",
                "context",
                (
                    "Following his official visit to Kazakhstan, President Pezeshkian will continue to "
                    "Turkmenistan to attend the World Conference on Dialogue for Peace and Trust in Ashgabat, "
                    "at the invitation of President Serdar Berdimuhamedov."
                ),
                "Another Iranian rendering of the name.",
            ),
        ),
        change_note=(
            "Re-rated from Disputed to Partly verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "ashgabat-conference-named-world-conference-on-dialogue-for-peace-and-trust",
        article="alwaght-2025-12-pezeshkian-central-asia-tour",
        visit="pezeshkian-ashgabat-2025-12",
        speaker="Alwaght",
        topic="diplomacy",
        text="The event in Ashgabat was the 'World Conference on Dialogue for Peace and Trust'.",
        quote=(
            "Following his official visit to Kazakhstan, President Pezeshkian will continue to Turkmenistan to "
            "attend the World Conference on Dialogue for Peace and Trust in Ashgabat, at the invitation of "
            "President Serdar Berdimuhamedov."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly right. The event exists, but no other source uses 'World Conference on Dialogue for Peace "
            "and Trust'. The host called it the International Forum on Peace and Trust (the Turkmen president's "
            "press service, via Trend), held on 12 December 2025 (Turkmenistan's education ministry)."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "trend-menafn-2025-12-11-gurbanguly-meeting",
                "corroborates",
                (
                    "Datelined Ashgabat, 11 December, citing the Turkmen president's press service: Pezeshkian "
                    "and Gurbanguly Berdimuhamedov, Chairman of the Halk Maslahaty, met on the sidelines of the "
                    "International Forum on Peace and Trust."
                ),
                "The event, under the host's name.",
            ),
            paraphrased(
                "bilim-tm-2025-12-12-forum",
                "context",
                (
                    "The international forum was held in Ashgabat on 12 December; President Serdar "
                    "Berdimuhamedov welcomed the guests and the plenary was continued under Gurbanguly "
                    "Berdimuhamedov's chairmanship."
                ),
                "Official description.",
            ),
        ),
        change_note=(
            "Re-rated from Disputed to Partly verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "pezeshkian-met-president-gurbanguly-berdimuhamedov",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-ashgabat-2025-12",
        speaker="Tehran Times",
        topic="diplomacy",
        text=(
            "Before the Ashgabat forum, Pezeshkian met Gurbanguly Berdimuhamedov, whom the report calls 'President'."
        ),
        quote="Ahead of the conference, he met with President Gurbanguly Berdimuhamedov.",
        status="partly_verified",
        verdict_summary=(
            "Partly right: the meeting happened, the title is wrong. The Turkmen president's press service (via "
            "Trend) reports that Gurbanguly Berdimuhamedov, Chairman of the Halk Maslahaty (People's Council), "
            "met Pezeshkian in Ashgabat on 11 December, the eve of the forum; Iranian reports add that it was "
            "in the evening and call him 'National Leader'. He has not been President since March 2022, when "
            "his son Serdar took office (AP). Iranian accounts also describe a separate meeting with President "
            "Serdar Berdimuhamedov, at which Pezeshkian raised past agreements; this report merges the two "
            "meetings."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "trend-menafn-2025-12-11-gurbanguly-meeting",
                "corroborates",
                (
                    "Datelined Ashgabat, 11 December, citing the Turkmen president's press service: Pezeshkian "
                    "and Gurbanguly Berdimuhamedov, Chairman of the Halk Maslahaty, met on the sidelines of the "
                    "International Forum on Peace and Trust."
                ),
                "The meeting, Turkmen record.",
            ),
            paraphrased(
                "bilim-tm-2025-12-12-forum",
                "corroborates",
                (
                    "The international forum was held in Ashgabat on 12 December; President Serdar "
                    "Berdimuhamedov welcomed the guests and the plenary was continued under Gurbanguly "
                    "Berdimuhamedov's chairmanship."
                ),
                "The forum was the next day.",
            ),
            paraphrased(
                "ifp-2025-12-12-gurbanguly-meeting",
                "context",
                (
                    "Pezeshkian met Turkmenistan's National Leader and Chairman of the People's Council, "
                    "Gurbanguly Berdimuhamedov, on Thursday evening after arriving that day, and thanked him "
                    "for the official invitation to the conference."
                ),
                "Same Iranian account: evening, 'National Leader'.",
            ),
            paraphrased(
                "independent-ap-2022-03-19-serdar-inauguration",
                "contradicts",
                (
                    "Serdar Berdimuhamedov was inaugurated as president on 19 March 2022, succeeding his father "
                    "Gurbanguly, who had stepped down."
                ),
                "The title: Serdar is President.",
            ),
        ),
        change_note=(
            "Re-rated from False to Partly verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "pezeshkian-urged-implementation-of-past-agreements-in-ashgabat",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-ashgabat-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="diplomacy",
        text=(
            "In Ashgabat, Pezeshkian called for full implementation of past Iran–Turkmenistan agreements, in "
            "the meeting the report describes as with 'President Gurbanguly Berdimuhamedov'."
        ),
        quote=(
            "“Full implementation of past agreements requires guidance and follow-up to ensure shared benefits "
            "for both nations,” Pezeshkian stated."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this independently, and the report places it in the wrong meeting. The remark "
            "appears only in the Iranian presidency's accounts, and another of them (Al-Alam, in Arabic) places "
            "the call to follow up past agreements in Pezeshkian's meeting with President Serdar "
            "Berdimuhamedov, not with Gurbanguly Berdimuhamedov. We found no Turkmen account of the meeting "
            "with Serdar Berdimuhamedov."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "alalam-ashgabat-forum-meetings",
                "context",
                (
                    "In his meeting with President Serdar Berdimuhamedov, Pezeshkian stressed following up "
                    "agreements signed between Tehran and Ashgabat, notably on gas, transport, economy and "
                    "culture; he also met Gurbanguly Berdimuhamedov and praised the forum initiative."
                ),
                "Same Iranian account: a different meeting.",
            ),
            quoted(
                "tt-2025-12-12-pezeshkian-tour",
                "context",
                "Ahead of the conference, he met with President Gurbanguly Berdimuhamedov.",
                "The report's framing of the meeting.",
            ),
        ),
        change_note=(
            "The Turkish-language Mehr account could not be found again and is no longer cited; the Al-Alam "
            "account carries the finding."
        ),
    ),
    claim(
        "invited-to-ashgabat-by-president-serdar-berdimuhamedov",
        article="alwaght-2025-12-pezeshkian-central-asia-tour",
        visit="pezeshkian-ashgabat-2025-12",
        speaker="Alwaght",
        topic="diplomacy",
        text="Pezeshkian went to Ashgabat at the invitation of Turkmenistan's President, Serdar Berdimuhamedov.",
        quote=(
            "Following his official visit to Kazakhstan, President Pezeshkian will continue to Turkmenistan to "
            "attend the World Conference on Dialogue for Peace and Trust in Ashgabat, at the invitation of "
            "President Serdar Berdimuhamedov."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this, and the reports we found do not show it false either. Turkmenistan "
            "invited Pezeshkian more than once: Gurbanguly Berdimuhamedov, Chairman of the People's "
            "Council, did so in a phone call on 10 February 2025 and promised an official invitation (nCa), "
            "Iranian accounts have Pezeshkian thanking him for it (Tehran Times; IFP), and the foreign minister "
            "also conveyed one (Mehr). President Serdar Berdimuhamedov was the forum's host (EIR) and personally "
            "invited at least one other president, Vladimir Putin, to a forum whose guest list included Iran's "
            "president (TASS, via Yeniçağ). None of these says who signed the invitation Pezeshkian travelled on, "
            "so none shows that the President did not invite him; we found no report that he did."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "newscentralasia-2025-02-11-invitation",
                "context",
                (
                    "In the 10 February 2025 call, Gurbanguly Berdimuhamedov invited Pezeshkian to the "
                    "International Forum of Peace and Trust in Ashgabat on 12 December 2025 and said an "
                    "official invitation would follow."
                ),
                "Invitation from Gurbanguly, Turkmen record.",
            ),
            paraphrased(
                "tt-2025-02-11-gurbanguly-call",
                "context",
                (
                    "Pezeshkian thanked the National Leader, Gurbanguly Berdimuhamedov, for inviting him to the "
                    "Peace and Trust conference; Berdimuhamedov repeated the invitation."
                ),
                "Iranian record of the same call.",
            ),
            paraphrased(
                "ifp-2025-12-12-gurbanguly-meeting",
                "context",
                (
                    "Pezeshkian met Turkmenistan's National Leader and Chairman of the People's Council, "
                    "Gurbanguly Berdimuhamedov, on Thursday evening after arriving that day, and thanked him "
                    "for the official invitation to the conference."
                ),
                "Thanks for the official invitation, in Ashgabat.",
            ),
            paraphrased(
                "mehr-2025-02-meredov-invitation",
                "context",
                (
                    "Turkmenistan's foreign minister invited Pezeshkian to the International Conference on "
                    "Peace and Trust."
                ),
                "The foreign minister also conveyed an invitation.",
            ),
            paraphrased(
                "irna-fr-2024-10-ashgabat-invitation",
                "context",
                (
                    "Pezeshkian's two-day trip to Ashgabat in October 2024 was at the invitation of President "
                    "Serdar Berdimuhamedov."
                ),
                "The October 2024 trip was at Serdar's invitation.",
            ),
            paraphrased(
                "yenicag-tass-forum-participants",
                "context",
                (
                    "Citing TASS: Putin was personally invited by President Serdar Berdimuhamedov; the forum "
                    "was to include the presidents of Iran and other states."
                ),
                "The President did invite some leaders, such as Putin.",
            ),
            paraphrased(
                "eir-2025-12-ashgabat-forum",
                "context",
                (
                    "Putin was met at the airfield by the event's host, President Serdar Berdimuhamedov; 17 "
                    "nations attended the forum of 11–12 December 2025."
                ),
                "The President was the host.",
            ),
        ),
        change_note=(
            "Re-rated from False to Unverifiable: the invitations we cite, from Gurbanguly Berdimuhamedov and "
            "the foreign minister, do not show that President Serdar Berdimuhamedov did not invite Pezeshkian, "
            "and the President hosted the forum and invited other leaders himself."
        ),
    ),
    claim(
        "ashgabat-summit-brought-together-leaders-of-un-member-states",
        article="tt-2025-12-12-pezeshkian-tour",
        visit="pezeshkian-ashgabat-2025-12",
        speaker="Gurbanguly Berdimuhamedov, Chairman of the People's Council of Turkmenistan",
        topic="diplomacy",
        text="The Ashgabat peace forum brought together leaders from UN member states.",
        quote=(
            "President Berdimuhamedov expressed satisfaction with the growing warmth of Turkmenistan-Iran "
            "relations and highlighted his country’s role in convening the peace summit, which brought together "
            "leaders from UN member states."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. Leaders of many UN member states attended: the presidents of Russia, Türkiye, Iran and "
            "the Central Asian states, and several prime ministers, 17 nations in all by one count (EIR; TASS "
            "via Yeniçağ; a MENAFN commentary). The report gives the remark to the Berdimuhamedov whom "
            "Pezeshkian met before the conference, Gurbanguly, under the title of President he no longer "
            "holds; we found no other account of the remark, so the speaker stays as the report has it."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "eir-2025-12-ashgabat-forum",
                "corroborates",
                (
                    "Describes the forum of 11–12 December 2025, titled 'Peace and Trust: Unity of Goals for a "
                    "Sustainable Future', with 17 attending nations, and Putin's meeting with Pezeshkian there."
                ),
                "17 nations.",
            ),
            paraphrased(
                "menafn-forum-participants-oped",
                "corroborates",
                (
                    "Attendees included Putin, Erdogan, Pezeshkian, the leaders of Kazakhstan, Uzbekistan, "
                    "Kyrgyzstan and Tajikistan, and the prime ministers of Azerbaijan, Georgia and Pakistan, "
                    "among others."
                ),
                "Who attended.",
            ),
            paraphrased(
                "yenicag-tass-forum-participants",
                "corroborates",
                (
                    "Citing TASS: the presidents of Armenia, Iran, Iraq, Kazakhstan, Kyrgyzstan, Türkiye, "
                    "Uzbekistan and Tajikistan and several prime ministers were to attend."
                ),
                "Expected heads of state and government.",
            ),
        ),
        change_note=(
            "Speaker restored to Gurbanguly Berdimuhamedov, as the report has it: the Turkish-language Mehr "
            "account that gave the remark to President Serdar Berdimuhamedov could not be found again, so it no "
            "longer supports the change."
        ),
    ),
    claim(
        "pezeshkian-to-address-ashgabat-conference",
        article="alwaght-2025-12-pezeshkian-central-asia-tour",
        visit="pezeshkian-ashgabat-2025-12",
        speaker="Alwaght",
        topic="diplomacy",
        text=(
            "Pezeshkian was to deliver an official address at the Ashgabat forum and hold bilateral meetings "
            "with other leaders there."
        ),
        quote=(
            "Pezeshkian is scheduled to deliver an official address at the conference and hold bilateral "
            "meetings with other attending heads of state and government, aiming to foster practical dialogue "
            "on peace and trust."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. Independent reports confirm bilateral meetings on the sidelines: with Gurbanguly "
            "Berdimuhamedov (the Turkmen president's press service, via Trend) and with Vladimir Putin (EIR). "
            "His speech to the forum is reported by the Iranian state channel Al-Alam; Turkmen accounts say "
            "heads of state and government spoke at the plenary without naming them."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "trend-menafn-2025-12-11-gurbanguly-meeting",
                "corroborates",
                (
                    "Datelined Ashgabat, 11 December, citing the Turkmen president's press service: Pezeshkian "
                    "and Gurbanguly Berdimuhamedov, Chairman of the Halk Maslahaty, met on the sidelines of the "
                    "International Forum on Peace and Trust."
                ),
                "A bilateral meeting.",
            ),
            paraphrased(
                "eir-2025-12-ashgabat-forum",
                "corroborates",
                (
                    "Describes the forum of 11–12 December 2025, titled 'Peace and Trust: Unity of Goals for a "
                    "Sustainable Future', with 17 attending nations, and Putin's meeting with Pezeshkian there."
                ),
                "Meeting with Putin.",
            ),
            paraphrased(
                "alalam-ashgabat-forum-meetings",
                "context",
                (
                    "Pezeshkian addressed the Peace and Trust forum in Ashgabat, saying peace needs redefining "
                    "away from the logic of force."
                ),
                "The speech, Iranian source.",
            ),
            paraphrased(
                "bilim-tm-2025-12-12-forum",
                "context",
                (
                    "The international forum was held in Ashgabat on 12 December; President Serdar "
                    "Berdimuhamedov welcomed the guests and the plenary was continued under Gurbanguly "
                    "Berdimuhamedov's chairmanship."
                ),
                "Heads of state spoke; not named.",
            ),
        ),
        change_note=(
            "Re-rated from Unverified to Partly verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "iran-and-central-asia-share-eco-sco-brics-membership",
        article="alwaght-2025-12-pezeshkian-central-asia-tour",
        visit="pezeshkian-astana-2025-12",
        speaker="Alwaght",
        topic="diplomacy",
        text="Iran and the Central Asian states share membership of the ECO, the SCO and BRICS+.",
        quote=(
            "It underscores Iran’s determined effort to strengthen economic and trade links within Central "
            "Asia, leveraging shared membership in regional organizations like the ECO, SCO, and BRICS+ forums."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly right. Iran and all five Central Asian states are members of the ECO (ECO Educational "
            "Institute). Iran, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan are in the SCO, but "
            "Turkmenistan is not (teleSUR's list of the nine members). Iran was admitted as a full BRICS member "
            "from 1 January 2024 (Mehr), while Kazakhstan and Uzbekistan became only 'partner countries' in "
            "January 2025 (Trend), and "
            "the other three are neither."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "eco-member-states",
                "corroborates",
                (
                    "Lists the ten ECO members, among them Iran, Kazakhstan, Kyrgyzstan, Tajikistan, "
                    "Turkmenistan and Uzbekistan."
                ),
                "ECO: all six.",
            ),
            paraphrased(
                "telesur-2023-07-04-sco-iran",
                "context",
                (
                    "After Iran joined on 4 July 2023 the SCO's nine members were Russia, China, India, "
                    "Pakistan, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and Iran."
                ),
                "SCO: no Turkmenistan.",
            ),
            paraphrased(
                "trend-2024-12-24-brics-partners",
                "context",
                ("Kazakhstan and Uzbekistan were to become BRICS partner states, not members, from 1 January 2025."),
                "BRICS: only two Central Asian partners.",
            ),
            paraphrased(
                "mehr-2023-08-24-brics-membership",
                "context",
                (
                    "At the Johannesburg summit of August 2023 South Africa's president announced that BRICS had "
                    "admitted Iran and five other countries as members from 1 January 2024."
                ),
                "BRICS: Iran a full member.",
            ),
        ),
        change_note=(
            "Cited a source for Iran's full membership of BRICS from January 2024 (Mehr News, 24 August 2023), "
            "which the summary stated without one."
        ),
    ),
    claim(
        "pezeshkian-received-nurtleu-saturday-7-june-2025",
        article="tt-2025-06-07-nurtleu-pezeshkian",
        visit="nurtleu-tehran-2025-06",
        speaker="Tehran Times",
        topic="diplomacy",
        text="Pezeshkian received Murat Nurtleu in Tehran on Saturday morning, 7 June 2025.",
        quote=(
            "In a meeting held in Tehran on Saturday morning, Iranian President Masoud Pezeshkian met with "
            "Kazakhstan’s Deputy Prime Minister and Minister of Foreign Affairs, Murat Nurtleu."
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. Kazakhstan's Foreign Ministry (via Caliber.Az) confirms that Nurtleu held talks "
            "with Pezeshkian in Tehran during an official visit. The date, Saturday 7 June 2025, rests on this "
            "report's dateline and the word 'Saturday'; the Kazakh account we found does not give the day."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "caliber-nurtleu-pezeshkian-talks",
                "corroborates",
                (
                    "Citing Kazakhstan's Foreign Ministry: Pezeshkian and Nurtleu held talks in Tehran during "
                    "Nurtleu's official visit; both sides noted a 50% rise in trade in 2024; Nurtleu also met "
                    "Araghchi."
                ),
                "The meeting, Kazakh record; no date.",
                figure=KZ_MFA_GROWTH_2024,
            ),
        ),
        change_note=(
            "Re-rated from Unverifiable to Partly verified after an audit against sources beyond the articles "
            "the register started from."
        ),
    ),
    claim(
        "nurtleu-deputy-prime-minister-and-foreign-minister-june-2025",
        article="tt-2025-06-07-nurtleu-pezeshkian",
        visit="nurtleu-tehran-2025-06",
        speaker="Tehran Times",
        topic="diplomacy",
        text="In June 2025 Murat Nurtleu was Kazakhstan's Deputy Prime Minister and Minister of Foreign Affairs.",
        quote=(
            "In a meeting held in Tehran on Saturday morning, Iranian President Masoud Pezeshkian met with "
            "Kazakhstan’s Deputy Prime Minister and Minister of Foreign Affairs, Murat Nurtleu."
        ),
        status="verified",
        verdict_summary=(
            "Confirmed. Kazakhstan's Foreign Ministry (via Caliber.Az) and AnewZ both describe Nurtleu as "
            "Deputy Prime Minister and Minister of Foreign Affairs at the time of his official visit to Iran."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "caliber-nurtleu-pezeshkian-talks",
                "corroborates",
                "Names him Kazakhstan's Deputy Prime Minister and Minister of Foreign Affairs.",
                "His offices.",
            ),
            paraphrased(
                "anewz-nurtleu-araghchi-visit",
                "corroborates",
                (
                    "Names Murat Nurtleu as Deputy Prime Minister – Minister of Foreign Affairs on his official "
                    "visit to Iran."
                ),
                "His offices.",
            ),
        ),
        change_note=(
            "Re-rated from In review to Verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
    claim(
        "foreign-ministries-memorandum-signed-in-tehran",
        article="tt-2025-06-07-nurtleu-pezeshkian",
        visit="nurtleu-tehran-2025-06",
        speaker="Tehran Times",
        topic="agreements",
        text=(
            "Nurtleu and Iran's Foreign Minister Abbas Araghchi signed a memorandum of understanding between "
            "the two foreign ministries in Tehran."
        ),
        quote=(
            "The two ministers signed a new memorandum of understanding to strengthen institutional cooperation "
            "between the two foreign ministries."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. Kazakh accounts of Nurtleu's visit report his talks with Foreign "
            "Minister Araghchi (Caliber.Az, AnewZ) but, in the text we found, no memorandum. A cooperation "
            "programme between the two foreign ministries was among the documents signed in December 2025 "
            "(Akorda's list); we found no record of a separate signing in June."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "anewz-nurtleu-araghchi-visit",
                "context",
                "Nurtleu held extensive talks with Araghchi on trade, the Caspian and border regions.",
                "Talks with Araghchi; no document mentioned.",
            ),
            paraphrased(
                "gulfobserver-kz-ir-joint-statement-documents",
                "context",
                (
                    "Citing Akorda, lists eight documents signed in the two presidents' presence: a mutual "
                    "legal assistance agreement in criminal matters, a protocol amending the road transport "
                    "agreement, a foreign-ministry cooperation programme, a 2026–2028 cultural exchange "
                    "programme, and memoranda on intellectual property, transport and logistics, healthcare, "
                    "and media (presidential TV and radio complex with Iran's broadcaster)."
                ),
                "A foreign-ministry programme was signed in December.",
            ),
        ),
    ),
    claim(
        "nurtleu-handed-over-written-message-from-tokayev",
        article="tt-2025-06-07-nurtleu-pezeshkian",
        visit="nurtleu-tehran-2025-06",
        speaker="Tehran Times",
        topic="diplomacy",
        text="Nurtleu handed Pezeshkian a written message from President Tokayev.",
        quote=(
            "Nurtleu also handed over a formal written message from President Tokayev to President Pezeshkian, "
            "expressing hope that it would mark the beginning of a new era in bilateral cooperation."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. The Kazakh Foreign Ministry's account of the meeting (via Caliber.Az) "
            "mentions only that Pezeshkian sent his best wishes to Tokayev; we found no other report of a "
            "written message."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "caliber-nurtleu-pezeshkian-talks",
                "context",
                "At the end of the meeting Pezeshkian conveyed his best wishes to President Tokayev.",
                "No message mentioned.",
            ),
        ),
    ),
    claim(
        "pezeshkian-and-tokayev-phoned-on-thursday-before-eid",
        article="tt-2025-06-07-nurtleu-pezeshkian",
        visit="nurtleu-tehran-2025-06",
        speaker="Tehran Times",
        topic="diplomacy",
        text="Pezeshkian and Tokayev spoke by telephone on the Thursday before Eid al-Adha (5 June 2025).",
        quote=(
            "In the lead-up to Eid al-Adha, President Pezeshkian and President Tokayev held a telephone "
            "conversation on Thursday, exchanging holiday greetings and reaffirming the brotherly ties between "
            "their nations."
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this independently. IRNA reported Pezeshkian's Eid al-Adha calls with several "
            "leaders, Kazakhstan's among them, but that report comes from the same presidential office as this "
            "one, and we found no Kazakh account of the call. The date, Thursday 5 June 2025, is our reading of "
            "'Thursday' in a report dated Saturday 7 June."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "irna-fr-2025-06-eid-calls",
                "context",
                (
                    "Lists the leaders of Tajikistan, Kuwait, Azerbaijan, Türkiye, Iraq and Kazakhstan among "
                    "those who exchanged Eid greetings with Pezeshkian."
                ),
                "Same presidential office; not independent.",
            ),
        ),
    ),
    claim(
        "iaea-confirmed-transparency-of-iran-nuclear-activities",
        article="tt-2025-06-07-nurtleu-pezeshkian",
        visit="nurtleu-tehran-2025-06",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="security",
        text="Pezeshkian said the IAEA has confirmed the transparency of Iran's nuclear activities multiple times.",
        quote=(
            "“We have clearly and repeatedly stated—both in words and in action—that Iran has never pursued "
            "nuclear weapons or any form of weapons of mass destruction,” he said, noting that the "
            "International Atomic Energy Agency (IAEA) has confirmed the transparency of Iran’s nuclear "
            "activities multiple times."
        ),
        status="misleading",
        verdict_summary=(
            "Misleading. The IAEA never spoke of the 'transparency' of Iran's nuclear activities. What it "
            "reported after the 2015 nuclear deal is that Iran was carrying out its commitments under that deal "
            "(for example its Director General in September 2017, via Nuclear Engineering International, and a "
            "quarterly report in August 2018, via Reuters). That part is true, but the claim leaves the "
            "impression of a standing clean bill: in the weeks around this statement the agency reported the "
            "opposite. Its end-of-May 2025 report found undeclared nuclear material and activities, and on 12 "
            "June 2025 its "
            "Board formally found Iran in breach of its safeguards obligations (DW; The National)."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "neimagazine-2017-amano-jcpoa",
                "corroborates",
                (
                    "In September 2017 IAEA Director General Amano told the Board that the nuclear-related "
                    "commitments Iran undertook under the deal were being implemented, under what he called the "
                    "most robust verification regime in existence."
                ),
                "Past confirmations of compliance.",
            ),
            paraphrased(
                "stabroek-reuters-2018-08-31-iaea",
                "corroborates",
                (
                    "An August 2018 IAEA quarterly report found Iran within the deal's main limits and said "
                    "inspectors had the access they needed."
                ),
                "A 2018 quarterly report.",
            ),
            paraphrased(
                "dw-2025-06-12-iaea-board",
                "contradicts",
                (
                    "On 12 June 2025 the IAEA Board found Iran in non-compliance with its safeguards agreement; "
                    "the agency's end-of-May report found that three of four locations were part of an "
                    "undeclared structured nuclear programme until the early 2000s, some using undeclared "
                    "nuclear material."
                ),
                "The position in June 2025.",
            ),
            paraphrased(
                "thenational-2025-06-12-iaea-board",
                "contradicts",
                (
                    "The Board's resolution, passed with 19 votes for, three against and 11 abstentions, "
                    "declared Iran in breach of its non-proliferation obligations; Iran called it political and "
                    "biased."
                ),
                "The position in June 2025.",
            ),
        ),
        change_note=(
            "Re-rated from Partly verified to Misleading: the IAEA confirmed that Iran was implementing its 2015 "
            "commitments, never the 'transparency' of its activities, and in June 2025 its Board found Iran in "
            "non-compliance. 'Partly verified' (4 of 5) read as mostly true."
        ),
    ),
    claim(
        "iran-has-never-pursued-nuclear-weapons",
        article="tt-2025-06-07-nurtleu-pezeshkian",
        visit="nurtleu-tehran-2025-06",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="security",
        text="Pezeshkian said Iran has never pursued nuclear weapons or any other weapons of mass destruction.",
        quote=(
            "“We have clearly and repeatedly stated—both in words and in action—that Iran has never pursued "
            "nuclear weapons or any form of weapons of mass destruction,” he said"
        ),
        status="false",
        verdict_summary=(
            "False, on the IAEA's own findings about nuclear weapons. In its 2015 final assessment the IAEA "
            "concluded that a range of activities relevant to developing a nuclear explosive device took place "
            "in Iran as a coordinated effort before the end of 2003, with some after 2003 and no credible sign "
            "of any after 2009; they did not go beyond feasibility and scientific studies. In May 2025 the "
            "agency reported that undeclared sites had been part of an undeclared structured nuclear programme "
            "until the early 2000s (DW). Iran called the June 2025 Board resolution political (The National); "
            "we did not check the part about other weapons of mass destruction."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "iaea-gov-2015-68-final-assessment",
                "contradicts",
                (
                    "The IAEA assessed that activities relevant to developing a nuclear explosive device were "
                    "carried out as a coordinated effort before the end of 2003, some continued after 2003, "
                    "none beyond feasibility and scientific studies, and there were no credible indications of "
                    "such activities after 2009."
                ),
                "The IAEA's assessment of past weapons-related work.",
            ),
            paraphrased(
                "dw-2025-06-12-iaea-board",
                "contradicts",
                (
                    "The IAEA's end-of-May 2025 report found three of four locations were part of an undeclared "
                    "structured nuclear programme carried out until the early 2000s."
                ),
                "The May 2025 report.",
            ),
            paraphrased(
                "thenational-2025-06-12-iaea-board",
                "context",
                (
                    "Iran said it had always adhered to its safeguards obligations and called the resolution "
                    "political and biased."
                ),
                "Iran's position.",
            ),
        ),
    ),
    claim(
        "kazakhstan-supports-iran-right-to-peaceful-nuclear-energy",
        article="tt-2025-06-07-nurtleu-pezeshkian",
        visit="nurtleu-tehran-2025-06",
        speaker="Murat Nurtleu, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan",
        topic="security",
        text="Nurtleu said Kazakhstan fully supports Iran's right to the peaceful use of nuclear energy.",
        quote=(
            "“We fully support your legitimate right to the peaceful use of nuclear energy, and we have great "
            "confidence that your government’s reform efforts will bear fruit in advancing the well-being of "
            "the Iranian people.”"
        ),
        status="unverifiable",
        verdict_summary=(
            "We could not confirm this. Only this report carries Nurtleu's words; the Kazakh Foreign Ministry's "
            "account of the meeting that we found (via Caliber.Az) and AnewZ's account of the visit do not "
            "mention the nuclear issue."
        ),
        publish=True,
        evidence=(
            paraphrased(
                "caliber-nurtleu-pezeshkian-talks",
                "context",
                (
                    "The talks focused on trade, transport, the Caspian and the North–South corridor, and "
                    "regional issues."
                ),
                "Kazakh account; nuclear issue not mentioned.",
            ),
        ),
    ),
    claim(
        "roadmap-to-3-billion-dollars-in-forum-report",
        article="presstv-2025-12-11-transport-corridor",
        visit="pezeshkian-astana-2025-12",
        speaker="Masoud Pezeshkian, President of Iran",
        topic="trade",
        text="At the business forum Pezeshkian highlighted a roadmap to raise bilateral trade to $3 billion.",
        quote=(
            "Highlighting a roadmap to increase trade volume to $3 billion, the president said “it is essential "
            "that both the private and public sectors exert all their efforts to remove obstacles and achieve "
            "this goal.”"
        ),
        status="partly_verified",
        verdict_summary=(
            "Partly confirmed. The $3 billion goal is real and predates the visit (set in June 2022, Press TV; "
            "repeated in April 2023, The Media Line), and Kazinform's account of the talks has Pezeshkian "
            "recalling it. His words at the business forum are reported only in the Iranian presidency's "
            "account; at the same forum Tokayev spoke of staged goals of $1 billion and then $2 billion "
            "(Eurasian Star)."
        ),
        publish=True,
        figure=figure(
            "3000000000",
            "USD",
            "yearly trade target; no target year given",
            metric=TARGET,
            qualifier="target",
        ),
        evidence=(
            paraphrased(
                "qazinform-2025-12-11-pezeshkian-trade",
                "corroborates",
                (
                    "Kazinform reports Pezeshkian recalling that the countries had agreed at an earlier meeting "
                    "to raise trade to $3 billion."
                ),
                "The goal, agreed earlier.",
                figure=THREE_BILLION_GOAL,
            ),
            paraphrased(
                "presstv-2022-06-19-tokayev-tehran",
                "corroborates",
                (
                    "During Tokayev's June 2022 visit the presidents set a $3 billion mark for annual trade, "
                    "and the first transit container train from Kazakhstan arrived in Tehran on its way to "
                    "Turkey."
                ),
                "Goal set in June 2022.",
                figure=THREE_BILLION_GOAL,
            ),
            paraphrased(
                "eurasianstar-business-forum",
                "context",
                (
                    "Tokayev at the business forum on 11 December: trade last year exceeded $340 million; goals "
                    "of $1 billion first and $2 billion next; Iran invested over $226 million in 20 years; more "
                    "than 350 enterprises set up by Iranian business operate in Kazakhstan; 85% of China–Europe "
                    "cargo passes through Kazakhstan; a terminal is planned at Shahid Rajaee."
                ),
                "Kazakh side's staged goals.",
                figure=FORUM_NEXT_GOAL,
            ),
        ),
        change_note=(
            "Re-rated from Verified to Partly verified after an audit against sources beyond the articles the "
            "register started from."
        ),
    ),
]

# Claims that are commitments: when each falls due (and whether that date is our reading of the
# source's words), its horizon in the source's words, and when it was first made if before the visit.
COMMITMENTS: dict[str, Record] = {
    "cultural-exchange-programme-2026-2028-approved": {
        "due": datetime.date(2028, 12, 31),
        "due_is_reading": True,
        "horizon": "2026–2028",
        "first_made": "",
    },
    "roadmap-to-raise-trade-to-3-billion-dollars": {
        "due": None,
        "due_is_reading": False,
        "horizon": "",
        "first_made": "set as a goal during Tokayev's visit to Tehran in June 2022, and repeated in April 2023",
    },
    "joint-free-economic-zone-in-mangystau-proposed": {
        "due": None,
        "due_is_reading": False,
        "horizon": "a proposal Tokayev welcomed",
        "first_made": "",
    },
    "tokayev-ordered-exhibition-of-the-manuscripts": {
        "due": None,
        "due_is_reading": False,
        "horizon": "",
        "first_made": "",
    },
    "farabi-cultural-and-historical-complex-to-be-built": {
        "due": None,
        "due_is_reading": False,
        "horizon": "",
        "first_made": (
            "Akorda says the project was already being worked out before the visit; when it was first proposed "
            "is not reported"
        ),
    },
}

# What later reports say became of a commitment: each a dated check with its source, in our own words. A
# commitment with no later report is left "Not followed up yet" (docs/register-audit.md says what we searched).
FOLLOW_UPS: list[Record] = [
    {
        "claim": "tokayev-ordered-exhibition-of-the-manuscripts",
        "checked_on": datetime.date(2025, 12, 13),
        "status": "fulfilled",
        "source": "kazpravda-2025-12-13-manuscripts-exhibition",
        "note": (
            "Done the day after the order: the National Museum in Astana opened an exhibition of the copies of "
            "the 27 manuscripts on 12 December 2025, with the Ministry of Culture and Information, and planned a "
            "round table of historians of both countries for 15 December (Kazakhstanskaya Pravda)."
        ),
    },
    {
        "claim": "roadmap-to-raise-trade-to-3-billion-dollars",
        "checked_on": datetime.date(2026, 3, 4),
        "status": "pending",
        "source": "financekz-2026-03-04-middle-east-trade",
        "note": (
            "Far from the target: Kazakhstan's deputy prime minister, Serik Zhumangarin, put 2025 trade with "
            "Iran at about $430 million, with record grain deliveries of over 1.2 million tonnes, and said trade "
            "would go on despite the escalation in the Middle East (Finance.kz, 4 March 2026). The roadmap "
            "gives no date for $3 billion."
        ),
    },
]

# (appearance, first appearance): the same statement, with the same verdict, reported by two articles.
REPEATS = [
    ("strategic-partner-no-limitations-in-tour-report", "kazakhstan-a-strategic-partner-with-no-limitations"),
]
