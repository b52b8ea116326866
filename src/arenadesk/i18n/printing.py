"""Messages about printing (arenadesk/platform/printing.py).

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
"""

from __future__ import annotations

PRINT_MESSAGES: dict[str, dict[str, str]] = {
    "print.no_file": {
        "nb": "Finner ikke filen som skulle skrives ut («{path}»).",
        "en": "The file to print (“{path}”) does not exist.",
    },
    "print.copies": {
        "nb": "Antall eksemplarer må være minst 1.",
        "en": "The number of copies must be at least 1.",
    },
    "print.no_system": {
        "nb": "Fant ingen utskriftstjeneste på denne maskinen. Lagre rapporten som PDF og "
        "skriv den ut fra en annen maskin.",
        "en": "No printing service was found on this computer. Save the report as a PDF and "
        "print it from another computer.",
    },
    "print.no_default": {
        "nb": "Ingen standardskriver er valgt. Velg en skriver.",
        "en": "No default printer is set. Choose a printer.",
    },
    "print.unknown_printer": {
        "nb": "Finner ikke skriveren «{printer}». Sjekk navnet, eller velg en annen skriver.",
        "en": "The printer “{printer}” was not found. Check the name or choose another printer.",
    },
    "print.refused": {
        "nb": "Skriveren «{printer}» tok ikke imot utskriften ({detail}).",
        "en": "The printer “{printer}” did not accept the job ({detail}).",
    },
    "print.timeout": {
        "nb": "Utskriftstjenesten svarte ikke på {seconds} sekunder. Prøv igjen.",
        "en": "The printing service did not answer within {seconds} seconds. Try again.",
    },
    "print.no_pdf_app": {
        "nb": "Windows fant ikke et program som kan skrive ut PDF ({detail}). Åpne PDF-en "
        "og skriv den ut derfra.",
        "en": "Windows found no program that can print a PDF ({detail}). Open the PDF and "
        "print it from there.",
    },
    "cli.report_needs_out": {
        "nb": "Si hva som skal gjøres med rapporten: --out FIL.pdf|FIL.docx og/eller --print.",
        "en": "Say what to do with the report: --out FILE.pdf|FILE.docx and/or --print.",
    },
    "cli.report_printed": {
        "nb": "Rapporten for gruppe {code} er sendt til skriveren (jobb {job}).",
        "en": "The report for group {code} was sent to the printer (job {job}).",
    },
}
