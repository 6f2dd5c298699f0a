<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>BadgeDesignDialog</name>
    <message>
        <location filename="../../ui/badge_design.py" line="97"/>
        <source>Badge design</source>
        <translation>Projekt identyfikatora</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="119"/>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="341"/>
        <source>Shown for: {name}</source>
        <translation>Podgląd dla: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="180"/>
        <source>On the badge</source>
        <translation>Na identyfikatorze</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="151"/>
        <source>Type a surname or an organisation</source>
        <translation>Wpisz nazwisko lub instytucję</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="156"/>
        <source>Hardest to fit</source>
        <translation>Najtrudniejsze do zmieszczenia</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="157"/>
        <source>Any guest</source>
        <translation>Dowolna osoba</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="182"/>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="183"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="184"/>
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="185"/>
        <source>Code under the QR</source>
        <translation>Kod pod kodem QR</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="199"/>
        <source>Category bands</source>
        <translation>Paski kategorii</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="201"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="202"/>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="203"/>
        <source>Label on the band</source>
        <translation>Napis na pasku</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="209"/>
        <source>Colour for {category}</source>
        <translation>Kolor: {category}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="225"/>
        <source>Event and stock</source>
        <translation>Wydarzenie i format</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="231"/>
        <source>Workshop line starts with</source>
        <translation>Wiersz warsztatu zaczyna się od</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="233"/>
        <source>Choose logo…</source>
        <translation>Wybierz logo…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="235"/>
        <source>Remove logo</source>
        <translation>Usuń logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="241"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="249"/>
        <source>Default badge stock</source>
        <translation>Domyślny format identyfikatorów</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="265"/>
        <source>Band colour for {category}</source>
        <translation>Kolor paska: {category}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="273"/>
        <source>Event logo</source>
        <translation>Logo wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="273"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="282"/>
        <source>Logo not used</source>
        <translation>Logo nie zostało użyte</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="296"/>
        <source>{width} × {height} px, {size} KB</source>
        <translation>{width} × {height} px, {size} KB</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="300"/>
        <source>No logo</source>
        <translation>Bez logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="339"/>
        <source>No guest matches “{query}”. Shown for: {name}</source>
        <translation>Nikt nie pasuje do „{query}”. Podgląd dla: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="363"/>
        <source>Preview unavailable (install PySide6-Addons).</source>
        <translation>Podgląd niedostępny (zainstaluj PySide6-Addons).</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="370"/>
        <source>Preview unavailable: the logo cannot be drawn.</source>
        <translation>Podgląd niedostępny: nie można narysować logo.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="374"/>
        <source>Preview unavailable.</source>
        <translation>Podgląd niedostępny.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="385"/>
        <source>Badge design not saved</source>
        <translation>Nie zapisano projektu identyfikatora</translation>
    </message>
</context>
<context>
    <name>CancelRegistrationDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="47"/>
        <source>Cancel the registration of {name}? The desks and doors will refuse them, and their workshop seats and meal places become free. Their history is kept.</source>
        <translation>Anulować zgłoszenie: {name}? Stanowiska i wejścia na sesje będą tę osobę odsyłać, a jej miejsca na warsztatach i posiłkach się zwolnią. Historia zostaje zachowana.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="50"/>
        <source>Cancel registration</source>
        <translation>Anuluj zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="50"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="50"/>
        <source>e.g. resigned by e-mail</source>
        <translation>np. rezygnacja mailowa</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../ui/organiser/pin.py" line="125"/>
        <source>Change the organiser PIN</source>
        <translation>Zmiana PIN-u organizatora</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="125"/>
        <source>Set an organiser PIN</source>
        <translation>Ustawienie PIN-u organizatora</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="132"/>
        <source>Current PIN</source>
        <translation>Obecny PIN</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="135"/>
        <source>This event has no organiser PIN: every desk can export, clear the personal data and restore backups. With a PIN, desks start in reception and ask for it.</source>
        <translation>To wydarzenie nie ma PIN-u organizatora: każde stanowisko może eksportować dane, czyścić dane osobowe i przywracać kopie zapasowe. Z PIN-em stanowiska zaczynają w trybie recepcji i pytają o niego.</translation>
    </message>
</context>
<context>
    <name>ColumnTable</name>
    <message>
        <location filename="../../ui/organiser/import_columns.py" line="49"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_columns.py" line="49"/>
        <source>Values in the file</source>
        <translation>Wartości w pliku</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_columns.py" line="49"/>
        <source>Imported as</source>
        <translation>Importowana jako</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_columns.py" line="49"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_columns.py" line="104"/>
        <source>A column without a header of its own cannot be mapped; name it in the file.</source>
        <translation>Kolumny bez własnego nagłówka nie można przypisać; nazwij ją w pliku.</translation>
    </message>
</context>
<context>
    <name>ConfirmationTemplateDialog</name>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="79"/>
        <source>Confirmation text</source>
        <translation>Treść potwierdzenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="118"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="119"/>
        <source>E-mail subject</source>
        <translation>Temat e-maila</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="120"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="121"/>
        <source>Organisers&apos; contact</source>
        <translation>Kontakt z organizatorami</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="123"/>
        <source>Placeholders (a click inserts one where the cursor is)</source>
        <translation>Pola do wstawienia (kliknięcie wstawia pole tam, gdzie jest kursor)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="136"/>
        <source>Preview (a sample guest)</source>
        <translation>Podgląd (przykładowy gość)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="205"/>
        <source>Preview unavailable (install PySide6-Addons).</source>
        <translation>Podgląd niedostępny (zainstaluj PySide6-Addons).</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="209"/>
        <source>Preview unavailable.</source>
        <translation>Podgląd niedostępny.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="229"/>
        <source>Confirmation text not saved</source>
        <translation>Treść potwierdzenia nie została zapisana</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="64"/>
        <source>Confirmations with the QR code</source>
        <translation>Potwierdzenia z kodem QR</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="95"/>
        <source>Who gets a confirmation</source>
        <translation>Kto dostaje potwierdzenie</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="98"/>
        <source>All guests</source>
        <translation>Wszyscy goście</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="99"/>
        <source>Guests not sent one yet</source>
        <translation>Goście, którym jeszcze nie wysłano</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="100"/>
        <source>A category:</source>
        <translation>Kategoria:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmations.py" line="102"/>
        <source>The guest selected at the desk</source>
        <translation>
            <numerusform>Gość zaznaczony na liście stanowiska</numerusform>
            <numerusform>Goście zaznaczeni na liście stanowiska</numerusform>
            <numerusform>Goście zaznaczeni na liście stanowiska</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="115"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="117"/>
        <source>Send again to guests already sent one</source>
        <translation>Wyślij ponownie także tym, którym już wysłano</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="126"/>
        <source>Without a mailbox</source>
        <translation>Bez skrzynki pocztowej</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="129"/>
        <source>One .eml file per guest opens in Outlook or Thunderbird as a ready message; one PDF holds every confirmation in alphabetical order, for the post.</source>
        <translation>Plik .eml dla każdego gościa otwiera się w Outlooku lub Thunderbirdzie jako gotowa wiadomość; jeden PDF zawiera wszystkie potwierdzenia w kolejności alfabetycznej, do wysłania pocztą.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="132"/>
        <source>Save as .eml files…</source>
        <translation>Zapisz jako pliki .eml…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="133"/>
        <source>Save as one PDF…</source>
        <translation>Zapisz jako jeden PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="139"/>
        <source>Guests without an e-mail: print these instead</source>
        <translation>Goście bez adresu e-mail: wydrukuj im potwierdzenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="144"/>
        <source>Save their confirmations as one PDF…</source>
        <translation>Zapisz ich potwierdzenia jako jeden PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="184"/>
        <source>With an e-mail: {with_email} · without one: {without} · already sent: {sent}</source>
        <translation>Z adresem e-mail: {with_email} · bez adresu: {without} · już wysłano: {sent}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="204"/>
        <source>Folder for the .eml files</source>
        <translation>Folder na pliki .eml</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmations.py" line="217"/>
        <source>No file for %n guest(s):</source>
        <translation>
            <numerusform>Bez pliku zostaje %n gość:</numerusform>
            <numerusform>Bez pliku zostaje %n gości:</numerusform>
            <numerusform>Bez pliku zostaje %n gości:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmations.py" line="219"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…i jeszcze %n.</numerusform>
            <numerusform>…i jeszcze %n.</numerusform>
            <numerusform>…i jeszcze %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="226"/>
        <source>Confirmations as one PDF</source>
        <translation>Potwierdzenia jako jeden PDF</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="226"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="244"/>
        <source>Writing the confirmations…</source>
        <translation>Zapisywanie potwierdzeń…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="248"/>
        <location filename="../../ui/organiser/confirmations.py" line="257"/>
        <source>Nothing saved</source>
        <translation>Nic nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="249"/>
        <source>{where} could not be written: {reason}. Check that the disk has space and that the folder may be written in.</source>
        <translation>Nie udało się zapisać {where}: {reason}. Sprawdź, czy na dysku jest miejsce i czy w folderze można zapisywać.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="262"/>
        <source>Not every confirmation saved</source>
        <translation>Nie wszystkie potwierdzenia zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="264"/>
        <source>Confirmations saved</source>
        <translation>Potwierdzenia zapisane</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="259"/>
        <source>Saved in {where}.</source>
        <translation>Zapisano w {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="273"/>
        <source>Sending</source>
        <translation>Wysyłka</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="274"/>
        <source>Confirmations are being sent. Stop after the message being sent and close?</source>
        <translation>Trwa wysyłka potwierdzeń. Zatrzymać po wysyłanej wiadomości i zamknąć?</translation>
    </message>
</context>
<context>
    <name>CountTiles</name>
    <message>
        <location filename="../../ui/door/header.py" line="122"/>
        <source>signed up</source>
        <translation>zapisani</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="122"/>
        <source>registered that day</source>
        <translation>zgłoszeni tego dnia</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="125"/>
        <source>capacity</source>
        <translation>limit miejsc</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="126"/>
        <source>seats left</source>
        <translation>wolne miejsca</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="127"/>
        <source>entered</source>
        <translation>weszli</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="128"/>
        <source>in the room now</source>
        <translation>teraz na sali</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard/window.py" line="153"/>
        <source>Organiser dashboard — {event}</source>
        <translation>Panel organizatora — {event}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="155"/>
        <source>Full screen</source>
        <translation>Pełny ekran</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="156"/>
        <source>Move to the next screen</source>
        <translation>Przenieś na następny ekran</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="157"/>
        <source>Close the dashboard</source>
        <translation>Zamknij panel</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="196"/>
        <source>{event} — {day}</source>
        <translation>{event} — {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="201"/>
        <source>registered</source>
        <translation>zgłoszonych</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="202"/>
        <source>expected today</source>
        <translation>oczekiwanych dziś</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="204"/>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="207"/>
        <source>checked in today</source>
        <translation>zarejestrowanych dziś</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="210"/>
        <source>still to come</source>
        <translation>jeszcze nie dotarło</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="216"/>
        <source>Arrivals per {minutes} minutes</source>
        <translation>Przybycia co {minutes} minut</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="217"/>
        <source>Arrivals: nobody checked in yet</source>
        <translation>Przybycia: jeszcze nikogo</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="220"/>
        <source>Sessions of the day</source>
        <translation>Sesje dnia</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="220"/>
        <source>No sessions this day</source>
        <translation>Brak sesji tego dnia</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="222"/>
        <source>By category</source>
        <translation>Według kategorii</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="223"/>
        <source>Last check-ins</source>
        <translation>Ostatnie rejestracje</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="225"/>
        <source>Honorary guests: {arrived} of {expected} arrived</source>
        <translation>Goście honorowi: przybyło {arrived} z {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="229"/>
        <source>Meals for the kitchen: {count} plates today</source>
        <translation>Posiłki dla kuchni (porcje dziś: {count})</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/desk/window.py" line="129"/>
        <source>Check-in — {event}</source>
        <translation>Rejestracja — {event}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="130"/>
        <source>Scan a code or type a name, organisation or e-mail…</source>
        <translation>Zeskanuj kod lub wpisz nazwisko, instytucję albo e-mail…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="132"/>
        <source>&amp;Desk</source>
        <translation>&amp;Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="133"/>
        <source>Open event file…</source>
        <translation>Otwórz plik wydarzenia…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="134"/>
        <source>New event from a list…</source>
        <translation>Nowe wydarzenie z listy…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="135"/>
        <source>Join an event on the network…</source>
        <translation>Dołącz do wydarzenia w sieci…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="136"/>
        <source>Organiser dashboard…</source>
        <translation>Panel organizatora…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="137"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="138"/>
        <source>Undo last check-in…</source>
        <translation>Cofnij ostatnią rejestrację…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="139"/>
        <source>Walk-in registration…</source>
        <translation>Rejestracja na miejscu…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="140"/>
        <source>Correct selected guest…</source>
        <translation>Popraw dane wybranej osoby…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="141"/>
        <source>Cancel registration…</source>
        <translation>Anuluj zgłoszenie…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="142"/>
        <source>Restore cancelled registration…</source>
        <translation>Przywróć anulowane zgłoszenie…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="143"/>
        <source>Change workshop…</source>
        <translation>Zmień warsztat…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="144"/>
        <source>Meals and gala dinner…</source>
        <translation>Posiłki i uroczysta kolacja…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="145"/>
        <source>Start of shift…</source>
        <translation>Początek zmiany…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="146"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="147"/>
        <source>Camera scanner</source>
        <translation>Skaner kamerą</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="148"/>
        <source>Reprint badge…</source>
        <translation>Wydrukuj identyfikator ponownie…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="149"/>
        <source>Retry printing</source>
        <translation>Ponów drukowanie</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="150"/>
        <source>&amp;Badges</source>
        <translation>&amp;Identyfikatory</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="151"/>
        <source>Badge design…</source>
        <translation>Projekt identyfikatora…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="152"/>
        <source>Pre-print badges…</source>
        <translation>Wydruk identyfikatorów przed wydarzeniem…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="153"/>
        <source>&amp;Programme</source>
        <translation>P&amp;rogram</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="154"/>
        <source>Edit programme…</source>
        <translation>Edytuj program…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="155"/>
        <source>Door mode: a session&apos;s entrance…</source>
        <translation>Kontrola wejścia na sesję…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="168"/>
        <source>Nothing to undo</source>
        <translation>Nie ma czego cofnąć</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="169"/>
        <source>Select a checked-in guest in the list, or undo this desk&apos;s last check-in.</source>
        <translation>Zaznacz na liście zarejestrowanego gościa albo cofnij ostatnią rejestrację tego stanowiska.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="351"/>
        <source>Checking in for {day}, which is not today</source>
        <translation>Rejestracja na {day} – to nie jest dzisiaj</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="331"/>
        <source>Desk: &lt;b&gt;{desk}&lt;/b&gt;</source>
        <translation>Stanowisko: &lt;b&gt;{desk}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="335"/>
        <source>Today is not an event day: choose the day in Settings (Ctrl+,)</source>
        <translation>Dziś nie jest dzień wydarzenia: wybierz dzień w Ustawieniach (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="342"/>
        <source>Checked in: &lt;b&gt;{done}&lt;/b&gt; of {expected}</source>
        <translation>Zarejestrowano: &lt;b&gt;{done}&lt;/b&gt; z {expected}</translation>
    </message>
</context>
<context>
    <name>DoorSessionDialog</name>
    <message>
        <location filename="../../ui/door/picker.py" line="32"/>
        <source>Door mode: choose the session</source>
        <translation>Kontrola wejścia: wybierz sesję</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="36"/>
        <source>The programme has no sessions yet: add them with Programme → Edit programme…</source>
        <translation>Program nie ma jeszcze żadnych sesji: dodaj je w menu Program → Edytuj program…</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="47"/>
        <source>Scans at this station will record entries to the chosen session.</source>
        <translation>Skany na tym stanowisku zapiszą wejścia na wybraną sesję.</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="63"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="63"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="63"/>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="63"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="63"/>
        <source>Signed up</source>
        <translation>Zapisani</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="64"/>
        <source>Capacity</source>
        <translation>Limit miejsc</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <location filename="../../ui/door/window.py" line="126"/>
        <source>Scan a badge or type a name…</source>
        <translation>Zeskanuj identyfikator lub wpisz nazwisko…</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="127"/>
        <source>&amp;Door</source>
        <translation>&amp;Kontrola wejścia</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="128"/>
        <source>Entry / exit</source>
        <translation>Wejście / wyjście</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="129"/>
        <source>Camera scanner</source>
        <translation>Skaner kamerą</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="130"/>
        <source>Start of shift…</source>
        <translation>Początek zmiany…</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="131"/>
        <source>Change session…</source>
        <translation>Zmień sesję…</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="132"/>
        <source>Back to the reception desk</source>
        <translation>Wróć do stanowiska rejestracji</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="133"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="160"/>
        <source>{session} is full. Let {name} in anyway?</source>
        <translation>„{session}” nie ma wolnych miejsc. Wpuścić mimo to: {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="180"/>
        <source>EXIT (F4)</source>
        <translation>WYJŚCIE (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="180"/>
        <source>ENTRY (F4)</source>
        <translation>WEJŚCIE (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="188"/>
        <source>Door: {session} — {event}</source>
        <translation>Wejście: {session} — {event}</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="193"/>
        <source>This session is on {date}, not today: scans are still recorded for it.</source>
        <translation>Ta sesja jest w dniu {date}, a nie dziś: skany są mimo to zapisywane.</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="218"/>
        <source>Station: &lt;b&gt;{station}&lt;/b&gt;</source>
        <translation>Stanowisko: &lt;b&gt;{station}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="149"/>
        <source>Correct guest details</source>
        <translation>Popraw dane uczestnika</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="150"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="150"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="150"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="150"/>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="151"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="45"/>
        <source>Event settings</source>
        <translation>Ustawienia wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="48"/>
        <source>Venue</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="50"/>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="52"/>
        <source>not set: badges and certificates show the date alone</source>
        <translation>nie ustawiono: identyfikatory i zaświadczenia podają samą datę</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="57"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="58"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="59"/>
        <source>Move left</source>
        <translation>Przesuń w lewo</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="60"/>
        <source>Move right</source>
        <translation>Przesuń w prawo</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="61"/>
        <location filename="../../ui/organiser/event_settings.py" line="108"/>
        <source>Funding logos</source>
        <translation>Logotypy projektu</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="64"/>
        <source>As printed</source>
        <translation>Na wydruku</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="108"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="106"/>
        <location filename="../../ui/organiser/export_dialog.py" line="245"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="116"/>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="123"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="135"/>
        <source>Day {day}, {start}–{end}: {title} ({room})</source>
        <translation>Dzień {day}, {start}–{end}: {title} ({room})</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="139"/>
        <source>all in one PDF file</source>
        <translation>wszystkie w jednym pliku PDF</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="140"/>
        <source>one PDF file per person, in a folder</source>
        <translation>osobny plik PDF dla każdej osoby, w folderze</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="143"/>
        <source>What</source>
        <translation>Co wyeksportować</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="146"/>
        <source>Attendance list of a day</source>
        <translation>Lista obecności na dzień</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="147"/>
        <source>Attendance list of a session</source>
        <translation>Lista obecności na sesję</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="148"/>
        <source>All check-ins and door scans</source>
        <translation>Wszystkie rejestracje i skany przy wejściach na sesje</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="149"/>
        <source>Certificates of attendance</source>
        <translation>Zaświadczenia o udziale</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="150"/>
        <source>Meals and diets for the kitchen</source>
        <translation>Posiłki i diety dla kuchni</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="181"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="182"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="183"/>
        <source>CSV (for Excel: semicolons, UTF-8)</source>
        <translation>CSV (dla Excela: średniki, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="203"/>
        <source>attendance-day-{number}</source>
        <translation>lista-obecnosci-dzien-{number}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="206"/>
        <source>attendance-{session}</source>
        <translation>lista-obecnosci-{session}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="208"/>
        <source>check-ins-and-door-scans</source>
        <translation>rejestracje-i-wejscia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="210"/>
        <source>meals-for-the-kitchen</source>
        <translation>posilki-dla-kuchni</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="212"/>
        <source>certificates</source>
        <translation>zaswiadczenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="220"/>
        <source>Folder for the certificates</source>
        <translation>Folder na zaświadczenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="224"/>
        <source>Save the export as</source>
        <translation>Zapisz eksport jako</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="245"/>
        <source>Writing the export…</source>
        <translation>Zapisywanie eksportu…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="249"/>
        <location filename="../../ui/organiser/export_dialog.py" line="252"/>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="253"/>
        <source>{path} cannot be written ({reason}). Check that the file is not open in another program (such as Excel), that you may write in that folder and that the disk has space.</source>
        <translation>Nie można zapisać {path} ({reason}). Sprawdź, czy plik nie jest otwarty w innym programie (np. w Excelu), czy możesz zapisywać w tym folderze i czy na dysku jest miejsce.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="260"/>
        <source>Export finished</source>
        <translation>Eksport zakończony</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="263"/>
        <source>Nobody has attended yet, so there is no certificate to write.</source>
        <translation>Nikt jeszcze nie uczestniczył, więc nie ma zaświadczeń do wystawienia.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="268"/>
        <source>Pages: {pages}</source>
        <translation>Strony: {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="269"/>
        <source>Saved in the folder {path}</source>
        <translation>Zapisano w folderze {path}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="269"/>
        <source>Saved as {path}</source>
        <translation>Zapisano jako {path}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="275"/>
        <source>Check-ins, undos, entries and exits: {rows}</source>
        <translation>Rejestracje, cofnięcia, wejścia i wyjścia: {rows}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="277"/>
        <source>Certificates: {count}</source>
        <translation>Zaświadczenia: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="279"/>
        <source>Meals served, every meal together: {count}</source>
        <translation>Porcje, wszystkie posiłki razem: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="280"/>
        <source>People on the list: {count}</source>
        <translation>Osoby na liście: {count}</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../ui/widgets/scan_guard.py" line="56"/>
        <source>A badge was scanned into this form: its code was left out. Finish the form, or press Esc and scan the badge again at the desk.</source>
        <translation>Do formularza zeskanowano identyfikator — jego kod pominięto. Dokończ formularz albo naciśnij Esc i zeskanuj identyfikator jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="56"/>
        <source>Import an updated list</source>
        <translation>Import zaktualizowanej listy</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="59"/>
        <source>Choose a file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="63"/>
        <source>%v of %m</source>
        <translation>%v z %m</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="70"/>
        <source>Automatic recognition</source>
        <translation>Rozpoznawanie automatyczne</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="71"/>
        <source>Forget the mapping chosen by hand or remembered for this form.</source>
        <translation>Zapomnij przypisanie wybrane ręcznie lub zapamiętane dla tego formularza.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="73"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="75"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="113"/>
        <source>Updated registrant list</source>
        <translation>Zaktualizowana lista zgłoszeń</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="113"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listy (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="123"/>
        <source>File: {name}</source>
        <translation>Plik: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="157"/>
        <source>Reading the file…</source>
        <translation>Wczytywanie pliku…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="174"/>
        <source>Comparing the list with the event…</source>
        <translation>Porównywanie listy z wydarzeniem…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="227"/>
        <source>File: {name}, sheet &quot;{sheet}&quot;</source>
        <translation>Plik: {name}, arkusz „{sheet}”</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="231"/>
        <source>This form was imported before: the columns are mapped as they were then. Check the counts and import.</source>
        <translation>Ten formularz był już importowany: kolumny są przypisane tak jak wtedy (zapamiętane). Sprawdź liczby i importuj.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="235"/>
        <source>Columns mapped by hand are remembered for this form when you import, so the next export of it imports in one step.</source>
        <translation>Kolumny przypisane ręcznie zostaną zapamiętane dla tego formularza przy imporcie, więc jego następny eksport zaimportujesz w jednym kroku.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="239"/>
        <source>Check how each column was understood; change a column&apos;s field where it is wrong, then import.</source>
        <translation>Sprawdź, jak zrozumiano każdą kolumnę; popraw pole kolumny tam, gdzie jest złe, a potem importuj.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="271"/>
        <source>Importing the list… The window can be closed once it is done.</source>
        <translation>Importowanie listy… Okno można zamknąć, gdy import się zakończy.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="289"/>
        <source>Imported. {counts}</source>
        <translation>Zaimportowano. {counts}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="293"/>
        <source>The list was imported; a backup of the event was taken just before. This form&apos;s column mapping is remembered for the next import.</source>
        <translation>Lista została zaimportowana; tuż przed importem wykonano kopię zapasową wydarzenia. Przypisanie kolumn tego formularza zapamiętano na następny import.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="297"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="102"/>
        <source>Join an event on the network</source>
        <translation>Dołączanie do wydarzenia w sieci</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="105"/>
        <source>This laptop receives the whole event from one of its stations. On that station, choose File → Stations on the network… → Show a pairing code… (organiser PIN); then choose the station below, or type the address it shows, and type its code.</source>
        <translation>Ten laptop otrzyma całe wydarzenie z jednego z jego stanowisk. Na tamtym stanowisku wybierz Plik → Stanowiska w sieci… → Pokaż kod parowania… (PIN organizatora); potem wybierz to stanowisko poniżej albo wpisz adres, który ono pokazuje, i wpisz jego kod.</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="111"/>
        <source>for example 192.168.1.20:{port}</source>
        <translation>na przykład 192.168.1.20:{port}</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="114"/>
        <source>like K7PQ-4X2M</source>
        <translation>np. K7PQ-4X2M</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="117"/>
        <source>Browse…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="126"/>
        <source>Join</source>
        <translation>Dołącz</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="142"/>
        <source>Event</source>
        <translation>Wydarzenie</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="142"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="142"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="154"/>
        <source>Station&apos;s address</source>
        <translation>Adres stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="155"/>
        <source>Pairing code</source>
        <translation>Kod parowania</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="159"/>
        <location filename="../../ui/station/join_dialog.py" line="232"/>
        <source>Save the event as</source>
        <translation>Zapisz wydarzenie jako</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="162"/>
        <source>Stations found on this network:</source>
        <translation>Stanowiska znalezione w tej sieci:</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="218"/>
        <source>Looking for stations… If none appears (some networks hide them), type the address the station shows under Stations on the network.</source>
        <translation>Szukam stanowisk… Jeśli żadne się nie pojawi (niektóre sieci je ukrywają), wpisz adres, który stanowisko pokazuje w oknie Stanowiska w sieci.</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="232"/>
        <source>Event files (*.sqlite)</source>
        <translation>Pliki wydarzeń (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="289"/>
        <source>Checking the pairing code with {address}…</source>
        <translation>Sprawdzam kod parowania ze stanowiskiem {address}…</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="293"/>
        <source>The code is right; the station is preparing the event…</source>
        <translation>Kod jest poprawny; stanowisko przygotowuje wydarzenie…</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="297"/>
        <source>Receiving the event: {received} of {total} MB</source>
        <translation>Odbieram wydarzenie: {received} z {total} MB</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="300"/>
        <source>Receiving the event: {received} MB</source>
        <translation>Odbieram wydarzenie: {received} MB</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="301"/>
        <source>Checking the event file…</source>
        <translation>Sprawdzam plik wydarzenia…</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="345"/>
        <source>Cancelling…</source>
        <translation>Przerywam…</translation>
    </message>
</context>
<context>
    <name>MailingPanel</name>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="70"/>
        <source>Sending stopped: {reason}. The guests sent so far are recorded; send again to go on.</source>
        <translation>Wysyłka przerwana: {reason}. Wysłane dotąd są zapisane; wyślij ponownie, aby kontynuować.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="96"/>
        <source>By e-mail</source>
        <translation>E-mailem</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="99"/>
        <source>SMTP settings…</source>
        <translation>Ustawienia SMTP…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="100"/>
        <source>Confirmation text…</source>
        <translation>Treść potwierdzenia…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="108"/>
        <source>the organiser&apos;s address</source>
        <translation>adres organizatora</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="109"/>
        <source>Send a test</source>
        <translation>Wyślij próbny</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="110"/>
        <source>Test to</source>
        <translation>Próbny na adres</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="120"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="123"/>
        <source>%v of %m</source>
        <translation>%v z %m</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="125"/>
        <source>Stop after this message</source>
        <translation>Zatrzymaj po tej wiadomości</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="131"/>
        <source>The report of the last send appears here.</source>
        <translation>Tu pojawi się raport z ostatniej wysyłki.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="143"/>
        <source>Send to %n guest(s)…</source>
        <translation>
            <numerusform>Wyślij do %n gościa…</numerusform>
            <numerusform>Wyślij do %n gości…</numerusform>
            <numerusform>Wyślij do %n gości…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="157"/>
        <source>No mailbox set up yet: SMTP settings…</source>
        <translation>Skrzynka nadawcy nie jest jeszcze ustawiona: Ustawienia SMTP…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="159"/>
        <source>Sender: {name} &lt;{address}&gt; · server: {host}</source>
        <translation>Nadawca: {name} &lt;{address}&gt; · serwer: {host}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="193"/>
        <source>Sending a test to {address}…</source>
        <translation>Wysyłanie próbnego potwierdzenia na {address}…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="214"/>
        <source>Connecting to the mailbox…</source>
        <translation>Łączenie ze skrzynką…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="226"/>
        <source>Send confirmations</source>
        <translation>Wysyłka potwierdzeń</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="227"/>
        <source>Send %n confirmation(s) by e-mail now?</source>
        <translation>
            <numerusform>Wysłać teraz %n potwierdzenie e-mailem?</numerusform>
            <numerusform>Wysłać teraz %n potwierdzenia e-mailem?</numerusform>
            <numerusform>Wysłać teraz %n potwierdzeń e-mailem?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="229"/>
        <source>Language: {language}. Sending can be stopped after any message.</source>
        <translation>Język: {language}. Wysyłkę można zatrzymać po każdej wiadomości.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="253"/>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="271"/>
        <source>Stopping after the message being sent…</source>
        <translation>Zatrzymanie po wysyłanej wiadomości…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="267"/>
        <source>Sent: {sent} · failed: {failed} · last: {guest}</source>
        <translation>Wysłano: {sent} · błędy: {failed} · ostatni: {guest}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="284"/>
        <source>Stopped.</source>
        <translation>Zatrzymano.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="284"/>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="293"/>
        <source>The test was sent to {address}: look at it in that mailbox.</source>
        <translation>Próbne potwierdzenie wysłano na {address}: obejrzyj je w tej skrzynce.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="296"/>
        <source>Sending stopped.</source>
        <translation>Wysyłka przerwana.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="308"/>
        <source>Sent: %n</source>
        <translation>
            <numerusform>Wysłano: %n</numerusform>
            <numerusform>Wysłano: %n</numerusform>
            <numerusform>Wysłano: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="309"/>
        <source>Skipped (sent before): %n</source>
        <translation>
            <numerusform>Pominięto (wysłane wcześniej): %n</numerusform>
            <numerusform>Pominięto (wysłane wcześniej): %n</numerusform>
            <numerusform>Pominięto (wysłane wcześniej): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="310"/>
        <source>Failed: %n</source>
        <translation>
            <numerusform>Błędy: %n</numerusform>
            <numerusform>Błędy: %n</numerusform>
            <numerusform>Błędy: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="315"/>
        <source>…and %n more (all are in the log).</source>
        <translation>
            <numerusform>…i jeszcze %n (wszystkie są w dzienniku).</numerusform>
            <numerusform>…i jeszcze %n (wszystkie są w dzienniku).</numerusform>
            <numerusform>…i jeszcze %n (wszystkie są w dzienniku).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="317"/>
        <source>Sending again later tries only those not sent yet.</source>
        <translation>Ponowna wysyłka spróbuje tylko do tych, którym jeszcze nie wysłano.</translation>
    </message>
</context>
<context>
    <name>MealsDialog</name>
    <message>
        <location filename="../../ui/desk/choices.py" line="164"/>
        <source>Meals — {name}</source>
        <translation>Posiłki — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="178"/>
        <source>Space ticks · Tab moves · Enter saves · Esc cancels</source>
        <translation>Spacja zaznacza · Tab przechodzi dalej · Enter zapisuje · Esc anuluje</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="199"/>
        <source>{title} — day {day}, {start}</source>
        <translation>{title} — dzień {day}, {start}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="208"/>
        <source>diet, e.g. vegetarian</source>
        <translation>dieta, np. wegetariańska</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/new_event.py" line="40"/>
        <location filename="../../ui/new_event.py" line="140"/>
        <source>New event from a list</source>
        <translation>Nowe wydarzenie z listy</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="46"/>
        <source>e.g. Starachowice: printed on badges and certificates</source>
        <translation>np. Starachowice: na identyfikatorach i zaświadczeniach</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="54"/>
        <source>Event name</source>
        <translation>Nazwa wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="55"/>
        <source>Venue</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="56"/>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="57"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="58"/>
        <source>Number of days</source>
        <translation>Liczba dni</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="60"/>
        <source>Registrant list (CSV or XLSX)</source>
        <translation>Lista zgłoszeń (CSV lub XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="64"/>
        <location filename="../../ui/new_event.py" line="105"/>
        <source>Save the event as</source>
        <translation>Zapisz wydarzenie jako</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="86"/>
        <source>Browse…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="95"/>
        <source>Registrant list</source>
        <translation>Lista zgłoszeń</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="96"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listy (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="106"/>
        <source>Event files (*.sqlite)</source>
        <translation>Pliki wydarzeń (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="130"/>
        <location filename="../../ui/new_event.py" line="148"/>
        <location filename="../../ui/new_event.py" line="151"/>
        <location filename="../../ui/new_event.py" line="154"/>
        <source>Not created</source>
        <translation>Nie utworzono</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="131"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>Plik {path} już istnieje; wybierz nową nazwę.</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="140"/>
        <source>Creating the event from the list…</source>
        <translation>Tworzenie wydarzenia z listy…</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="160"/>
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="162"/>
        <source>Created: {created}
Updated: {updated}
Unchanged: {unchanged}
Merged duplicates: {merged}
Skipped rows: {skipped}</source>
        <translation>Utworzono: {created}
Zaktualizowano: {updated}
Bez zmian: {unchanged}
Scalone duplikaty: {merged}
Pominięte wiersze: {skipped}</translation>
    </message>
</context>
<context>
    <name>NewPinRows</name>
    <message>
        <location filename="../../ui/organiser/pin.py" line="87"/>
        <source>Organiser PIN</source>
        <translation>PIN organizatora</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="88"/>
        <source>The PIN again</source>
        <translation>PIN ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="108"/>
        <source>The two PINs are not the same.</source>
        <translation>Wpisane PIN-y nie są takie same.</translation>
    </message>
</context>
<context>
    <name>OrganiserMenu</name>
    <message>
        <location filename="../../ui/organiser/menu.py" line="75"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Organizator</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="76"/>
        <source>Unlock organiser functions…</source>
        <translation>Odblokuj funkcje organizatora…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="77"/>
        <source>Lock (back to reception)</source>
        <translation>Zablokuj (powrót do recepcji)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="78"/>
        <source>Import an updated list…</source>
        <translation>Importuj zaktualizowaną listę…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="79"/>
        <source>Export: attendance lists, check-ins, certificates, meals…</source>
        <translation>Eksport: listy obecności, rejestracje, zaświadczenia, posiłki…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="80"/>
        <source>Event settings: venue, town, funding logos…</source>
        <translation>Ustawienia wydarzenia: miejsce, miejscowość, logotypy…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="81"/>
        <source>Confirmations with the QR code: e-mail, .eml, PDF…</source>
        <translation>Potwierdzenia z kodem QR: e-mail, .eml, PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="82"/>
        <location filename="../../ui/organiser/menu.py" line="183"/>
        <source>Back up now</source>
        <translation>Utwórz kopię zapasową teraz</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="83"/>
        <source>Restore a backup…</source>
        <translation>Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="84"/>
        <source>Clear personal data…</source>
        <translation>Wyczyść dane osobowe…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="117"/>
        <source>Role: organiser (no PIN set)</source>
        <translation>Tryb: organizator (bez PIN-u)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="121"/>
        <source>This event has no organiser PIN: anyone at this desk can export, clear the personal data and restore backups. Organiser → Set an organiser PIN… protects them.</source>
        <translation>To wydarzenie nie ma PIN-u organizatora: każdy przy tym stanowisku może eksportować dane, czyścić dane osobowe i przywracać kopie zapasowe. Organizator → Ustaw PIN organizatora… je chroni.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="125"/>
        <source>Role: organiser</source>
        <translation>Tryb: organizator</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="128"/>
        <source>Organiser → Lock (Ctrl+Shift+L) takes this desk back to reception.</source>
        <translation>Organizator → Zablokuj (Ctrl+Shift+L) przywraca to stanowisko do trybu recepcji.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="131"/>
        <source>Role: reception</source>
        <translation>Tryb: recepcja</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="135"/>
        <source>Exports, the programme, the badge design, clearing the personal data and restoring backups ask for the organiser PIN.</source>
        <translation>Eksport, program, projekt identyfikatora, czyszczenie danych osobowych i przywracanie kopii zapasowych wymagają PIN-u organizatora.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="141"/>
        <source>Change the organiser PIN…</source>
        <translation>Zmień PIN organizatora…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="141"/>
        <source>Set an organiser PIN…</source>
        <translation>Ustaw PIN organizatora…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="174"/>
        <source>Backup restored</source>
        <translation>Przywrócono kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="183"/>
        <source>Backing up the event…</source>
        <translation>Tworzenie kopii zapasowej wydarzenia…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="186"/>
        <location filename="../../ui/organiser/menu.py" line="193"/>
        <source>No backup</source>
        <translation>Brak kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="187"/>
        <source>The backup could not be written ({reason}). Check that the disk has space and that the event file&apos;s folder may be written in.</source>
        <translation>Nie udało się zapisać kopii zapasowej ({reason}). Sprawdź, czy na dysku jest miejsce i czy można zapisywać w folderze pliku wydarzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="194"/>
        <source>Nothing has been recorded in this event yet, so there is nothing to back up.</source>
        <translation>W tym wydarzeniu nic jeszcze nie zapisano, więc nie ma czego kopiować.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="199"/>
        <source>Backup taken</source>
        <translation>Utworzono kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="200"/>
        <source>Backup {name} is in the folder {folder}.</source>
        <translation>Kopia zapasowa {name} jest w folderze {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="215"/>
        <source>Organiser PIN saved</source>
        <translation>Zapisano PIN organizatora</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="216"/>
        <source>Every desk asks for the new PIN from now on.</source>
        <translation>Od teraz każde stanowisko pyta o nowy PIN.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="150"/>
        <source>Session full</source>
        <translation>Brak wolnych miejsc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="150"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="150"/>
        <source>e.g. agreed with the organiser</source>
        <translation>np. uzgodnione z organizatorem</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="341"/>
        <source>Mailbox password</source>
        <translation>Hasło do skrzynki</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="342"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="345"/>
        <source>This computer has no credential store to keep the mailbox&apos;s password in, so type it for this send. Leave it empty when the mail server needs no login.</source>
        <translation>Ten komputer nie ma magazynu haseł, w którym można zapisać hasło do skrzynki, więc wpisz je na tę wysyłkę. Zostaw puste, gdy serwer poczty nie wymaga logowania.</translation>
    </message>
</context>
<context>
    <name>PersonalDataClearing</name>
    <message>
        <location filename="../../ui/organiser/purge.py" line="68"/>
        <source>Clearing not finished</source>
        <translation>Czyszczenie niedokończone</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="70"/>
        <location filename="../../ui/organiser/purge.py" line="74"/>
        <source>Not cleared</source>
        <translation>Nie wyczyszczono</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="75"/>
        <source>Clearing did not complete ({reason}). Close the other desks and programs that have the event file open, then clear the personal data again: that completes it.</source>
        <translation>Czyszczenie nie zostało dokończone ({reason}). Zamknij pozostałe stanowiska i programy, które mają otwarty plik wydarzenia, i wyczyść dane osobowe ponownie: to je dokończy.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="63"/>
        <location filename="../../ui/organiser/purge.py" line="83"/>
        <source>Clear personal data</source>
        <translation>Czyszczenie danych osobowych</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="63"/>
        <source>Clearing the personal data…</source>
        <translation>Czyszczenie danych osobowych…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="84"/>
        <source>Clear all personal data of {event}?</source>
        <translation>Wyczyścić wszystkie dane osobowe wydarzenia {event}?</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="87"/>
        <source>Removed for good: every guest&apos;s name, title, position, organisation, city, e-mail, phone, notes and needs, their registration number and form answers, diet notes, the staff names and reasons in the log, and every backup of the event. Badges already printed no longer work at the desks.

Kept: the programme, the desks&apos; names and the numbers: registered, expected and checked in per day and category, sign-ups and entries per session.

This cannot be undone. Export the attendance lists and certificates first, and close the other desks on this event.</source>
        <translation>Usunięte na zawsze: imiona i nazwiska gości, tytuły, stanowiska, instytucje, miejscowości, e-maile, telefony, uwagi i potrzeby, numery zgłoszeń i odpowiedzi z formularza, uwagi o diecie, nazwiska obsługi i powody w dzienniku oraz wszystkie kopie zapasowe wydarzenia. Wydrukowane identyfikatory przestaną działać przy stanowiskach.

Zachowane: program, nazwy stanowisk i liczby: zgłoszeni, oczekiwani i zarejestrowani według dni i kategorii, zapisy i wejścia na sesje.

Tego nie można cofnąć. Najpierw wyeksportuj listy obecności i zaświadczenia oraz zamknij pozostałe stanowiska z tym wydarzeniem.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="89"/>
        <source>Continue…</source>
        <translation>Dalej…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="93"/>
        <source>Guests cleared: {count}</source>
        <translation>Wyczyszczeni goście: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="94"/>
        <source>Log rows cleared: {count}</source>
        <translation>Wyczyszczone wpisy dziennika: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="95"/>
        <source>Backups deleted: {count}; a first backup of the cleared event was taken.</source>
        <translation>Usunięte kopie zapasowe: {count}; utworzono pierwszą kopię wyczyszczonego wydarzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="101"/>
        <source>Another desk or program still has the event file open: close it, so that the last traces of the cleared data leave the file.</source>
        <translation>Inne stanowisko lub program wciąż ma otwarty plik wydarzenia: zamknij je, aby ostatnie ślady wyczyszczonych danych zniknęły z pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="103"/>
        <source>Personal data cleared</source>
        <translation>Wyczyszczono dane osobowe</translation>
    </message>
</context>
<context>
    <name>PrePrintDialog</name>
    <message>
        <location filename="../../ui/preprint.py" line="57"/>
        <location filename="../../ui/preprint.py" line="192"/>
        <source>Pre-print badges</source>
        <translation>Wydruk identyfikatorów przed wydarzeniem</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="86"/>
        <source>Which guests</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="88"/>
        <source>All guests</source>
        <translation>Wszyscy uczestnicy</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="89"/>
        <source>Only guests whose badge is not printed yet</source>
        <translation>Tylko osoby, których identyfikator nie był jeszcze drukowany</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="90"/>
        <source>One category:</source>
        <translation>Jedna kategoria:</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="92"/>
        <source>The guests selected at the desk ({count})</source>
        <translation>Osoby wybrane na stanowisku ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="113"/>
        <source>Badge stock</source>
        <translation>Format identyfikatorów</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="117"/>
        <source>Layout</source>
        <translation>Układ</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="121"/>
        <source>Print to</source>
        <translation>Drukuj do</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="123"/>
        <source>A PDF file</source>
        <translation>Pliku PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="124"/>
        <source>This desk&apos;s printer</source>
        <translation>Drukarki tego stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="127"/>
        <source>No printer is set up at this desk.</source>
        <translation>Na tym stanowisku nie ustawiono drukarki.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="130"/>
        <source>Choose where to save the PDF</source>
        <translation>Wybierz, gdzie zapisać plik PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="131"/>
        <source>Browse…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="146"/>
        <source>Save the badges as</source>
        <translation>Zapisz identyfikatory jako</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="146"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="158"/>
        <location filename="../../ui/preprint.py" line="249"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n identyfikator</numerusform>
            <numerusform>%n identyfikatory</numerusform>
            <numerusform>%n identyfikatorów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="159"/>
        <source>{badges} on %n sheet(s)</source>
        <translation>
            <numerusform>{badges} na %n arkuszu</numerusform>
            <numerusform>{badges} na %n arkuszach</numerusform>
            <numerusform>{badges} na %n arkuszach</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="192"/>
        <source>Drawing the badges…</source>
        <translation>Przygotowywanie identyfikatorów…</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="217"/>
        <source>Nothing to print</source>
        <translation>Nic do wydrukowania</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="218"/>
        <source>No guest matches this choice, or every badge has been printed already.</source>
        <translation>Nikt nie spełnia tego wyboru albo wszystkie identyfikatory zostały już wydrukowane.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="234"/>
        <location filename="../../ui/preprint.py" line="239"/>
        <source>Badges not saved</source>
        <translation>Nie zapisano identyfikatorów</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="240"/>
        <source>The file {file} could not be written: {reason}. Nothing was recorded as printed.</source>
        <translation>Nie udało się zapisać pliku {file}: {reason}. Niczego nie oznaczono jako wydrukowane.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="247"/>
        <source>Badges saved</source>
        <translation>Zapisano identyfikatory</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="248"/>
        <source>{badges} saved to {file} (%n page(s)).</source>
        <translation>
            <numerusform>Zapisano {badges} w pliku {file} (%n strona).</numerusform>
            <numerusform>Zapisano {badges} w pliku {file} (%n strony).</numerusform>
            <numerusform>Zapisano {badges} w pliku {file} (%n stron).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintNotice</name>
    <message>
        <location filename="../../ui/desk/print_notice.py" line="51"/>
        <source>Badge printed</source>
        <translation>Wydrukowano identyfikator</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/print_notice.py" line="52"/>
        <source>Printer: {reason}. %n badge(s) waiting, F9 retries.</source>
        <translation>
            <numerusform>Drukarka: {reason}. Czeka %n identyfikator, F9 ponawia.</numerusform>
            <numerusform>Drukarka: {reason}. Czekają %n identyfikatory, F9 ponawia.</numerusform>
            <numerusform>Drukarka: {reason}. Czeka %n identyfikatorów, F9 ponawia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../ui/programme_editor.py" line="97"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="107"/>
        <source>Add session</source>
        <translation>Dodaj sesję</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="108"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="109"/>
        <source>Import from file…</source>
        <translation>Wczytaj z pliku…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/programme_editor.py" line="190"/>
        <source>&quot;{answer}&quot; names no session (%n guest(s)): choose for them at the desk (F6).</source>
        <translation>
            <numerusform>„{answer}” nie pasuje do żadnej sesji (%n osoba); wybierz sesję na stanowisku (F6).</numerusform>
            <numerusform>„{answer}” nie pasuje do żadnej sesji (%n osoby); wybierz im sesję na stanowisku (F6).</numerusform>
            <numerusform>„{answer}” nie pasuje do żadnej sesji (%n osób); wybierz im sesję na stanowisku (F6).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/programme_editor.py" line="194"/>
        <source>&quot;{title}&quot; is full: %n guest(s) who chose it have no seat.</source>
        <translation>
            <numerusform>„{title}” nie ma wolnych miejsc: %n osoba, która to wybrała, nie ma miejsca.</numerusform>
            <numerusform>„{title}” nie ma wolnych miejsc: %n osoby, które to wybrały, nie mają miejsca.</numerusform>
            <numerusform>„{title}” nie ma wolnych miejsc: %n osób, które to wybrały, nie ma miejsca.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="198"/>
        <source>Programme saved</source>
        <translation>Zapisano program</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="199"/>
        <source>Some registrants&apos; answers need a look:</source>
        <translation>Odpowiedzi z niektórych zgłoszeń trzeba sprawdzić:</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="217"/>
        <source>Programme file</source>
        <translation>Plik programu</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="218"/>
        <source>Programme (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Program (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="235"/>
        <source>The programme from {file} is in the table; Save keeps it, Cancel leaves the programme as it was.</source>
        <translation>Program z pliku {file} jest w tabeli; „Zachowaj” go zapisze, „Anuluj” pozostawi program bez zmian.</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="241"/>
        <source>Programme read</source>
        <translation>Wczytano program</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="243"/>
        <source>{file}
New sessions: {added}
Changed: {updated}
Unchanged: {unchanged}
Removed: {removed}
Rows with problems: {rows}</source>
        <translation>{file}
Nowe sesje: {added}
Zmienione: {updated}
Bez zmian: {unchanged}
Usunięte: {removed}
Wiersze z błędami: {rows}</translation>
    </message>
</context>
<context>
    <name>PurgeNameDialog</name>
    <message>
        <location filename="../../ui/organiser/purge.py" line="25"/>
        <source>Clear personal data</source>
        <translation>Czyszczenie danych osobowych</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="27"/>
        <source>To clear the personal data, type the name of the event:&lt;br&gt;&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Aby wyczyścić dane osobowe, wpisz nazwę wydarzenia:&lt;br&gt;&lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="31"/>
        <source>Event name</source>
        <translation>Nazwa wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="32"/>
        <source>Clear the data</source>
        <translation>Wyczyść dane</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message numerus="yes">
        <location filename="../../ui/desk/dialogs.py" line="34"/>
        <source>Print the badge of {name} again? It has been printed %n time(s).</source>
        <translation>
            <numerusform>Wydrukować ponownie identyfikator: {name}? Drukowano go już %n raz.</numerusform>
            <numerusform>Wydrukować ponownie identyfikator: {name}? Drukowano go już %n razy.</numerusform>
            <numerusform>Wydrukować ponownie identyfikator: {name}? Drukowano go już %n razy.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="36"/>
        <source>Reprint badge</source>
        <translation>Ponowny wydruk identyfikatora</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="37"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="37"/>
        <source>e.g. badge lost, name corrected</source>
        <translation>np. zgubiony identyfikator, poprawione nazwisko</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/organiser/backups.py" line="65"/>
        <location filename="../../ui/organiser/backups.py" line="147"/>
        <location filename="../../ui/organiser/backups.py" line="156"/>
        <source>Restore a backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="74"/>
        <source>A backup is taken every {minutes} minutes of check-in when something changed, and before every import and restore. Restoring one takes the whole event back to that moment, at every desk.</source>
        <translation>Kopia zapasowa powstaje co {minutes} minut rejestracji, jeśli coś się zmieniło, oraz przed każdym importem i przywróceniem. Przywrócenie kopii cofa całe wydarzenie do tamtej chwili, na wszystkich stanowiskach.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="75"/>
        <source>There are no backups of this event yet.</source>
        <translation>To wydarzenie nie ma jeszcze kopii zapasowych.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="80"/>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="91"/>
        <source>Taken at</source>
        <translation>Utworzona</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="91"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="91"/>
        <source>Guests</source>
        <translation>Goście</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="94"/>
        <source>Checked in
{day}</source>
        <translation>Przybyli
{day}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="98"/>
        <source>Check-ins, all days</source>
        <translation>Przybycia, wszystkie dni</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="125"/>
        <source>damaged: it cannot be restored</source>
        <translation>uszkodzona: nie da się jej przywrócić</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="147"/>
        <source>Restoring the backup…</source>
        <translation>Przywracanie kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="151"/>
        <source>Not restored</source>
        <translation>Nie przywrócono</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="157"/>
        <source>Restore the backup of {time} ({reason})?</source>
        <translation>Przywrócić kopię zapasową z {time} ({reason})?</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="161"/>
        <source>The whole event goes back to how it was then: check-ins, sign-ups, the programme and the organiser PIN. The current state is backed up first, so restoring that backup undoes this.

Other desks on this event switch to the restored state by themselves within seconds. Close any dialog open at them (such as the programme editor) before you restore.</source>
        <translation>Całe wydarzenie wróci do stanu z tamtej chwili: rejestracje, zapisy, program i PIN organizatora. Obecny stan zostanie najpierw zapisany w kopii zapasowej, więc jej przywrócenie cofnie tę zmianę.

Pozostałe stanowiska z tym wydarzeniem same przejdą do przywróconego stanu w ciągu kilku sekund. Zanim przywrócisz kopię, zamknij otwarte na nich okna (np. edytor programu).</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="163"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="168"/>
        <source>The event is as it was at {time}.</source>
        <translation>Przywrócono stan wydarzenia z {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="170"/>
        <source>What it held before is backed up as {name}; restoring that backup undoes this.</source>
        <translation>Wcześniejszy stan zapisano w kopii {name}; jej przywrócenie cofnie tę zmianę.</translation>
    </message>
</context>
<context>
    <name>RestoreRegistrationDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="60"/>
        <source>Restore the registration of {name}? They can be checked in again, and get back the workshops and meals they had, even where the room has filled since.</source>
        <translation>Przywrócić zgłoszenie: {name}? Będzie można tę osobę zarejestrować, a jej warsztaty i posiłki wrócą, nawet jeśli sala w międzyczasie się zapełniła.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="63"/>
        <source>Restore registration</source>
        <translation>Przywróć zgłoszenie</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="63"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="63"/>
        <source>e.g. coming after all</source>
        <translation>np. jednak przyjedzie</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../ui/door/header.py" line="41"/>
        <source>Room: {room} · {day} · {start}–{end}</source>
        <translation>Sala: {room} · {day} · {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="45"/>
        <source>{day} · {start}–{end}</source>
        <translation>{day} · {start}–{end}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="167"/>
        <source>Desk settings</source>
        <translation>Ustawienia stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="168"/>
        <source>Station name</source>
        <translation>Nazwa stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="170"/>
        <source>Staff name</source>
        <translation>Imię i nazwisko obsługi</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="171"/>
        <source>Sounds on</source>
        <translation>Dźwięki włączone</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="179"/>
        <source>Checking in for</source>
        <translation>Rejestracja na</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="181"/>
        <source>System default</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="185"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="186"/>
        <source>Print the badge at check-in (unless already printed)</source>
        <translation>Drukuj identyfikator przy rejestracji (jeśli nie był drukowany)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="190"/>
        <source>System default printer</source>
        <translation>Domyślna drukarka systemu</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="194"/>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="196"/>
        <source>As in the badge design</source>
        <translation>Jak w projekcie identyfikatora</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="198"/>
        <source>Badge stock at this desk</source>
        <translation>Format identyfikatorów na tym stanowisku</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="139"/>
        <source>Start of shift</source>
        <translation>Początek zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="140"/>
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="79"/>
        <source>Sending e-mail: SMTP settings</source>
        <translation>Wysyłka e-maili: ustawienia SMTP</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="85"/>
        <source>Mailbox</source>
        <translation>Skrzynka</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="89"/>
        <source>Server (SMTP)</source>
        <translation>Serwer (SMTP)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="93"/>
        <source>Security</source>
        <translation>Zabezpieczenie</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="96"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="97"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="98"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="102"/>
        <source>Sender address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="103"/>
        <source>Sender name</source>
        <translation>Nazwa nadawcy</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="106"/>
        <source> per minute</source>
        <translation> na minutę</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="107"/>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="134"/>
        <source>This computer has no credential store, so the password is not kept: the window asks for it at each send.</source>
        <translation>Ten komputer nie ma magazynu haseł, więc hasło nie jest zapamiętywane: okno zapyta o nie przy każdej wysyłce.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="137"/>
        <source>A password is saved in the system&apos;s keyring; leave the field empty to keep it.</source>
        <translation>Hasło jest zapisane w magazynie haseł systemu; zostaw pole puste, aby je zachować.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="138"/>
        <source>The password is saved in the system&apos;s keyring, never in the event file.</source>
        <translation>Hasło zostanie zapisane w magazynie haseł systemu, nigdy w pliku wydarzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="169"/>
        <source>SMTP settings not saved</source>
        <translation>Ustawienia SMTP nie zostały zapisane</translation>
    </message>
</context>
<context>
    <name>StationSync</name>
    <message>
        <location filename="../../ui/station/sync.py" line="116"/>
        <source>Sync is off ({reason}); this station works alone.</source>
        <translation>Synchronizacja wyłączona ({reason}); to stanowisko pracuje samo.</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <location filename="../../ui/station/window.py" line="128"/>
        <source>No sound or camera</source>
        <translation>Bez dźwięku i kamery</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="129"/>
        <source>QtMultimedia could not load: install PySide6-Addons and libpulse0 (see README).</source>
        <translation>Nie udało się załadować QtMultimedia: zainstaluj PySide6-Addons i libpulse0 (zob. README).</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="137"/>
        <source>Stations on the network…</source>
        <translation>Stanowiska w sieci…</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="252"/>
        <source>Camera scanner</source>
        <translation>Skaner kamerą</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="259"/>
        <source>Backup failed</source>
        <translation>Kopia zapasowa nie powiodła się</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="260"/>
        <source>The last automatic backup failed ({reason}). The desk tries again every minute; check that the disk has space.</source>
        <translation>Ostatnia automatyczna kopia zapasowa nie powiodła się ({reason}). Stanowisko próbuje ponownie co minutę; sprawdź, czy na dysku jest miejsce.</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="270"/>
        <source>Staff: &lt;b&gt;{staff}&lt;/b&gt;</source>
        <translation>Obsługa: &lt;b&gt;{staff}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="275"/>
        <source>File: {file}</source>
        <translation>Plik: {file}</translation>
    </message>
</context>
<context>
    <name>StationsDialog</name>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="46"/>
        <source>Stations on the network</source>
        <translation>Stanowiska w sieci</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="52"/>
        <source>for example 192.168.1.20:{port}</source>
        <translation>na przykład 192.168.1.20:{port}</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="53"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="59"/>
        <source>Show a pairing code…</source>
        <translation>Pokaż kod parowania…</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="78"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="78"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="78"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="78"/>
        <source>Last sync</source>
        <translation>Ostatnia synchronizacja</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="91"/>
        <source>Another station&apos;s address:</source>
        <translation>Adres innego stanowiska:</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="94"/>
        <source>A new laptop for this event</source>
        <translation>Nowy laptop dla tego wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="97"/>
        <source>A new laptop receives the whole event from this station with a pairing code (organiser only). The code works for {minutes} minutes.</source>
        <translation>Nowy laptop otrzymuje całe wydarzenie z tego stanowiska po podaniu kodu parowania (tylko organizator). Kod działa przez {minutes} minut.</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="133"/>
        <source>This station: &lt;b&gt;{name}&lt;/b&gt;, at {addresses}</source>
        <translation>To stanowisko: &lt;b&gt;{name}&lt;/b&gt;, pod adresem {addresses}</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="136"/>
        <source>This station: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>To stanowisko: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="137"/>
        <source>Sync is not running.</source>
        <translation>Synchronizacja nie działa.</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="140"/>
        <source>&lt;b&gt;Alone:&lt;/b&gt; no other station connected — changes will be sent when connected. Stations of this event on the same network appear by themselves; add one by its address if it does not.</source>
        <translation>&lt;b&gt;Praca w pojedynkę:&lt;/b&gt; brak połączenia z innymi stanowiskami — zmiany zostaną wysłane po połączeniu. Stanowiska tego wydarzenia w tej samej sieci pojawiają się same; jeśli któreś się nie pojawia, dodaj je po adresie.</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="170"/>
        <source>On the new laptop choose File → Join an event on the network…, pick this station ({name}) or type its address shown above, and type this pairing code. The code works until {time}; a laptop that typed it wrong three times waits before its next try.</source>
        <translation>Na nowym laptopie wybierz Plik → Dołącz do wydarzenia w sieci…, wskaż to stanowisko ({name}) albo wpisz jego adres podany wyżej i wpisz ten kod parowania. Kod działa do {time}; laptop, który trzy razy wpisał go błędnie, czeka przed kolejną próbą.</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="25"/>
        <source>Undo the check-in of {name}?</source>
        <translation>Cofnąć rejestrację: {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="27"/>
        <source>Undo check-in</source>
        <translation>Cofnij rejestrację</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="27"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="27"/>
        <source>e.g. wrong person scanned</source>
        <translation>np. zeskanowano niewłaściwą osobę</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/organiser/pin.py" line="44"/>
        <source>Organiser functions</source>
        <translation>Funkcje organizatora</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="49"/>
        <source>Type the organiser PIN. This desk then works as the organiser&apos;s until it is locked (Organiser menu), or {minutes} minutes after the last organiser function.</source>
        <translation>Wpisz PIN organizatora. Stanowisko działa wtedy w trybie organizatora, dopóki nie zostanie zablokowane (menu Organizator), albo do {minutes} minut od ostatniego użycia funkcji organizatora.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="53"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="54"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="78"/>
        <source>Walk-in registration</source>
        <translation>Rejestracja na miejscu</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="81"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="82"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="83"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="88"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="119"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="122"/>
        <source>{title} ({seats})</source>
        <translation>{title} ({seats})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="125"/>
        <source>Workshop, day {day}, {start}</source>
        <translation>Warsztat, dzień {day}, {start}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="126"/>
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="135"/>
        <source>Already registered? Similar guests:
{people}
If it is one of them, cancel and search instead.</source>
        <translation>Może już jest na liście? Podobne osoby:
{people}
Jeśli to jedna z nich, anuluj i wyszukaj ją.</translation>
    </message>
</context>
<context>
    <name>WorkshopChooser</name>
    <message>
        <location filename="../../ui/desk/choices.py" line="65"/>
        <source>Workshop — {name}</source>
        <translation>Warsztat — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="84"/>
        <source>Press the number to choose · Esc cancels</source>
        <translation>Naciśnij numer, aby wybrać · Esc anuluje</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="96"/>
        <source>Day {day}, {start}–{end}</source>
        <translation>Dzień {day}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="120"/>
        <source>room: {room}</source>
        <translation>sala: {room}</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="131"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="134"/>
        <source>%n free</source>
        <translation>
            <numerusform>%n wolne</numerusform>
            <numerusform>%n wolne</numerusform>
            <numerusform>%n wolnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="137"/>
        <source>And %n more guest(s) checked in at two desks, each counted once.</source>
        <translation>
            <numerusform>I jeszcze %n osoba zarejestrowana na dwóch stanowiskach, liczona raz.</numerusform>
            <numerusform>I jeszcze %n osoby zarejestrowane na dwóch stanowiskach, każda liczona raz.</numerusform>
            <numerusform>I jeszcze %n osób zarejestrowanych na dwóch stanowiskach, każda liczona raz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="140"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s temu</numerusform>
            <numerusform>%n s temu</numerusform>
            <numerusform>%n s temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="143"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
            <numerusform>%n min temu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ReportPlurals</name>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="140"/>
        <source>The answers sign guests up for sessions %n time(s).</source>
        <translation>
            <numerusform>Odpowiedzi zapisują gości na sesje: %n zapis.</numerusform>
            <numerusform>Odpowiedzi zapisują gości na sesje: %n zapisy.</numerusform>
            <numerusform>Odpowiedzi zapisują gości na sesje: %n zapisów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="143"/>
        <source>Changed answers take guests off sessions %n time(s).</source>
        <translation>
            <numerusform>Zmienione odpowiedzi wypisują gości z sesji: %n wypisanie.</numerusform>
            <numerusform>Zmienione odpowiedzi wypisują gości z sesji: %n wypisania.</numerusform>
            <numerusform>Zmienione odpowiedzi wypisują gości z sesji: %n wypisań.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="147"/>
        <source>No session matches the answer &quot;{answer}&quot; (%n guest(s)); choose for them at the desk.</source>
        <translation>
            <numerusform>Żadna sesja nie pasuje do odpowiedzi „{answer}” (%n gość); wybierz za niego przy stanowisku.</numerusform>
            <numerusform>Żadna sesja nie pasuje do odpowiedzi „{answer}” (%n gości); wybierz za nich przy stanowisku.</numerusform>
            <numerusform>Żadna sesja nie pasuje do odpowiedzi „{answer}” (%n gości); wybierz za nich przy stanowisku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="152"/>
        <source>&quot;{title}&quot; is on a day that %n guest(s) who chose it do not attend.</source>
        <translation>
            <numerusform>„{title}” jest w dniu, w którym %n gość, który ją wybrał, nie uczestniczy.</numerusform>
            <numerusform>„{title}” jest w dniu, w którym %n gości, którzy ją wybrali, nie uczestniczy.</numerusform>
            <numerusform>„{title}” jest w dniu, w którym %n gości, którzy ją wybrali, nie uczestniczy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="157"/>
        <source>Column &quot;{column}&quot;: &quot;{answer}&quot; is neither yes nor no (%n guest(s)); sign them up at the desk.</source>
        <translation>
            <numerusform>Kolumna „{column}”: „{answer}” to ani tak, ani nie (%n osoba); zapisz ją przy stanowisku.</numerusform>
            <numerusform>Kolumna „{column}”: „{answer}” to ani tak, ani nie (%n osoby); zapisz je przy stanowisku.</numerusform>
            <numerusform>Kolumna „{column}”: „{answer}” to ani tak, ani nie (%n osób); zapisz je przy stanowisku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="164"/>
        <source>%n more new guest(s) look like another guest under another registration number.</source>
        <translation>
            <numerusform>Jeszcze %n nowy gość wygląda jak inny gość, ale z innym numerem zgłoszenia.</numerusform>
            <numerusform>Jeszcze %n nowych gości wygląda jak inni goście, ale z innym numerem zgłoszenia.</numerusform>
            <numerusform>Jeszcze %n nowych gości wygląda jak inni goście, ale z innym numerem zgłoszenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="169"/>
        <source>%n guest(s) whom an earlier list of this form brought in are missing from this one. They stay registered: if they withdrew, cancel them at the desk.</source>
        <translation>
            <numerusform>Na tej liście brak %n gościa z wcześniejszej listy tego formularza. Pozostaje zgłoszony: jeśli zrezygnował, anuluj zgłoszenie przy stanowisku.</numerusform>
            <numerusform>Na tej liście brak %n gości z wcześniejszej listy tego formularza. Pozostają zgłoszeni: jeśli zrezygnowali, anuluj ich zgłoszenia przy stanowisku.</numerusform>
            <numerusform>Na tej liście brak %n gości z wcześniejszej listy tego formularza. Pozostają zgłoszeni: jeśli zrezygnowali, anuluj ich zgłoszenia przy stanowisku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="176"/>
        <source>%n more guest(s) are missing from the list.</source>
        <translation>
            <numerusform>Brak jeszcze %n gościa.</numerusform>
            <numerusform>Brak jeszcze %n gości.</numerusform>
            <numerusform>Brak jeszcze %n gości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="180"/>
        <source>%n row(s) of this list were skipped for a problem: a guest named here may be on one of them. Correct those rows rather than cancel anyone.</source>
        <translation>
            <numerusform>Pominięto %n wiersz tej listy z powodu problemu: wymieniony tu gość może być w nim. Popraw ten wiersz, zamiast anulować zgłoszenie.</numerusform>
            <numerusform>Pominięto %n wiersze tej listy z powodu problemów: wymieniony tu gość może być w jednym z nich. Popraw te wiersze, zamiast anulować zgłoszenia.</numerusform>
            <numerusform>Pominięto %n wierszy tej listy z powodu problemów: wymieniony tu gość może być w jednym z nich. Popraw te wiersze, zamiast anulować zgłoszenia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="187"/>
        <source>&quot;{title}&quot; is full: %n guest(s) who chose it have no seat.</source>
        <translation>
            <numerusform>„{title}” jest pełna: %n gość, który ją wybrał, nie ma miejsca.</numerusform>
            <numerusform>„{title}” jest pełna: %n gości, którzy ją wybrali, nie ma miejsca.</numerusform>
            <numerusform>„{title}” jest pełna: %n gości, którzy ją wybrali, nie ma miejsca.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="241"/>
        <source>Open event file</source>
        <translation>Otwórz plik wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="242"/>
        <source>Event files (*.sqlite *.db);;All files (*)</source>
        <translation>Pliki wydarzeń (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="252"/>
        <location filename="../../ui/app.py" line="272"/>
        <location filename="../../ui/app.py" line="300"/>
        <source>Cannot open</source>
        <translation>Nie można otworzyć</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="315"/>
        <source>No event yet</source>
        <translation>Brak wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="316"/>
        <source>There is no event file at {path}. Join an event from one of its stations on the network into it, or check the name (the demo and new commands create an event).</source>
        <translation>Nie ma pliku wydarzenia {path}. Dołącz do wydarzenia z jednego z jego stanowisk w sieci, zapisując je w tym pliku, albo sprawdź nazwę (wydarzenie tworzą polecenia demo i new).</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="317"/>
        <source>This computer has no event yet. Join an event from one of its stations on the network, or open the demo event to try the desk.</source>
        <translation>Na tym komputerze nie ma jeszcze wydarzenia. Dołącz do wydarzenia z jednego z jego stanowisk w sieci albo otwórz wydarzenie demonstracyjne, aby wypróbować stanowisko.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="320"/>
        <source>Join an event on the network…</source>
        <translation>Dołącz do wydarzenia w sieci…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="324"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="326"/>
        <source>Open the demo event</source>
        <translation>Otwórz wydarzenie demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>{path} was saved by a newer version of this app. Update the app to open it.</source>
        <translation>Plik {path} zapisała nowsza wersja programu. Zaktualizuj program, aby go otworzyć.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="214"/>
        <source>The event file cannot be read or written ({reason}). Check whether the last change was saved before repeating it; close this window and open the event again, and if that fails, restore the latest backup.</source>
        <translation>Nie można odczytać ani zapisać pliku wydarzenia ({reason}). Sprawdź, czy ostatnia zmiana została zapisana, zanim ją powtórzysz; zamknij to okno i otwórz wydarzenie ponownie, a jeśli to nie pomoże, przywróć najnowszą kopię zapasową.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222"/>
        <source>Something unexpected went wrong ({reason}); your data is safe, since every change is saved whole or not at all.</source>
        <translation>Wystąpił nieoczekiwany błąd ({reason}); dane są bezpieczne, bo każda zmiana zapisuje się w całości albo wcale.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>Something unexpected went wrong ({reason}); your data is safe, since every change is saved whole or not at all, and the details are in the log file {log}.</source>
        <translation>Wystąpił nieoczekiwany błąd ({reason}); dane są bezpieczne, bo każda zmiana zapisuje się w całości albo wcale, a szczegóły są w dzienniku {log}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>{message} The details are in the log file {log}.</source>
        <translation>{message} Szczegóły są w dzienniku {log}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_hook.py" line="74"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/organiser/backups.py" line="43"/>
        <source>automatic, during check-in</source>
        <translation>automatyczna, w trakcie rejestracji</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="44"/>
        <source>taken by hand</source>
        <translation>wykonana ręcznie</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="45"/>
        <source>before an import of registrants</source>
        <translation>przed importem zgłoszeń</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="46"/>
        <source>before a programme import</source>
        <translation>przed importem programu</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="47"/>
        <source>before a restore</source>
        <translation>przed przywróceniem kopii</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="48"/>
        <source>after clearing the personal data</source>
        <translation>po wyczyszczeniu danych osobowych</translation>
    </message>
</context>
<context>
    <name>confirmations</name>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="46"/>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="47"/>
        <source>English</source>
        <translation>angielski</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../ui/dashboard/models.py" line="111"/>
        <location filename="../../ui/dashboard/models.py" line="139"/>
        <location filename="../../ui/dashboard/models.py" line="177"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="112"/>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="113"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="114"/>
        <location filename="../../ui/dashboard/models.py" line="141"/>
        <source>Signed up</source>
        <translation>Zapisani</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="115"/>
        <source>Seats</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="116"/>
        <source>Entered</source>
        <translation>Weszli</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="117"/>
        <source>In the room</source>
        <translation>Na sali</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="125"/>
        <source>all</source>
        <translation>wszyscy</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="140"/>
        <source>Meal</source>
        <translation>Posiłek</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="142"/>
        <source>Diets</source>
        <translation>Diety</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="153"/>
        <source>standard</source>
        <translation>standardowa</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="161"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="162"/>
        <source>Checked in</source>
        <translation>Przybyli</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="163"/>
        <source>Expected</source>
        <translation>Oczekiwani</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="178"/>
        <source>Guest</source>
        <translation>Gość</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="179"/>
        <source>Desk</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="191"/>
        <source>Arrived</source>
        <translation>Przybycie</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="192"/>
        <source>Honorary guest</source>
        <translation>Gość honorowy</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../ui/desk/controller.py" line="68"/>
        <source>No guest found</source>
        <translation>Nie znaleziono osoby</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="69"/>
        <source>Check the spelling, search by organisation, or register a walk-in (Ctrl+N).</source>
        <translation>Sprawdź pisownię, szukaj po instytucji albo zarejestruj osobę na miejscu (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="75"/>
        <source>Choose the guest</source>
        <translation>Wybierz osobę</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="76"/>
        <source>Several guests share this name: pick the right organisation with ↑ ↓, then Enter.</source>
        <translation>Kilka osób ma to samo imię i nazwisko: wybierz właściwą instytucję strzałkami ↑ ↓, potem Enter.</translation>
    </message>
</context>
<context>
    <name>door</name>
    <message>
        <location filename="../../ui/door/verdicts.py" line="36"/>
        <source>Exit: scan the badge of a guest leaving</source>
        <translation>Wyjście: zeskanuj identyfikator osoby wychodzącej</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="37"/>
        <source>F4 back to entries · Esc clear · F8 camera</source>
        <translation>F4 powrót do wejść · Esc wyczyść · F8 kamera</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="40"/>
        <source>Scan a badge at the door</source>
        <translation>Zeskanuj identyfikator przy wejściu</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="41"/>
        <source>Or type a name, ↑ ↓ choose, Enter · F4 entry/exit · Esc clear · F8 camera</source>
        <translation>Albo wpisz nazwisko, ↑ ↓ wybór, Enter · F4 wejście/wyjście · Esc wyczyść · F8 kamera</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="50"/>
        <source>Unknown code</source>
        <translation>Nieznany kod</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="51"/>
        <source>This code is not from this event. Search for the guest by name.</source>
        <translation>Ten kod nie pochodzi z tego wydarzenia. Wyszukaj osobę po nazwisku.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="55"/>
        <source>Registration cancelled</source>
        <translation>Zgłoszenie anulowane</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="56"/>
        <source>Do not admit. Ask the organiser.</source>
        <translation>Nie wpuszczaj. Zapytaj organizatora.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="71"/>
        <source>Send to {room} (Esc)</source>
        <translation>Skieruj do: {room} (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="73"/>
        <source>Do not admit (Esc)</source>
        <translation>Nie wpuszczaj (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="76"/>
        <source>Override… (Enter)</source>
        <translation>Wpuść ponad limit… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="79"/>
        <source>Admit and record the switch (Enter)</source>
        <translation>Wpuść i zapisz zmianę (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="80"/>
        <source>Admit anyway (Enter)</source>
        <translation>Wpuść mimo to (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="86"/>
        <source>No guest found</source>
        <translation>Nie znaleziono osoby</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="87"/>
        <source>Check the spelling, or search by organisation.</source>
        <translation>Sprawdź pisownię albo szukaj po instytucji.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="93"/>
        <source>Choose the guest</source>
        <translation>Wybierz osobę</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="94"/>
        <source>Several guests share this name: pick the right organisation with ↑ ↓, then Enter.</source>
        <translation>Kilka osób ma to samo imię i nazwisko: wybierz właściwą instytucję strzałkami ↑ ↓, potem Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="143"/>
        <source>All seats are taken: {taken} of {capacity}.</source>
        <translation>Wszystkie miejsca są zajęte: {taken} z {capacity}.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="188"/>
        <source>Chose: {title}</source>
        <translation>Wybór: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="189"/>
        <source>Chose: {title} — room: {room}</source>
        <translation>Wybór: {title} — sala: {room}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="197"/>
        <source>Moved from: {title}</source>
        <translation>Zmiana z: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="198"/>
        <source>Moved from: {title} — room: {room}</source>
        <translation>Zmiana z: {title} — sala: {room}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="107"/>
        <source>Admitted over the capacity; the reason is in the log.</source>
        <translation>Wpuszczono ponad limit miejsc; powód zapisano w dzienniku.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="110"/>
        <source>Entered</source>
        <translation>Wpuszczono</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="117"/>
        <source>Already entered</source>
        <translation>Już wpuszczono</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="119"/>
        <source>Already entered at {time}</source>
        <translation>Już wpuszczono o {time}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="122"/>
        <source>Scanned at {door} by {staff}</source>
        <translation>Zeskanowano na stanowisku {door} (obsługa: {staff})</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="131"/>
        <source>Not on this session&apos;s list.</source>
        <translation>Brak na liście tej sesji.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="134"/>
        <source>Registered for: {days}</source>
        <translation>Zgłoszenie na: {days}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="135"/>
        <source>Not signed up for this session</source>
        <translation>Brak zapisu na tę sesję</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="148"/>
        <source>Session full</source>
        <translation>Brak wolnych miejsc</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="153"/>
        <source>Exit recorded</source>
        <translation>Zapisano wyjście</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="160"/>
        <source>Already left at {time}.</source>
        <translation>Wyjście zapisano już o {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="164"/>
        <source>No entry to this session is recorded for this guest.</source>
        <translation>Nie zapisano wejścia tej osoby na tę sesję.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="165"/>
        <source>Not in the room</source>
        <translation>Brak na sali</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../ui/widgets/files.py" line="95"/>
        <source>Replace the file?</source>
        <translation>Zastąpić plik?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/files.py" line="96"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} już istnieje w {folder}. Zastąpić go?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/files.py" line="101"/>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/files.py" line="106"/>
        <source>Choose another file</source>
        <translation>Wybierz inny plik</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="28"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="29"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="30"/>
        <source>First and last name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="31"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="32"/>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="33"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="34"/>
        <source>Town</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="35"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="36"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="37"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="38"/>
        <source>Days attended</source>
        <translation>Dni udziału</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="39"/>
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="40"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="41"/>
        <source>Needs and diet</source>
        <translation>Potrzeby i dieta</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="42"/>
        <source>Data processing consent</source>
        <translation>Zgoda na przetwarzanie danych</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="43"/>
        <source>Image consent</source>
        <translation>Zgoda na wizerunek</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="44"/>
        <source>Registration number</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="45"/>
        <source>Registration status</source>
        <translation>Status zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="46"/>
        <source>Kept as extra information</source>
        <translation>Zachowana jako informacja dodatkowa</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="47"/>
        <source>Ignored</source>
        <translation>Pominięta</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="61"/>
        <source>A usual name of this field</source>
        <translation>Zwykła nazwa tego pola</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="62"/>
        <source>The header mentions a workshop</source>
        <translation>Nagłówek wspomina o warsztacie</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="63"/>
        <source>Read from the question&apos;s words: check it</source>
        <translation>Odczytane z treści pytania: sprawdź</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="64"/>
        <source>Remembered from the last import of this form</source>
        <translation>Zapamiętana z ostatniego importu tego formularza</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="66"/>
        <source>Mapped by hand</source>
        <translation>Przypisana ręcznie</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="67"/>
        <source>A form&apos;s timestamp or a row number, not about the guest</source>
        <translation>Znacznik czasu formularza lub numer wiersza, nie dane gościa</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="79"/>
        <source>The form&apos;s number of the response: read as the registration number</source>
        <translation>Numer odpowiedzi w formularzu: odczytany jako numer zgłoszenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="128"/>
        <source>Guests of earlier lists of this form missing from this one: {count} (see below)</source>
        <translation>Goście z wcześniejszych list tego formularza, których brak na tej: {count} (szczegóły niżej)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="202"/>
        <source>Row {row} ({name}) is the same person as {into}: merged.</source>
        <translation>Wiersz {row} ({name}) to ta sama osoba co {into}: połączono.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="82"/>
        <source>The file has separate first and last name columns</source>
        <translation>Plik ma osobne kolumny imienia i nazwiska</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="70"/>
        <source>The account that filled in the form (often anonymous); the form asks this itself</source>
        <translation>Konto wypełniającego (często anonimowe); formularz sam o to pyta</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="75"/>
        <source>The account that filled in the form; used, as the form does not ask this</source>
        <translation>Konto wypełniającego; użyte, bo formularz o to nie pyta</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="85"/>
        <source>Not recognised: kept with each guest, so nothing is lost</source>
        <translation>Nierozpoznana: zachowana przy każdym gościu, więc nic nie ginie</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="90"/>
        <source>Meal sign-ups: a yes signs the guest up for &quot;{meal}&quot; (the answers are kept too)</source>
        <translation>Zapisy na posiłek: „tak” zapisuje gościa na „{meal}” (odpowiedzi też są zachowane)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="99"/>
        <source>{field}: {count}</source>
        <translation>{field}: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="100"/>
        <source>extra information</source>
        <translation>informacje dodatkowe</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="111"/>
        <source>New guests: {created}   Changed: {updated}   Unchanged: {unchanged}   Merged duplicates: {merged}   Skipped rows: {skipped}   Problems: {problems}</source>
        <translation>Nowi goście: {created}   Zmienieni: {updated}   Bez zmian: {unchanged}   Scalone duplikaty: {merged}   Pominięte wiersze: {skipped}   Problemy: {problems}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="120"/>
        <source>Registrations cancelled: {cancelled}   Restored: {restored}</source>
        <translation>Anulowane zgłoszenia: {cancelled}   Przywrócone: {restored}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="124"/>
        <source>New guests who look like another under another registration number: {count} (see below)</source>
        <translation>Nowi goście podobni do innych, ale z innym numerem zgłoszenia: {count} (szczegóły niżej)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="132"/>
        <source>Changed fields: {fields}</source>
        <translation>Zmienione pola: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="223"/>
        <source>{guest} (no. {id}): the file&apos;s new {field} &quot;{file}&quot; replaces the desk&apos;s correction &quot;{desk}&quot;.</source>
        <translation>{guest} (nr {id}): nowa wartość pola {field} z pliku, „{file}”, zastępuje poprawkę z recepcji „{desk}”.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="228"/>
        <source>{guest} (no. {id}): the desk&apos;s correction of {field} &quot;{desk}&quot; is kept (the file still says &quot;{file}&quot;).</source>
        <translation>{guest} (nr {id}): poprawka z recepcji w polu {field}, „{desk}”, zostaje (plik wciąż podaje „{file}”).</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="255"/>
        <source>Missing from the list: {name} (no. {id}, registration {registration}).</source>
        <translation>Brak na liście: {name} (nr {id}, zgłoszenie {registration}).</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="267"/>
        <source>Row {row} ({name}) looks like the guest {like_name} (no. {like}, registration {like_registration}) but has registration {registration}: imported as a new guest; if it is the same person, correct the number in the list.</source>
        <translation>Wiersz {row} ({name}) wygląda jak gość {like_name} (nr {like}, zgłoszenie {like_registration}), ale ma zgłoszenie {registration}: dodany jako nowy gość; jeśli to ta sama osoba, popraw numer na liście.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="275"/>
        <source>Row {row} ({name}) looks like row {like} ({like_name}, registration {like_registration}) but has registration {registration}: imported as a new guest; if it is the same person, correct the number in the list.</source>
        <translation>Wiersz {row} ({name}) wygląda jak wiersz {like} ({like_name}, zgłoszenie {like_registration}), ale ma zgłoszenie {registration}: dodany jako nowy gość; jeśli to ta sama osoba, popraw numer na liście.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="293"/>
        <source>the guest no. {id}</source>
        <translation>gość nr {id}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="295"/>
        <source>a new guest</source>
        <translation>nowy gość</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="297"/>
        <source>row {row}</source>
        <translation>wiersz {row}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Speaker</source>
        <translation>Prelegent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Honorary guest</source>
        <translation>Gość honorowy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Organiser</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Press</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Staff</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Registration</source>
        <translation>Rejestracja</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Plenary session</source>
        <translation>Sesja plenarna</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Meal</source>
        <translation>Posiłek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Break</source>
        <translation>Przerwa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Social event</source>
        <translation>Wydarzenie towarzyskie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Seats</source>
        <translation>Liczba miejsc</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Speakers</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Choice group</source>
        <translation>Grupa wyboru</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Sign-up</source>
        <translation>Zapisy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>✖ cancelled</source>
        <translation>✖ anulowane</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>day {number} ({date})</source>
        <translation>dzień {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Day {number} ({date})</source>
        <translation>Dzień {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>In the registration: “{answer}” (matches no workshop)</source>
        <translation>W zgłoszeniu: „{answer}” (nie pasuje do żadnego warsztatu)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>no limit</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>full</source>
        <translation>brak miejsc</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211"/>
        <source>A4 sheets, 8 badges each</source>
        <translation>Arkusze A4, po 8 identyfikatorów</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>A4 sheets, 4 A6 badges each</source>
        <translation>Arkusze A4, po 4 identyfikatory A6</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213"/>
        <source>Letter sheets, 6 badges each</source>
        <translation>Arkusze Letter, po 6 identyfikatorów</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>A6 cards, one badge each</source>
        <translation>Kartki A6, jeden identyfikator na kartce</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>A4 folded to A6, the programme on the back</source>
        <translation>A4 składane do A6, program na odwrocie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>A4 folded to A6, the badge on both sides</source>
        <translation>A4 składane do A6, identyfikator z obu stron</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="217"/>
        <source>Label roll, 62 mm wide</source>
        <translation>Rolka etykiet o szerokości 62 mm</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="218"/>
        <source>Labels of 4 × 3 inches</source>
        <translation>Etykiety 4 × 3 cale</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="220"/>
        <source>Own size, {count} per sheet</source>
        <translation>Własny rozmiar, po {count} na arkuszu</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="223"/>
        <source>{stock} ({width} × {height} mm)</source>
        <translation>{stock} ({width} × {height} mm)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>✔ checked in</source>
        <translation>✔ zarejestrowany</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Same name as another guest: check the organisation before you check in.</source>
        <translation>Inna osoba ma takie samo imię i nazwisko: sprawdź instytucję przed rejestracją.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Today is not a day of this event ({days}). Choose the day in Settings.</source>
        <translation>Dziś nie jest dzień wydarzenia ({days}). Wybierz dzień w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>{day} is not a day of this event ({days}).</source>
        <translation>{day} nie jest dniem wydarzenia ({days}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Please give a short reason; it is kept in the log.</source>
        <translation>Podaj krótki powód; zostanie zapisany w dzienniku.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Enter at least a first name or a last name.</source>
        <translation>Wpisz przynajmniej imię albo nazwisko.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>{category} is not a guest category.</source>
        <translation>{category} nie jest kategorią uczestnika.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>{email} is not an e-mail address. Correct it or leave it empty.</source>
        <translation>{email} nie jest adresem e-mail. Popraw go albo zostaw puste pole.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>No guest has the code or number {key}.</source>
        <translation>Nikt nie ma kodu ani numeru {key}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>These fields cannot be edited: {fields}.</source>
        <translation>Tych pól nie można edytować: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>&quot;{title}&quot; is full ({capacity} seats). Choose another session, or give a reason to override.</source>
        <translation>„{title}” nie ma wolnych miejsc (limit: {capacity}). Wybierz inną sesję albo podaj powód, aby przekroczyć limit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>The registration of {name} is cancelled; ask the organiser to restore it first.</source>
        <translation>Zgłoszenie osoby {name} jest anulowane; najpierw poproś organizatora o jego przywrócenie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>The registration of {name} is already cancelled.</source>
        <translation>Zgłoszenie jest już anulowane: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>The registration of {name} is not cancelled; there is nothing to restore.</source>
        <translation>Zgłoszenie nie jest anulowane ({name}); nie ma czego przywracać.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>{name} is not registered for {day}, the day of &quot;{title}&quot;. Ask the organiser.</source>
        <translation>{name}: brak zgłoszenia na {day}, dzień sesji „{title}”. Zapytaj organizatora.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>&quot;{title}&quot; is open to everyone; nobody signs up for it.</source>
        <translation>„{title}” jest otwarte dla wszystkich; nie ma na to zapisów.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>The programme has no session number {id}.</source>
        <translation>W programie nie ma sesji o numerze {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Every session needs a title.</source>
        <translation>Każda sesja musi mieć tytuł.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>&quot;{title}&quot;: day {day} is not a day of this event (1 to {days}).</source>
        <translation>„{title}”: dzień {day} nie jest dniem tego wydarzenia (od 1 do {days}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>&quot;{title}&quot;: &quot;{time}&quot; is not a time; write it as 09:30.</source>
        <translation>„{title}”: „{time}” nie jest godziną; wpisz ją w postaci 09:30.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>&quot;{title}&quot; must end after it starts.</source>
        <translation>„{title}”: koniec musi być później niż początek.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>&quot;{title}&quot;: &quot;{kind}&quot; is not a kind of session.</source>
        <translation>„{title}”: „{kind}” nie jest rodzajem sesji.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>&quot;{title}&quot;: the number of seats must be from 1 to {max}, or empty for no limit.</source>
        <translation>„{title}”: liczba miejsc musi wynosić od 1 do {max} albo pozostać pusta (bez limitu).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>&quot;{title}&quot; cannot be removed: guests signed up for it or entered it (sign-ups and entries: {count}). Move them to another session first, or keep it.</source>
        <translation>Nie można usunąć „{title}”: są na to zapisy lub wejścia (łącznie: {count}). Najpierw przenieś te osoby na inną sesję albo zostaw ją w programie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>The choice group &quot;{group}&quot; has sessions on different days; give each day&apos;s parallel sessions their own group.</source>
        <translation>Grupa wyboru „{group}” ma sesje w różnych dniach; równoległym sesjom każdego dnia nadaj osobną grupę.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Another station changed the programme meanwhile; nothing was saved. Close the editor and open it again to see the current programme.</source>
        <translation>Inne stanowisko zmieniło w tym czasie program, więc niczego nie zapisano. Zamknij edytor i otwórz go ponownie, aby zobaczyć aktualny program.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>{path} already holds an event. Choose a new file name: an event file is never replaced, since other desks may have it open.</source>
        <translation>{path} zawiera już wydarzenie. Wybierz nową nazwę pliku: plik wydarzenia nigdy nie jest zastępowany, bo inne stanowiska mogą mieć go otwartego.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>The event file {path} was moved, removed or replaced by another program, so nothing was saved. Close this window and open the event again.</source>
        <translation>Plik wydarzenia {path} został przeniesiony, usunięty albo zastąpiony przez inny program, więc nic nie zostało zapisane. Zamknij to okno i otwórz wydarzenie ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>The personal data of the event was cleared, but copies of it may still be in its backups or in the event file ({reason}). Close every other program and desk that has the event file or its backups open, make sure the disk has space, then open the event again: that finishes the clearing.</source>
        <translation>Dane osobowe wydarzenia zostały wyczyszczone, ale ich kopie mogą jeszcze być w kopiach zapasowych lub w pliku wydarzenia ({reason}). Zamknij wszystkie inne programy i stanowiska, które mają otwarty plik wydarzenia lub jego kopie zapasowe, sprawdź, czy na dysku jest miejsce, i otwórz wydarzenie ponownie: to dokończy czyszczenie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>The event file could not be written, so nothing was saved. Check that no other program holds the file, that it is not read-only and that the disk has space, then try again.</source>
        <translation>Nie udało się zapisać pliku wydarzenia. Nic nie zostało zapisane: sprawdź, czy inny program nie blokuje pliku, czy plik nie jest tylko do odczytu i czy na dysku jest miejsce, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>The disk holding the event file {path} is full. Nothing was saved: free some space on it (delete old exports or copies), then repeat the last action.</source>
        <translation>Dysk z plikiem wydarzenia {path} jest pełny. Nic nie zostało zapisane: zwolnij na nim miejsce (usuń stare eksporty lub kopie), a potem powtórz ostatnią czynność.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>The event file {path} became read-only. Nothing was saved: allow writing to it again, then repeat the last action.</source>
        <translation>Plik wydarzenia {path} stał się tylko do odczytu. Nic nie zostało zapisane: ponownie zezwól na zapis do niego, a potem powtórz ostatnią czynność.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>The folder of the event file {path} became read-only. Nothing was saved: allow writing to it again, then repeat the last action.</source>
        <translation>Folder pliku wydarzenia {path} stał się tylko do odczytu. Nic nie zostało zapisane: ponownie zezwól na zapis w nim, a potem powtórz ostatnią czynność.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>The event file {path} is locked by another program. Nothing was saved: close that program, then repeat the last action.</source>
        <translation>Plik wydarzenia {path} jest zablokowany przez inny program. Nic nie zostało zapisane: zamknij ten program, a potem powtórz ostatnią czynność.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>The event file {path} could not be written: the drive reported an error. Nothing was saved: check that the USB stick or network drive is still connected, then repeat the last action.</source>
        <translation>Nie udało się zapisać pliku wydarzenia {path}: dysk zgłosił błąd. Nic nie zostało zapisane: sprawdź, czy pendrive lub dysk sieciowy jest nadal podłączony, a potem powtórz ostatnią czynność.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>The disk holding {path} is full, so the event cannot be opened. Free some space on it (delete old exports or copies), then try again.</source>
        <translation>Dysk z plikiem {path} jest pełny, więc nie można otworzyć wydarzenia. Zwolnij na nim miejsce (usuń stare eksporty lub kopie) i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>{path} is read-only, so nothing could be saved in it. Allow writing to it (file properties, a write-protected USB stick), or copy it to a writable folder and open the copy.</source>
        <translation>Plik {path} jest tylko do odczytu, więc nic nie dałoby się w nim zapisać. Zezwól na zapis do niego (właściwości pliku, pendrive z blokadą zapisu) albo skopiuj go do folderu z prawem zapisu i otwórz kopię.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>The folder of {path} is read-only, and an open event keeps two working files beside it (-wal and -shm). Allow writing to the folder, or copy the event file to a writable folder and open the copy.</source>
        <translation>Folder pliku {path} jest tylko do odczytu, a otwarte wydarzenie trzyma obok pliku dwa pliki robocze (-wal i -shm). Zezwól na zapis w tym folderze albo skopiuj plik wydarzenia do folderu z prawem zapisu i otwórz kopię.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>{path} is locked by another program. Close that program (or the other window that holds the file), then try again.</source>
        <translation>Plik {path} jest zablokowany przez inny program. Zamknij ten program (albo inne okno, które trzyma plik) i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>There is no event file at {path}. Check the file&apos;s name and folder (a USB stick or a network drive may be disconnected).</source>
        <translation>Nie ma pliku wydarzenia {path}. Sprawdź nazwę pliku i folder (pendrive lub dysk sieciowy może być odłączony).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>{path} is a folder, not an event file. Choose the .sqlite file of your event.</source>
        <translation>{path} to folder, a nie plik wydarzenia. Wybierz plik .sqlite swojego wydarzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>You have no permission to open {path}. Ask the owner of the file for access, or open a copy of it in your own folder.</source>
        <translation>Nie masz uprawnień do otwarcia pliku {path}. Poproś właściciela pliku o dostęp albo otwórz jego kopię we własnym folderze.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>{path} could not be read: the drive reported an error. Check that the USB stick or network drive is still connected, then try again.</source>
        <translation>Nie udało się odczytać pliku {path}: dysk zgłosił błąd. Sprawdź, czy pendrive lub dysk sieciowy jest nadal podłączony, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>{path} is damaged. Restore the latest backup of the event (the folder {path}.backups holds them).</source>
        <translation>Plik {path} jest uszkodzony. Przywróć najnowszą kopię zapasową wydarzenia (kopie są w folderze {path}.backups).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>{path} cannot be used ({reason}). Try again, and report it if it happens again.</source>
        <translation>Nie można użyć pliku {path} ({reason}). Spróbuj ponownie, a jeśli błąd się powtórzy, zgłoś go.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>{path} is not an event file of this app. Choose the .sqlite file of your event.</source>
        <translation>{path} nie jest plikiem wydarzenia tego programu. Wybierz plik .sqlite swojego wydarzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>{path} is a database of another program, not an event file of this app. Choose the .sqlite file of your event.</source>
        <translation>{path} to baza danych innego programu, a nie plik wydarzenia tego programu. Wybierz plik .sqlite swojego wydarzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>{path} is a {kind} file, not an event file of this app. Choose the .sqlite file of your event.</source>
        <translation>{path} to plik {kind}, a nie plik wydarzenia tego programu. Wybierz plik .sqlite swojego wydarzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>Only the organiser may do this: unlock the organiser functions with the PIN (Organiser menu).</source>
        <translation>Tylko organizator może to zrobić: odblokuj funkcje organizatora PIN-em (menu Organizator).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>Too many wrong PINs: wait {seconds} s, then try again.</source>
        <translation>Za dużo błędnych PIN-ów: odczekaj {seconds} s i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>That is not the organiser PIN.</source>
        <translation>To nie jest PIN organizatora.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>The organiser PIN must be {min} to {max} characters long.</source>
        <translation>PIN organizatora musi mieć od {min} do {max} znaków.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>To clear all personal data, type the event&apos;s name: {name}.</source>
        <translation>Aby wyczyścić wszystkie dane osobowe, wpisz nazwę wydarzenia: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>There is no backup named {name}; another desk may have removed it. Open the list again.</source>
        <translation>Nie ma kopii zapasowej o nazwie {name}; mogło ją usunąć inne stanowisko. Otwórz listę ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>The backup {name} is of another event, so it cannot be restored here.</source>
        <translation>Kopia zapasowa {name} pochodzi z innego wydarzenia, więc nie można jej tu przywrócić.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80"/>
        <source>{path} is the event file itself: saving there would destroy the event. Choose another file name.</source>
        <translation>{path} to sam plik wydarzenia: zapis w nim zniszczyłby wydarzenie. Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>{path} is a database (an event file or a backup of one): saving there would destroy it. Choose another file name.</source>
        <translation>{path} to baza danych (plik wydarzenia lub jego kopia zapasowa): zapis w niej by ją zniszczył. Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>{path} is part of a database (its latest changes are kept there): saving there would damage it. Choose another file name.</source>
        <translation>{path} to część bazy danych (są w nim jej najnowsze zmiany): zapis w nim uszkodziłby bazę. Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83"/>
        <source>{path} is among the backups of the event {event}. Choose a place outside that folder, such as Documents.</source>
        <translation>{path} leży wśród kopii zapasowych wydarzenia {event}. Wybierz miejsce poza tym folderem, np. Dokumenty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>{path} is a folder; choose a file name to save as.</source>
        <translation>{path} to folder; wybierz nazwę pliku, pod którą zapisać.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>{path} is not an ordinary file (a device or a pipe); choose a file name in a folder.</source>
        <translation>{path} nie jest zwykłym plikiem (to urządzenie lub potok); wybierz nazwę pliku w folderze.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>{path} is a file, not a folder; choose a folder for the files.</source>
        <translation>{path} to plik, nie folder; wybierz folder na pliki.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>There is no folder {folder} to save {name} in; choose another place.</source>
        <translation>Nie ma folderu {folder}, w którym można zapisać {name}; wybierz inne miejsce.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>This station cannot listen on {address} ({reason}): other stations cannot reach it, but it still reaches the stations added by address.</source>
        <translation>To stanowisko nie może nasłuchiwać pod adresem {address} ({reason}): inne stanowiska nie mogą się z nim połączyć, ale ono nadal łączy się ze stanowiskami dodanymi po adresie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>{address} is not an address; write HOST:PORT, for example 192.168.1.20:{port}.</source>
        <translation>„{address}” nie jest adresem; wpisz HOST:PORT, na przykład 192.168.1.20:{port}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>Cannot reach a station at {address} ({reason}). Check the address, that the station runs, and that both laptops are on the same network.</source>
        <translation>Nie można połączyć się ze stanowiskiem {address} ({reason}). Sprawdź adres, czy stanowisko działa i czy oba laptopy są w tej samej sieci.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>The station at {address} refused the pairing code. Check the code it shows, or show a new one there (Stations on the network → Show a pairing code…).</source>
        <translation>Stanowisko {address} odrzuciło kod parowania. Sprawdź kod, który pokazuje, albo pokaż tam nowy (Stanowiska w sieci → Pokaż kod parowania…).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>The station at {address} refused too many pairing tries from this laptop. Check the code it shows, and try again in {seconds} s.</source>
        <translation>Stanowisko {address} odrzuciło zbyt wiele prób parowania z tego laptopa. Sprawdź kod, który pokazuje, i spróbuj ponownie za {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>The station at {address} shows no pairing code now (none, or it expired). Show one there (Stations on the network → Show a pairing code…) and try again.</source>
        <translation>Stanowisko {address} nie pokazuje teraz kodu parowania (brak kodu albo wygasł). Pokaż tam kod (Stanowiska w sieci → Pokaż kod parowania…) i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>Could not join from {address} ({problem}). Check that it is a station of this app, of the same version.</source>
        <translation>Nie udało się dołączyć ze stanowiska {address} ({problem}). Sprawdź, czy to stanowisko tej aplikacji, w tej samej wersji.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>{typed} is not a pairing code; type the code the station shows (like K7PQ-4X2M).</source>
        <translation>{typed} to nie jest kod parowania; wpisz kod, który pokazuje stanowisko (np. K7PQ-4X2M).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>The funding logo {path} cannot be read as an image ({reason}); add the logos again in Organiser → Event settings.</source>
        <translation>Nie można odczytać logotypu projektu {path} jako obrazu ({reason}); dodaj logotypy ponownie w menu Organizator → Ustawienia wydarzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>A town&apos;s name is at most {limit} characters long; shorten it.</source>
        <translation>Nazwa miejscowości może mieć najwyżej {limit} znaków; skróć ją.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>The venue is at most {limit} characters long; shorten it.</source>
        <translation>Miejsce może mieć najwyżej {limit} znaków; skróć je.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>{file} is {size} KB; a logo may have at most {limit} KB. Save it smaller (or as PNG) and add it again.</source>
        <translation>Plik {file} ma {size} KB; logotyp może mieć najwyżej {limit} KB. Zapisz go mniejszy (albo jako PNG) i dodaj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>{file} is {width} × {height} pixels; a logo may have at most 6000 × 6000. Save it smaller and add it again.</source>
        <translation>Plik {file} ma {width} × {height} pikseli; logotyp może mieć najwyżej 6000 × 6000. Zapisz go mniejszy i dodaj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>{file} cannot be read ({reason}); check the file&apos;s name and folder.</source>
        <translation>Nie można odczytać pliku {file} ({reason}); sprawdź nazwę pliku i folder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>{file} is not a PNG or JPEG image (or it is damaged); save the logo as PNG or JPEG and add it again.</source>
        <translation>Plik {file} nie jest obrazem PNG ani JPEG (albo jest uszkodzony); zapisz logotyp jako PNG lub JPEG i dodaj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="103"/>
        <source>An event has at most {limit} funding logos; remove one before adding another.</source>
        <translation>Wydarzenie może mieć najwyżej {limit} logotypów; usuń jeden, zanim dodasz kolejny.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>There is no funding logo number {number}; the event has {count}.</source>
        <translation>Nie ma logotypu numer {number}; wydarzenie ma ich {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>{{{name}}} is not a placeholder; use one of: {known}.</source>
        <translation>{{{name}}} nie jest polem do wstawienia; użyj jednego z: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>A brace in the confirmation&apos;s text is not closed; write placeholders as {{first_name}}, and a brace itself as {{{{ or }}}}.</source>
        <translation>Nawias klamrowy w treści potwierdzenia nie jest zamknięty; pola wpisuj jako {{first_name}}, a sam nawias jako {{{{ lub }}}}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107"/>
        <source>A part of the confirmation&apos;s text is longer than {limit} characters ({length}); shorten it.</source>
        <translation>Część treści potwierdzenia jest dłuższa niż {limit} znaków ({length}); skróć ją.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>The organisers&apos; contact is at most {limit} lines; it has {count}.</source>
        <translation>Kontakt z organizatorami może mieć najwyżej {limit} wierszy; ma {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="109"/>
        <source>The confirmation e-mail needs a subject.</source>
        <translation>E-mail z potwierdzeniem musi mieć temat.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>Confirmations are written in {languages}, not {language}.</source>
        <translation>Potwierdzenia są pisane w językach {languages}, nie {language}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>Give the mail server&apos;s name, e.g. smtp.gmail.com.</source>
        <translation>Podaj nazwę serwera poczty, np. smtp.gmail.com.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112"/>
        <source>The mail server&apos;s port is a number from 1 to 65535 (587 for STARTTLS, 465 for TLS); {port} is not.</source>
        <translation>Port serwera poczty to liczba od 1 do 65535 (587 dla STARTTLS, 465 dla TLS); {port} nią nie jest.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>The connection&apos;s security is one of {securities}, not {security}.</source>
        <translation>Zabezpieczenie połączenia to jedno z: {securities}, nie {security}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="114"/>
        <source>The sender&apos;s address {address} is not an e-mail address.</source>
        <translation>Adres nadawcy {address} nie jest adresem e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>The pace is from 1 to {limit} messages a minute; {pace} is not.</source>
        <translation>Tempo to od 1 do {limit} wiadomości na minutę; {pace} nie mieści się w tym zakresie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>The user name and the sender&apos;s name are at most {limit} characters long.</source>
        <translation>Nazwa użytkownika i nazwa nadawcy mogą mieć najwyżej {limit} znaków.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>Set the mailbox the confirmations are sent from first: SMTP settings…</source>
        <translation>Najpierw ustaw skrzynkę, z której wysyłane są potwierdzenia: Ustawienia SMTP…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>The mail server {host} does not offer STARTTLS; choose TLS (port 465) or ask the mailbox&apos;s provider.</source>
        <translation>Serwer poczty {host} nie obsługuje STARTTLS; wybierz TLS (port 465) albo zapytaj dostawcę skrzynki.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="119"/>
        <source>The mail server {host} refused the user name or password ({reason}). For Gmail or Microsoft 365 use an app password.</source>
        <translation>Serwer poczty {host} odrzucił nazwę użytkownika lub hasło ({reason}). Dla Gmaila i Microsoft 365 użyj hasła aplikacji.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="120"/>
        <source>The secure connection to {host} failed ({reason}); check the security and the port (587 STARTTLS, 465 TLS).</source>
        <translation>Bezpieczne połączenie z {host} nie powiodło się ({reason}); sprawdź zabezpieczenie i port (587 STARTTLS, 465 TLS).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>The mail server {host}:{port} cannot be reached ({reason}); check the server&apos;s name, the port and the internet connection.</source>
        <translation>Nie można połączyć się z serwerem poczty {host}:{port} ({reason}); sprawdź nazwę serwera, port i połączenie z internetem.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>The password cannot be kept in this computer&apos;s credential store ({reason}). On Linux, start a keyring (GNOME Keyring or KWallet) in the desktop session; or leave the password field empty: the window then asks for it at each send.</source>
        <translation>Hasła nie można zapisać w magazynie haseł tego komputera ({reason}). W Linuksie uruchom magazyn haseł (GNOME Keyring lub KWallet) w sesji pulpitu albo zostaw pole hasła puste: okno zapyta o nie przy każdej wysyłce.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>The test message to {address} was not sent. {reason}</source>
        <translation>Próbna wiadomość na {address} nie została wysłana. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>The mail server refused the message ({reason}).</source>
        <translation>Serwer poczty odrzucił wiadomość ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>Not sent: the mail server refuses the sender&apos;s address {address} ({reason}); correct it in the SMTP settings and send again.</source>
        <translation>Nie wysłano: serwer poczty odrzuca adres nadawcy {address} ({reason}); popraw go w ustawieniach SMTP i wyślij ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>Not sent: the connection to the mail server was lost ({reason}); send again when it is back.</source>
        <translation>Nie wysłano: połączenie z serwerem poczty zostało zerwane ({reason}); wyślij ponownie, gdy wróci.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>Not sent: the mail server kept answering &apos;try again later&apos;; send again in a while.</source>
        <translation>Nie wysłano: serwer poczty wciąż odpowiadał „spróbuj później”; wyślij ponownie za jakiś czas.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>{address} cannot be written as an e-mail address (only plain letters can); correct it in the guest&apos;s record.</source>
        <translation>{address} nie może być użyty jako adres e-mail (dozwolone są tylko zwykłe litery); popraw go w danych gościa.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>The file &quot;{file}&quot; cannot be opened; check that it exists and is not open elsewhere.</source>
        <translation>Nie można otworzyć pliku „{file}”; sprawdź, czy istnieje i nie jest otwarty w innym programie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>The file &quot;{file}&quot; is larger than {limit} MB; split the registrant list into smaller files.</source>
        <translation>Plik „{file}” jest większy niż {limit} MB; podziel listę na mniejsze pliki.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>&quot;{file}&quot; is a folder, a device or a pipe, not a saved file; choose the list itself (a .csv or .xlsx file).</source>
        <translation>„{file}” to folder, urządzenie lub potok, a nie zapisany plik; wybierz sam plik z listą (.csv lub .xlsx).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137"/>
        <source>The Excel file &quot;{file}&quot; holds more than {limit} parts, far more than any spreadsheet saves; open it in Excel, save it again as .xlsx and choose the new file.</source>
        <translation>Plik Excela „{file}” ma ponad {limit} części, znacznie więcej, niż zapisuje jakikolwiek arkusz kalkulacyjny; otwórz go w Excelu, zapisz ponownie jako .xlsx i wybierz nowy plik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>The Excel file &quot;{file}&quot; unpacks to more than {limit} MB; save the list as CSV, or split it into smaller files.</source>
        <translation>Plik Excela „{file}” po rozpakowaniu ma ponad {limit} MB; zapisz listę jako CSV albo podziel ją na mniejsze pliki.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="139"/>
        <source>The Excel file &quot;{file}&quot; unpacks to more than {limit} times its size, which no spreadsheet writes: it is damaged or made to overload programs; save the list again from your spreadsheet and choose the new file.</source>
        <translation>Plik Excela „{file}” po rozpakowaniu jest ponad {limit} razy większy niż spakowany, czego nie zapisuje żaden arkusz kalkulacyjny: jest uszkodzony albo przygotowany, by przeciążać programy; zapisz listę ponownie w arkuszu kalkulacyjnym i wybierz nowy plik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="140"/>
        <source>The file &quot;{file}&quot; is empty; export the registrant list again and choose the new file.</source>
        <translation>Plik „{file}” jest pusty; wyeksportuj listę ponownie i wybierz nowy plik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="141"/>
        <source>The file &quot;{file}&quot; is neither a text (CSV) nor an Excel file; save the registrant list as CSV or XLSX and choose that file.</source>
        <translation>Plik „{file}” nie jest ani plikiem tekstowym (CSV), ani plikiem Excela; zapisz listę jako CSV lub XLSX i wybierz ten plik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>The file &quot;{file}&quot; is saved as {format}, which cannot be imported; open it and save it as Excel (.xlsx) or CSV.</source>
        <translation>Plik „{file}” jest zapisany jako {format}, którego nie da się zaimportować; otwórz go i zapisz jako Excel (.xlsx) lub CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="143"/>
        <source>The Excel file &quot;{file}&quot; is protected with a password; open it in Excel, remove the password and save it again.</source>
        <translation>Plik Excela „{file}” jest chroniony hasłem; otwórz go w Excelu, usuń hasło i zapisz ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="144"/>
        <source>The Excel file &quot;{file}&quot; is damaged and cannot be read; open it in Excel, save it again as .xlsx and choose the new file.</source>
        <translation>Plik Excela „{file}” jest uszkodzony; otwórz go w Excelu, zapisz ponownie jako .xlsx i wybierz nowy plik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>The file &quot;{file}&quot; breaks the CSV format near line {line}; open it in a spreadsheet, save it again as CSV and choose the new file.</source>
        <translation>Plik „{file}” ma błąd formatu CSV w okolicy wiersza {line}; otwórz go w arkuszu, zapisz ponownie jako CSV i wybierz nowy plik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>No name column was found in &quot;{file}&quot;; its header row needs &quot;Imię&quot; and &quot;Nazwisko&quot; (or &quot;Imię i nazwisko&quot;) columns.</source>
        <translation>W pliku „{file}” nie znaleziono kolumn z nazwiskami; wiersz nagłówka musi zawierać kolumny „Imię” i „Nazwisko” (albo „Imię i nazwisko”).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="147"/>
        <source>The file &quot;{file}&quot; has a header row but no registrants below it; check that the right file or sheet was exported.</source>
        <translation>Plik „{file}” ma wiersz nagłówka, ale pod nim nie ma żadnych zgłoszeń; sprawdź, czy wyeksportowano właściwy plik lub arkusz.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>The file &quot;{file}&quot; has more than {limit} registrant rows; split it into smaller files.</source>
        <translation>Plik „{file}” ma więcej niż {limit} wierszy zgłoszeń; podziel go na mniejsze pliki.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="149"/>
        <source>The file &quot;{file}&quot; has more than {limit} columns; remove the unused columns and import it again.</source>
        <translation>Plik „{file}” ma więcej niż {limit} kolumn; usuń nieużywane kolumny i zaimportuj go ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>No programme header row was found in &quot;{file}&quot;; one of its first rows needs the columns {columns}, named in Polish or English.</source>
        <translation>W pliku „{file}” nie znaleziono wiersza nagłówka programu; jeden z pierwszych wierszy musi zawierać kolumny {columns}, nazwane po polsku lub po angielsku.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>The programme in &quot;{file}&quot; has no column for {columns}; add them to the header row and import the file again.</source>
        <translation>W programie z pliku „{file}” brakuje kolumn: {columns}; dodaj je do wiersza nagłówka i zaimportuj plik ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="152"/>
        <source>The file &quot;{file}&quot; has a programme header row but no sessions below it; check that the right file or sheet was exported.</source>
        <translation>Plik „{file}” ma wiersz nagłówka programu, ale pod nim nie ma żadnych sesji; sprawdź, czy wyeksportowano właściwy plik lub arkusz.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>The file &quot;{file}&quot; has more than {limit} programme rows, so it is probably not a programme; choose the programme file.</source>
        <translation>Plik „{file}” ma więcej niż {limit} wierszy, więc to raczej nie jest program; wybierz plik z programem.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>Row {row} has no first or last name ({preview}), so it was skipped.</source>
        <translation>Wiersz {row} nie ma imienia ani nazwiska ({preview}), więc został pominięty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Row {row}: &quot;{value}&quot; is not a valid e-mail address; it was imported as written.</source>
        <translation>Wiersz {row}: „{value}” nie jest poprawnym adresem e-mail; zaimportowano go bez zmian.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="156"/>
        <source>Row {row}: the category &quot;{value}&quot; is not known, so the person was imported as a participant.</source>
        <translation>Wiersz {row}: nieznana kategoria „{value}”, więc osobę zaimportowano jako uczestnika.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>Row {row}: the days &quot;{value}&quot; do not match the event days ({days}), so the person was registered for every day.</source>
        <translation>Wiersz {row}: dni „{value}” nie pasują do dni wydarzenia ({days}), więc osobę zgłoszono na wszystkie dni.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="158"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a yes or no answer, so the consent was left unanswered.</source>
        <translation>Wiersz {row}: „{value}” w kolumnie „{column}” nie jest odpowiedzią tak/nie, więc zgodę pozostawiono bez odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a registration status, so the status was left as it was; write &quot;anulowane&quot; or &quot;potwierdzone&quot;.</source>
        <translation>Wiersz {row}: „{value}” w kolumnie „{column}” nie jest statusem zgłoszenia, więc status pozostał bez zmian; wpisz „anulowane” albo „potwierdzone”.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="160"/>
        <source>Row {row}: the list says &quot;{value}&quot;, but {name} was cancelled by hand at a desk, which is newer, so the registration stays cancelled; restore it at the desk if the list is right.</source>
        <translation>Wiersz {row}: lista mówi „{value}”, ale zgłoszenie ({name}) anulowano ręcznie na stanowisku, co jest nowszą informacją, więc pozostaje anulowane; jeśli lista ma rację, przywróć je na stanowisku.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>Row {row}: the list says &quot;{value}&quot;, but {name} was restored by hand at a desk, which is newer, so the registration stays; cancel it at the desk if the list is right.</source>
        <translation>Wiersz {row}: lista mówi „{value}”, ale zgłoszenie ({name}) przywrócono ręcznie na stanowisku, co jest nowszą informacją, więc pozostaje aktywne; jeśli lista ma rację, anuluj je na stanowisku.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="162"/>
        <source>Row {row}: {name} was restored with their sign-up for &quot;{title}&quot;, which now has {signed_up} guests for {capacity} seats; move a guest if the room cannot take them.</source>
        <translation>Wiersz {row}: przywrócono zgłoszenie ({name}) razem z zapisem na „{title}”, gdzie jest teraz {signed_up} osób na {capacity} miejsc; przenieś kogoś, jeśli sala ich nie pomieści.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>Row {row}: the cell in column &quot;{column}&quot; is longer than {limit} characters, so only its beginning was kept.</source>
        <translation>Wiersz {row}: komórka w kolumnie „{column}” ma więcej niż {limit} znaków, więc zachowano tylko jej początek.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; shows that the file lost letters (?): Excel saved it as CSV in Windows-1250, so the row was skipped. Save the list as &quot;CSV UTF-8&quot; or .xlsx and import it again.</source>
        <translation>Wiersz {row}: „{value}” w kolumnie „{column}” pokazuje, że plik zgubił litery (?): Excel zapisał go jako CSV w Windows-1250, więc wiersz pominięto. Zapisz listę jako „CSV UTF-8” lub .xlsx i zaimportuj ją ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>Row {row}: the columns &quot;{column}&quot; and &quot;{other}&quot; hold different values (&quot;{value}&quot;, &quot;{other_value}&quot;), so the row was skipped. Keep one of the two columns or make them agree, and import the file again.</source>
        <translation>Wiersz {row}: kolumny „{column}” i „{other}” mają różne wartości („{value}”, „{other_value}”), więc wiersz pominięto. Zostaw jedną z tych kolumn albo ujednolić ich wartości i zaimportuj plik ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>Row {row}: a quote (&quot;) opens in column &quot;{column}&quot; and never closes, so the row was skipped and the lines below it were read on their own. Close or remove the quote in that row and import the file again.</source>
        <translation>Wiersz {row}: w kolumnie „{column}” otwiera się cudzysłów (&quot;), który nigdzie się nie zamyka, więc wiersz pominięto, a wiersze pod nim odczytano osobno. Zamknij lub usuń ten cudzysłów w tym wierszu i zaimportuj plik ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>Row {row}: cell {cell} holds a formula Excel never calculated, so the row was skipped. Open the file in Excel, save it, and import it again.</source>
        <translation>Wiersz {row}: komórka {cell} zawiera formułę, której Excel nigdy nie przeliczył, więc wiersz pominięto. Otwórz plik w Excelu, zapisz go i zaimportuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>Row {row} has nothing in {columns}, so it was skipped; every session needs a day, a start, an end and a title.</source>
        <translation>Wiersz {row} ma puste pola: {columns}, więc został pominięty; każda sesja musi mieć dzień, początek, koniec i tytuł.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="169"/>
        <source>Row {row}: &quot;{value}&quot; is not a day of the event ({days}), so the row was skipped; write the day number (1, 2) or its date.</source>
        <translation>Wiersz {row}: „{value}” nie jest dniem wydarzenia ({days}), więc wiersz pominięto; wpisz numer dnia (1, 2) albo jego datę.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a time, so the row was skipped; write it as 09:30.</source>
        <translation>Wiersz {row}: „{value}” w kolumnie „{column}” nie jest godziną, więc wiersz pominięto; wpisz ją w postaci 09:30.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>Row {row}: the session ends at {value}, before it starts ({start}), so the row was skipped; correct the times.</source>
        <translation>Wiersz {row}: sesja kończy się o {value}, przed swoim początkiem ({start}), więc wiersz pominięto; popraw godziny.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="172"/>
        <source>Row {row}: &quot;{value}&quot; is not a kind of session, so the row was skipped; write one of: {known}.</source>
        <translation>Wiersz {row}: „{value}” nie jest rodzajem sesji, więc wiersz pominięto; wpisz jeden z rodzajów: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a number of seats, so the row was skipped; write a whole number such as 80, or leave it empty for no limit.</source>
        <translation>Wiersz {row}: „{value}” w kolumnie „{column}” nie jest liczbą miejsc, więc wiersz pominięto; wpisz liczbę całkowitą, np. 80, albo zostaw pole puste (bez limitu).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="174"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a yes or no answer, so the row was skipped; write &quot;tak&quot; or &quot;nie&quot;, or leave it empty.</source>
        <translation>Wiersz {row}: „{value}” w kolumnie „{column}” nie jest odpowiedzią tak/nie, więc wiersz pominięto; wpisz „tak” albo „nie” lub zostaw pole puste.</translation>
    </message>
</context>
<context>
    <name>placeholders</name>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="56"/>
        <source>the guest&apos;s first name</source>
        <translation>imię gościa</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="57"/>
        <source>the guest&apos;s last name</source>
        <translation>nazwisko gościa</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="58"/>
        <source>the guest&apos;s title (dr, prof.), empty when none</source>
        <translation>tytuł gościa (dr, prof.), puste, gdy brak</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="59"/>
        <source>title, first and last name</source>
        <translation>tytuł, imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="60"/>
        <source>the guest&apos;s organisation</source>
        <translation>instytucja gościa</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="61"/>
        <source>the event&apos;s name</source>
        <translation>nazwa wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="62"/>
        <source>the event&apos;s dates</source>
        <translation>daty wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="63"/>
        <source>the venue</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="64"/>
        <source>the venue&apos;s town</source>
        <translation>miejscowość</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="65"/>
        <source>the days the guest attends</source>
        <translation>dni udziału gościa</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="66"/>
        <source>the guest&apos;s workshop, empty when none</source>
        <translation>warsztat gościa, puste, gdy brak</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="67"/>
        <source>the workshop&apos;s room, empty when none</source>
        <translation>sala warsztatu, puste, gdy brak</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="68"/>
        <source>the gala dinner when signed up, else empty</source>
        <translation>uroczysta kolacja, jeśli zapisany, inaczej puste</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="69"/>
        <source>the guest&apos;s code, as printed under the QR</source>
        <translation>kod gościa, jak pod kodem QR</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/printing.py" line="45"/>
        <source>QtPdf is not available (install PySide6-Addons)</source>
        <translation>QtPdf jest niedostępny (zainstaluj PySide6-Addons)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="46"/>
        <source>the badge could not be prepared for printing</source>
        <translation>nie udało się przygotować identyfikatora do druku</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="47"/>
        <source>the printer {name} cannot be used</source>
        <translation>nie można użyć drukarki {name}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="48"/>
        <source>no printer is installed on this computer</source>
        <translation>na tym komputerze nie jest zainstalowana żadna drukarka</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="49"/>
        <source>the printer {name} is not connected</source>
        <translation>drukarka {name} nie jest podłączona</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="50"/>
        <source>a badge could not be printed and was set aside ({reason})</source>
        <translation>nie udało się wydrukować identyfikatora, odłożono go ({reason})</translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="50"/>
        <source>Other server</source>
        <translation>Inny serwer</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="51"/>
        <source>Office mailbox (home.pl, nazwa.pl, OVH…)</source>
        <translation>Skrzynka firmowa (home.pl, nazwa.pl, OVH…)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="52"/>
        <source>Gmail (Google Workspace)</source>
        <translation>Gmail (Google Workspace)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="53"/>
        <source>Microsoft 365 (Outlook)</source>
        <translation>Microsoft 365 (Outlook)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="59"/>
        <source>Type the outgoing mail (SMTP) server your provider names, its port and security.</source>
        <translation>Wpisz serwer poczty wychodzącej (SMTP) podany przez dostawcę, jego port i zabezpieczenie.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="60"/>
        <source>Server: the name shown in your hosting panel, e.g. serwer1234.home.pl or serwer1234.nazwa.pl; TLS on port 465 (or STARTTLS on 587). User name: the whole e-mail address; password: the mailbox&apos;s own.</source>
        <translation>Serwer: nazwa z panelu hostingu, np. serwer1234.home.pl lub serwer1234.nazwa.pl; TLS na porcie 465 (albo STARTTLS na 587). Nazwa użytkownika: pełny adres e-mail; hasło: hasło tej skrzynki.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="61"/>
        <source>Turn on 2-Step Verification in the Google account, create an app password (Google account → Security → App passwords) and type it below. User name: the whole Gmail address.</source>
        <translation>Włącz weryfikację dwuetapową na koncie Google, utwórz hasło aplikacji (Konto Google → Bezpieczeństwo → Hasła aplikacji) i wpisz je poniżej. Nazwa użytkownika: pełny adres Gmail.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="62"/>
        <source>The administrator must allow authenticated SMTP (SMTP AUTH) for this mailbox in the Microsoft 365 admin centre; with multi-factor sign-in create an app password and type it below. User name: the whole address.</source>
        <translation>Administrator musi włączyć uwierzytelniony SMTP (SMTP AUTH) dla tej skrzynki w centrum administracyjnym Microsoft 365; przy logowaniu wieloskładnikowym utwórz hasło aplikacji i wpisz je poniżej. Nazwa użytkownika: pełny adres.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="68"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (zwykle port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="69"/>
        <source>TLS (usually port 465)</source>
        <translation>TLS (zwykle port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="70"/>
        <source>None (unencrypted; only inside the office)</source>
        <translation>Brak (bez szyfrowania; tylko w sieci biura)</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/station/sync_status.py" line="26"/>
        <source>not reachable</source>
        <translation>nieosiągalne</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="27"/>
        <source>a station of another event</source>
        <translation>stanowisko innego wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="28"/>
        <source>holds a copy of this event file: join with a pairing code instead of copying the file</source>
        <translation>ma kopię tego pliku wydarzenia: dołącz je kodem parowania zamiast kopiować plik</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="29"/>
        <source>this station&apos;s own address</source>
        <translation>własny adres tego stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="30"/>
        <source>refused the exchange; retrying</source>
        <translation>odmówiło wymiany; ponawiam</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="31"/>
        <source>its event file is busy; retrying</source>
        <translation>jego plik wydarzenia jest zajęty; ponawiam</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="32"/>
        <source>does not answer like a check-in station</source>
        <translation>nie odpowiada jak stanowisko rejestracji</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="33"/>
        <source>its answer does not open with this event&apos;s key</source>
        <translation>jego odpowiedzi nie da się otworzyć kluczem tego wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="34"/>
        <source>sent entries this station refuses</source>
        <translation>przysłało wpisy, których to stanowisko nie przyjmuje</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="35"/>
        <source>sent an answer too large to accept</source>
        <translation>przysłało zbyt dużą odpowiedź</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="36"/>
        <source>this station&apos;s event file is busy; retrying</source>
        <translation>plik wydarzenia tego stanowiska jest zajęty; ponawiam</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="37"/>
        <source>the exchange failed; retrying</source>
        <translation>wymiana się nie udała; ponawiam</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="48"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="59"/>
        <source>connected</source>
        <translation>połączone</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="62"/>
        <source>not connected</source>
        <translation>niepołączone</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="63"/>
        <source>not connected: {problem}</source>
        <translation>niepołączone: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="69"/>
        <source>Alone: no other station connected</source>
        <translation>Praca w pojedynkę: brak połączenia z innymi stanowiskami</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="70"/>
        <source>Alone: no other station connected — changes will be sent when connected</source>
        <translation>Praca w pojedynkę: brak połączenia z innymi stanowiskami — zmiany wyślą się po połączeniu</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="122"/>
        <source>{names} +{more}</source>
        <translation>{names} +{more}</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="123"/>
        <source>Connected: {stations}</source>
        <translation>Połączono: {stations}</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="133"/>
        <source>This station listens on {address}.</source>
        <translation>To stanowisko nasłuchuje pod adresem {address}.</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="135"/>
        <source>&lt;b&gt;{station}&lt;/b&gt; ({address}): {state}; last sync {time}</source>
        <translation>&lt;b&gt;{station}&lt;/b&gt; ({address}): {state}; ostatnia synchronizacja {time}</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="140"/>
        <source>No other station found yet.</source>
        <translation>Nie znaleziono jeszcze innych stanowisk.</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="141"/>
        <source>Click for the stations on the network.</source>
        <translation>Kliknij, aby zobaczyć stanowiska w sieci.</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="28"/>
        <source>Scan a code or type a name</source>
        <translation>Zeskanuj kod lub wpisz nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="58"/>
        <source>Unknown code</source>
        <translation>Nieznany kod</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="59"/>
        <source>This code is not from this event. Search for the guest by name.</source>
        <translation>Ten kod nie pochodzi z tego wydarzenia. Wyszukaj osobę po nazwisku.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="66"/>
        <source>Checked in</source>
        <translation>Zarejestrowano</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="69"/>
        <source>Already checked in at {time} at {desk} by {staff}</source>
        <translation>Zarejestrowano już o {time} na stanowisku {desk} (obsługa: {staff})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="72"/>
        <source>Already checked in</source>
        <translation>Już zarejestrowano</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="78"/>
        <source>Not registered for today</source>
        <translation>Brak zgłoszenia na dziś</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="79"/>
        <source>Registered for: {days}. Ask the organiser.</source>
        <translation>Zgłoszenie na: {days}. Zapytaj organizatora.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="84"/>
        <location filename="../../ui/desk/verdicts.py" line="133"/>
        <source>Registration cancelled</source>
        <translation>Zgłoszenie anulowane</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="85"/>
        <source>Do not hand over a badge. Ask the organiser.</source>
        <translation>Nie wydawaj identyfikatora. Zapytaj organizatora.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="119"/>
        <source>Nothing to undo</source>
        <translation>Nie ma czego cofnąć</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="121"/>
        <source>Check-in undone</source>
        <translation>Cofnięto rejestrację</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="122"/>
        <source>Take the badge back if it was handed over.</source>
        <translation>Odbierz identyfikator, jeśli został wydany.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/banner.py" line="39"/>
        <source>Not done</source>
        <translation>Nie wykonano</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="209"/>
        <location filename="../../ui/desk/verdicts.py" line="224"/>
        <source>Workshop: {workshop}</source>
        <translation>Warsztat: {workshop}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="203"/>
        <source>Hand over: badge and conference pack</source>
        <translation>Wydaj: identyfikator i materiały konferencyjne</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="29"/>
        <source>↑ ↓ choose · Enter check in · Esc clear · Ctrl+Z undo · Ctrl+N walk-in · F2 edit · F6 workshop</source>
        <translation>↑ ↓ wybór · Enter rejestracja · Esc wyczyść · Ctrl+Z cofnij · Ctrl+N na miejscu · F2 popraw · F6 warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="186"/>
        <source>Needs: {needs}</source>
        <translation>Potrzeby: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="259"/>
        <source>No workshop chosen, and all are full (F6 with a reason)</source>
        <translation>Nie wybrano warsztatu, a wszystkie są pełne (F6 z podaniem powodu)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="249"/>
        <source>No workshop chosen — F6: {workshops}</source>
        <translation>Nie wybrano warsztatu — F6: {workshops}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="91"/>
        <source>Also checked in at {time} at {desk} by {staff} while the desks were not connected: counted once</source>
        <translation>Zarejestrowano też o {time} na stanowisku {desk} (obsługa: {staff}), gdy stanowiska nie były połączone: liczony raz</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="102"/>
        <source>Counted: {time} at {desk} by {staff}</source>
        <translation>Liczy się: {time}, stanowisko {desk} (obsługa: {staff})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="104"/>
        <source>Also scanned: {time} at {desk} by {staff} (kept in the history)</source>
        <translation>Zeskanowano też: {time}, stanowisko {desk} (obsługa: {staff}) — zachowane w historii</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="106"/>
        <source>The desks were not connected at the time. The guest counts once.</source>
        <translation>Stanowiska nie były wtedy połączone. Gość liczy się raz.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="111"/>
        <source>Checked in at two desks — counted once</source>
        <translation>Zarejestrowano na dwóch stanowiskach — liczony raz</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="134"/>
        <source>Desks and doors now refuse this guest, and their seats are free. Ctrl+Shift+R restores it.</source>
        <translation>Stanowiska i wejścia będą tę osobę odsyłać, jej miejsca są wolne. Ctrl+Shift+R przywraca zgłoszenie.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="139"/>
        <source>&quot;{title}&quot; now has {count} guests for {capacity} seats: move someone if the room cannot take them.</source>
        <translation>„{title}” ma teraz {count} osób na {capacity} miejsc: przenieś kogoś, jeśli sala ich nie pomieści.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="145"/>
        <source>Registration restored</source>
        <translation>Zgłoszenie przywrócone</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="146"/>
        <source>The guest can be checked in again, with their workshops and meals.</source>
        <translation>Można tę osobę zarejestrować; jej warsztaty i posiłki wróciły.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="154"/>
        <source>Select the guest in the list or scan the badge first, then Ctrl+Shift+X (cancel) or Ctrl+Shift+R (restore).</source>
        <translation>Najpierw wybierz osobę na liście lub zeskanuj identyfikator, potem Ctrl+Shift+X (anuluj) albo Ctrl+Shift+R (przywróć).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="162"/>
        <source>Only the organiser may do this</source>
        <translation>Tylko organizator może to zrobić</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="163"/>
        <source>Cancelling and restoring registrations is the organiser&apos;s: unlock with the PIN (Ctrl+Shift+O), or call the organiser.</source>
        <translation>Anulowanie i przywracanie zgłoszeń należy do organizatora: odblokuj PIN-em (Ctrl+Shift+O) albo wezwij organizatora.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="179"/>
        <source>Workshop not saved: {reason}</source>
        <translation>Nie zapisano warsztatu: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="196"/>
        <source>Hand over: the badge from the printer and the conference pack</source>
        <translation>Wydaj: identyfikator z drukarki i materiały konferencyjne</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="200"/>
        <source>Hand over: conference pack. No badge is printed yet: Ctrl+P prints it</source>
        <translation>Wydaj: materiały konferencyjne. Identyfikator nie jest jeszcze wydrukowany: Ctrl+P go drukuje</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="225"/>
        <source>Workshop: {workshop} — room: {room}</source>
        <translation>Warsztat: {workshop} — sala: {room}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="232"/>
        <source>Workshop (day {day}): {workshop}</source>
        <translation>Warsztat (dzień {day}): {workshop}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="235"/>
        <source>Workshop (day {day}): {workshop} — room: {room}</source>
        <translation>Warsztat (dzień {day}): {workshop} — sala: {room}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="252"/>
        <source>No workshop chosen (day {day}) — F6: {workshops}</source>
        <translation>Nie wybrano warsztatu (dzień {day}) — F6: {workshops}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="260"/>
        <source>No workshop chosen for day {day}, and all are full (F6 with a reason)</source>
        <translation>Nie wybrano warsztatu na dzień {day}, a wszystkie są pełne (F6 z podaniem powodu)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="274"/>
        <source>Instead of: {workshop}</source>
        <translation>Zamiast: {workshop}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="277"/>
        <source>Over capacity: the reason is kept in the log</source>
        <translation>Ponad limit miejsc: powód zapisano w dzienniku</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="279"/>
        <source>Workshop chosen</source>
        <translation>Wybrano warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="287"/>
        <source>Not signed up for any meal</source>
        <translation>Brak zapisów na posiłki</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="290"/>
        <source>Meals saved in part</source>
        <translation>Posiłki zapisane częściowo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="291"/>
        <source>Meals saved</source>
        <translation>Zapisano posiłki</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="298"/>
        <source>{title} (day {day}, {start})</source>
        <translation>{title} (dzień {day}, {start})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="303"/>
        <source>{meal} — diet: {diet}</source>
        <translation>{meal} — dieta: {diet}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="153"/>
        <location filename="../../ui/desk/verdicts.py" line="308"/>
        <source>Which guest?</source>
        <translation>Dla kogo?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="309"/>
        <source>Scan the badge or select the guest first, then F6 (workshop) or F7 (meals).</source>
        <translation>Najpierw zeskanuj identyfikator lub wybierz osobę, potem F6 (warsztat) albo F7 (posiłki).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="316"/>
        <source>No workshops to choose</source>
        <translation>Brak warsztatów do wyboru</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="317"/>
        <source>No meals to sign up for</source>
        <translation>Brak posiłków do zapisu</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="320"/>
        <source>The programme has none on the days this guest attends.</source>
        <translation>Program nie przewiduje ich w dniach udziału tej osoby.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/banner.py" line="45"/>
        <source>No camera found</source>
        <translation>Nie znaleziono kamery</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/banner.py" line="46"/>
        <source>Connect a webcam, or use the USB scanner or the keyboard.</source>
        <translation>Podłącz kamerę albo użyj czytnika USB lub klawiatury.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="327"/>
        <source>HONORARY GUEST: notify the organiser</source>
        <translation>GOŚĆ HONOROWY: powiadom organizatora</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="330"/>
        <source>Note: {note}</source>
        <translation>Uwaga: {note}</translation>
    </message>
</context>
</TS>
