"""Labels of ``rete stats`` plain output and CSV (the JSON and the CSV's ``*_key`` columns keep
the keys)."""

_MONTHS_IT = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
              "settembre", "ottobre", "novembre", "dicembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")

MESSAGES: dict[str, dict[str, str]] = {
    "stats.heading": {
        "it": "Statistiche {year} (i conteggi sotto 3 sono nascosti: <3)",
        "en": "Statistics {year} (counts below 3 are hidden: <3)",
    },
    "stats.heading_internal": {
        "it": "Statistiche {year} (conteggi esatti)",
        "en": "Statistics {year} (exact counts)",
    },
    "stats.internal_with_json": {
        "it": "rete stats: --internal non si combina con --json (i conteggi esatti restano "
        "sul terminale).",
        "en": "rete stats: --internal cannot be combined with --json (exact counts stay on "
        "the terminal).",
    },
    "stats.section.total": {"it": "Totale", "en": "Total"},
    "stats.section.by_month": {"it": "Nuovi casi per mese", "en": "New cases by month"},
    "stats.section.by_risk": {"it": "Nuovi casi per rischio", "en": "New cases by risk"},
    "stats.section.by_source": {
        "it": "Nuovi casi per provenienza", "en": "New cases by source"},
    "stats.section.children_by_exposure": {
        "it": "Minori per tipo di violenza", "en": "Children by exposure"},
    "stats.section.children": {"it": "Minori", "en": "Children"},
    "stats.section.first_contact": {"it": "Primo contatto", "en": "First contact"},
    "stats.section.deadlines": {"it": "Scadenze dei protocolli", "en": "Protocol deadlines"},
    "stats.key.total.new_cases": {"it": "nuovi casi", "en": "new cases"},
    "stats.key.children.total": {"it": "minori coinvolti", "en": "children involved"},
    "stats.key.children.cases_with_children": {
        "it": "casi con minori", "en": "cases with children"},
    "stats.key.first_contact.cases": {
        "it": "casi con primo contatto", "en": "cases with a first contact"},
    "stats.key.first_contact.average_days": {
        "it": "giorni in media fino al primo contatto", "en": "average days to first contact"},
    "stats.key.deadlines.met": {"it": "rispettate", "en": "met"},
    "stats.key.deadlines.missed": {"it": "mancate", "en": "missed"},
    "stats.source.spontaneous": {"it": "accesso spontaneo", "en": "came on her own"},
    "stats.source.1522": {"it": "numero 1522", "en": "1522 helpline"},
    "stats.source.referral": {"it": "segnalazione dalla rete", "en": "referral from the network"},
    "stats.unknown": {"it": "non indicato", "en": "not recorded"},
    "stats.csv.year": {"it": "Anno", "en": "Year"},
    "stats.csv.section": {"it": "Sezione", "en": "Section"},
    "stats.csv.item": {"it": "Voce", "en": "Item"},
    "stats.csv.value": {"it": "Valore", "en": "Value"},
    "stats_pdf.title": {"it": "Statistiche {year}", "en": "Statistics {year}"},
    "stats_pdf.office": {"it": "Ufficio", "en": "Office"},
    "stats_pdf.year": {"it": "Anno", "en": "Year"},
    "stats_pdf.date": {"it": "Data del rapporto", "en": "Date of the report"},
    "stats_pdf.new_cases": {"it": "Nuovi casi", "en": "New cases"},
    "stats_pdf.children": {"it": "Minori coinvolti", "en": "Children involved"},
    "stats_pdf.children_in_cases": {
        "it": "{children} in {cases} {cases:caso|casi}",
        "en": "{children} in {cases} {cases:case|cases}"},
    "stats_pdf.average_days": {
        "it": "Giorni medi dalla segnalazione al primo contatto",
        "en": "Average days from the referral to the first contact"},
    "stats_pdf.average_of": {
        "it": "{average} (su {cases} {cases:caso|casi})",
        "en": "{average} (over {cases} {cases:case|cases})"},
    "stats_pdf.deadlines_met": {
        "it": "Scadenze dei protocolli rispettate", "en": "Protocol deadlines met"},
    "stats_pdf.deadlines_missed": {
        "it": "Scadenze dei protocolli mancate", "en": "Protocol deadlines missed"},
    "stats_pdf.suppressed": {
        "it": "I conteggi inferiori a 3 sono oscurati ({hidden}); quando un solo valore di un "
        "gruppo sarebbe oscurato, se ne oscura anche un altro, così che non si possa ricavare "
        "per differenza.",
        "en": "Counts below 3 are hidden ({hidden}); when only one value of a group would be "
        "hidden, another one is hidden too, so that it cannot be worked out by subtraction."},
    **{f"stats.month.{n:02d}": {"it": it, "en": en}
       for n, (it, en) in enumerate(zip(_MONTHS_IT, _MONTHS_EN, strict=True), start=1)},
}
