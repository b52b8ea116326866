"""Messages about an organiser's database on a server (PostgreSQL).

Kept apart from messages.py only for size; messages.py merges them into one catalogue.
No message ever carries a password: `location` is the address without it.
"""

from __future__ import annotations

SERVER_MESSAGES: dict[str, dict[str, str]] = {
    "db.server_address": {
        "nb": "«{location}» er ikke en gyldig databaseadresse. Den skal se slik ut: "
        "postgresql://bruker@server:5432/database",
        "en": "“{location}” is not a valid database address. It should look like this: "
        "postgresql://user@server:5432/database",
    },
    "db.server_unreachable": {
        "nb": "Får ikke kontakt med databaseserveren {host} på port {port}. Sjekk at "
        "serveradressen og porten er riktige, at serveren kjører, og at du er koblet til "
        "nettverket den er på.",
        "en": "Cannot reach the database server {host} on port {port}. Check that the server "
        "address and port are right, that the server is running, and that you are connected to "
        "its network.",
    },
    "db.server_password": {
        "nb": "Databaseserveren {host} godtok ikke brukernavnet «{user}» med dette passordet. "
        "Sjekk brukernavn og passord.",
        "en": "The database server {host} did not accept the user name “{user}” with this "
        "password. Check the user name and password.",
    },
    "db.server_no_database": {
        "nb": "Databasen «{database}» finnes ikke på serveren {host}. Sjekk navnet, eller be "
        "den som drifter serveren om å opprette en tom database med dette navnet.",
        "en": "The database “{database}” does not exist on the server {host}. Check the name, "
        "or ask whoever runs the server to create an empty database with this name.",
    },
    "db.server_permission": {
        "nb": "Brukeren «{user}» har ikke tilgang til å bruke databasen «{database}» på {host} "
        "({detail}). Be den som drifter serveren om å gi brukeren tilgang til å lage og endre "
        "tabeller der. Ingenting er endret.",
        "en": "The user “{user}” is not allowed to use the database “{database}” on {host} "
        "({detail}). Ask whoever runs the server to let the user create and change tables "
        "there. Nothing was changed.",
    },
    "db.server_newer": {
        "nb": "Databasen «{location}» er laget med en nyere versjon av ArenaDesk. Oppdater "
        "ArenaDesk for å åpne den. Databasen er ikke endret.",
        "en": "The database “{location}” was made by a newer version of ArenaDesk. Update "
        "ArenaDesk to open it. The database was not changed.",
    },
    "db.server_foreign": {
        "nb": "Databasen «{location}» inneholder tabeller fra et annet program og er ikke en "
        "ArenaDesk-database. Bruk en tom database. Databasen er ikke endret.",
        "en": "The database “{location}” contains another program's tables and is not an "
        "ArenaDesk database. Use an empty database. The database was not changed.",
    },
    "db.server_migration_failed": {
        "nb": "Kunne ikke oppgradere databasen «{location}» ({detail}). Databasen er ikke endret.",
        "en": "Could not upgrade the database “{location}” ({detail}). The database was not "
        "changed.",
    },
}
