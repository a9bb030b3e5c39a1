"""Other ways of writing the names of the people and places in the register.

The register is written in English; readers in Kazakhstan, Iran and Turkmenistan search it in
Cyrillic and Persian script too, and the English spelling of a name varies between outlets.
Each entry is the register's spelling and the other forms a reader may type. A search word is
compared with them after `claims.text.fold` (so Kazakh "Тоқаев" is Russian "Токаев", and Arabic
and Persian letter forms are one), and a Russian form also matches with a case ending of up to two
letters ("Токаева", "Пезешкианом").

Add a form only from a source that uses it.
"""

from claims.text import WORD, fold

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

# A Russian form matches with a case ending of at most this many letters.
CASE_ENDING = 2

_EXACT: dict[str, str] = {}
_STEMS: list[tuple[str, str]] = []
for _name, _forms in NAME_FORMS.items():
    for _form in (_name, *_forms):
        _EXACT[fold(_form)] = _name
        if any("а" <= letter <= "я" for letter in fold(_form)):
            _STEMS.append((fold(_form), _name))


def register_spelling(word: str) -> str | None:
    """The register's spelling of `word` when it is another form of a known name, else None."""
    folded = fold(word)
    if folded in _EXACT:
        return _EXACT[folded]
    for stem, name in _STEMS:
        if folded.startswith(stem) and len(folded) - len(stem) <= CASE_ENDING:
            return name
    return None


def in_register_spelling(text: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with every known name in the register's spelling, and the (typed, register's) pairs changed."""
    changed: list[tuple[str, str]] = []

    def swap(match) -> str:
        word = match.group(0)
        name = register_spelling(word)
        if name is None or name == word:
            return word
        if fold(name) != fold(word):
            changed.append((word, name))
        return name

    # Persian names may hold a zero-width non-joiner, which \w does not match: join it first.
    return WORD.sub(swap, text.replace("\u200c", "")), changed
