<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name>BadgeDesignDialog</name>
    <message>
        <location filename="../../ui/badge_design.py" line="123" />
        <source>Badge design</source>
        <translation>Projekt identyfikatora</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="145" />
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="148" />
        <source>Shown for: {name}</source>
        <translation>Podgląd dla: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="162" />
        <source>On the badge</source>
        <translation>Na identyfikatorze</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="164" />
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="165" />
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="166" />
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="167" />
        <source>Code under the QR</source>
        <translation>Kod pod kodem QR</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="181" />
        <source>Category bands</source>
        <translation>Paski kategorii</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="183" />
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="184" />
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="185" />
        <source>Label on the band</source>
        <translation>Napis na pasku</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="191" />
        <source>Colour for {category}</source>
        <translation>Kolor: {category}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="207" />
        <source>Event and stock</source>
        <translation>Wydarzenie i format</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="213" />
        <source>Workshop line starts with</source>
        <translation>Wiersz warsztatu zaczyna się od</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="215" />
        <source>Choose logo…</source>
        <translation>Wybierz logo…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="217" />
        <source>Remove logo</source>
        <translation>Usuń logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="223" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="232" />
        <source>Default badge stock</source>
        <translation>Domyślny format identyfikatorów</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="241" />
        <source>{name} ({width} × {height} mm)</source>
        <translation>{name} ({width} × {height} mm)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="257" />
        <source>Band colour for {category}</source>
        <translation>Kolor paska: {category}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="266" />
        <source>Event logo</source>
        <translation>Logo wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="266" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="275" />
        <source>Logo not used</source>
        <translation>Logo nie zostało użyte</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="284" />
        <source>The file "{file}" cannot be opened.</source>
        <translation>Nie można otworzyć pliku „{file}”.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="286" />
        <source>The file "{file}" is larger than {limit} MB; choose a smaller logo.</source>
        <translation>Plik „{file}” jest większy niż {limit} MB; wybierz mniejsze logo.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="291" />
        <source>The file "{file}" is not a PNG or JPEG image; choose a logo saved as PNG or JPEG.</source>
        <translation>Plik „{file}” nie jest obrazem PNG ani JPEG; wybierz logo zapisane jako PNG lub JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="293" />
        <source>The image "{file}" is {width} × {height} pixels; choose a logo of at most 6000 × 6000.</source>
        <translation>Obraz „{file}” ma {width} × {height} pikseli; wybierz logo nie większe niż 6000 × 6000.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="307" />
        <source>{width} × {height} px, {size} KB</source>
        <translation>{width} × {height} px, {size} KB</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="311" />
        <source>No logo</source>
        <translation>Bez logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="348" />
        <source>Preview unavailable (install PySide6-Addons).</source>
        <translation>Podgląd niedostępny (zainstaluj PySide6-Addons).</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="355" />
        <source>Preview unavailable: the logo cannot be drawn.</source>
        <translation>Podgląd niedostępny: nie można narysować logo.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="359" />
        <source>Preview unavailable.</source>
        <translation>Podgląd niedostępny.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="370" />
        <source>Badge design not saved</source>
        <translation>Nie zapisano projektu identyfikatora</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <location filename="../../ui/printing.py" line="198" />
        <source>a badge could not be printed and was set aside ({reason})</source>
        <translation>nie udało się wydrukować identyfikatora, odłożono go ({reason})</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/desk/window.py" line="85" />
        <source>No sound or camera</source>
        <translation>Bez dźwięku i kamery</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="87" />
        <source>QtMultimedia could not load: install PySide6-Addons and libpulse0 (see README).</source>
        <translation>Nie udało się załadować QtMultimedia: zainstaluj PySide6-Addons i libpulse0 (zob. README).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="163" />
        <source>Check-in — {event}</source>
        <translation>Rejestracja — {event}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="164" />
        <source>Scan a code or type a name, organisation or e-mail…</source>
        <translation>Zeskanuj kod lub wpisz nazwisko, instytucję albo e-mail…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="165" />
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="166" />
        <source>&amp;Desk</source>
        <translation>&amp;Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="167" />
        <source>Open event file…</source>
        <translation>Otwórz plik wydarzenia…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="168" />
        <source>New event from a list…</source>
        <translation>Nowe wydarzenie z listy…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="169" />
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="170" />
        <source>Undo last check-in…</source>
        <translation>Cofnij ostatnią rejestrację…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="171" />
        <source>Walk-in registration…</source>
        <translation>Rejestracja na miejscu…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="172" />
        <source>Correct selected guest…</source>
        <translation>Popraw dane wybranej osoby…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="173" />
        <source>Start of shift…</source>
        <translation>Początek zmiany…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="174" />
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="175" />
        <location filename="../../ui/desk/window.py" line="293" />
        <source>Camera scanner</source>
        <translation>Skaner kamerą</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="176" />
        <source>Reprint badge…</source>
        <translation>Wydrukuj identyfikator ponownie…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="177" />
        <source>Retry printing</source>
        <translation>Ponów drukowanie</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="178" />
        <source>&amp;Badges</source>
        <translation>&amp;Identyfikatory</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="179" />
        <source>Badge design…</source>
        <translation>Projekt identyfikatora…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="180" />
        <source>Pre-print badges…</source>
        <translation>Wydruk identyfikatorów przed wydarzeniem…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="228" />
        <source>Nothing to undo</source>
        <translation>Nie ma czego cofnąć</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="229" />
        <source>Only this desk's last check-in can be undone here.</source>
        <translation>Tutaj można cofnąć tylko ostatnią rejestrację z tego stanowiska.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="289" />
        <source>No camera found</source>
        <translation>Nie znaleziono kamery</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="290" />
        <source>Connect a webcam, or use the USB scanner or the keyboard.</source>
        <translation>Podłącz kamerę albo użyj czytnika USB lub klawiatury.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="345" />
        <source>Badge printed</source>
        <translation>Wydrukowano identyfikator</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/window.py" line="350" />
        <source>Printer: {reason}. %n badge(s) waiting, F9 retries.</source>
        <translation>
            <numerusform>Drukarka: {reason}. Czeka %n identyfikator, F9 ponawia.</numerusform><numerusform>Drukarka: {reason}. Czekają %n identyfikatory, F9 ponawia.</numerusform><numerusform>Drukarka: {reason}. Czeka %n identyfikatorów, F9 ponawia.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="363" />
        <source>Desk: &lt;b&gt;{desk}&lt;/b&gt;</source>
        <translation>Stanowisko: &lt;b&gt;{desk}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="364" />
        <source>Staff: &lt;b&gt;{staff}&lt;/b&gt;</source>
        <translation>Obsługa: &lt;b&gt;{staff}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="368" />
        <source>Today is not an event day: choose the day in Settings (Ctrl+,)</source>
        <translation>Dziś nie jest dzień wydarzenia: wybierz dzień w Ustawieniach (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="374" />
        <source>Day {number} ({date})</source>
        <translation>Dzień {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="377" />
        <source>Checking in for day {number} ({date}), which is not today</source>
        <translation>Rejestracja na dzień {number} ({date}) – to nie jest dzisiaj</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="382" />
        <source>Checked in: &lt;b&gt;{done}&lt;/b&gt; of {expected}</source>
        <translation>Zarejestrowano: &lt;b&gt;{done}&lt;/b&gt; z {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="386" />
        <source>File: {file}</source>
        <translation>Plik: {file}</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="148" />
        <source>Correct guest details</source>
        <translation>Popraw dane uczestnika</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="149" />
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="149" />
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="149" />
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="149" />
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="150" />
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/new_event.py" line="37" />
        <source>New event from a list</source>
        <translation>Nowe wydarzenie z listy</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="48" />
        <source>Event name</source>
        <translation>Nazwa wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="49" />
        <source>Venue</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="50" />
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="51" />
        <source>Number of days</source>
        <translation>Liczba dni</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="53" />
        <source>Registrant list (CSV or XLSX)</source>
        <translation>Lista zgłoszeń (CSV lub XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="55" />
        <location filename="../../ui/new_event.py" line="88" />
        <source>Save the event as</source>
        <translation>Zapisz wydarzenie jako</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="73" />
        <source>Browse…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="81" />
        <source>Registrant list</source>
        <translation>Lista zgłoszeń</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="81" />
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listy (*.csv *.xlsx *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="88" />
        <source>Event files (*.sqlite)</source>
        <translation>Pliki wydarzeń (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="106" />
        <location filename="../../ui/new_event.py" line="116" />
        <location filename="../../ui/new_event.py" line="119" />
        <source>Not created</source>
        <translation>Nie utworzono</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="107" />
        <source>{path} already exists; choose a new file name.</source>
        <translation>Plik {path} już istnieje; wybierz nową nazwę.</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="126" />
        <source>Import finished</source>
        <translation>Import zakończony</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="128" />
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
    <name>PrePrintDialog</name>
    <message>
        <location filename="../../ui/preprint.py" line="72" />
        <source>Pre-print badges</source>
        <translation>Wydruk identyfikatorów przed wydarzeniem</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="97" />
        <source>Which guests</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="99" />
        <source>All guests</source>
        <translation>Wszyscy uczestnicy</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="100" />
        <source>Only guests whose badge is not printed yet</source>
        <translation>Tylko osoby, których identyfikator nie był jeszcze drukowany</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="101" />
        <source>One category:</source>
        <translation>Jedna kategoria:</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="103" />
        <source>The guests selected at the desk ({count})</source>
        <translation>Osoby wybrane na stanowisku ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="124" />
        <source>Badge stock</source>
        <translation>Format identyfikatorów</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="137" />
        <source>Layout</source>
        <translation>Układ</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="142" />
        <source>{name}: {count} per sheet, {width} × {height} mm</source>
        <translation>{name}: {count} na arkuszu, {width} × {height} mm</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="150" />
        <source>Print to</source>
        <translation>Drukuj do</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="152" />
        <source>A PDF file</source>
        <translation>Pliku PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="153" />
        <source>This desk's printer</source>
        <translation>Drukarki tego stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="156" />
        <source>No printer is set up at this desk.</source>
        <translation>Na tym stanowisku nie ustawiono drukarki.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="159" />
        <source>Choose where to save the PDF</source>
        <translation>Wybierz, gdzie zapisać plik PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="160" />
        <source>Browse…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="175" />
        <source>Save the badges as</source>
        <translation>Zapisz identyfikatory jako</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="175" />
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="186" />
        <location filename="../../ui/preprint.py" line="266" />
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n identyfikator</numerusform><numerusform>%n identyfikatory</numerusform><numerusform>%n identyfikatorów</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="187" />
        <source>{badges} on %n sheet(s)</source>
        <translation>
            <numerusform>{badges} na %n arkuszu</numerusform><numerusform>{badges} na %n arkuszach</numerusform><numerusform>{badges} na %n arkuszach</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="237" />
        <source>Nothing to print</source>
        <translation>Nic do wydrukowania</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="238" />
        <source>No guest matches this choice, or every badge has been printed already.</source>
        <translation>Nikt nie spełnia tego wyboru albo wszystkie identyfikatory zostały już wydrukowane.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="256" />
        <source>Badges not saved</source>
        <translation>Nie zapisano identyfikatorów</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="257" />
        <source>The file {file} could not be written: {reason}. Nothing was recorded as printed.</source>
        <translation>Nie udało się zapisać pliku {file}: {reason}. Niczego nie oznaczono jako wydrukowane.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="264" />
        <source>Badges saved</source>
        <translation>Zapisano identyfikatory</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="265" />
        <source>{badges} saved to {file} (%n page(s)).</source>
        <translation>
            <numerusform>Zapisano {badges} w pliku {file} (%n strona).</numerusform><numerusform>Zapisano {badges} w pliku {file} (%n strony).</numerusform><numerusform>Zapisano {badges} w pliku {file} (%n stron).</numerusform></translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message numerus="yes">
        <location filename="../../ui/desk/dialogs.py" line="93" />
        <source>Print the badge of {name} again? It has been printed %n time(s).</source>
        <translation>
            <numerusform>Wydrukować ponownie identyfikator: {name}? Drukowano go już %n raz.</numerusform><numerusform>Wydrukować ponownie identyfikator: {name}? Drukowano go już %n razy.</numerusform><numerusform>Wydrukować ponownie identyfikator: {name}? Drukowano go już %n razy.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="95" />
        <source>Reprint badge</source>
        <translation>Ponowny wydruk identyfikatora</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="96" />
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="96" />
        <source>e.g. badge lost, name corrected</source>
        <translation>np. zgubiony identyfikator, poprawione nazwisko</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="171" />
        <source>Desk settings</source>
        <translation>Ustawienia stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="172" />
        <source>Station name</source>
        <translation>Nazwa stanowiska</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="173" />
        <source>Staff name</source>
        <translation>Imię i nazwisko obsługi</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="174" />
        <source>Sounds on</source>
        <translation>Dźwięki włączone</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="179" />
        <source>Day {number} ({date})</source>
        <translation>Dzień {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="182" />
        <source>Checking in for</source>
        <translation>Rejestracja na</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="184" />
        <source>System default</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="188" />
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="189" />
        <source>Print the badge at check-in (unless already printed)</source>
        <translation>Drukuj identyfikator przy rejestracji (jeśli nie był drukowany)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="193" />
        <source>System default printer</source>
        <translation>Domyślna drukarka systemu</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="197" />
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="199" />
        <source>As in the badge design</source>
        <translation>Jak w projekcie identyfikatora</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="203" />
        <source>Badge stock at this desk</source>
        <translation>Format identyfikatorów na tym stanowisku</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="163" />
        <source>Start of shift</source>
        <translation>Początek zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="164" />
        <source>Your name</source>
        <translation>Twoje imię i nazwisko</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="84" />
        <source>Undo the check-in of {name}?</source>
        <translation>Cofnąć rejestrację: {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="86" />
        <source>Undo check-in</source>
        <translation>Cofnij rejestrację</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="86" />
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="86" />
        <source>e.g. wrong person scanned</source>
        <translation>np. zeskanowano niewłaściwą osobę</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="107" />
        <source>Walk-in registration</source>
        <translation>Rejestracja na miejscu</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="109" />
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="110" />
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="111" />
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="112" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="116" />
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="118" />
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="121" />
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="137" />
        <source>Already registered? Similar guests:
{people}
If it is one of them, cancel and search instead.</source>
        <translation>Może już jest na liście? Podobne osoby:
{people}
Jeśli to jedna z nich, anuluj i wyszukaj ją.</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="56" />
        <source>%n people</source>
        <translation>
            <numerusform>%n osoba</numerusform><numerusform>%n osoby</numerusform><numerusform>%n osób</numerusform></translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../ui/printing.py" line="80" />
        <source>QtPdf is not available (install PySide6-Addons)</source>
        <translation>QtPdf jest niedostępny (zainstaluj PySide6-Addons)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="88" />
        <source>the badge could not be prepared for printing</source>
        <translation>nie udało się przygotować identyfikatora do druku</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="92" />
        <source>the printer {name} cannot be used</source>
        <translation>nie można użyć drukarki {name}</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="111" />
        <source>no printer is installed on this computer</source>
        <translation>na tym komputerze nie jest zainstalowana żadna drukarka</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="114" />
        <source>the printer {name} is not connected</source>
        <translation>drukarka {name} nie jest podłączona</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="92" />
        <source>Open event file</source>
        <translation>Otwórz plik wydarzenia</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="93" />
        <source>Event files (*.sqlite *.db);;All files (*)</source>
        <translation>Pliki wydarzeń (*.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101" />
        <location filename="../../ui/app.py" line="136" />
        <location filename="../../ui/app.py" line="144" />
        <source>Cannot open</source>
        <translation>Nie można otworzyć</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="117" />
        <source>{path} cannot be read ({reason}). Check that the drive is connected and the file is not open in another program.</source>
        <translation>Nie można odczytać pliku {path} ({reason}). Sprawdź, czy dysk jest podłączony i czy plik nie jest otwarty w innym programie.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122" />
        <source>{path} was saved by a newer version of this app. Update the app to open it.</source>
        <translation>Plik {path} zapisała nowsza wersja programu. Zaktualizuj program, aby go otworzyć.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125" />
        <source>{path} is not an event file of this app. Choose the .sqlite file of your event.</source>
        <translation>{path} nie jest plikiem wydarzenia tego programu. Wybierz plik .sqlite swojego wydarzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136" />
        <source>There is no event file at {path}. Check the name, or create the event with the demo or new command.</source>
        <translation>Nie ma pliku wydarzenia {path}. Sprawdź nazwę albo utwórz wydarzenie poleceniem demo lub new.</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../ui/desk/controller.py" line="69" />
        <source>No guest found</source>
        <translation>Nie znaleziono osoby</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="70" />
        <source>Check the spelling, search by organisation, or register a walk-in (Ctrl+N).</source>
        <translation>Sprawdź pisownię, szukaj po instytucji albo zarejestruj osobę na miejscu (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="75" />
        <source>Choose the guest</source>
        <translation>Wybierz osobę</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="76" />
        <source>Several guests share this name: pick the right organisation with ↑ ↓, then Enter.</source>
        <translation>Kilka osób ma to samo imię i nazwisko: wybierz właściwą instytucję strzałkami ↑ ↓, potem Enter.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Speaker</source>
        <translation>Prelegent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Honorary guest</source>
        <translation>Gość honorowy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Organiser</source>
        <translation>Organizator</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Press</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Staff</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Organisation</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Workshop</source>
        <translation>Warsztat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>cancelled</source>
        <translation>anulowany</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>✔ checked in</source>
        <translation>✔ zarejestrowany</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Same name as another guest: check the organisation before you check in.</source>
        <translation>Inna osoba ma takie samo imię i nazwisko: sprawdź instytucję przed rejestracją.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="14" />
        <source>Today is not a day of this event ({days}). Choose the day in Settings.</source>
        <translation>Dziś nie jest dzień wydarzenia ({days}). Wybierz dzień w Ustawieniach.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="17" />
        <source>{day} is not a day of this event ({days}).</source>
        <translation>{day} nie jest dniem wydarzenia ({days}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="18" />
        <source>Please give a short reason; it is kept in the log.</source>
        <translation>Podaj krótki powód; zostanie zapisany w dzienniku.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19" />
        <source>Enter at least a first name or a last name.</source>
        <translation>Wpisz przynajmniej imię albo nazwisko.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20" />
        <source>{category} is not a guest category.</source>
        <translation>{category} nie jest kategorią uczestnika.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21" />
        <source>{email} is not an e-mail address. Correct it or leave it empty.</source>
        <translation>{email} nie jest adresem e-mail. Popraw go albo zostaw puste pole.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22" />
        <source>No guest has the code or number {key}.</source>
        <translation>Nikt nie ma kodu ani numeru {key}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23" />
        <source>These fields cannot be edited: {fields}.</source>
        <translation>Tych pól nie można edytować: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24" />
        <source>The event file could not be written, so nothing was saved. Check that no other program holds the file, that it is not read-only and that the disk has space, then try again.</source>
        <translation>Nie udało się zapisać pliku wydarzenia. Nic nie zostało zapisane: sprawdź, czy inny program nie blokuje pliku, czy plik nie jest tylko do odczytu i czy na dysku jest miejsce, i spróbuj ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30" />
        <source>The file "{file}" cannot be opened; check that it exists and is not open elsewhere.</source>
        <translation>Nie można otworzyć pliku „{file}”; sprawdź, czy istnieje i nie jest otwarty w innym programie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31" />
        <source>The file "{file}" is larger than {limit} MB; split the registrant list into smaller files.</source>
        <translation>Plik „{file}” jest większy niż {limit} MB; podziel listę na mniejsze pliki.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32" />
        <source>The file "{file}" is empty; export the registrant list again and choose the new file.</source>
        <translation>Plik „{file}” jest pusty; wyeksportuj listę ponownie i wybierz nowy plik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33" />
        <source>The file "{file}" is neither a text (CSV) nor an Excel file; save the registrant list as CSV or XLSX and choose that file.</source>
        <translation>Plik „{file}” nie jest ani plikiem tekstowym (CSV), ani plikiem Excela; zapisz listę jako CSV lub XLSX i wybierz ten plik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34" />
        <source>The file "{file}" is saved as {format}, which cannot be imported; open it and save it as Excel (.xlsx) or CSV.</source>
        <translation>Plik „{file}” jest zapisany jako {format}, którego nie da się zaimportować; otwórz go i zapisz jako Excel (.xlsx) lub CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35" />
        <source>The Excel file "{file}" is protected with a password; open it in Excel, remove the password and save it again.</source>
        <translation>Plik Excela „{file}” jest chroniony hasłem; otwórz go w Excelu, usuń hasło i zapisz ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36" />
        <source>The Excel file "{file}" is damaged and cannot be read; open it in Excel, save it again as .xlsx and choose the new file.</source>
        <translation>Plik Excela „{file}” jest uszkodzony; otwórz go w Excelu, zapisz ponownie jako .xlsx i wybierz nowy plik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37" />
        <source>The file "{file}" breaks the CSV format near line {line}; open it in a spreadsheet, save it again as CSV and choose the new file.</source>
        <translation>Plik „{file}” ma błąd formatu CSV w okolicy wiersza {line}; otwórz go w arkuszu, zapisz ponownie jako CSV i wybierz nowy plik.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38" />
        <source>No name column was found in "{file}"; its header row needs "Imię" and "Nazwisko" (or "Imię i nazwisko") columns.</source>
        <translation>W pliku „{file}” nie znaleziono kolumn z nazwiskami; wiersz nagłówka musi zawierać kolumny „Imię” i „Nazwisko” (albo „Imię i nazwisko”).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39" />
        <source>The file "{file}" has a header row but no registrants below it; check that the right file or sheet was exported.</source>
        <translation>Plik „{file}” ma wiersz nagłówka, ale pod nim nie ma żadnych zgłoszeń; sprawdź, czy wyeksportowano właściwy plik lub arkusz.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40" />
        <source>The file "{file}" has more than {limit} registrant rows; split it into smaller files.</source>
        <translation>Plik „{file}” ma więcej niż {limit} wierszy zgłoszeń; podziel go na mniejsze pliki.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41" />
        <source>The file "{file}" has more than {limit} columns; remove the unused columns and import it again.</source>
        <translation>Plik „{file}” ma więcej niż {limit} kolumn; usuń nieużywane kolumny i zaimportuj go ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42" />
        <source>Row {row} has no first or last name ({preview}), so it was skipped.</source>
        <translation>Wiersz {row} nie ma imienia ani nazwiska ({preview}), więc został pominięty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43" />
        <source>Row {row}: "{value}" is not a valid e-mail address; it was imported as written.</source>
        <translation>Wiersz {row}: „{value}” nie jest poprawnym adresem e-mail; zaimportowano go bez zmian.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44" />
        <source>Row {row}: the category "{value}" is not known, so the person was imported as a participant.</source>
        <translation>Wiersz {row}: nieznana kategoria „{value}”, więc osobę zaimportowano jako uczestnika.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45" />
        <source>Row {row}: the days "{value}" do not match the event days ({days}), so the person was registered for every day.</source>
        <translation>Wiersz {row}: dni „{value}” nie pasują do dni wydarzenia ({days}), więc osobę zgłoszono na wszystkie dni.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46" />
        <source>Row {row}: "{value}" in column "{column}" is not a yes or no answer, so the consent was left unanswered.</source>
        <translation>Wiersz {row}: „{value}” w kolumnie „{column}” nie jest odpowiedzią tak/nie, więc zgodę pozostawiono bez odpowiedzi.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47" />
        <source>Row {row}: the cell in column "{column}" is longer than {limit} characters, so only its beginning was kept.</source>
        <translation>Wiersz {row}: komórka w kolumnie „{column}” ma więcej niż {limit} znaków, więc zachowano tylko jej początek.</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="31" />
        <source>Scan a code or type a name</source>
        <translation>Zeskanuj kod lub wpisz nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="32" />
        <source>↑ ↓ choose · Enter check in · Esc clear · Ctrl+Z undo · Ctrl+N walk-in · F2 edit</source>
        <translation>↑ ↓ wybór · Enter rejestracja · Esc wyczyść · Ctrl+Z cofnij · Ctrl+N na miejscu · F2 popraw</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="50" />
        <source>Unknown code</source>
        <translation>Nieznany kod</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="51" />
        <source>This code is not from this event. Search for the guest by name.</source>
        <translation>Ten kod nie pochodzi z tego wydarzenia. Wyszukaj osobę po nazwisku.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="58" />
        <source>Checked in</source>
        <translation>Zarejestrowano</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="62" />
        <source>Already checked in at {time} at {desk} by {staff}</source>
        <translation>Zarejestrowano już o {time} na stanowisku {desk} (obsługa: {staff})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="65" />
        <source>Already checked in</source>
        <translation>Już zarejestrowano</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="70" />
        <source>Not registered for today</source>
        <translation>Brak zgłoszenia na dziś</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="71" />
        <source>Registered for: {days}. Ask the organiser.</source>
        <translation>Zgłoszenie na: {days}. Zapytaj organizatora.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="76" />
        <source>Registration cancelled</source>
        <translation>Zgłoszenie anulowane</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="77" />
        <source>Do not hand over a badge. Ask the organiser.</source>
        <translation>Nie wydawaj identyfikatora. Zapytaj organizatora.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="85" />
        <source>Nothing to undo</source>
        <translation>Nie ma czego cofnąć</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="87" />
        <source>Check-in undone</source>
        <translation>Cofnięto rejestrację</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="88" />
        <source>Take the badge back if it was handed over.</source>
        <translation>Odbierz identyfikator, jeśli został wydany.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="93" />
        <source>Not done</source>
        <translation>Nie wykonano</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="104" />
        <source>Workshop: {workshop}</source>
        <translation>Warsztat: {workshop}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="106" />
        <source>Hand over: badge and conference pack</source>
        <translation>Wydaj: identyfikator i materiały konferencyjne</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="108" />
        <source>Needs: {needs}</source>
        <translation>Potrzeby: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="115" />
        <source>HONORARY GUEST: notify the organiser</source>
        <translation>GOŚĆ HONOROWY: powiadom organizatora</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="117" />
        <source>Note: {note}</source>
        <translation>Uwaga: {note}</translation>
    </message>
</context>
</TS>