"""The demo register's people, organisations and places, and who said and who is named in each demo claim.

`ENTITIES` holds every speaker of the demo claims (claims.demo.data) and every person, organisation and place
their text or quote names, each with its name in English, Persian, Russian and Kazakh (Cyrillic), the Kazakh
Latin form where the name is Kazakh, the other spellings readers type, its country and a line for readers.
`ROLES` are the offices the speakers and the people named held at the time of the visits, with their dates
where a page we can point to gives them (`ROLE_DATE_SOURCES`). `CLAIMS` maps each demo claim to its speaker,
the role they spoke in and the entities it names; claims.demo.linked writes all of it through the write core.

Wikidata ids: an id is given only where a stored public page shows it, with that page's address in
`WIKIDATA_SOURCES`. The one found is Iran's (Q794, shown beside the name "Iran" in the TextGraphs17 dataset's
page). No stored page we searched showed the id of any person, organisation or other place here
(searches for each speaker's name with "Wikidata", and for wikidata.org addresses), so theirs are left
empty until an editor finds one in a page they can cite.

Choices a reader of the data should know:
- "The governments of Kazakhstan and Iran" approve a programme together in one claim: its speaker is the
  Government of Kazakhstan, the host of the talks and the side whose report we logged it from, and the
  Government of Iran is named as a mention.
- Outlets that assert a claim in their own voice (Tehran Times, The Astana Times, Alwaght, Press TV) are its
  speaker, as organisations; they have no role.
- "Nazarbayev International University" and "the Kazakhstan University Medical Center" are not linked: the
  register could not establish which institution the Iranian accounts mean (see those claims' verdicts).
- Regions named in passing (Central Asia, the Kazakh steppe, Europe and China as the ends of a cargo route)
  and the Kazakh Khanate are not entities; the cities, ports, corridors and countries the claims are about are.
"""

import datetime
from typing import Any

# One entity or role, as claims.demo.linked reads it: field names and values.
Record = dict[str, Any]

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"

# Every Wikidata id in this file, with the address of the stored page that shows it.
WIKIDATA_SOURCES: dict[str, str] = {
    "Q794": "https://huggingface.co/datasets/s-nlp/TextGraphs17-shared-task-dataset",
}


def entity(
    ref: str,
    kind: str,
    name: str,
    *,
    fa: str = "",
    ru: str = "",
    kk: str = "",
    kk_latn: str = "",
    other: tuple[str, ...] = (),
    country: str = "",
    description: str = "",
    wikidata_id: str = "",
) -> Record:
    return {
        "ref": ref,
        "kind": kind,
        "name": name,
        "name_fa": fa,
        "name_ru": ru,
        "name_kk": kk,
        "name_kk_latn": kk_latn,
        "other_names": "\n".join(other),
        "country": country,
        "description": description,
        "wikidata_id": wikidata_id,
    }


ENTITIES: list[Record] = [
    # --- People: the speakers ----------------------------------------------------------------------------------
    entity(
        "masoud-pezeshkian",
        PERSON,
        "Masoud Pezeshkian",
        fa="مسعود پزشکیان",
        ru="Масуд Пезешкиан",
        kk="Масуд Пезешкиан",
        other=(
            "Pezeshkyan",
            "Pezeshkiyan",
            "Pezeşkiyan",
            "Pezeschkian",
            "Peseschkian",
            "Пезешкиян",
            "Masud Pezeshkian",
        ),
        country="IR",
        description="President of Iran; the guest of the December 2025 visit to Astana.",
    ),
    entity(
        "kassym-jomart-tokayev",
        PERSON,
        "Kassym-Jomart Tokayev",
        fa="قاسم‌جومارت توکایف",
        ru="Касым-Жомарт Токаев",
        kk="Қасым-Жомарт Тоқаев",
        kk_latn="Qasym-Jomart Toqaev",
        other=(
            "Tokaev",
            "Toqaev",
            "Tokajew",
            "Tokajev",
            "Kassym-Zhomart Tokayev",
            "Токаев",
            "توکایف",
            "قاسم جومارت توکایف",
        ),
        country="KZ",
        description="President of Kazakhstan; the host of the December 2025 visit.",
    ),
    entity(
        "murat-nurtleu",
        PERSON,
        "Murat Nurtleu",
        fa="مراد نورتلو",
        ru="Мурат Нуртлеу",
        kk="Мұрат Нұртлеу",
        other=("Nurtileu", "Нуртлеу", "نورتلو"),
        country="KZ",
        description="Kazakhstan's Deputy Prime Minister and Foreign Minister when he visited Tehran in June 2025.",
    ),
    entity(
        "mohsen-haji-mirzaei",
        PERSON,
        "Mohsen Haji-Mirzaei",
        fa="محسن حاجی‌میرزایی",
        ru="Мохсен Хаджи-Мирзаи",
        kk="Мохсен Хаджи-Мирзаи",
        other=("Mohsen Haji Mirzaei",),
        country="IR",
        description="Chief of staff to the President of Iran.",
    ),
    entity(
        "gurbanguly-berdimuhamedov",
        PERSON,
        "Gurbanguly Berdimuhamedov",
        fa="قربانقلی بردی‌محمداف",
        ru="Гурбангулы Бердымухамедов",
        kk="Гурбангулы Бердымухамедов",
        other=(
            "Gurbanguly Berdymukhamedov",
            "Berdymukhamedov",
            "Berdymuhamedov",
            "Berdimuhammedov",
            "Berdimuhamedow",
            "Gurbanguli",
            "Гурбангулы",
        ),
        country="TM",
        description="Chairman of Turkmenistan's People's Council (Halk Maslahaty); its President until 2022.",
    ),
    # --- People the claims name -----------------------------------------------------------------------------------
    entity(
        "serdar-berdimuhamedov",
        PERSON,
        "Serdar Berdimuhamedov",
        fa="سردار بردی‌محمداف",
        ru="Сердар Бердымухамедов",
        kk="Сердар Бердымухамедов",
        other=("Serdar Berdymukhamedov", "Berdymukhamedov", "Berdimuhammedov", "Berdimuhamedow", "Berdimhammedov"),
        country="TM",
        description="President of Turkmenistan, the host of the Ashgabat forum of December 2025.",
    ),
    entity(
        "abbas-araghchi",
        PERSON,
        "Abbas Araghchi",
        fa="عباس عراقچی",
        ru="Аббас Аракчи",
        kk="Аббас Аракчи",
        other=("Araqchi", "Arakchi", "Seyyed Abbas Araghchi", "Abbas Araqchi", "Аракчи", "عراقچی"),
        country="IR",
        description="Iran's Minister of Foreign Affairs.",
    ),
    entity(
        "abdul-aziz-sharafuddin-tabrizi",
        PERSON,
        "Abdul-Aziz Sharafuddin Tabrizi",
        fa="عبدالعزیز شرف‌الدین تبریزی",
        ru="Абдул-Азиз Шарафуддин Тебризи",
        kk="Абдул-Азиз Шарафуддин Тебризи",
        other=("Tabrizi",),
        description="Master craftsman from Tabriz who made the Taikazan of the Khoja Ahmed Yasawi Mausoleum.",
    ),
    entity(
        "tauke-khan",
        PERSON,
        "Tauke Khan",
        fa="تاوکه خان",
        ru="Тауке-хан",
        kk="Тәуке хан",
        kk_latn="Täuke han",
        other=("Tauke", "Тауке"),
        description="Khan of the Kazakh Khanate in the late 17th and early 18th centuries.",
    ),
    entity(
        "shah-sultan-husayn",
        PERSON,
        "Shah Sultan Husayn",
        fa="شاه سلطان حسین",
        ru="Султан Хусейн",
        kk="Сұлтан Хұсайын",
        other=("Sultan Husayn", "Soltan Hoseyn", "Султан Хусейн"),
        description="Safavid shah of Iran in the early 18th century.",
    ),
    entity(
        "abulkhair-khan",
        PERSON,
        "Abulkhair Khan",
        fa="ابوالخیر خان",
        ru="Абулхаир-хан",
        kk="Әбілқайыр хан",
        kk_latn="Äbılqaiyr han",
        other=("Abul Khair Khan", "Abulkhair", "Абулхаир"),
        description="Khan of the Kazakh Junior Horde in the 18th century.",
    ),
    entity(
        "nader-shah",
        PERSON,
        "Nader Shah",
        fa="نادرشاه",
        ru="Надир-шах",
        kk="Нәдір шах",
        other=("Nadir Shah", "Надир-шах", "نادر شاه"),
        description="Shah of Iran in the 18th century, founder of the Afsharid dynasty.",
    ),
    entity(
        "al-farabi",
        PERSON,
        "Abu Nasr al-Farabi",
        fa="ابونصر فارابی",
        ru="Абу Наср аль-Фараби",
        kk="Әбу Насыр әл-Фараби",
        other=("al-Farabi", "Farabi", "Alfarabi", "Аль-Фараби", "Әл-Фараби", "فارابی"),
        description="Philosopher of the 9th and 10th centuries.",
    ),
    # --- Organisations: speakers --------------------------------------------------------------------------------
    entity(
        "government-of-kazakhstan",
        ORGANISATION,
        "Government of Kazakhstan",
        fa="دولت قزاقستان",
        ru="Правительство Республики Казахстан",
        kk="Қазақстан Республикасының Үкіметі",
        other=("Kazakh government", "Правительство Казахстана"),
        country="KZ",
        description="The government of the Republic of Kazakhstan.",
    ),
    entity(
        "government-of-iran",
        ORGANISATION,
        "Government of Iran",
        fa="دولت جمهوری اسلامی ایران",
        ru="Правительство Ирана",
        kk="Иран Үкіметі",
        other=("Iranian government", "دولت ایران"),
        country="IR",
        description="The government of the Islamic Republic of Iran.",
    ),
    entity(
        "tehran-times",
        ORGANISATION,
        "Tehran Times",
        fa="تهران تایمز",
        other=("The Tehran Times",),
        country="IR",
        description="English-language daily published in Tehran.",
    ),
    entity(
        "the-astana-times",
        ORGANISATION,
        "The Astana Times",
        fa="آستانه تایمز",
        other=("Astana Times",),
        country="KZ",
        description="English-language news outlet published in Astana.",
    ),
    entity(
        "alwaght",
        ORGANISATION,
        "Alwaght",
        fa="الوقت",
        country="IR",
        description="Iranian news and analysis website.",
    ),
    entity(
        "press-tv",
        ORGANISATION,
        "Press TV",
        fa="پرس تی‌وی",
        other=("PressTV",),
        country="IR",
        description="Iran's English-language state television news channel.",
    ),
    # --- Organisations the claims name --------------------------------------------------------------------------
    entity(
        "ministry-of-foreign-affairs-of-kazakhstan",
        ORGANISATION,
        "Ministry of Foreign Affairs of Kazakhstan",
        fa="وزارت امور خارجه قزاقستان",
        ru="Министерство иностранных дел Республики Казахстан",
        kk="Қазақстан Республикасының Сыртқы істер министрлігі",
        other=("Kazakh Foreign Ministry", "МИД Казахстана", "Kazakhstan's foreign ministry"),
        country="KZ",
        description="Kazakhstan's foreign ministry.",
    ),
    entity(
        "ministry-of-foreign-affairs-of-iran",
        ORGANISATION,
        "Ministry of Foreign Affairs of Iran",
        fa="وزارت امور خارجه ایران",
        ru="Министерство иностранных дел Ирана",
        kk="Иранның Сыртқы істер министрлігі",
        other=("Iranian Foreign Ministry", "МИД Ирана", "Iran's foreign ministry"),
        country="IR",
        description="Iran's foreign ministry.",
    ),
    entity(
        "ministry-of-culture-and-information-of-kazakhstan",
        ORGANISATION,
        "Ministry of Culture and Information of Kazakhstan",
        fa="وزارت فرهنگ و اطلاعات قزاقستان",
        ru="Министерство культуры и информации Республики Казахстан",
        kk="Қазақстан Республикасының Мәдениет және ақпарат министрлігі",
        other=("Kazakhstan's Ministry of Culture and Information",),
        country="KZ",
        description="Kazakhstan's ministry for culture and the media.",
    ),
    entity(
        "iran-chamber-of-commerce",
        ORGANISATION,
        "Iran Chamber of Commerce, Industries, Mines and Agriculture",
        fa="اتاق بازرگانی، صنایع، معادن و کشاورزی ایران",
        ru="Торгово-промышленная палата Ирана",
        kk="Иран сауда-өнеркәсіп палатасы",
        other=("Iranian Chamber of Commerce", "Iran Chamber of Commerce", "ICCIMA", "اتاق بازرگانی ایران"),
        country="IR",
        description="Iran's chamber of commerce, which represents its businesses.",
    ),
    entity(
        "presidents-television-and-radio-complex",
        ORGANISATION,
        "Television and Radio Complex of the President of Kazakhstan",
        fa="مجتمع رادیو و تلویزیون رئیس‌جمهور قزاقستان",
        ru="Телерадиокомплекс Президента Республики Казахстан",
        kk="Қазақстан Республикасы Президентінің Телерадиокешені",
        other=("President of Kazakhstan's Television and Radio Complex", "Телерадиокомплекс Президента"),
        country="KZ",
        description="The Kazakh presidency's television and radio producer.",
    ),
    entity(
        "islamic-republic-of-iran-broadcasting",
        ORGANISATION,
        "Islamic Republic of Iran Broadcasting",
        fa="سازمان صدا و سیمای جمهوری اسلامی ایران",
        ru="Телерадиокомпания Исламской Республики Иран",
        kk="Иран Ислам Республикасының телерадиокомпаниясы",
        other=("IRIB", "صداوسیما", "صدا و سیما"),
        country="IR",
        description="Iran's state broadcaster.",
    ),
    entity(
        "nazarbayev-university",
        ORGANISATION,
        "Nazarbayev University",
        fa="دانشگاه نظربایف",
        ru="Назарбаев Университет",
        kk="Назарбаев Университеті",
        country="KZ",
        description="University in Astana.",
    ),
    entity(
        "international-atomic-energy-agency",
        ORGANISATION,
        "International Atomic Energy Agency",
        fa="آژانس بین‌المللی انرژی اتمی",
        ru="Международное агентство по атомной энергии",
        kk="Атом энергиясы жөніндегі халықаралық агенттік",
        other=("IAEA", "МАГАТЭ", "АЭХА"),
        description="International organisation for nuclear energy and its safeguards.",
    ),
    entity(
        "eurasian-economic-union",
        ORGANISATION,
        "Eurasian Economic Union",
        fa="اتحادیه اقتصادی اوراسیا",
        ru="Евразийский экономический союз",
        kk="Еуразиялық экономикалық одақ",
        other=("EAEU", "EEU", "ЕАЭС", "ЕАЭО", "Eurasian Economic Union (EAEU)"),
        description="Economic union of five post-Soviet states, Kazakhstan among them.",
    ),
    entity(
        "economic-cooperation-organization",
        ORGANISATION,
        "Economic Cooperation Organization",
        fa="سازمان همکاری اقتصادی",
        ru="Организация экономического сотрудничества",
        kk="Экономикалық ынтымақтастық ұйымы",
        other=("ECO", "اکو", "ОЭС", "ЭЫҰ"),
        description="Regional economic organisation of ten states, Iran and Kazakhstan among them.",
    ),
    entity(
        "shanghai-cooperation-organisation",
        ORGANISATION,
        "Shanghai Cooperation Organisation",
        fa="سازمان همکاری شانگهای",
        ru="Шанхайская организация сотрудничества",
        kk="Шанхай ынтымақтастық ұйымы",
        other=("SCO", "Shanghai Cooperation Organization", "ШОС", "ШЫҰ"),
        description="Eurasian political, economic and security organisation; Iran and Kazakhstan are members.",
    ),
    entity(
        "brics",
        ORGANISATION,
        "BRICS",
        fa="بریکس",
        ru="БРИКС",
        kk="БРИКС",
        other=("BRICS+",),
        description="Grouping of major emerging economies; Iran is a member.",
    ),
    entity(
        "united-nations",
        ORGANISATION,
        "United Nations",
        fa="سازمان ملل متحد",
        ru="Организация Объединённых Наций",
        kk="Біріккен Ұлттар Ұйымы",
        other=("UN", "ООН", "БҰҰ", "سازمان ملل"),
        description="The United Nations and its member states.",
    ),
    # --- Places ------------------------------------------------------------------------------------------------
    entity(
        "iran",
        PLACE,
        "Iran",
        fa="ایران",
        ru="Иран",
        kk="Иран",
        other=("Islamic Republic of Iran", "Persia"),
        country="IR",
        description="Country in Western Asia.",
        wikidata_id="Q794",
    ),
    entity(
        "kazakhstan",
        PLACE,
        "Kazakhstan",
        fa="قزاقستان",
        ru="Казахстан",
        kk="Қазақстан",
        kk_latn="Qazaqstan",
        other=("Kazakstan", "Казакстан", "Republic of Kazakhstan"),
        country="KZ",
        description="Country in Central Asia.",
    ),
    entity(
        "turkmenistan",
        PLACE,
        "Turkmenistan",
        fa="ترکمنستان",
        ru="Туркменистан",
        kk="Түрікменстан",
        other=("Türkmenistan", "Туркмения"),
        country="TM",
        description="Country in Central Asia, between Kazakhstan and Iran.",
    ),
    entity(
        "tehran",
        PLACE,
        "Tehran",
        fa="تهران",
        ru="Тегеран",
        kk="Тегеран",
        other=("Teheran",),
        country="IR",
        description="Capital of Iran.",
    ),
    entity(
        "astana",
        PLACE,
        "Astana",
        fa="آستانه",
        ru="Астана",
        kk="Астана",
        kk_latn="Astana",
        other=("Nur-Sultan", "Nursultan", "Нур-Султан", "Нұр-Сұлтан"),
        country="KZ",
        description="Capital of Kazakhstan (named Nur-Sultan from 2019 to 2022).",
    ),
    entity(
        "akorda",
        PLACE,
        "Akorda",
        fa="آق‌اوردا",
        ru="Акорда",
        kk="Ақорда",
        kk_latn="Aqorda",
        other=("Ak Orda", "Akorda Presidential Palace", "Presidential Palace in Astana"),
        country="KZ",
        description="The President of Kazakhstan's palace and office in Astana.",
    ),
    entity(
        "ashgabat",
        PLACE,
        "Ashgabat",
        fa="عشق‌آباد",
        ru="Ашхабад",
        kk="Ашхабад",
        other=("Ashkhabad", "Ashgabad", "Ashkhabat", "Aşgabat", "Ашгабат", "عشق آباد"),
        country="TM",
        description="Capital of Turkmenistan.",
    ),
    entity(
        "bandar-abbas",
        PLACE,
        "Bandar Abbas",
        fa="بندرعباس",
        ru="Бендер-Аббас",
        kk="Бендер-Аббас",
        other=("Bandar-Abbas", "Бандар-Аббас", "Бендер Аббас", "بندر عباس"),
        country="IR",
        description="Port city on Iran's Gulf coast, on the Strait of Hormuz.",
    ),
    entity(
        "shahid-rajaee-port",
        PLACE,
        "Shahid Rajaee Port",
        fa="بندر شهید رجایی",
        ru="порт Шахид Раджаи",
        kk="Шахид Раджаи порты",
        other=("Shahid Rajaei", "Shahid Rajaee", "Шахид Раджаи", "Шахид-Раджаи", "شهید رجایی"),
        country="IR",
        description="Iran's largest container port, at Bandar Abbas.",
    ),
    entity(
        "mangystau-region",
        PLACE,
        "Mangystau Region",
        fa="استان منگیستاو",
        ru="Мангистауская область",
        kk="Маңғыстау облысы",
        kk_latn="Mañğystau oblysy",
        other=("Mangystau", "Mangistau", "Мангистау", "Маңғыстау", "Mangistau Region"),
        country="KZ",
        description="Region of western Kazakhstan on the Caspian Sea; its centre is the port of Aktau.",
    ),
    entity(
        "north-south-transport-corridor",
        PLACE,
        "International North–South Transport Corridor",
        fa="کریدور بین‌المللی شمال-جنوب",
        ru="Международный транспортный коридор «Север — Юг»",
        kk="«Солтүстік — Оңтүстік» халықаралық көлік дәлізі",
        other=(
            "North-South corridor",
            "North–South transport corridor",
            "INSTC",
            "Север — Юг",
            "Север-Юг",
            "شمال-جنوب",
        ),
        description="Rail, road and sea route from Russia and Central Asia through Iran to the Gulf and India.",
    ),
    entity(
        "kazakhstan-turkmenistan-iran-railway",
        PLACE,
        "Kazakhstan–Turkmenistan–Iran railway",
        fa="راه‌آهن قزاقستان-ترکمنستان-ایران",
        ru="железная дорога Казахстан — Туркменистан — Иран",
        kk="Қазақстан — Түрікменстан — Иран темір жолы",
        other=("Kazakhstan-Turkmenistan-Iran railway", "KTI railway", "Казахстан-Туркменистан-Иран"),
        description="Railway along the east of the Caspian Sea linking Kazakhstan, Turkmenistan and Iran.",
    ),
    entity(
        "golestan-province",
        PLACE,
        "Golestan Province",
        fa="استان گلستان",
        ru="Голестан",
        kk="Голестан",
        other=("Golestan", "گلستان", "остан Голестан"),
        country="IR",
        description="Province of northern Iran, on the border with Turkmenistan.",
    ),
    entity(
        "khoja-ahmed-yasawi-mausoleum",
        PLACE,
        "Mausoleum of Khoja Ahmed Yasawi",
        fa="آرامگاه خواجه احمد یسوی",
        ru="Мавзолей Ходжи Ахмеда Ясави",
        kk="Қожа Ахмет Ясауи кесенесі",
        other=("Khoja Ahmed Yasawi Mausoleum", "Yasawi Mausoleum", "Yasavi", "Yassawi", "Ясави", "Ясауи"),
        country="KZ",
        description="14th-century mausoleum in Turkistan, southern Kazakhstan, that holds the Taikazan.",
    ),
    entity(
        "syr-darya",
        PLACE,
        "Syr Darya",
        fa="سیردریا",
        ru="Сырдарья",
        kk="Сырдария",
        kk_latn="Syrdaria",
        other=("Syrdarya", "Sir Darya", "Syr-Darya", "سیحون"),
        description="River of Central Asia flowing through Kazakhstan to the Aral Sea, and the lands along it.",
    ),
    entity(
        "moscow",
        PLACE,
        "Moscow",
        fa="مسکو",
        ru="Москва",
        kk="Мәскеу",
        other=("Moskva",),
        country="RU",
        description="Capital of Russia.",
    ),
]


# The pages that give the dates of the roles below (an office whose start no page we found gives has none).
ROLE_DATE_SOURCES: dict[str, str] = {
    "masoud-pezeshkian": (
        "https://bcphubobw.pages.dev/posts/opcuhoboj-aebe04b83a4f534c887024402d17c1f0 (took office on 28 July 2024, "
        "the day of the Leader's endorsement; the oath followed on 30 July)"
    ),
    "kassym-jomart-tokayev": "https://wikiwand.com/en/articles/Tokayev",
    "murat-nurtleu": (
        "https://kz.kursiv.media/en/2023-04-10/new-kazakhstans-foreign-minister-chooses-russia-as-first-"
        "foreign-country-to-visit/amp (appointed 3 April 2023); https://rtvi.com/news/tokaev-smenil-glavu-mid-"
        "kazahstana/ (relieved 26 September 2025)"
    ),
    "gurbanguly-berdimuhamedov": (
        "https://cmio.org/en/world/849026-turkmenistan-returns-to-unicameral-parliament-media-write (head of the "
        "People's Council as the supreme body from 21 January 2023; he had chaired the upper chamber of that name "
        "since April 2021)"
    ),
    "serdar-berdimuhamedov": "https://en.trend.az/casia/turkmenistan/3571398.html",
    "abbas-araghchi": (
        "https://www.ajc.com/news/nation-world/irans-hard-line-parliament-approves-all-members-of-presidents-"
        "cabinet-first-time-since-2001/F5QE5RFGPNG5RJA6RHGRLGGQYU/ (approved by parliament on 21 August 2024)"
    ),
}

PRESIDENT_OF_IRAN = "President of Iran"
PRESIDENT_OF_KAZAKHSTAN = "President of Kazakhstan"
NURTLEU_OFFICE = "Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan"
CHIEF_OF_STAFF = "Chief of staff to the President of Iran"
PEOPLES_COUNCIL_CHAIRMAN = "Chairman of the People's Council (Halk Maslahaty) of Turkmenistan"
PRESIDENT_OF_TURKMENISTAN = "President of Turkmenistan"
FOREIGN_MINISTER_OF_IRAN = "Minister of Foreign Affairs of Iran"


def role(
    entity_ref: str,
    title: str,
    *,
    fa: str = "",
    ru: str = "",
    kk: str = "",
    organisation: str = "",
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> Record:
    return {
        "entity": entity_ref,
        "title": title,
        "title_fa": fa,
        "title_ru": ru,
        "title_kk": kk,
        "organisation": organisation,
        "start_date": start,
        "end_date": end,
    }


D = datetime.date

ROLES: list[Record] = [
    role(
        "masoud-pezeshkian",
        PRESIDENT_OF_IRAN,
        fa="رئیس‌جمهور ایران",
        ru="Президент Ирана",
        kk="Иран Президенті",
        organisation="government-of-iran",
        start=D(2024, 7, 28),
    ),
    role(
        "kassym-jomart-tokayev",
        PRESIDENT_OF_KAZAKHSTAN,
        fa="رئیس‌جمهور قزاقستان",
        ru="Президент Республики Казахстан",
        kk="Қазақстан Республикасының Президенті",
        start=D(2019, 6, 12),
    ),
    role(
        "murat-nurtleu",
        NURTLEU_OFFICE,
        fa="معاون نخست‌وزیر و وزیر امور خارجه قزاقستان",
        ru="Заместитель Премьер-Министра — Министр иностранных дел Республики Казахстан",
        kk="Қазақстан Республикасының Премьер-Министрінің орынбасары — Сыртқы істер министрі",
        organisation="ministry-of-foreign-affairs-of-kazakhstan",
        start=D(2023, 4, 3),
        end=D(2025, 9, 26),
    ),
    role(
        "mohsen-haji-mirzaei",
        CHIEF_OF_STAFF,
        fa="رئیس دفتر رئیس‌جمهور ایران",
        ru="Руководитель аппарата президента Ирана",
        organisation="government-of-iran",
    ),
    role(
        "gurbanguly-berdimuhamedov",
        PEOPLES_COUNCIL_CHAIRMAN,
        fa="رئیس شورای خلق ترکمنستان",
        ru="Председатель Халк Маслахаты Туркменистана",
        start=D(2023, 1, 21),
    ),
    role(
        "serdar-berdimuhamedov",
        PRESIDENT_OF_TURKMENISTAN,
        fa="رئیس‌جمهور ترکمنستان",
        ru="Президент Туркменистана",
        kk="Түрікменстан Президенті",
        start=D(2022, 3, 19),
    ),
    role(
        "abbas-araghchi",
        FOREIGN_MINISTER_OF_IRAN,
        fa="وزیر امور خارجه ایران",
        ru="Министр иностранных дел Ирана",
        organisation="ministry-of-foreign-affairs-of-iran",
        start=D(2024, 8, 21),
    ),
]


def said(speaker: str, role_title: str = "", *mentions: str) -> Record:
    """Who said a claim, the office they said it in (a person's; an organisation has none), what it names."""
    return {"speaker": speaker, "role": role_title, "mentions": mentions}


PEZESHKIAN, TOKAYEV = "masoud-pezeshkian", "kassym-jomart-tokayev"
NURTLEU, GURBANGULY, SERDAR = "murat-nurtleu", "gurbanguly-berdimuhamedov", "serdar-berdimuhamedov"
TT, AT, ALWAGHT, PRESS_TV = "tehran-times", "the-astana-times", "alwaght", "press-tv"
IR, KZ, TM = "iran", "kazakhstan", "turkmenistan"
RAILWAY, CORRIDOR = "kazakhstan-turkmenistan-iran-railway", "north-south-transport-corridor"

# Each demo claim's speaker, the role they spoke in, and the entities its text or quote names (the speaker is
# not repeated there: the entity's page lists the claims they made and the claims that name them).
CLAIMS: dict[str, Record] = {
    "pezeshkian-left-tehran-wednesday-10-december-2025": said(TT, "", PEZESHKIAN, "tehran", KZ, TM),
    "tour-of-kazakhstan-and-turkmenistan-lasted-two-days": said(ALWAGHT, "", PEZESHKIAN, "tehran", KZ, TM),
    "tokayev-welcomed-pezeshkian-thursday-11-december-2025": said(TT, "", TOKAYEV, PEZESHKIAN, "akorda", "astana"),
    "fourteen-agreements-and-memoranda-signed-in-astana": said(TT, "", PEZESHKIAN, KZ),
    "eight-of-the-agreements-formally-exchanged": said(TT, "", "astana"),
    "eight-intergovernmental-documents-signed-in-astana": said(AT, "", "astana"),
    "memorandums-on-ip-transport-healthcare-and-media": said(
        AT, "", KZ, IR, "presidents-television-and-radio-complex", "islamic-republic-of-iran-broadcasting"
    ),
    "cultural-exchange-programme-2026-2028-approved": said(
        "government-of-kazakhstan",
        "",
        "government-of-iran",
        "ministry-of-foreign-affairs-of-kazakhstan",
        "ministry-of-foreign-affairs-of-iran",
    ),
    "joint-statement-signed-in-astana": said(TT, "", IR, KZ, "astana"),
    "chief-of-staff-said-trade-agreements-would-be-finalised": said("mohsen-haji-mirzaei", CHIEF_OF_STAFF, PEZESHKIAN),
    "delegation-of-100-business-leaders-accompanied-pezeshkian": said(TT, "", PEZESHKIAN, TOKAYEV, "astana"),
    "chamber-of-commerce-group-already-in-kazakhstan": said(ALWAGHT, "", "iran-chamber-of-commerce", KZ, "astana"),
    "pezeshkian-trade-grew-40-percent-past-year": said(PEZESHKIAN, PRESIDENT_OF_IRAN, IR, KZ),
    "tokayev-trade-grew-40-percent-past-ten-months": said(TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, KZ, IR),
    "trade-reached-310-8-million-january-september-2025": said(AT, "", KZ, IR),
    "trade-up-44-9-percent-january-september-2025": said(AT, ""),
    "bilateral-trade-2024-340-million": said(PEZESHKIAN, PRESIDENT_OF_IRAN),
    "roadmap-to-raise-trade-to-3-billion-dollars": said(PEZESHKIAN, PRESIDENT_OF_IRAN),
    "700-iranian-companies-operate-in-kazakhstan": said(TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, KZ, IR),
    "kazakhstan-supplied-500000-tons-of-barley-to-iran": said(TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, KZ, IR),
    "kazakh-exports-to-iran-nearly-tripled-in-2025": said(AT, "", IR),
    "iranian-imports-showed-moderate-decline": said(AT, "", IR),
    "85-percent-of-europe-china-land-cargo-transits-kazakhstan": said(
        TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, KZ, CORRIDOR, RAILWAY
    ),
    "tokayev-north-south-corridor-and-kti-railway-significant": said(
        TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, CORRIDOR, RAILWAY
    ),
    "iran-allocated-land-to-kazakhstan-at-shahid-rajaee-port": said(
        TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, IR, KZ, "shahid-rajaee-port", "bandar-abbas"
    ),
    "joint-free-economic-zone-in-mangystau-proposed": said(TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, KZ, "mangystau-region"),
    "business-forum-held-in-astana-on-thursday": said(PRESS_TV, "", PEZESHKIAN, IR, KZ, "astana"),
    "kazakhstan-a-strategic-partner-with-no-limitations": said(PEZESHKIAN, PRESIDENT_OF_IRAN, KZ, "tehran", "astana"),
    "strategic-partner-no-limitations-in-tour-report": said(PEZESHKIAN, PRESIDENT_OF_IRAN, KZ, "tehran", "astana"),
    "forum-remark-on-shared-history-quoted-in-different-words": said(PEZESHKIAN, PRESIDENT_OF_IRAN),
    "agreements-on-transport-visas-and-customs-achieved": said(PEZESHKIAN, PRESIDENT_OF_IRAN, IR, KZ),
    "honorary-doctorate-at-nazarbayev-university": said(TT, "", PEZESHKIAN, "nazarbayev-university"),
    "doctorate-from-nazarbayev-international-university": said(PRESS_TV, "", PEZESHKIAN),
    "pezeshkian-visited-kazakhstan-university-medical-center": said(TT, "", PEZESHKIAN),
    "iranian-delegation-brought-27-ancient-manuscripts": said(TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, IR),
    "pezeshkian-toured-exhibition-of-iranian-documents": said(TT, "", PEZESHKIAN, IR, "syr-darya"),
    "tokayev-ordered-exhibition-of-the-manuscripts": said(
        TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, "ministry-of-culture-and-information-of-kazakhstan", KZ, IR
    ),
    "friendly-relations-since-kazakhstan-independence": said(PEZESHKIAN, PRESIDENT_OF_IRAN, KZ),
    "diplomatic-relations-established-january-1992": said(AT, "", KZ, IR),
    "more-than-15-high-level-visits-since-the-1990s": said(AT, "", KZ, IR),
    "june-2022-tehran-visit-produced-24-agreements": said(AT, "", TOKAYEV, "tehran"),
    "june-2022-tehran-visit-deals-worth-235-million": said(AT, "", TOKAYEV, "tehran", KZ, TM, IR),
    "persian-origin-words-around-4-percent-of-kazakh": said(TOKAYEV, PRESIDENT_OF_KAZAKHSTAN),
    "more-than-5000-ethnic-kazakhs-in-golestan": said(TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, IR, "golestan-province"),
    "taikazan-crafted-by-tabrizi-master": said(
        TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, "abdul-aziz-sharafuddin-tabrizi", "khoja-ahmed-yasawi-mausoleum"
    ),
    "kazakh-khans-diplomatic-contacts-with-persian-shahs": said(
        TOKAYEV,
        PRESIDENT_OF_KAZAKHSTAN,
        "tauke-khan",
        "shah-sultan-husayn",
        "abulkhair-khan",
        "nader-shah",
        "moscow",
    ),
    "farabi-cultural-and-historical-complex-to-be-built": said(TOKAYEV, PRESIDENT_OF_KAZAKHSTAN, "al-farabi", KZ, IR),
    "iran-eaeu-free-trade-agreement-to-be-fully-implemented": said(
        PEZESHKIAN, PRESIDENT_OF_IRAN, IR, "eurasian-economic-union"
    ),
    "visit-to-astana-at-tokayev-invitation": said(ALWAGHT, "", PEZESHKIAN, TOKAYEV, "astana", "tehran", KZ),
    "ashgabat-conference-named-international-conference-on-peace-and-trust": said(
        TT, "", PEZESHKIAN, "ashgabat", KZ, TM
    ),
    "ashgabat-conference-named-world-conference-on-dialogue-for-peace-and-trust": said(
        ALWAGHT, "", PEZESHKIAN, SERDAR, "ashgabat", KZ, TM
    ),
    "pezeshkian-met-president-gurbanguly-berdimuhamedov": said(TT, "", PEZESHKIAN, GURBANGULY, "ashgabat"),
    "pezeshkian-urged-implementation-of-past-agreements-in-ashgabat": said(
        PEZESHKIAN, PRESIDENT_OF_IRAN, GURBANGULY, "ashgabat", IR, TM
    ),
    "invited-to-ashgabat-by-president-serdar-berdimuhamedov": said(ALWAGHT, "", PEZESHKIAN, SERDAR, "ashgabat", TM, KZ),
    "ashgabat-summit-brought-together-leaders-of-un-member-states": said(
        GURBANGULY, PEOPLES_COUNCIL_CHAIRMAN, "ashgabat", "united-nations", TM, IR
    ),
    "pezeshkian-to-address-ashgabat-conference": said(ALWAGHT, "", PEZESHKIAN, "ashgabat"),
    "iran-and-central-asia-share-eco-sco-brics-membership": said(
        ALWAGHT, "", IR, "economic-cooperation-organization", "shanghai-cooperation-organisation", "brics"
    ),
    "pezeshkian-received-nurtleu-saturday-7-june-2025": said(TT, "", PEZESHKIAN, NURTLEU, "tehran", KZ),
    "nurtleu-deputy-prime-minister-and-foreign-minister-june-2025": said(TT, "", NURTLEU, KZ),
    "foreign-ministries-memorandum-signed-in-tehran": said(
        TT,
        "",
        NURTLEU,
        "abbas-araghchi",
        "ministry-of-foreign-affairs-of-kazakhstan",
        "ministry-of-foreign-affairs-of-iran",
        "tehran",
    ),
    "nurtleu-handed-over-written-message-from-tokayev": said(TT, "", NURTLEU, PEZESHKIAN, TOKAYEV),
    "pezeshkian-and-tokayev-phoned-on-thursday-before-eid": said(TT, "", PEZESHKIAN, TOKAYEV),
    "iaea-confirmed-transparency-of-iran-nuclear-activities": said(
        PEZESHKIAN, PRESIDENT_OF_IRAN, "international-atomic-energy-agency", IR
    ),
    "iran-has-never-pursued-nuclear-weapons": said(PEZESHKIAN, PRESIDENT_OF_IRAN, IR),
    "kazakhstan-supports-iran-right-to-peaceful-nuclear-energy": said(NURTLEU, NURTLEU_OFFICE, KZ, IR),
    "roadmap-to-3-billion-dollars-in-forum-report": said(PEZESHKIAN, PRESIDENT_OF_IRAN),
}
