<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BadgeDesignDialog</name>
    <message>
        <location filename="../../ui/badge_design.py" line="123" />
        <source>Badge design</source>
        <translation>Badge design</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="145" />
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="148" />
        <source>Shown for: {name}</source>
        <translation>Shown for: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="162" />
        <source>On the badge</source>
        <translation>On the badge</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="164" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="165" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="166" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="167" />
        <source>Code under the QR</source>
        <translation>Code under the QR</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="181" />
        <source>Category bands</source>
        <translation>Category bands</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="183" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="184" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="185" />
        <source>Label on the band</source>
        <translation>Label on the band</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="191" />
        <source>Colour for {category}</source>
        <translation>Colour for {category}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="207" />
        <source>Event and stock</source>
        <translation>Event and stock</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="213" />
        <source>Workshop line starts with</source>
        <translation>Workshop line starts with</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="215" />
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="217" />
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="223" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="232" />
        <source>Default badge stock</source>
        <translation>Default badge stock</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="241" />
        <source>{name} ({width} × {height} mm)</source>
        <translation>{name} ({width} × {height} mm)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="257" />
        <source>Band colour for {category}</source>
        <translation>Band colour for {category}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="266" />
        <source>Event logo</source>
        <translation>Event logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="266" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="275" />
        <source>Logo not used</source>
        <translation>Logo not used</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="284" />
        <source>The file "{file}" cannot be opened.</source>
        <translation>The file "{file}" cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="286" />
        <source>The file "{file}" is larger than {limit} MB; choose a smaller logo.</source>
        <translation>The file "{file}" is larger than {limit} MB; choose a smaller logo.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="291" />
        <source>The file "{file}" is not a PNG or JPEG image; choose a logo saved as PNG or JPEG.</source>
        <translation>The file "{file}" is not a PNG or JPEG image; choose a logo saved as PNG or JPEG.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="293" />
        <source>The image "{file}" is {width} × {height} pixels; choose a logo of at most 6000 × 6000.</source>
        <translation>The image "{file}" is {width} × {height} pixels; choose a logo of at most 6000 × 6000.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="307" />
        <source>{width} × {height} px, {size} KB</source>
        <translation>{width} × {height} px, {size} KB</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="311" />
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="348" />
        <source>Preview unavailable (install PySide6-Addons).</source>
        <translation>Preview unavailable (install PySide6-Addons).</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="355" />
        <source>Preview unavailable: the logo cannot be drawn.</source>
        <translation>Preview unavailable: the logo cannot be drawn.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="359" />
        <source>Preview unavailable.</source>
        <translation>Preview unavailable.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="370" />
        <source>Badge design not saved</source>
        <translation>Badge design not saved</translation>
    </message>
</context>
<context>
    <name>BadgePrinter</name>
    <message>
        <location filename="../../ui/printing.py" line="198" />
        <source>a badge could not be printed and was set aside ({reason})</source>
        <translation>a badge could not be printed and was set aside ({reason})</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/desk/window.py" line="85" />
        <source>No sound or camera</source>
        <translation>No sound or camera</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="87" />
        <source>QtMultimedia could not load: install PySide6-Addons and libpulse0 (see README).</source>
        <translation>QtMultimedia could not load: install PySide6-Addons and libpulse0 (see README).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="163" />
        <source>Check-in — {event}</source>
        <translation>Check-in — {event}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="164" />
        <source>Scan a code or type a name, organisation or e-mail…</source>
        <translation>Scan a code or type a name, organisation or e-mail…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="165" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="166" />
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="167" />
        <source>Open event file…</source>
        <translation>Open event file…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="168" />
        <source>New event from a list…</source>
        <translation>New event from a list…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="169" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="170" />
        <source>Undo last check-in…</source>
        <translation>Undo last check-in…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="171" />
        <source>Walk-in registration…</source>
        <translation>Walk-in registration…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="172" />
        <source>Correct selected guest…</source>
        <translation>Correct selected guest…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="173" />
        <source>Start of shift…</source>
        <translation>Start of shift…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="174" />
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="175" />
        <location filename="../../ui/desk/window.py" line="293" />
        <source>Camera scanner</source>
        <translation>Camera scanner</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="176" />
        <source>Reprint badge…</source>
        <translation>Reprint badge…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="177" />
        <source>Retry printing</source>
        <translation>Retry printing</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="178" />
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="179" />
        <source>Badge design…</source>
        <translation>Badge design…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="180" />
        <source>Pre-print badges…</source>
        <translation>Pre-print badges…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="228" />
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="229" />
        <source>Only this desk's last check-in can be undone here.</source>
        <translation>Only this desk's last check-in can be undone here.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="289" />
        <source>No camera found</source>
        <translation>No camera found</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="290" />
        <source>Connect a webcam, or use the USB scanner or the keyboard.</source>
        <translation>Connect a webcam, or use the USB scanner or the keyboard.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="345" />
        <source>Badge printed</source>
        <translation>Badge printed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/window.py" line="350" />
        <source>Printer: {reason}. %n badge(s) waiting, F9 retries.</source>
        <translation>
            <numerusform>Printer: {reason}. %n badge waiting, F9 retries.</numerusform><numerusform>Printer: {reason}. %n badges waiting, F9 retries.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="363" />
        <source>Desk: &lt;b&gt;{desk}&lt;/b&gt;</source>
        <translation>Desk: &lt;b&gt;{desk}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="364" />
        <source>Staff: &lt;b&gt;{staff}&lt;/b&gt;</source>
        <translation>Staff: &lt;b&gt;{staff}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="368" />
        <source>Today is not an event day: choose the day in Settings (Ctrl+,)</source>
        <translation>Today is not an event day: choose the day in Settings (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="374" />
        <source>Day {number} ({date})</source>
        <translation>Day {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="377" />
        <source>Checking in for day {number} ({date}), which is not today</source>
        <translation>Checking in for day {number} ({date}), which is not today</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="382" />
        <source>Checked in: &lt;b&gt;{done}&lt;/b&gt; of {expected}</source>
        <translation>Checked in: &lt;b&gt;{done}&lt;/b&gt; of {expected}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="386" />
        <source>File: {file}</source>
        <translation>File: {file}</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="148" />
        <source>Correct guest details</source>
        <translation>Correct guest details</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="149" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="149" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="149" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="149" />
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="150" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/new_event.py" line="37" />
        <source>New event from a list</source>
        <translation>New event from a list</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="48" />
        <source>Event name</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="49" />
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="50" />
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="51" />
        <source>Number of days</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="53" />
        <source>Registrant list (CSV or XLSX)</source>
        <translation>Registrant list (CSV or XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="55" />
        <location filename="../../ui/new_event.py" line="88" />
        <source>Save the event as</source>
        <translation>Save the event as</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="73" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="81" />
        <source>Registrant list</source>
        <translation>Registrant list</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="81" />
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="88" />
        <source>Event files (*.sqlite)</source>
        <translation>Event files (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="106" />
        <location filename="../../ui/new_event.py" line="116" />
        <location filename="../../ui/new_event.py" line="119" />
        <source>Not created</source>
        <translation>Not created</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="107" />
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} already exists; choose a new file name.</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="126" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="128" />
        <source>Created: {created}
Updated: {updated}
Unchanged: {unchanged}
Merged duplicates: {merged}
Skipped rows: {skipped}</source>
        <translation>Created: {created}
Updated: {updated}
Unchanged: {unchanged}
Merged duplicates: {merged}
Skipped rows: {skipped}</translation>
    </message>
</context>
<context>
    <name>PrePrintDialog</name>
    <message>
        <location filename="../../ui/preprint.py" line="72" />
        <source>Pre-print badges</source>
        <translation>Pre-print badges</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="97" />
        <source>Which guests</source>
        <translation>Which guests</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="99" />
        <source>All guests</source>
        <translation>All guests</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="100" />
        <source>Only guests whose badge is not printed yet</source>
        <translation>Only guests whose badge is not printed yet</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="101" />
        <source>One category:</source>
        <translation>One category:</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="103" />
        <source>The guests selected at the desk ({count})</source>
        <translation>The guests selected at the desk ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="124" />
        <source>Badge stock</source>
        <translation>Badge stock</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="137" />
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="142" />
        <source>{name}: {count} per sheet, {width} × {height} mm</source>
        <translation>{name}: {count} per sheet, {width} × {height} mm</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="150" />
        <source>Print to</source>
        <translation>Print to</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="152" />
        <source>A PDF file</source>
        <translation>A PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="153" />
        <source>This desk's printer</source>
        <translation>This desk's printer</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="156" />
        <source>No printer is set up at this desk.</source>
        <translation>No printer is set up at this desk.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="159" />
        <source>Choose where to save the PDF</source>
        <translation>Choose where to save the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="160" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="175" />
        <source>Save the badges as</source>
        <translation>Save the badges as</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="175" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="186" />
        <location filename="../../ui/preprint.py" line="266" />
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform><numerusform>%n badges</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="187" />
        <source>{badges} on %n sheet(s)</source>
        <translation>
            <numerusform>{badges} on %n sheet</numerusform><numerusform>{badges} on %n sheets</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="237" />
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="238" />
        <source>No guest matches this choice, or every badge has been printed already.</source>
        <translation>No guest matches this choice, or every badge has been printed already.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="256" />
        <source>Badges not saved</source>
        <translation>Badges not saved</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="257" />
        <source>The file {file} could not be written: {reason}. Nothing was recorded as printed.</source>
        <translation>The file {file} could not be written: {reason}. Nothing was recorded as printed.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="264" />
        <source>Badges saved</source>
        <translation>Badges saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="265" />
        <source>{badges} saved to {file} (%n page(s)).</source>
        <translation>
            <numerusform>{badges} saved to {file} (%n page).</numerusform><numerusform>{badges} saved to {file} (%n pages).</numerusform></translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message numerus="yes">
        <location filename="../../ui/desk/dialogs.py" line="93" />
        <source>Print the badge of {name} again? It has been printed %n time(s).</source>
        <translation>
            <numerusform>Print the badge of {name} again? It has been printed %n time.</numerusform><numerusform>Print the badge of {name} again? It has been printed %n times.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="95" />
        <source>Reprint badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="96" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="96" />
        <source>e.g. badge lost, name corrected</source>
        <translation>e.g. badge lost, name corrected</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="171" />
        <source>Desk settings</source>
        <translation>Desk settings</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="172" />
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="173" />
        <source>Staff name</source>
        <translation>Staff name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="174" />
        <source>Sounds on</source>
        <translation>Sounds on</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="179" />
        <source>Day {number} ({date})</source>
        <translation>Day {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="182" />
        <source>Checking in for</source>
        <translation>Checking in for</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="184" />
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="188" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="189" />
        <source>Print the badge at check-in (unless already printed)</source>
        <translation>Print the badge at check-in (unless already printed)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="193" />
        <source>System default printer</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="197" />
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="199" />
        <source>As in the badge design</source>
        <translation>As in the badge design</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="203" />
        <source>Badge stock at this desk</source>
        <translation>Badge stock at this desk</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="163" />
        <source>Start of shift</source>
        <translation>Start of shift</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="164" />
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="84" />
        <source>Undo the check-in of {name}?</source>
        <translation>Undo the check-in of {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="86" />
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="86" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="86" />
        <source>e.g. wrong person scanned</source>
        <translation>e.g. wrong person scanned</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="107" />
        <source>Walk-in registration</source>
        <translation>Walk-in registration</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="109" />
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="110" />
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="111" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="112" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="116" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="118" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="121" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="137" />
        <source>Already registered? Similar guests:
{people}
If it is one of them, cancel and search instead.</source>
        <translation>Already registered? Similar guests:
{people}
If it is one of them, cancel and search instead.</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="56" />
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform><numerusform>%n people</numerusform></translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <location filename="../../ui/printing.py" line="80" />
        <source>QtPdf is not available (install PySide6-Addons)</source>
        <translation>QtPdf is not available (install PySide6-Addons)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="88" />
        <source>the badge could not be prepared for printing</source>
        <translation>the badge could not be prepared for printing</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="92" />
        <source>the printer {name} cannot be used</source>
        <translation>the printer {name} cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="111" />
        <source>no printer is installed on this computer</source>
        <translation>no printer is installed on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="114" />
        <source>the printer {name} is not connected</source>
        <translation>the printer {name} is not connected</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="92" />
        <source>Open event file</source>
        <translation>Open event file</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="93" />
        <source>Event files (*.sqlite *.db);;All files (*)</source>
        <translation>Event files (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="101" />
        <location filename="../../ui/app.py" line="136" />
        <location filename="../../ui/app.py" line="144" />
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="117" />
        <source>{path} cannot be read ({reason}). Check that the drive is connected and the file is not open in another program.</source>
        <translation>{path} cannot be read ({reason}). Check that the drive is connected and the file is not open in another program.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122" />
        <source>{path} was saved by a newer version of this app. Update the app to open it.</source>
        <translation>{path} was saved by a newer version of this app. Update the app to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125" />
        <source>{path} is not an event file of this app. Choose the .sqlite file of your event.</source>
        <translation>{path} is not an event file of this app. Choose the .sqlite file of your event.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136" />
        <source>There is no event file at {path}. Check the name, or create the event with the demo or new command.</source>
        <translation>There is no event file at {path}. Check the name, or create the event with the demo or new command.</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../ui/desk/controller.py" line="69" />
        <source>No guest found</source>
        <translation>No guest found</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="70" />
        <source>Check the spelling, search by organisation, or register a walk-in (Ctrl+N).</source>
        <translation>Check the spelling, search by organisation, or register a walk-in (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="75" />
        <source>Choose the guest</source>
        <translation>Choose the guest</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="76" />
        <source>Several guests share this name: pick the right organisation with ↑ ↓, then Enter.</source>
        <translation>Several guests share this name: pick the right organisation with ↑ ↓, then Enter.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>Honorary guest</source>
        <translation>Honorary guest</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39" />
        <source>✔ checked in</source>
        <translation>✔ checked in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>Same name as another guest: check the organisation before you check in.</source>
        <translation>Same name as another guest: check the organisation before you check in.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="14" />
        <source>Today is not a day of this event ({days}). Choose the day in Settings.</source>
        <translation>Today is not a day of this event ({days}). Choose the day in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="17" />
        <source>{day} is not a day of this event ({days}).</source>
        <translation>{day} is not a day of this event ({days}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="18" />
        <source>Please give a short reason; it is kept in the log.</source>
        <translation>Please give a short reason; it is kept in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19" />
        <source>Enter at least a first name or a last name.</source>
        <translation>Enter at least a first name or a last name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="20" />
        <source>{category} is not a guest category.</source>
        <translation>{category} is not a guest category.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21" />
        <source>{email} is not an e-mail address. Correct it or leave it empty.</source>
        <translation>{email} is not an e-mail address. Correct it or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22" />
        <source>No guest has the code or number {key}.</source>
        <translation>No guest has the code or number {key}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23" />
        <source>These fields cannot be edited: {fields}.</source>
        <translation>These fields cannot be edited: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24" />
        <source>The event file could not be written, so nothing was saved. Check that no other program holds the file, that it is not read-only and that the disk has space, then try again.</source>
        <translation>The event file could not be written, so nothing was saved. Check that no other program holds the file, that it is not read-only and that the disk has space, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30" />
        <source>The file "{file}" cannot be opened; check that it exists and is not open elsewhere.</source>
        <translation>The file "{file}" cannot be opened; check that it exists and is not open elsewhere.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31" />
        <source>The file "{file}" is larger than {limit} MB; split the registrant list into smaller files.</source>
        <translation>The file "{file}" is larger than {limit} MB; split the registrant list into smaller files.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32" />
        <source>The file "{file}" is empty; export the registrant list again and choose the new file.</source>
        <translation>The file "{file}" is empty; export the registrant list again and choose the new file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33" />
        <source>The file "{file}" is neither a text (CSV) nor an Excel file; save the registrant list as CSV or XLSX and choose that file.</source>
        <translation>The file "{file}" is neither a text (CSV) nor an Excel file; save the registrant list as CSV or XLSX and choose that file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34" />
        <source>The file "{file}" is saved as {format}, which cannot be imported; open it and save it as Excel (.xlsx) or CSV.</source>
        <translation>The file "{file}" is saved as {format}, which cannot be imported; open it and save it as Excel (.xlsx) or CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35" />
        <source>The Excel file "{file}" is protected with a password; open it in Excel, remove the password and save it again.</source>
        <translation>The Excel file "{file}" is protected with a password; open it in Excel, remove the password and save it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36" />
        <source>The Excel file "{file}" is damaged and cannot be read; open it in Excel, save it again as .xlsx and choose the new file.</source>
        <translation>The Excel file "{file}" is damaged and cannot be read; open it in Excel, save it again as .xlsx and choose the new file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37" />
        <source>The file "{file}" breaks the CSV format near line {line}; open it in a spreadsheet, save it again as CSV and choose the new file.</source>
        <translation>The file "{file}" breaks the CSV format near line {line}; open it in a spreadsheet, save it again as CSV and choose the new file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38" />
        <source>No name column was found in "{file}"; its header row needs "Imię" and "Nazwisko" (or "Imię i nazwisko") columns.</source>
        <translation>No name column was found in "{file}"; its header row needs "Imię" and "Nazwisko" (or "Imię i nazwisko") columns.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39" />
        <source>The file "{file}" has a header row but no registrants below it; check that the right file or sheet was exported.</source>
        <translation>The file "{file}" has a header row but no registrants below it; check that the right file or sheet was exported.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40" />
        <source>The file "{file}" has more than {limit} registrant rows; split it into smaller files.</source>
        <translation>The file "{file}" has more than {limit} registrant rows; split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41" />
        <source>The file "{file}" has more than {limit} columns; remove the unused columns and import it again.</source>
        <translation>The file "{file}" has more than {limit} columns; remove the unused columns and import it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42" />
        <source>Row {row} has no first or last name ({preview}), so it was skipped.</source>
        <translation>Row {row} has no first or last name ({preview}), so it was skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43" />
        <source>Row {row}: "{value}" is not a valid e-mail address; it was imported as written.</source>
        <translation>Row {row}: "{value}" is not a valid e-mail address; it was imported as written.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44" />
        <source>Row {row}: the category "{value}" is not known, so the person was imported as a participant.</source>
        <translation>Row {row}: the category "{value}" is not known, so the person was imported as a participant.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45" />
        <source>Row {row}: the days "{value}" do not match the event days ({days}), so the person was registered for every day.</source>
        <translation>Row {row}: the days "{value}" do not match the event days ({days}), so the person was registered for every day.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46" />
        <source>Row {row}: "{value}" in column "{column}" is not a yes or no answer, so the consent was left unanswered.</source>
        <translation>Row {row}: "{value}" in column "{column}" is not a yes or no answer, so the consent was left unanswered.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47" />
        <source>Row {row}: the cell in column "{column}" is longer than {limit} characters, so only its beginning was kept.</source>
        <translation>Row {row}: the cell in column "{column}" is longer than {limit} characters, so only its beginning was kept.</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="31" />
        <source>Scan a code or type a name</source>
        <translation>Scan a code or type a name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="32" />
        <source>↑ ↓ choose · Enter check in · Esc clear · Ctrl+Z undo · Ctrl+N walk-in · F2 edit</source>
        <translation>↑ ↓ choose · Enter check in · Esc clear · Ctrl+Z undo · Ctrl+N walk-in · F2 edit</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="50" />
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="51" />
        <source>This code is not from this event. Search for the guest by name.</source>
        <translation>This code is not from this event. Search for the guest by name.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="58" />
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="62" />
        <source>Already checked in at {time} at {desk} by {staff}</source>
        <translation>Already checked in at {time} at {desk} by {staff}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="65" />
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="70" />
        <source>Not registered for today</source>
        <translation>Not registered for today</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="71" />
        <source>Registered for: {days}. Ask the organiser.</source>
        <translation>Registered for: {days}. Ask the organiser.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="76" />
        <source>Registration cancelled</source>
        <translation>Registration cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="77" />
        <source>Do not hand over a badge. Ask the organiser.</source>
        <translation>Do not hand over a badge. Ask the organiser.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="85" />
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="87" />
        <source>Check-in undone</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="88" />
        <source>Take the badge back if it was handed over.</source>
        <translation>Take the badge back if it was handed over.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="93" />
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="104" />
        <source>Workshop: {workshop}</source>
        <translation>Workshop: {workshop}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="106" />
        <source>Hand over: badge and conference pack</source>
        <translation>Hand over: badge and conference pack</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="108" />
        <source>Needs: {needs}</source>
        <translation>Needs: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="115" />
        <source>HONORARY GUEST: notify the organiser</source>
        <translation>HONORARY GUEST: notify the organiser</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="117" />
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
</TS>