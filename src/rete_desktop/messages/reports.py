"""Words shared by the PDF documents (page numbers of the multi-page network documents)."""

MESSAGES: dict[str, dict[str, str]] = {
    "pdf.page_of": {"it": "Pagina {page} di {total}", "en": "Page {page} of {total}"},
}
