"""Other ways of writing the names of the people and places in the register.

The register is written in English; readers in Kazakhstan, Iran and Turkmenistan search it in
Cyrillic and Persian script too, and the English spelling of a name varies between outlets.
Each entry is the register's spelling and the other forms a reader may type. They are matched
with what readers type by claims/entities/names.py, with the entities' own spellings.

Add a form only from a source that uses it.
"""

NAME_FORMS: dict[str, tuple[str, ...]] = {
    # People
    "Tokayev": ("Токаев", "توکایف", "Tokaev", "Toqaev", "Tokajew"),
    "Pezeshkian": ("Пезешкиан", "پزشکیان", "Pezeshkiyan", "Pezeşkiyan", "Pezeschkian"),
    "Nurtleu": ("Нуртлеу", "نورتلو"),
    "Berdimuhamedov": ("Бердымухамедов", "بردی‌محمداف", "Berdymukhamedov", "Berdymuhamedov", "Berdimuhammedov"),
    "Gurbanguly": ("Гурбангулы", "قربانقلی"),
    "Araghchi": ("Аракчи", "عراقچی", "Arakchi"),
    "Nazarbayev": ("Назарбаев", "نظربایف"),
    # Places
    "Kazakhstan": ("Казахстан", "Казакстан", "قزاقستان", "Kazakstan", "Qazaqstan"),
    "Iran": ("Иран", "ایران"),
    "Turkmenistan": ("Туркменистан", "ترکمنستان", "Türkmenistan"),
    "Astana": ("Астана", "آستانه"),
    "Tehran": ("Тегеран", "تهران", "Teheran"),
    "Ashgabat": ("Ашхабад", "عشق‌آباد", "Ashkhabad", "Aşgabat"),
    "Almaty": ("Алматы", "آلماتی"),
    "Caspian": ("Каспий", "خزر"),
}
