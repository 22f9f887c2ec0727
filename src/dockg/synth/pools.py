"""Word pools for the generated world: names, places, titles. All invented or generic.

Korean names come with their Hangul spelling, syllable by syllable, so every generated
Korean person has the variants real sources print: Western order ("Minjun Kim"), Korean
order ("Kim Minjun"), hyphenated given names ("Min-jun") and Hangul ("김민준").
"""

from __future__ import annotations

from dataclasses import dataclass

#: Korean family names: romanization → Hangul.
KOREAN_FAMILY = (
    ("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"),
    ("Kang", "강"), ("Cho", "조"), ("Yoon", "윤"), ("Jang", "장"), ("Lim", "임"),
    ("Han", "한"), ("Oh", "오"), ("Seo", "서"), ("Shin", "신"), ("Kwon", "권"),
    ("Hwang", "황"), ("Ahn", "안"), ("Song", "송"), ("Yoo", "유"), ("Hong", "홍"),
)  # fmt: skip

#: Syllables of Korean given names: romanization → Hangul.
KOREAN_SYLLABLES = (
    ("min", "민"), ("jun", "준"), ("seo", "서"), ("yeon", "연"), ("ji", "지"),
    ("hoon", "훈"), ("soo", "수"), ("young", "영"), ("hye", "혜"), ("jin", "진"),
    ("woo", "우"), ("eun", "은"), ("hyun", "현"), ("sung", "성"), ("kyung", "경"),
    ("ho", "호"), ("ah", "아"), ("yun", "윤"), ("jae", "재"), ("won", "원"),
)  # fmt: skip

WESTERN_GIVEN = (
    "Anna", "Marta", "Lucia", "Ingrid", "Claire", "Sofia", "Hannah", "Elena", "Nadia",
    "Irene", "Jonas", "Pierre", "Tomas", "Felix", "Mateo", "Oskar", "David", "Lukas",
    "Pavel", "Hugo", "Ruth", "Agnes", "Karim", "Yusuf", "Amira", "Leila", "Dmitri",
)  # fmt: skip

WESTERN_FAMILY = (
    "Moreau", "Keller", "Novak", "Lindqvist", "Ferreira", "Brennan", "Vogel", "Rossi",
    "Dubois", "Horvat", "Jensen", "Costa", "Ivanova", "Petrov", "Haddad", "Okafor",
    "Mendes", "Larsen", "Weber", "Santos", "Kowalski", "Byrne", "Aalto", "Nieminen",
)  # fmt: skip


@dataclass(frozen=True)
class City:
    """A city that has cinemas and perhaps festivals.

    Attributes:
        name: its English name.
        country: its country's English name.
        offset: its UTC offset as ``xsd:dateTime`` writes it (``+09:00``).
        local: a word for festival names (often the city name itself).
    """

    name: str
    country: str
    offset: str
    local: str


CITIES = (
    City("Seoul", "South Korea", "+09:00", "Seoul"),
    City("Busan", "South Korea", "+09:00", "Haeundae"),
    City("Jeonju", "South Korea", "+09:00", "Jeonju"),
    City("Gwangju", "South Korea", "+09:00", "Mudeung"),
    City("Incheon", "South Korea", "+09:00", "Incheon"),
    City("Tokyo", "Japan", "+09:00", "Shinjuku"),
    City("Yamagata", "Japan", "+09:00", "Zao"),
    City("Taipei", "Taiwan", "+08:00", "Tamsui"),
    City("Hong Kong", "China", "+08:00", "Kowloon"),
    City("Almaty", "Kazakhstan", "+05:00", "Almaty"),
    City("Tashkent", "Uzbekistan", "+05:00", "Chorsu"),
    City("Vladivostok", "Russia", "+10:00", "Golden Horn"),
    City("Mumbai", "India", "+05:30", "Bandra"),
    City("Berlin", "Germany", "+01:00", "Spree"),
    City("Leipzig", "Germany", "+01:00", "Leipzig"),
    City("Paris", "France", "+01:00", "Belleville"),
    City("Marseille", "France", "+01:00", "Vieux-Port"),
    City("Amsterdam", "Netherlands", "+01:00", "IJ"),
    City("Copenhagen", "Denmark", "+01:00", "Nordhavn"),
    City("Nyon", "Switzerland", "+01:00", "Leman"),
    City("Sheffield", "United Kingdom", "Z", "Sheaf"),
    City("Toronto", "Canada", "-05:00", "Ontario Lakeshore"),
    City("New York", "United States", "-05:00", "Hudson"),
    City("Sao Paulo", "Brazil", "-03:00", "Paulista"),
)

#: Kinds of festival: the end of a festival's name.
FESTIVAL_KINDS = (
    "International Documentary Film Festival", "Documentary Days", "Festival of the Real",
    "Nonfiction Week", "Independent Documentary Festival", "Film and History Festival",
)  # fmt: skip

SECTION_NAMES = (
    "International Competition", "Asian Perspectives", "New Currents", "Short Forms",
    "First Films", "Retrospective", "Memory and Archive", "Panorama", "Midnight Docs",
    "Wide Angle", "Young Critics' Choice", "Family Stories",
)  # fmt: skip

THEATRE_NAMES = ("Arthouse", "Cinematheque", "Picturehouse", "Film Centre", "Lumiere", "Odeon")

TITLE_NOUNS = (
    "River", "Harbour", "Letters", "Winter", "Border", "Island", "Mother", "Village",
    "Archive", "Silence", "Salt", "Railway", "Garden", "Mountain", "Factory", "Market",
    "Voices", "Night", "Bridge", "Snow", "Tide", "Field", "Lantern", "Ashes", "Orchard",
)  # fmt: skip

TITLE_ADJECTIVES = (
    "Distant", "Silent", "Last", "Second", "Open", "Broken", "Northern", "Hidden",
    "Long", "Quiet", "Borrowed", "Burning", "Small", "Red", "Restless", "Forgotten",
)  # fmt: skip

#: Hangul words for Korean titles.
KOREAN_TITLE_WORDS = ("강", "항구", "편지", "겨울", "경계", "섬", "어머니", "마을", "기억", "눈")

EVENT_KINDS = ("strike", "flood", "uprising", "migration", "famine", "exodus", "trial", "fire")
SUBTITLE_LANGUAGES = ("en", "ko", "fr", "de", "ja", "ru", "pt-BR")
VIDEO_FORMATS = ("DCP", "35mm", "16mm", "Digital Betacam", "HD")
