<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BadgeDesignDialog</name>
    <message>
        <location filename="../../ui/badge_design.py" line="97"/>
        <source>Badge design</source>
        <translation>Badge design</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="119"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="341"/>
        <source>Shown for: {name}</source>
        <translation>Shown for: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="180"/>
        <source>On the badge</source>
        <translation>On the badge</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="151"/>
        <source>Type a surname or an organisation</source>
        <translation>Type a surname or an organisation</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="156"/>
        <source>Hardest to fit</source>
        <translation>Hardest to fit</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="157"/>
        <source>Any guest</source>
        <translation>Any guest</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="182"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="183"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="184"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="185"/>
        <source>Code under the QR</source>
        <translation>Code under the QR</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="199"/>
        <source>Category bands</source>
        <translation>Category bands</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="201"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="202"/>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="203"/>
        <source>Label on the band</source>
        <translation>Label on the band</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="209"/>
        <source>Colour for {category}</source>
        <translation>Colour for {category}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="225"/>
        <source>Event and stock</source>
        <translation>Event and stock</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="231"/>
        <source>Workshop line starts with</source>
        <translation>Workshop line starts with</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="233"/>
        <source>Choose logo…</source>
        <translation>Choose logo…</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="235"/>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="241"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="249"/>
        <source>Default badge stock</source>
        <translation>Default badge stock</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="265"/>
        <source>Band colour for {category}</source>
        <translation>Band colour for {category}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="273"/>
        <source>Event logo</source>
        <translation>Event logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="273"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="282"/>
        <source>Logo not used</source>
        <translation>Logo not used</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="296"/>
        <source>{width} × {height} px, {size} KB</source>
        <translation>{width} × {height} px, {size} KB</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="300"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="339"/>
        <source>No guest matches “{query}”. Shown for: {name}</source>
        <translation>No guest matches “{query}”. Shown for: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="363"/>
        <source>Preview unavailable (install PySide6-Addons).</source>
        <translation>Preview unavailable (install PySide6-Addons).</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="370"/>
        <source>Preview unavailable: the logo cannot be drawn.</source>
        <translation>Preview unavailable: the logo cannot be drawn.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="374"/>
        <source>Preview unavailable.</source>
        <translation>Preview unavailable.</translation>
    </message>
    <message>
        <location filename="../../ui/badge_design.py" line="385"/>
        <source>Badge design not saved</source>
        <translation>Badge design not saved</translation>
    </message>
</context>
<context>
    <name>CancelRegistrationDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="47"/>
        <source>Cancel the registration of {name}? The desks and doors will refuse them, and their workshop seats and meal places become free. Their history is kept.</source>
        <translation>Cancel the registration of {name}? The desks and doors will refuse them, and their workshop seats and meal places become free. Their history is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="50"/>
        <source>Cancel registration</source>
        <translation>Cancel registration</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="50"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="50"/>
        <source>e.g. resigned by e-mail</source>
        <translation>e.g. resigned by e-mail</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <location filename="../../ui/organiser/pin.py" line="125"/>
        <source>Change the organiser PIN</source>
        <translation>Change the organiser PIN</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="125"/>
        <source>Set an organiser PIN</source>
        <translation>Set an organiser PIN</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="132"/>
        <source>Current PIN</source>
        <translation>Current PIN</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="135"/>
        <source>This event has no organiser PIN: every desk can export, clear the personal data and restore backups. With a PIN, desks start in reception and ask for it.</source>
        <translation>This event has no organiser PIN: every desk can export, clear the personal data and restore backups. With a PIN, desks start in reception and ask for it.</translation>
    </message>
</context>
<context>
    <name>ColumnTable</name>
    <message>
        <location filename="../../ui/organiser/import_columns.py" line="49"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_columns.py" line="49"/>
        <source>Values in the file</source>
        <translation>Values in the file</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_columns.py" line="49"/>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_columns.py" line="49"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_columns.py" line="104"/>
        <source>A column without a header of its own cannot be mapped; name it in the file.</source>
        <translation>A column without a header of its own cannot be mapped; name it in the file.</translation>
    </message>
</context>
<context>
    <name>ConfirmationTemplateDialog</name>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="79"/>
        <source>Confirmation text</source>
        <translation>Confirmation text</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="118"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="119"/>
        <source>E-mail subject</source>
        <translation>E-mail subject</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="120"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="121"/>
        <source>Organisers&apos; contact</source>
        <translation>Organisers&apos; contact</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="123"/>
        <source>Placeholders (a click inserts one where the cursor is)</source>
        <translation>Placeholders (a click inserts one where the cursor is)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="136"/>
        <source>Preview (a sample guest)</source>
        <translation>Preview (a sample guest)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="205"/>
        <source>Preview unavailable (install PySide6-Addons).</source>
        <translation>Preview unavailable (install PySide6-Addons).</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="209"/>
        <source>Preview unavailable.</source>
        <translation>Preview unavailable.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="229"/>
        <source>Confirmation text not saved</source>
        <translation>Confirmation text not saved</translation>
    </message>
</context>
<context>
    <name>ConfirmationsDialog</name>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="64"/>
        <source>Confirmations with the QR code</source>
        <translation>Confirmations with the QR code</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="95"/>
        <source>Who gets a confirmation</source>
        <translation>Who gets a confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="98"/>
        <source>All guests</source>
        <translation>All guests</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="99"/>
        <source>Guests not sent one yet</source>
        <translation>Guests not sent one yet</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="100"/>
        <source>A category:</source>
        <translation>A category:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmations.py" line="102"/>
        <source>The guest selected at the desk</source>
        <translation>
            <numerusform>The guest selected at the desk</numerusform>
            <numerusform>The guests selected at the desk</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="115"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="117"/>
        <source>Send again to guests already sent one</source>
        <translation>Send again to guests already sent one</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="126"/>
        <source>Without a mailbox</source>
        <translation>Without a mailbox</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="129"/>
        <source>One .eml file per guest opens in Outlook or Thunderbird as a ready message; one PDF holds every confirmation in alphabetical order, for the post.</source>
        <translation>One .eml file per guest opens in Outlook or Thunderbird as a ready message; one PDF holds every confirmation in alphabetical order, for the post.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="132"/>
        <source>Save as .eml files…</source>
        <translation>Save as .eml files…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="133"/>
        <source>Save as one PDF…</source>
        <translation>Save as one PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="139"/>
        <source>Guests without an e-mail: print these instead</source>
        <translation>Guests without an e-mail: print these instead</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="144"/>
        <source>Save their confirmations as one PDF…</source>
        <translation>Save their confirmations as one PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="184"/>
        <source>With an e-mail: {with_email} · without one: {without} · already sent: {sent}</source>
        <translation>With an e-mail: {with_email} · without one: {without} · already sent: {sent}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="204"/>
        <source>Folder for the .eml files</source>
        <translation>Folder for the .eml files</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmations.py" line="217"/>
        <source>No file for %n guest(s):</source>
        <translation>
            <numerusform>No file for %n guest:</numerusform>
            <numerusform>No file for %n guests:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmations.py" line="219"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="226"/>
        <source>Confirmations as one PDF</source>
        <translation>Confirmations as one PDF</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="226"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="244"/>
        <source>Writing the confirmations…</source>
        <translation>Writing the confirmations…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="248"/>
        <location filename="../../ui/organiser/confirmations.py" line="257"/>
        <source>Nothing saved</source>
        <translation>Nothing saved</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="249"/>
        <source>{where} could not be written: {reason}. Check that the disk has space and that the folder may be written in.</source>
        <translation>{where} could not be written: {reason}. Check that the disk has space and that the folder may be written in.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="262"/>
        <source>Not every confirmation saved</source>
        <translation>Not every confirmation saved</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="264"/>
        <source>Confirmations saved</source>
        <translation>Confirmations saved</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="259"/>
        <source>Saved in {where}.</source>
        <translation>Saved in {where}.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="273"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmations.py" line="274"/>
        <source>Confirmations are being sent. Stop after the message being sent and close?</source>
        <translation>Confirmations are being sent. Stop after the message being sent and close?</translation>
    </message>
</context>
<context>
    <name>CountTiles</name>
    <message>
        <location filename="../../ui/door/header.py" line="122"/>
        <source>signed up</source>
        <translation>signed up</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="122"/>
        <source>registered that day</source>
        <translation>registered that day</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="125"/>
        <source>capacity</source>
        <translation>capacity</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="126"/>
        <source>seats left</source>
        <translation>seats left</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="127"/>
        <source>entered</source>
        <translation>entered</translation>
    </message>
    <message>
        <location filename="../../ui/door/header.py" line="128"/>
        <source>in the room now</source>
        <translation>in the room now</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard/window.py" line="153"/>
        <source>Organiser dashboard — {event}</source>
        <translation>Organiser dashboard — {event}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="155"/>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="156"/>
        <source>Move to the next screen</source>
        <translation>Move to the next screen</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="157"/>
        <source>Close the dashboard</source>
        <translation>Close the dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="196"/>
        <source>{event} — {day}</source>
        <translation>{event} — {day}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="201"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="202"/>
        <source>expected today</source>
        <translation>expected today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="204"/>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="207"/>
        <source>checked in today</source>
        <translation>checked in today</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="210"/>
        <source>still to come</source>
        <translation>still to come</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="216"/>
        <source>Arrivals per {minutes} minutes</source>
        <translation>Arrivals per {minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="217"/>
        <source>Arrivals: nobody checked in yet</source>
        <translation>Arrivals: nobody checked in yet</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="220"/>
        <source>Sessions of the day</source>
        <translation>Sessions of the day</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="220"/>
        <source>No sessions this day</source>
        <translation>No sessions this day</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="222"/>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="223"/>
        <source>Last check-ins</source>
        <translation>Last check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="225"/>
        <source>Honorary guests: {arrived} of {expected} arrived</source>
        <translation>Honorary guests: {arrived} of {expected} arrived</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/window.py" line="229"/>
        <source>Meals for the kitchen: {count} plates today</source>
        <translation>Meals for the kitchen: {count} plates today</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../ui/desk/window.py" line="129"/>
        <source>Check-in — {event}</source>
        <translation>Check-in — {event}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="130"/>
        <source>Scan a code or type a name, organisation or e-mail…</source>
        <translation>Scan a code or type a name, organisation or e-mail…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="132"/>
        <source>&amp;Desk</source>
        <translation>&amp;Desk</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="133"/>
        <source>Open event file…</source>
        <translation>Open event file…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="134"/>
        <source>New event from a list…</source>
        <translation>New event from a list…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="135"/>
        <source>Join an event on the network…</source>
        <translation>Join an event on the network…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="136"/>
        <source>Organiser dashboard…</source>
        <translation>Organiser dashboard…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="137"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="138"/>
        <source>Undo last check-in…</source>
        <translation>Undo last check-in…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="139"/>
        <source>Walk-in registration…</source>
        <translation>Walk-in registration…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="140"/>
        <source>Correct selected guest…</source>
        <translation>Correct selected guest…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="141"/>
        <source>Cancel registration…</source>
        <translation>Cancel registration…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="142"/>
        <source>Restore cancelled registration…</source>
        <translation>Restore cancelled registration…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="143"/>
        <source>Change workshop…</source>
        <translation>Change workshop…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="144"/>
        <source>Meals and gala dinner…</source>
        <translation>Meals and gala dinner…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="145"/>
        <source>Start of shift…</source>
        <translation>Start of shift…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="146"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="147"/>
        <source>Camera scanner</source>
        <translation>Camera scanner</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="148"/>
        <source>Reprint badge…</source>
        <translation>Reprint badge…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="149"/>
        <source>Retry printing</source>
        <translation>Retry printing</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="150"/>
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="151"/>
        <source>Badge design…</source>
        <translation>Badge design…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="152"/>
        <source>Pre-print badges…</source>
        <translation>Pre-print badges…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="153"/>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="154"/>
        <source>Edit programme…</source>
        <translation>Edit programme…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="155"/>
        <source>Door mode: a session&apos;s entrance…</source>
        <translation>Door mode: a session&apos;s entrance…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="168"/>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="169"/>
        <source>Select a checked-in guest in the list, or undo this desk&apos;s last check-in.</source>
        <translation>Select a checked-in guest in the list, or undo this desk&apos;s last check-in.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="351"/>
        <source>Checking in for {day}, which is not today</source>
        <translation>Checking in for {day}, which is not today</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="331"/>
        <source>Desk: &lt;b&gt;{desk}&lt;/b&gt;</source>
        <translation>Desk: &lt;b&gt;{desk}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="335"/>
        <source>Today is not an event day: choose the day in Settings (Ctrl+,)</source>
        <translation>Today is not an event day: choose the day in Settings (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/window.py" line="342"/>
        <source>Checked in: &lt;b&gt;{done}&lt;/b&gt; of {expected}</source>
        <translation>Checked in: &lt;b&gt;{done}&lt;/b&gt; of {expected}</translation>
    </message>
</context>
<context>
    <name>DoorSessionDialog</name>
    <message>
        <location filename="../../ui/door/picker.py" line="32"/>
        <source>Door mode: choose the session</source>
        <translation>Door mode: choose the session</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="36"/>
        <source>The programme has no sessions yet: add them with Programme → Edit programme…</source>
        <translation>The programme has no sessions yet: add them with Programme → Edit programme…</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="47"/>
        <source>Scans at this station will record entries to the chosen session.</source>
        <translation>Scans at this station will record entries to the chosen session.</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="63"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="63"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="63"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="63"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="63"/>
        <source>Signed up</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <location filename="../../ui/door/picker.py" line="64"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
</context>
<context>
    <name>DoorWindow</name>
    <message>
        <location filename="../../ui/door/window.py" line="126"/>
        <source>Scan a badge or type a name…</source>
        <translation>Scan a badge or type a name…</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="127"/>
        <source>&amp;Door</source>
        <translation>&amp;Door</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="128"/>
        <source>Entry / exit</source>
        <translation>Entry / exit</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="129"/>
        <source>Camera scanner</source>
        <translation>Camera scanner</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="130"/>
        <source>Start of shift…</source>
        <translation>Start of shift…</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="131"/>
        <source>Change session…</source>
        <translation>Change session…</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="132"/>
        <source>Back to the reception desk</source>
        <translation>Back to the reception desk</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="133"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="160"/>
        <source>{session} is full. Let {name} in anyway?</source>
        <translation>{session} is full. Let {name} in anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="180"/>
        <source>EXIT (F4)</source>
        <translation>EXIT (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="180"/>
        <source>ENTRY (F4)</source>
        <translation>ENTRY (F4)</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="188"/>
        <source>Door: {session} — {event}</source>
        <translation>Door: {session} — {event}</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="193"/>
        <source>This session is on {date}, not today: scans are still recorded for it.</source>
        <translation>This session is on {date}, not today: scans are still recorded for it.</translation>
    </message>
    <message>
        <location filename="../../ui/door/window.py" line="218"/>
        <source>Station: &lt;b&gt;{station}&lt;/b&gt;</source>
        <translation>Station: &lt;b&gt;{station}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="149"/>
        <source>Correct guest details</source>
        <translation>Correct guest details</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="150"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="150"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="150"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="150"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="151"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="45"/>
        <source>Event settings</source>
        <translation>Event settings</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="48"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="50"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="52"/>
        <source>not set: badges and certificates show the date alone</source>
        <translation>not set: badges and certificates show the date alone</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="57"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="58"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="59"/>
        <source>Move left</source>
        <translation>Move left</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="60"/>
        <source>Move right</source>
        <translation>Move right</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="61"/>
        <location filename="../../ui/organiser/event_settings.py" line="108"/>
        <source>Funding logos</source>
        <translation>Funding logos</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="64"/>
        <source>As printed</source>
        <translation>As printed</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/event_settings.py" line="108"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="106"/>
        <location filename="../../ui/organiser/export_dialog.py" line="245"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="116"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="123"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="135"/>
        <source>Day {day}, {start}–{end}: {title} ({room})</source>
        <translation>Day {day}, {start}–{end}: {title} ({room})</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="139"/>
        <source>all in one PDF file</source>
        <translation>all in one PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="140"/>
        <source>one PDF file per person, in a folder</source>
        <translation>one PDF file per person, in a folder</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="143"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="146"/>
        <source>Attendance list of a day</source>
        <translation>Attendance list of a day</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="147"/>
        <source>Attendance list of a session</source>
        <translation>Attendance list of a session</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="148"/>
        <source>All check-ins and door scans</source>
        <translation>All check-ins and door scans</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="149"/>
        <source>Certificates of attendance</source>
        <translation>Certificates of attendance</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="150"/>
        <source>Meals and diets for the kitchen</source>
        <translation>Meals and diets for the kitchen</translation>
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
        <translation>CSV (for Excel: semicolons, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="203"/>
        <source>attendance-day-{number}</source>
        <translation>attendance-day-{number}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="206"/>
        <source>attendance-{session}</source>
        <translation>attendance-{session}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="208"/>
        <source>check-ins-and-door-scans</source>
        <translation>check-ins-and-door-scans</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="210"/>
        <source>meals-for-the-kitchen</source>
        <translation>meals-for-the-kitchen</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="212"/>
        <source>certificates</source>
        <translation>certificates</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="220"/>
        <source>Folder for the certificates</source>
        <translation>Folder for the certificates</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="224"/>
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="245"/>
        <source>Writing the export…</source>
        <translation>Writing the export…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="249"/>
        <location filename="../../ui/organiser/export_dialog.py" line="252"/>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="253"/>
        <source>{path} cannot be written ({reason}). Check that the file is not open in another program (such as Excel), that you may write in that folder and that the disk has space.</source>
        <translation>{path} cannot be written ({reason}). Check that the file is not open in another program (such as Excel), that you may write in that folder and that the disk has space.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="260"/>
        <source>Export finished</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="263"/>
        <source>Nobody has attended yet, so there is no certificate to write.</source>
        <translation>Nobody has attended yet, so there is no certificate to write.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="268"/>
        <source>Pages: {pages}</source>
        <translation>Pages: {pages}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="269"/>
        <source>Saved in the folder {path}</source>
        <translation>Saved in the folder {path}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="269"/>
        <source>Saved as {path}</source>
        <translation>Saved as {path}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="275"/>
        <source>Check-ins, undos, entries and exits: {rows}</source>
        <translation>Check-ins, undos, entries and exits: {rows}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="277"/>
        <source>Certificates: {count}</source>
        <translation>Certificates: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="279"/>
        <source>Meals served, every meal together: {count}</source>
        <translation>Meals served, every meal together: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/export_dialog.py" line="280"/>
        <source>People on the list: {count}</source>
        <translation>People on the list: {count}</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../ui/widgets/scan_guard.py" line="56"/>
        <source>A badge was scanned into this form: its code was left out. Finish the form, or press Esc and scan the badge again at the desk.</source>
        <translation>A badge was scanned into this form: its code was left out. Finish the form, or press Esc and scan the badge again at the desk.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="56"/>
        <source>Import an updated list</source>
        <translation>Import an updated list</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="59"/>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="63"/>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="70"/>
        <source>Automatic recognition</source>
        <translation>Automatic recognition</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="71"/>
        <source>Forget the mapping chosen by hand or remembered for this form.</source>
        <translation>Forget the mapping chosen by hand or remembered for this form.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="73"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="113"/>
        <source>Updated registrant list</source>
        <translation>Updated registrant list</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="113"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="123"/>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="157"/>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="174"/>
        <source>Comparing the list with the event…</source>
        <translation>Comparing the list with the event…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="227"/>
        <source>File: {name}, sheet &quot;{sheet}&quot;</source>
        <translation>File: {name}, sheet &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="231"/>
        <source>This form was imported before: the columns are mapped as they were then. Check the counts and import.</source>
        <translation>This form was imported before: the columns are mapped as they were then. Check the counts and import.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="235"/>
        <source>Columns mapped by hand are remembered for this form when you import, so the next export of it imports in one step.</source>
        <translation>Columns mapped by hand are remembered for this form when you import, so the next export of it imports in one step.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="239"/>
        <source>Check how each column was understood; change a column&apos;s field where it is wrong, then import.</source>
        <translation>Check how each column was understood; change a column&apos;s field where it is wrong, then import.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="271"/>
        <source>Importing the list… The window can be closed once it is done.</source>
        <translation>Importing the list… The window can be closed once it is done.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="289"/>
        <source>Imported. {counts}</source>
        <translation>Imported. {counts}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="293"/>
        <source>The list was imported; a backup of the event was taken just before. This form&apos;s column mapping is remembered for the next import.</source>
        <translation>The list was imported; a backup of the event was taken just before. This form&apos;s column mapping is remembered for the next import.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_window.py" line="297"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="102"/>
        <source>Join an event on the network</source>
        <translation>Join an event on the network</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="105"/>
        <source>This laptop receives the whole event from one of its stations. On that station, choose File → Stations on the network… → Show a pairing code… (organiser PIN); then choose the station below, or type the address it shows, and type its code.</source>
        <translation>This laptop receives the whole event from one of its stations. On that station, choose File → Stations on the network… → Show a pairing code… (organiser PIN); then choose the station below, or type the address it shows, and type its code.</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="111"/>
        <source>for example 192.168.1.20:{port}</source>
        <translation>for example 192.168.1.20:{port}</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="114"/>
        <source>like K7PQ-4X2M</source>
        <translation>like K7PQ-4X2M</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="117"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="126"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="142"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="142"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="142"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="154"/>
        <source>Station&apos;s address</source>
        <translation>Station&apos;s address</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="155"/>
        <source>Pairing code</source>
        <translation>Pairing code</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="159"/>
        <location filename="../../ui/station/join_dialog.py" line="232"/>
        <source>Save the event as</source>
        <translation>Save the event as</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="162"/>
        <source>Stations found on this network:</source>
        <translation>Stations found on this network:</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="218"/>
        <source>Looking for stations… If none appears (some networks hide them), type the address the station shows under Stations on the network.</source>
        <translation>Looking for stations… If none appears (some networks hide them), type the address the station shows under Stations on the network.</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="232"/>
        <source>Event files (*.sqlite)</source>
        <translation>Event files (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="289"/>
        <source>Checking the pairing code with {address}…</source>
        <translation>Checking the pairing code with {address}…</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="293"/>
        <source>The code is right; the station is preparing the event…</source>
        <translation>The code is right; the station is preparing the event…</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="297"/>
        <source>Receiving the event: {received} of {total} MB</source>
        <translation>Receiving the event: {received} of {total} MB</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="300"/>
        <source>Receiving the event: {received} MB</source>
        <translation>Receiving the event: {received} MB</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="301"/>
        <source>Checking the event file…</source>
        <translation>Checking the event file…</translation>
    </message>
    <message>
        <location filename="../../ui/station/join_dialog.py" line="345"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>MailingPanel</name>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="70"/>
        <source>Sending stopped: {reason}. The guests sent so far are recorded; send again to go on.</source>
        <translation>Sending stopped: {reason}. The guests sent so far are recorded; send again to go on.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="96"/>
        <source>By e-mail</source>
        <translation>By e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="99"/>
        <source>SMTP settings…</source>
        <translation>SMTP settings…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="100"/>
        <source>Confirmation text…</source>
        <translation>Confirmation text…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="108"/>
        <source>the organiser&apos;s address</source>
        <translation>the organiser&apos;s address</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="109"/>
        <source>Send a test</source>
        <translation>Send a test</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="110"/>
        <source>Test to</source>
        <translation>Test to</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="120"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="123"/>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="125"/>
        <source>Stop after this message</source>
        <translation>Stop after this message</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="131"/>
        <source>The report of the last send appears here.</source>
        <translation>The report of the last send appears here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="143"/>
        <source>Send to %n guest(s)…</source>
        <translation>
            <numerusform>Send to %n guest…</numerusform>
            <numerusform>Send to %n guests…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="157"/>
        <source>No mailbox set up yet: SMTP settings…</source>
        <translation>No mailbox set up yet: SMTP settings…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="159"/>
        <source>Sender: {name} &lt;{address}&gt; · server: {host}</source>
        <translation>Sender: {name} &lt;{address}&gt; · server: {host}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="193"/>
        <source>Sending a test to {address}…</source>
        <translation>Sending a test to {address}…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="214"/>
        <source>Connecting to the mailbox…</source>
        <translation>Connecting to the mailbox…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="226"/>
        <source>Send confirmations</source>
        <translation>Send confirmations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="227"/>
        <source>Send %n confirmation(s) by e-mail now?</source>
        <translation>
            <numerusform>Send %n confirmation by e-mail now?</numerusform>
            <numerusform>Send %n confirmations by e-mail now?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="229"/>
        <source>Language: {language}. Sending can be stopped after any message.</source>
        <translation>Language: {language}. Sending can be stopped after any message.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="253"/>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="271"/>
        <source>Stopping after the message being sent…</source>
        <translation>Stopping after the message being sent…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="267"/>
        <source>Sent: {sent} · failed: {failed} · last: {guest}</source>
        <translation>Sent: {sent} · failed: {failed} · last: {guest}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="284"/>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="284"/>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="293"/>
        <source>The test was sent to {address}: look at it in that mailbox.</source>
        <translation>The test was sent to {address}: look at it in that mailbox.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="296"/>
        <source>Sending stopped.</source>
        <translation>Sending stopped.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="308"/>
        <source>Sent: %n</source>
        <translation>
            <numerusform>Sent: %n</numerusform>
            <numerusform>Sent: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="309"/>
        <source>Skipped (sent before): %n</source>
        <translation>
            <numerusform>Skipped (sent before): %n</numerusform>
            <numerusform>Skipped (sent before): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="310"/>
        <source>Failed: %n</source>
        <translation>
            <numerusform>Failed: %n</numerusform>
            <numerusform>Failed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/confirmation_mailing.py" line="315"/>
        <source>…and %n more (all are in the log).</source>
        <translation>
            <numerusform>…and %n more (all are in the log).</numerusform>
            <numerusform>…and %n more (all are in the log).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="317"/>
        <source>Sending again later tries only those not sent yet.</source>
        <translation>Sending again later tries only those not sent yet.</translation>
    </message>
</context>
<context>
    <name>MealsDialog</name>
    <message>
        <location filename="../../ui/desk/choices.py" line="164"/>
        <source>Meals — {name}</source>
        <translation>Meals — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="178"/>
        <source>Space ticks · Tab moves · Enter saves · Esc cancels</source>
        <translation>Space ticks · Tab moves · Enter saves · Esc cancels</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="199"/>
        <source>{title} — day {day}, {start}</source>
        <translation>{title} — day {day}, {start}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="208"/>
        <source>diet, e.g. vegetarian</source>
        <translation>diet, e.g. vegetarian</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/new_event.py" line="40"/>
        <location filename="../../ui/new_event.py" line="140"/>
        <source>New event from a list</source>
        <translation>New event from a list</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="46"/>
        <source>e.g. Starachowice: printed on badges and certificates</source>
        <translation>e.g. Starachowice: printed on badges and certificates</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="54"/>
        <source>Event name</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="55"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="56"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="57"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="58"/>
        <source>Number of days</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="60"/>
        <source>Registrant list (CSV or XLSX)</source>
        <translation>Registrant list (CSV or XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="64"/>
        <location filename="../../ui/new_event.py" line="105"/>
        <source>Save the event as</source>
        <translation>Save the event as</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="86"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="95"/>
        <source>Registrant list</source>
        <translation>Registrant list</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="96"/>
        <source>Lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="106"/>
        <source>Event files (*.sqlite)</source>
        <translation>Event files (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="130"/>
        <location filename="../../ui/new_event.py" line="148"/>
        <location filename="../../ui/new_event.py" line="151"/>
        <location filename="../../ui/new_event.py" line="154"/>
        <source>Not created</source>
        <translation>Not created</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="131"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} already exists; choose a new file name.</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="140"/>
        <source>Creating the event from the list…</source>
        <translation>Creating the event from the list…</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="160"/>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/new_event.py" line="162"/>
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
    <name>NewPinRows</name>
    <message>
        <location filename="../../ui/organiser/pin.py" line="87"/>
        <source>Organiser PIN</source>
        <translation>Organiser PIN</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="88"/>
        <source>The PIN again</source>
        <translation>The PIN again</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="108"/>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>OrganiserMenu</name>
    <message>
        <location filename="../../ui/organiser/menu.py" line="75"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="76"/>
        <source>Unlock organiser functions…</source>
        <translation>Unlock organiser functions…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="77"/>
        <source>Lock (back to reception)</source>
        <translation>Lock (back to reception)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="78"/>
        <source>Import an updated list…</source>
        <translation>Import an updated list…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="79"/>
        <source>Export: attendance lists, check-ins, certificates, meals…</source>
        <translation>Export: attendance lists, check-ins, certificates, meals…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="80"/>
        <source>Event settings: venue, town, funding logos…</source>
        <translation>Event settings: venue, town, funding logos…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="81"/>
        <source>Confirmations with the QR code: e-mail, .eml, PDF…</source>
        <translation>Confirmations with the QR code: e-mail, .eml, PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="82"/>
        <location filename="../../ui/organiser/menu.py" line="183"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="83"/>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="84"/>
        <source>Clear personal data…</source>
        <translation>Clear personal data…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="117"/>
        <source>Role: organiser (no PIN set)</source>
        <translation>Role: organiser (no PIN set)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="121"/>
        <source>This event has no organiser PIN: anyone at this desk can export, clear the personal data and restore backups. Organiser → Set an organiser PIN… protects them.</source>
        <translation>This event has no organiser PIN: anyone at this desk can export, clear the personal data and restore backups. Organiser → Set an organiser PIN… protects them.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="125"/>
        <source>Role: organiser</source>
        <translation>Role: organiser</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="128"/>
        <source>Organiser → Lock (Ctrl+Shift+L) takes this desk back to reception.</source>
        <translation>Organiser → Lock (Ctrl+Shift+L) takes this desk back to reception.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="131"/>
        <source>Role: reception</source>
        <translation>Role: reception</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="135"/>
        <source>Exports, the programme, the badge design, clearing the personal data and restoring backups ask for the organiser PIN.</source>
        <translation>Exports, the programme, the badge design, clearing the personal data and restoring backups ask for the organiser PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="141"/>
        <source>Change the organiser PIN…</source>
        <translation>Change the organiser PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="141"/>
        <source>Set an organiser PIN…</source>
        <translation>Set an organiser PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="174"/>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="183"/>
        <source>Backing up the event…</source>
        <translation>Backing up the event…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="186"/>
        <location filename="../../ui/organiser/menu.py" line="193"/>
        <source>No backup</source>
        <translation>No backup</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="187"/>
        <source>The backup could not be written ({reason}). Check that the disk has space and that the event file&apos;s folder may be written in.</source>
        <translation>The backup could not be written ({reason}). Check that the disk has space and that the event file&apos;s folder may be written in.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="194"/>
        <source>Nothing has been recorded in this event yet, so there is nothing to back up.</source>
        <translation>Nothing has been recorded in this event yet, so there is nothing to back up.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="199"/>
        <source>Backup taken</source>
        <translation>Backup taken</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="200"/>
        <source>Backup {name} is in the folder {folder}.</source>
        <translation>Backup {name} is in the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="215"/>
        <source>Organiser PIN saved</source>
        <translation>Organiser PIN saved</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/menu.py" line="216"/>
        <source>Every desk asks for the new PIN from now on.</source>
        <translation>Every desk asks for the new PIN from now on.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="150"/>
        <source>Session full</source>
        <translation>Session full</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="150"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="150"/>
        <source>e.g. agreed with the organiser</source>
        <translation>e.g. agreed with the organiser</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="341"/>
        <source>Mailbox password</source>
        <translation>Mailbox password</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="342"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_mailing.py" line="345"/>
        <source>This computer has no credential store to keep the mailbox&apos;s password in, so type it for this send. Leave it empty when the mail server needs no login.</source>
        <translation>This computer has no credential store to keep the mailbox&apos;s password in, so type it for this send. Leave it empty when the mail server needs no login.</translation>
    </message>
</context>
<context>
    <name>PersonalDataClearing</name>
    <message>
        <location filename="../../ui/organiser/purge.py" line="68"/>
        <source>Clearing not finished</source>
        <translation>Clearing not finished</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="70"/>
        <location filename="../../ui/organiser/purge.py" line="74"/>
        <source>Not cleared</source>
        <translation>Not cleared</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="75"/>
        <source>Clearing did not complete ({reason}). Close the other desks and programs that have the event file open, then clear the personal data again: that completes it.</source>
        <translation>Clearing did not complete ({reason}). Close the other desks and programs that have the event file open, then clear the personal data again: that completes it.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="63"/>
        <location filename="../../ui/organiser/purge.py" line="83"/>
        <source>Clear personal data</source>
        <translation>Clear personal data</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="63"/>
        <source>Clearing the personal data…</source>
        <translation>Clearing the personal data…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="84"/>
        <source>Clear all personal data of {event}?</source>
        <translation>Clear all personal data of {event}?</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="87"/>
        <source>Removed for good: every guest&apos;s name, title, position, organisation, city, e-mail, phone, notes and needs, their registration number and form answers, diet notes, the staff names and reasons in the log, and every backup of the event. Badges already printed no longer work at the desks.

Kept: the programme, the desks&apos; names and the numbers: registered, expected and checked in per day and category, sign-ups and entries per session.

This cannot be undone. Export the attendance lists and certificates first, and close the other desks on this event.</source>
        <translation>Removed for good: every guest&apos;s name, title, position, organisation, city, e-mail, phone, notes and needs, their registration number and form answers, diet notes, the staff names and reasons in the log, and every backup of the event. Badges already printed no longer work at the desks.

Kept: the programme, the desks&apos; names and the numbers: registered, expected and checked in per day and category, sign-ups and entries per session.

This cannot be undone. Export the attendance lists and certificates first, and close the other desks on this event.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="89"/>
        <source>Continue…</source>
        <translation>Continue…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="93"/>
        <source>Guests cleared: {count}</source>
        <translation>Guests cleared: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="94"/>
        <source>Log rows cleared: {count}</source>
        <translation>Log rows cleared: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="95"/>
        <source>Backups deleted: {count}; a first backup of the cleared event was taken.</source>
        <translation>Backups deleted: {count}; a first backup of the cleared event was taken.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="101"/>
        <source>Another desk or program still has the event file open: close it, so that the last traces of the cleared data leave the file.</source>
        <translation>Another desk or program still has the event file open: close it, so that the last traces of the cleared data leave the file.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="103"/>
        <source>Personal data cleared</source>
        <translation>Personal data cleared</translation>
    </message>
</context>
<context>
    <name>PrePrintDialog</name>
    <message>
        <location filename="../../ui/preprint.py" line="57"/>
        <location filename="../../ui/preprint.py" line="192"/>
        <source>Pre-print badges</source>
        <translation>Pre-print badges</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="86"/>
        <source>Which guests</source>
        <translation>Which guests</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="88"/>
        <source>All guests</source>
        <translation>All guests</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="89"/>
        <source>Only guests whose badge is not printed yet</source>
        <translation>Only guests whose badge is not printed yet</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="90"/>
        <source>One category:</source>
        <translation>One category:</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="92"/>
        <source>The guests selected at the desk ({count})</source>
        <translation>The guests selected at the desk ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="113"/>
        <source>Badge stock</source>
        <translation>Badge stock</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="117"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="121"/>
        <source>Print to</source>
        <translation>Print to</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="123"/>
        <source>A PDF file</source>
        <translation>A PDF file</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="124"/>
        <source>This desk&apos;s printer</source>
        <translation>This desk&apos;s printer</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="127"/>
        <source>No printer is set up at this desk.</source>
        <translation>No printer is set up at this desk.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="130"/>
        <source>Choose where to save the PDF</source>
        <translation>Choose where to save the PDF</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="131"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="146"/>
        <source>Save the badges as</source>
        <translation>Save the badges as</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="146"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="158"/>
        <location filename="../../ui/preprint.py" line="249"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="159"/>
        <source>{badges} on %n sheet(s)</source>
        <translation>
            <numerusform>{badges} on %n sheet</numerusform>
            <numerusform>{badges} on %n sheets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="192"/>
        <source>Drawing the badges…</source>
        <translation>Drawing the badges…</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="217"/>
        <source>Nothing to print</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="218"/>
        <source>No guest matches this choice, or every badge has been printed already.</source>
        <translation>No guest matches this choice, or every badge has been printed already.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="234"/>
        <location filename="../../ui/preprint.py" line="239"/>
        <source>Badges not saved</source>
        <translation>Badges not saved</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="240"/>
        <source>The file {file} could not be written: {reason}. Nothing was recorded as printed.</source>
        <translation>The file {file} could not be written: {reason}. Nothing was recorded as printed.</translation>
    </message>
    <message>
        <location filename="../../ui/preprint.py" line="247"/>
        <source>Badges saved</source>
        <translation>Badges saved</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preprint.py" line="248"/>
        <source>{badges} saved to {file} (%n page(s)).</source>
        <translation>
            <numerusform>{badges} saved to {file} (%n page).</numerusform>
            <numerusform>{badges} saved to {file} (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintNotice</name>
    <message>
        <location filename="../../ui/desk/print_notice.py" line="51"/>
        <source>Badge printed</source>
        <translation>Badge printed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/desk/print_notice.py" line="52"/>
        <source>Printer: {reason}. %n badge(s) waiting, F9 retries.</source>
        <translation>
            <numerusform>Printer: {reason}. %n badge waiting, F9 retries.</numerusform>
            <numerusform>Printer: {reason}. %n badges waiting, F9 retries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <location filename="../../ui/programme_editor.py" line="97"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="107"/>
        <source>Add session</source>
        <translation>Add session</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="108"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="109"/>
        <source>Import from file…</source>
        <translation>Import from file…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/programme_editor.py" line="190"/>
        <source>&quot;{answer}&quot; names no session (%n guest(s)): choose for them at the desk (F6).</source>
        <translation>
            <numerusform>&quot;{answer}&quot; names no session (%n guest): choose for them at the desk (F6).</numerusform>
            <numerusform>&quot;{answer}&quot; names no session (%n guests): choose for them at the desk (F6).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/programme_editor.py" line="194"/>
        <source>&quot;{title}&quot; is full: %n guest(s) who chose it have no seat.</source>
        <translation>
            <numerusform>&quot;{title}&quot; is full: %n guest who chose it has no seat.</numerusform>
            <numerusform>&quot;{title}&quot; is full: %n guests who chose it have no seat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="198"/>
        <source>Programme saved</source>
        <translation>Programme saved</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="199"/>
        <source>Some registrants&apos; answers need a look:</source>
        <translation>Some registrants&apos; answers need a look:</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="217"/>
        <source>Programme file</source>
        <translation>Programme file</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="218"/>
        <source>Programme (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Programme (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="235"/>
        <source>The programme from {file} is in the table; Save keeps it, Cancel leaves the programme as it was.</source>
        <translation>The programme from {file} is in the table; Save keeps it, Cancel leaves the programme as it was.</translation>
    </message>
    <message>
        <location filename="../../ui/programme_editor.py" line="241"/>
        <source>Programme read</source>
        <translation>Programme read</translation>
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
New sessions: {added}
Changed: {updated}
Unchanged: {unchanged}
Removed: {removed}
Rows with problems: {rows}</translation>
    </message>
</context>
<context>
    <name>PurgeNameDialog</name>
    <message>
        <location filename="../../ui/organiser/purge.py" line="25"/>
        <source>Clear personal data</source>
        <translation>Clear personal data</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="27"/>
        <source>To clear the personal data, type the name of the event:&lt;br&gt;&lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>To clear the personal data, type the name of the event:&lt;br&gt;&lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="31"/>
        <source>Event name</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/purge.py" line="32"/>
        <source>Clear the data</source>
        <translation>Clear the data</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message numerus="yes">
        <location filename="../../ui/desk/dialogs.py" line="34"/>
        <source>Print the badge of {name} again? It has been printed %n time(s).</source>
        <translation>
            <numerusform>Print the badge of {name} again? It has been printed %n time.</numerusform>
            <numerusform>Print the badge of {name} again? It has been printed %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="36"/>
        <source>Reprint badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="37"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="37"/>
        <source>e.g. badge lost, name corrected</source>
        <translation>e.g. badge lost, name corrected</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/organiser/backups.py" line="65"/>
        <location filename="../../ui/organiser/backups.py" line="147"/>
        <location filename="../../ui/organiser/backups.py" line="156"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="74"/>
        <source>A backup is taken every {minutes} minutes of check-in when something changed, and before every import and restore. Restoring one takes the whole event back to that moment, at every desk.</source>
        <translation>A backup is taken every {minutes} minutes of check-in when something changed, and before every import and restore. Restoring one takes the whole event back to that moment, at every desk.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="75"/>
        <source>There are no backups of this event yet.</source>
        <translation>There are no backups of this event yet.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="80"/>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="91"/>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="91"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="91"/>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="94"/>
        <source>Checked in
{day}</source>
        <translation>Checked in
{day}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="98"/>
        <source>Check-ins, all days</source>
        <translation>Check-ins, all days</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="125"/>
        <source>damaged: it cannot be restored</source>
        <translation>damaged: it cannot be restored</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="147"/>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="151"/>
        <source>Not restored</source>
        <translation>Not restored</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="157"/>
        <source>Restore the backup of {time} ({reason})?</source>
        <translation>Restore the backup of {time} ({reason})?</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="161"/>
        <source>The whole event goes back to how it was then: check-ins, sign-ups, the programme and the organiser PIN. The current state is backed up first, so restoring that backup undoes this.

Other desks on this event switch to the restored state by themselves within seconds. Close any dialog open at them (such as the programme editor) before you restore.</source>
        <translation>The whole event goes back to how it was then: check-ins, sign-ups, the programme and the organiser PIN. The current state is backed up first, so restoring that backup undoes this.

Other desks on this event switch to the restored state by themselves within seconds. Close any dialog open at them (such as the programme editor) before you restore.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="163"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="168"/>
        <source>The event is as it was at {time}.</source>
        <translation>The event is as it was at {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="170"/>
        <source>What it held before is backed up as {name}; restoring that backup undoes this.</source>
        <translation>What it held before is backed up as {name}; restoring that backup undoes this.</translation>
    </message>
</context>
<context>
    <name>RestoreRegistrationDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="60"/>
        <source>Restore the registration of {name}? They can be checked in again, and get back the workshops and meals they had, even where the room has filled since.</source>
        <translation>Restore the registration of {name}? They can be checked in again, and get back the workshops and meals they had, even where the room has filled since.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="63"/>
        <source>Restore registration</source>
        <translation>Restore registration</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="63"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="63"/>
        <source>e.g. coming after all</source>
        <translation>e.g. coming after all</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <location filename="../../ui/door/header.py" line="41"/>
        <source>Room: {room} · {day} · {start}–{end}</source>
        <translation>Room: {room} · {day} · {start}–{end}</translation>
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
        <translation>Desk settings</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="168"/>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="170"/>
        <source>Staff name</source>
        <translation>Staff name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="171"/>
        <source>Sounds on</source>
        <translation>Sounds on</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="179"/>
        <source>Checking in for</source>
        <translation>Checking in for</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="181"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="185"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="186"/>
        <source>Print the badge at check-in (unless already printed)</source>
        <translation>Print the badge at check-in (unless already printed)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="190"/>
        <source>System default printer</source>
        <translation>System default printer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="194"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="196"/>
        <source>As in the badge design</source>
        <translation>As in the badge design</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="198"/>
        <source>Badge stock at this desk</source>
        <translation>Badge stock at this desk</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="139"/>
        <source>Start of shift</source>
        <translation>Start of shift</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/dialogs.py" line="140"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="79"/>
        <source>Sending e-mail: SMTP settings</source>
        <translation>Sending e-mail: SMTP settings</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="85"/>
        <source>Mailbox</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="89"/>
        <source>Server (SMTP)</source>
        <translation>Server (SMTP)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="93"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="96"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="97"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="98"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="102"/>
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="103"/>
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="106"/>
        <source> per minute</source>
        <translation> per minute</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="107"/>
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="134"/>
        <source>This computer has no credential store, so the password is not kept: the window asks for it at each send.</source>
        <translation>This computer has no credential store, so the password is not kept: the window asks for it at each send.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="137"/>
        <source>A password is saved in the system&apos;s keyring; leave the field empty to keep it.</source>
        <translation>A password is saved in the system&apos;s keyring; leave the field empty to keep it.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="138"/>
        <source>The password is saved in the system&apos;s keyring, never in the event file.</source>
        <translation>The password is saved in the system&apos;s keyring, never in the event file.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="169"/>
        <source>SMTP settings not saved</source>
        <translation>SMTP settings not saved</translation>
    </message>
</context>
<context>
    <name>StationSync</name>
    <message>
        <location filename="../../ui/station/sync.py" line="116"/>
        <source>Sync is off ({reason}); this station works alone.</source>
        <translation>Sync is off ({reason}); this station works alone.</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <location filename="../../ui/station/window.py" line="128"/>
        <source>No sound or camera</source>
        <translation>No sound or camera</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="129"/>
        <source>QtMultimedia could not load: install PySide6-Addons and libpulse0 (see README).</source>
        <translation>QtMultimedia could not load: install PySide6-Addons and libpulse0 (see README).</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="137"/>
        <source>Stations on the network…</source>
        <translation>Stations on the network…</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="252"/>
        <source>Camera scanner</source>
        <translation>Camera scanner</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="259"/>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="260"/>
        <source>The last automatic backup failed ({reason}). The desk tries again every minute; check that the disk has space.</source>
        <translation>The last automatic backup failed ({reason}). The desk tries again every minute; check that the disk has space.</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="270"/>
        <source>Staff: &lt;b&gt;{staff}&lt;/b&gt;</source>
        <translation>Staff: &lt;b&gt;{staff}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/station/window.py" line="275"/>
        <source>File: {file}</source>
        <translation>File: {file}</translation>
    </message>
</context>
<context>
    <name>StationsDialog</name>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="46"/>
        <source>Stations on the network</source>
        <translation>Stations on the network</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="52"/>
        <source>for example 192.168.1.20:{port}</source>
        <translation>for example 192.168.1.20:{port}</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="53"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="59"/>
        <source>Show a pairing code…</source>
        <translation>Show a pairing code…</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="78"/>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="78"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="78"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="78"/>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="91"/>
        <source>Another station&apos;s address:</source>
        <translation>Another station&apos;s address:</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="94"/>
        <source>A new laptop for this event</source>
        <translation>A new laptop for this event</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="97"/>
        <source>A new laptop receives the whole event from this station with a pairing code (organiser only). The code works for {minutes} minutes.</source>
        <translation>A new laptop receives the whole event from this station with a pairing code (organiser only). The code works for {minutes} minutes.</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="133"/>
        <source>This station: &lt;b&gt;{name}&lt;/b&gt;, at {addresses}</source>
        <translation>This station: &lt;b&gt;{name}&lt;/b&gt;, at {addresses}</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="136"/>
        <source>This station: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>This station: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="137"/>
        <source>Sync is not running.</source>
        <translation>Sync is not running.</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="140"/>
        <source>&lt;b&gt;Alone:&lt;/b&gt; no other station connected — changes will be sent when connected. Stations of this event on the same network appear by themselves; add one by its address if it does not.</source>
        <translation>&lt;b&gt;Alone:&lt;/b&gt; no other station connected — changes will be sent when connected. Stations of this event on the same network appear by themselves; add one by its address if it does not.</translation>
    </message>
    <message>
        <location filename="../../ui/station/stations_dialog.py" line="170"/>
        <source>On the new laptop choose File → Join an event on the network…, pick this station ({name}) or type its address shown above, and type this pairing code. The code works until {time}; a laptop that typed it wrong three times waits before its next try.</source>
        <translation>On the new laptop choose File → Join an event on the network…, pick this station ({name}) or type its address shown above, and type this pairing code. The code works until {time}; a laptop that typed it wrong three times waits before its next try.</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="25"/>
        <source>Undo the check-in of {name}?</source>
        <translation>Undo the check-in of {name}?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="27"/>
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="27"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="27"/>
        <source>e.g. wrong person scanned</source>
        <translation>e.g. wrong person scanned</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/organiser/pin.py" line="44"/>
        <source>Organiser functions</source>
        <translation>Organiser functions</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="49"/>
        <source>Type the organiser PIN. This desk then works as the organiser&apos;s until it is locked (Organiser menu), or {minutes} minutes after the last organiser function.</source>
        <translation>Type the organiser PIN. This desk then works as the organiser&apos;s until it is locked (Organiser menu), or {minutes} minutes after the last organiser function.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="53"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/pin.py" line="54"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="78"/>
        <source>Walk-in registration</source>
        <translation>Walk-in registration</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="81"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="82"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="83"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="84"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="88"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="119"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="122"/>
        <source>{title} ({seats})</source>
        <translation>{title} ({seats})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="125"/>
        <source>Workshop, day {day}, {start}</source>
        <translation>Workshop, day {day}, {start}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="126"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/desk/dialogs.py" line="135"/>
        <source>Already registered? Similar guests:
{people}
If it is one of them, cancel and search instead.</source>
        <translation>Already registered? Similar guests:
{people}
If it is one of them, cancel and search instead.</translation>
    </message>
</context>
<context>
    <name>WorkshopChooser</name>
    <message>
        <location filename="../../ui/desk/choices.py" line="65"/>
        <source>Workshop — {name}</source>
        <translation>Workshop — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="84"/>
        <source>Press the number to choose · Esc cancels</source>
        <translation>Press the number to choose · Esc cancels</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="96"/>
        <source>Day {day}, {start}–{end}</source>
        <translation>Day {day}, {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/choices.py" line="120"/>
        <source>room: {room}</source>
        <translation>room: {room}</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="131"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="134"/>
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="137"/>
        <source>And %n more guest(s) checked in at two desks, each counted once.</source>
        <translation>
            <numerusform>And %n more guest checked in at two desks, counted once.</numerusform>
            <numerusform>And %n more guests checked in at two desks, each counted once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="140"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/labels.py" line="143"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ReportPlurals</name>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="140"/>
        <source>The answers sign guests up for sessions %n time(s).</source>
        <translation>
            <numerusform>The answers sign guests up for sessions %n time.</numerusform>
            <numerusform>The answers sign guests up for sessions %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="143"/>
        <source>Changed answers take guests off sessions %n time(s).</source>
        <translation>
            <numerusform>Changed answers take guests off sessions %n time.</numerusform>
            <numerusform>Changed answers take guests off sessions %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="147"/>
        <source>No session matches the answer &quot;{answer}&quot; (%n guest(s)); choose for them at the desk.</source>
        <translation>
            <numerusform>No session matches the answer &quot;{answer}&quot; (%n guest); choose for them at the desk.</numerusform>
            <numerusform>No session matches the answer &quot;{answer}&quot; (%n guests); choose for them at the desk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="152"/>
        <source>&quot;{title}&quot; is on a day that %n guest(s) who chose it do not attend.</source>
        <translation>
            <numerusform>&quot;{title}&quot; is on a day that %n guest who chose it do not attend.</numerusform>
            <numerusform>&quot;{title}&quot; is on a day that %n guests who chose it do not attend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="157"/>
        <source>Column &quot;{column}&quot;: &quot;{answer}&quot; is neither yes nor no (%n guest(s)); sign them up at the desk.</source>
        <translation>
            <numerusform>Column &quot;{column}&quot;: &quot;{answer}&quot; is neither yes nor no (%n guest); sign them up at the desk.</numerusform>
            <numerusform>Column &quot;{column}&quot;: &quot;{answer}&quot; is neither yes nor no (%n guests); sign them up at the desk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="164"/>
        <source>%n more new guest(s) look like another guest under another registration number.</source>
        <translation>
            <numerusform>%n more new guest looks like another guest under another registration number.</numerusform>
            <numerusform>%n more new guests look like other guests under other registration numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="169"/>
        <source>%n guest(s) whom an earlier list of this form brought in are missing from this one. They stay registered: if they withdrew, cancel them at the desk.</source>
        <translation>
            <numerusform>%n guest whom an earlier list of this form brought in is missing from this one. They stay registered: if they withdrew, cancel them at the desk.</numerusform>
            <numerusform>%n guests whom an earlier list of this form brought in are missing from this one. They stay registered: if they withdrew, cancel them at the desk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="176"/>
        <source>%n more guest(s) are missing from the list.</source>
        <translation>
            <numerusform>%n more guest is missing from the list.</numerusform>
            <numerusform>%n more guests are missing from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="180"/>
        <source>%n row(s) of this list were skipped for a problem: a guest named here may be on one of them. Correct those rows rather than cancel anyone.</source>
        <translation>
            <numerusform>%n row of this list was skipped for a problem: a guest named here may be on it. Correct that row rather than cancel anyone.</numerusform>
            <numerusform>%n rows of this list were skipped for a problem: a guest named here may be on one of them. Correct those rows rather than cancel anyone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/organiser/import_texts.py" line="187"/>
        <source>&quot;{title}&quot; is full: %n guest(s) who chose it have no seat.</source>
        <translation>
            <numerusform>&quot;{title}&quot; is full: %n guest who chose it have no seat.</numerusform>
            <numerusform>&quot;{title}&quot; is full: %n guests who chose it have no seat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="241"/>
        <source>Open event file</source>
        <translation>Open event file</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="242"/>
        <source>Event files (*.sqlite *.db);;All files (*)</source>
        <translation>Event files (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="252"/>
        <location filename="../../ui/app.py" line="272"/>
        <location filename="../../ui/app.py" line="300"/>
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="315"/>
        <source>No event yet</source>
        <translation>No event yet</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="316"/>
        <source>There is no event file at {path}. Join an event from one of its stations on the network into it, or check the name (the demo and new commands create an event).</source>
        <translation>There is no event file at {path}. Join an event from one of its stations on the network into it, or check the name (the demo and new commands create an event).</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="317"/>
        <source>This computer has no event yet. Join an event from one of its stations on the network, or open the demo event to try the desk.</source>
        <translation>This computer has no event yet. Join an event from one of its stations on the network, or open the demo event to try the desk.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="320"/>
        <source>Join an event on the network…</source>
        <translation>Join an event on the network…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="324"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="326"/>
        <source>Open the demo event</source>
        <translation>Open the demo event</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="200"/>
        <source>{path} was saved by a newer version of this app. Update the app to open it.</source>
        <translation>{path} was saved by a newer version of this app. Update the app to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="214"/>
        <source>The event file cannot be read or written ({reason}). Check whether the last change was saved before repeating it; close this window and open the event again, and if that fails, restore the latest backup.</source>
        <translation>The event file cannot be read or written ({reason}). Check whether the last change was saved before repeating it; close this window and open the event again, and if that fails, restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="222"/>
        <source>Something unexpected went wrong ({reason}); your data is safe, since every change is saved whole or not at all.</source>
        <translation>Something unexpected went wrong ({reason}); your data is safe, since every change is saved whole or not at all.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>Something unexpected went wrong ({reason}); your data is safe, since every change is saved whole or not at all, and the details are in the log file {log}.</source>
        <translation>Something unexpected went wrong ({reason}); your data is safe, since every change is saved whole or not at all, and the details are in the log file {log}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="230"/>
        <source>{message} The details are in the log file {log}.</source>
        <translation>{message} The details are in the log file {log}.</translation>
    </message>
    <message>
        <location filename="../../ui/error_hook.py" line="74"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/organiser/backups.py" line="43"/>
        <source>automatic, during check-in</source>
        <translation>automatic, during check-in</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="44"/>
        <source>taken by hand</source>
        <translation>taken by hand</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="45"/>
        <source>before an import of registrants</source>
        <translation>before an import of registrants</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="46"/>
        <source>before a programme import</source>
        <translation>before a programme import</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="47"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/backups.py" line="48"/>
        <source>after clearing the personal data</source>
        <translation>after clearing the personal data</translation>
    </message>
</context>
<context>
    <name>confirmations</name>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="46"/>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="47"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../ui/dashboard/models.py" line="111"/>
        <location filename="../../ui/dashboard/models.py" line="139"/>
        <location filename="../../ui/dashboard/models.py" line="177"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="112"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="113"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="114"/>
        <location filename="../../ui/dashboard/models.py" line="141"/>
        <source>Signed up</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="115"/>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="116"/>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="117"/>
        <source>In the room</source>
        <translation>In the room</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="125"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="140"/>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="142"/>
        <source>Diets</source>
        <translation>Diets</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="153"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="161"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="162"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="163"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="178"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="179"/>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="191"/>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/models.py" line="192"/>
        <source>Honorary guest</source>
        <translation>Honorary guest</translation>
    </message>
</context>
<context>
    <name>desk</name>
    <message>
        <location filename="../../ui/desk/controller.py" line="68"/>
        <source>No guest found</source>
        <translation>No guest found</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="69"/>
        <source>Check the spelling, search by organisation, or register a walk-in (Ctrl+N).</source>
        <translation>Check the spelling, search by organisation, or register a walk-in (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="75"/>
        <source>Choose the guest</source>
        <translation>Choose the guest</translation>
    </message>
    <message>
        <location filename="../../ui/desk/controller.py" line="76"/>
        <source>Several guests share this name: pick the right organisation with ↑ ↓, then Enter.</source>
        <translation>Several guests share this name: pick the right organisation with ↑ ↓, then Enter.</translation>
    </message>
</context>
<context>
    <name>door</name>
    <message>
        <location filename="../../ui/door/verdicts.py" line="36"/>
        <source>Exit: scan the badge of a guest leaving</source>
        <translation>Exit: scan the badge of a guest leaving</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="37"/>
        <source>F4 back to entries · Esc clear · F8 camera</source>
        <translation>F4 back to entries · Esc clear · F8 camera</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="40"/>
        <source>Scan a badge at the door</source>
        <translation>Scan a badge at the door</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="41"/>
        <source>Or type a name, ↑ ↓ choose, Enter · F4 entry/exit · Esc clear · F8 camera</source>
        <translation>Or type a name, ↑ ↓ choose, Enter · F4 entry/exit · Esc clear · F8 camera</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="50"/>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="51"/>
        <source>This code is not from this event. Search for the guest by name.</source>
        <translation>This code is not from this event. Search for the guest by name.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="55"/>
        <source>Registration cancelled</source>
        <translation>Registration cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="56"/>
        <source>Do not admit. Ask the organiser.</source>
        <translation>Do not admit. Ask the organiser.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="71"/>
        <source>Send to {room} (Esc)</source>
        <translation>Send to {room} (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="73"/>
        <source>Do not admit (Esc)</source>
        <translation>Do not admit (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="76"/>
        <source>Override… (Enter)</source>
        <translation>Override… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="79"/>
        <source>Admit and record the switch (Enter)</source>
        <translation>Admit and record the switch (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="80"/>
        <source>Admit anyway (Enter)</source>
        <translation>Admit anyway (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="86"/>
        <source>No guest found</source>
        <translation>No guest found</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="87"/>
        <source>Check the spelling, or search by organisation.</source>
        <translation>Check the spelling, or search by organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="93"/>
        <source>Choose the guest</source>
        <translation>Choose the guest</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="94"/>
        <source>Several guests share this name: pick the right organisation with ↑ ↓, then Enter.</source>
        <translation>Several guests share this name: pick the right organisation with ↑ ↓, then Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="143"/>
        <source>All seats are taken: {taken} of {capacity}.</source>
        <translation>All seats are taken: {taken} of {capacity}.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="188"/>
        <source>Chose: {title}</source>
        <translation>Chose: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="189"/>
        <source>Chose: {title} — room: {room}</source>
        <translation>Chose: {title} — room: {room}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="197"/>
        <source>Moved from: {title}</source>
        <translation>Moved from: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="198"/>
        <source>Moved from: {title} — room: {room}</source>
        <translation>Moved from: {title} — room: {room}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="107"/>
        <source>Admitted over the capacity; the reason is in the log.</source>
        <translation>Admitted over the capacity; the reason is in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="110"/>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="117"/>
        <source>Already entered</source>
        <translation>Already entered</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="119"/>
        <source>Already entered at {time}</source>
        <translation>Already entered at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="122"/>
        <source>Scanned at {door} by {staff}</source>
        <translation>Scanned at {door} by {staff}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="131"/>
        <source>Not on this session&apos;s list.</source>
        <translation>Not on this session&apos;s list.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="134"/>
        <source>Registered for: {days}</source>
        <translation>Registered for: {days}</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="135"/>
        <source>Not signed up for this session</source>
        <translation>Not signed up for this session</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="148"/>
        <source>Session full</source>
        <translation>Session full</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="153"/>
        <source>Exit recorded</source>
        <translation>Exit recorded</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="160"/>
        <source>Already left at {time}.</source>
        <translation>Already left at {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="164"/>
        <source>No entry to this session is recorded for this guest.</source>
        <translation>No entry to this session is recorded for this guest.</translation>
    </message>
    <message>
        <location filename="../../ui/door/verdicts.py" line="165"/>
        <source>Not in the room</source>
        <translation>Not in the room</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../ui/widgets/files.py" line="95"/>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/files.py" line="96"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} already exists in {folder}. Replace it?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/files.py" line="101"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/files.py" line="106"/>
        <source>Choose another file</source>
        <translation>Choose another file</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="28"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="29"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="30"/>
        <source>First and last name</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="31"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="32"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="33"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="34"/>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="35"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="36"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="37"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="38"/>
        <source>Days attended</source>
        <translation>Days attended</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="39"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="40"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="41"/>
        <source>Needs and diet</source>
        <translation>Needs and diet</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="42"/>
        <source>Data processing consent</source>
        <translation>Data processing consent</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="43"/>
        <source>Image consent</source>
        <translation>Image consent</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="44"/>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="45"/>
        <source>Registration status</source>
        <translation>Registration status</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="46"/>
        <source>Kept as extra information</source>
        <translation>Kept as extra information</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="47"/>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="61"/>
        <source>A usual name of this field</source>
        <translation>A usual name of this field</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="62"/>
        <source>The header mentions a workshop</source>
        <translation>The header mentions a workshop</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="63"/>
        <source>Read from the question&apos;s words: check it</source>
        <translation>Read from the question&apos;s words: check it</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="64"/>
        <source>Remembered from the last import of this form</source>
        <translation>Remembered from the last import of this form</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="66"/>
        <source>Mapped by hand</source>
        <translation>Mapped by hand</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="67"/>
        <source>A form&apos;s timestamp or a row number, not about the guest</source>
        <translation>A form&apos;s timestamp or a row number, not about the guest</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="79"/>
        <source>The form&apos;s number of the response: read as the registration number</source>
        <translation>The form&apos;s number of the response: read as the registration number</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="128"/>
        <source>Guests of earlier lists of this form missing from this one: {count} (see below)</source>
        <translation>Guests of earlier lists of this form missing from this one: {count} (see below)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="202"/>
        <source>Row {row} ({name}) is the same person as {into}: merged.</source>
        <translation>Row {row} ({name}) is the same person as {into}: merged.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="82"/>
        <source>The file has separate first and last name columns</source>
        <translation>The file has separate first and last name columns</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="70"/>
        <source>The account that filled in the form (often anonymous); the form asks this itself</source>
        <translation>The account that filled in the form (often anonymous); the form asks this itself</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="75"/>
        <source>The account that filled in the form; used, as the form does not ask this</source>
        <translation>The account that filled in the form; used, as the form does not ask this</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="85"/>
        <source>Not recognised: kept with each guest, so nothing is lost</source>
        <translation>Not recognised: kept with each guest, so nothing is lost</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="90"/>
        <source>Meal sign-ups: a yes signs the guest up for &quot;{meal}&quot; (the answers are kept too)</source>
        <translation>Meal sign-ups: a yes signs the guest up for &quot;{meal}&quot; (the answers are kept too)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="99"/>
        <source>{field}: {count}</source>
        <translation>{field}: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="100"/>
        <source>extra information</source>
        <translation>extra information</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="111"/>
        <source>New guests: {created}   Changed: {updated}   Unchanged: {unchanged}   Merged duplicates: {merged}   Skipped rows: {skipped}   Problems: {problems}</source>
        <translation>New guests: {created}   Changed: {updated}   Unchanged: {unchanged}   Merged duplicates: {merged}   Skipped rows: {skipped}   Problems: {problems}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="120"/>
        <source>Registrations cancelled: {cancelled}   Restored: {restored}</source>
        <translation>Registrations cancelled: {cancelled}   Restored: {restored}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="124"/>
        <source>New guests who look like another under another registration number: {count} (see below)</source>
        <translation>New guests who look like another under another registration number: {count} (see below)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="132"/>
        <source>Changed fields: {fields}</source>
        <translation>Changed fields: {fields}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="223"/>
        <source>{guest} (no. {id}): the file&apos;s new {field} &quot;{file}&quot; replaces the desk&apos;s correction &quot;{desk}&quot;.</source>
        <translation>{guest} (no. {id}): the file&apos;s new {field} &quot;{file}&quot; replaces the desk&apos;s correction &quot;{desk}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="228"/>
        <source>{guest} (no. {id}): the desk&apos;s correction of {field} &quot;{desk}&quot; is kept (the file still says &quot;{file}&quot;).</source>
        <translation>{guest} (no. {id}): the desk&apos;s correction of {field} &quot;{desk}&quot; is kept (the file still says &quot;{file}&quot;).</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="255"/>
        <source>Missing from the list: {name} (no. {id}, registration {registration}).</source>
        <translation>Missing from the list: {name} (no. {id}, registration {registration}).</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="267"/>
        <source>Row {row} ({name}) looks like the guest {like_name} (no. {like}, registration {like_registration}) but has registration {registration}: imported as a new guest; if it is the same person, correct the number in the list.</source>
        <translation>Row {row} ({name}) looks like the guest {like_name} (no. {like}, registration {like_registration}) but has registration {registration}: imported as a new guest; if it is the same person, correct the number in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="275"/>
        <source>Row {row} ({name}) looks like row {like} ({like_name}, registration {like_registration}) but has registration {registration}: imported as a new guest; if it is the same person, correct the number in the list.</source>
        <translation>Row {row} ({name}) looks like row {like} ({like_name}, registration {like_registration}) but has registration {registration}: imported as a new guest; if it is the same person, correct the number in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="293"/>
        <source>the guest no. {id}</source>
        <translation>the guest no. {id}</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="295"/>
        <source>a new guest</source>
        <translation>a new guest</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/import_texts.py" line="297"/>
        <source>row {row}</source>
        <translation>row {row}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Honorary guest</source>
        <translation>Honorary guest</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Plenary session</source>
        <translation>Plenary session</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Social event</source>
        <translation>Social event</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Speakers</source>
        <translation>Speakers</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Choice group</source>
        <translation>Choice group</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Sign-up</source>
        <translation>Sign-up</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>✖ cancelled</source>
        <translation>✖ cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>day {number} ({date})</source>
        <translation>day {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Day {number} ({date})</source>
        <translation>Day {number} ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>In the registration: “{answer}” (matches no workshop)</source>
        <translation>In the registration: “{answer}” (matches no workshop)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>full</source>
        <translation>full</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="211"/>
        <source>A4 sheets, 8 badges each</source>
        <translation>A4 sheets, 8 badges each</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="212"/>
        <source>A4 sheets, 4 A6 badges each</source>
        <translation>A4 sheets, 4 A6 badges each</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="213"/>
        <source>Letter sheets, 6 badges each</source>
        <translation>Letter sheets, 6 badges each</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="214"/>
        <source>A6 cards, one badge each</source>
        <translation>A6 cards, one badge each</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="215"/>
        <source>A4 folded to A6, the programme on the back</source>
        <translation>A4 folded to A6, the programme on the back</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="216"/>
        <source>A4 folded to A6, the badge on both sides</source>
        <translation>A4 folded to A6, the badge on both sides</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="217"/>
        <source>Label roll, 62 mm wide</source>
        <translation>Label roll, 62 mm wide</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="218"/>
        <source>Labels of 4 × 3 inches</source>
        <translation>Labels of 4 × 3 inches</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="220"/>
        <source>Own size, {count} per sheet</source>
        <translation>Own size, {count} per sheet</translation>
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
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <source>✔ checked in</source>
        <translation>✔ checked in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Same name as another guest: check the organisation before you check in.</source>
        <translation>Same name as another guest: check the organisation before you check in.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>Today is not a day of this event ({days}). Choose the day in Settings.</source>
        <translation>Today is not a day of this event ({days}). Choose the day in Settings.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>{day} is not a day of this event ({days}).</source>
        <translation>{day} is not a day of this event ({days}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>Please give a short reason; it is kept in the log.</source>
        <translation>Please give a short reason; it is kept in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Enter at least a first name or a last name.</source>
        <translation>Enter at least a first name or a last name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>{category} is not a guest category.</source>
        <translation>{category} is not a guest category.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>{email} is not an e-mail address. Correct it or leave it empty.</source>
        <translation>{email} is not an e-mail address. Correct it or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>No guest has the code or number {key}.</source>
        <translation>No guest has the code or number {key}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>These fields cannot be edited: {fields}.</source>
        <translation>These fields cannot be edited: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>&quot;{title}&quot; is full ({capacity} seats). Choose another session, or give a reason to override.</source>
        <translation>&quot;{title}&quot; is full ({capacity} seats). Choose another session, or give a reason to override.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>The registration of {name} is cancelled; ask the organiser to restore it first.</source>
        <translation>The registration of {name} is cancelled; ask the organiser to restore it first.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>The registration of {name} is already cancelled.</source>
        <translation>The registration of {name} is already cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="38"/>
        <source>The registration of {name} is not cancelled; there is nothing to restore.</source>
        <translation>The registration of {name} is not cancelled; there is nothing to restore.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>{name} is not registered for {day}, the day of &quot;{title}&quot;. Ask the organiser.</source>
        <translation>{name} is not registered for {day}, the day of &quot;{title}&quot;. Ask the organiser.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>&quot;{title}&quot; is open to everyone; nobody signs up for it.</source>
        <translation>&quot;{title}&quot; is open to everyone; nobody signs up for it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>The programme has no session number {id}.</source>
        <translation>The programme has no session number {id}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>Every session needs a title.</source>
        <translation>Every session needs a title.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>&quot;{title}&quot;: day {day} is not a day of this event (1 to {days}).</source>
        <translation>&quot;{title}&quot;: day {day} is not a day of this event (1 to {days}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44"/>
        <source>&quot;{title}&quot;: &quot;{time}&quot; is not a time; write it as 09:30.</source>
        <translation>&quot;{title}&quot;: &quot;{time}&quot; is not a time; write it as 09:30.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>&quot;{title}&quot; must end after it starts.</source>
        <translation>&quot;{title}&quot; must end after it starts.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>&quot;{title}&quot;: &quot;{kind}&quot; is not a kind of session.</source>
        <translation>&quot;{title}&quot;: &quot;{kind}&quot; is not a kind of session.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>&quot;{title}&quot;: the number of seats must be from 1 to {max}, or empty for no limit.</source>
        <translation>&quot;{title}&quot;: the number of seats must be from 1 to {max}, or empty for no limit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>&quot;{title}&quot; cannot be removed: guests signed up for it or entered it (sign-ups and entries: {count}). Move them to another session first, or keep it.</source>
        <translation>&quot;{title}&quot; cannot be removed: guests signed up for it or entered it (sign-ups and entries: {count}). Move them to another session first, or keep it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>The choice group &quot;{group}&quot; has sessions on different days; give each day&apos;s parallel sessions their own group.</source>
        <translation>The choice group &quot;{group}&quot; has sessions on different days; give each day&apos;s parallel sessions their own group.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>Another station changed the programme meanwhile; nothing was saved. Close the editor and open it again to see the current programme.</source>
        <translation>Another station changed the programme meanwhile; nothing was saved. Close the editor and open it again to see the current programme.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>{path} already holds an event. Choose a new file name: an event file is never replaced, since other desks may have it open.</source>
        <translation>{path} already holds an event. Choose a new file name: an event file is never replaced, since other desks may have it open.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>The event file {path} was moved, removed or replaced by another program, so nothing was saved. Close this window and open the event again.</source>
        <translation>The event file {path} was moved, removed or replaced by another program, so nothing was saved. Close this window and open the event again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>The personal data of the event was cleared, but copies of it may still be in its backups or in the event file ({reason}). Close every other program and desk that has the event file or its backups open, make sure the disk has space, then open the event again: that finishes the clearing.</source>
        <translation>The personal data of the event was cleared, but copies of it may still be in its backups or in the event file ({reason}). Close every other program and desk that has the event file or its backups open, make sure the disk has space, then open the event again: that finishes the clearing.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>The event file could not be written, so nothing was saved. Check that no other program holds the file, that it is not read-only and that the disk has space, then try again.</source>
        <translation>The event file could not be written, so nothing was saved. Check that no other program holds the file, that it is not read-only and that the disk has space, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>The disk holding the event file {path} is full. Nothing was saved: free some space on it (delete old exports or copies), then repeat the last action.</source>
        <translation>The disk holding the event file {path} is full. Nothing was saved: free some space on it (delete old exports or copies), then repeat the last action.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>The event file {path} became read-only. Nothing was saved: allow writing to it again, then repeat the last action.</source>
        <translation>The event file {path} became read-only. Nothing was saved: allow writing to it again, then repeat the last action.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>The folder of the event file {path} became read-only. Nothing was saved: allow writing to it again, then repeat the last action.</source>
        <translation>The folder of the event file {path} became read-only. Nothing was saved: allow writing to it again, then repeat the last action.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>The event file {path} is locked by another program. Nothing was saved: close that program, then repeat the last action.</source>
        <translation>The event file {path} is locked by another program. Nothing was saved: close that program, then repeat the last action.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>The event file {path} could not be written: the drive reported an error. Nothing was saved: check that the USB stick or network drive is still connected, then repeat the last action.</source>
        <translation>The event file {path} could not be written: the drive reported an error. Nothing was saved: check that the USB stick or network drive is still connected, then repeat the last action.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="60"/>
        <source>The disk holding {path} is full, so the event cannot be opened. Free some space on it (delete old exports or copies), then try again.</source>
        <translation>The disk holding {path} is full, so the event cannot be opened. Free some space on it (delete old exports or copies), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>{path} is read-only, so nothing could be saved in it. Allow writing to it (file properties, a write-protected USB stick), or copy it to a writable folder and open the copy.</source>
        <translation>{path} is read-only, so nothing could be saved in it. Allow writing to it (file properties, a write-protected USB stick), or copy it to a writable folder and open the copy.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="62"/>
        <source>The folder of {path} is read-only, and an open event keeps two working files beside it (-wal and -shm). Allow writing to the folder, or copy the event file to a writable folder and open the copy.</source>
        <translation>The folder of {path} is read-only, and an open event keeps two working files beside it (-wal and -shm). Allow writing to the folder, or copy the event file to a writable folder and open the copy.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>{path} is locked by another program. Close that program (or the other window that holds the file), then try again.</source>
        <translation>{path} is locked by another program. Close that program (or the other window that holds the file), then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>There is no event file at {path}. Check the file&apos;s name and folder (a USB stick or a network drive may be disconnected).</source>
        <translation>There is no event file at {path}. Check the file&apos;s name and folder (a USB stick or a network drive may be disconnected).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>{path} is a folder, not an event file. Choose the .sqlite file of your event.</source>
        <translation>{path} is a folder, not an event file. Choose the .sqlite file of your event.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="66"/>
        <source>You have no permission to open {path}. Ask the owner of the file for access, or open a copy of it in your own folder.</source>
        <translation>You have no permission to open {path}. Ask the owner of the file for access, or open a copy of it in your own folder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>{path} could not be read: the drive reported an error. Check that the USB stick or network drive is still connected, then try again.</source>
        <translation>{path} could not be read: the drive reported an error. Check that the USB stick or network drive is still connected, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>{path} is damaged. Restore the latest backup of the event (the folder {path}.backups holds them).</source>
        <translation>{path} is damaged. Restore the latest backup of the event (the folder {path}.backups holds them).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>{path} cannot be used ({reason}). Try again, and report it if it happens again.</source>
        <translation>{path} cannot be used ({reason}). Try again, and report it if it happens again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>{path} is not an event file of this app. Choose the .sqlite file of your event.</source>
        <translation>{path} is not an event file of this app. Choose the .sqlite file of your event.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>{path} is a database of another program, not an event file of this app. Choose the .sqlite file of your event.</source>
        <translation>{path} is a database of another program, not an event file of this app. Choose the .sqlite file of your event.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="72"/>
        <source>{path} is a {kind} file, not an event file of this app. Choose the .sqlite file of your event.</source>
        <translation>{path} is a {kind} file, not an event file of this app. Choose the .sqlite file of your event.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>Only the organiser may do this: unlock the organiser functions with the PIN (Organiser menu).</source>
        <translation>Only the organiser may do this: unlock the organiser functions with the PIN (Organiser menu).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>Too many wrong PINs: wait {seconds} s, then try again.</source>
        <translation>Too many wrong PINs: wait {seconds} s, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>That is not the organiser PIN.</source>
        <translation>That is not the organiser PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="76"/>
        <source>The organiser PIN must be {min} to {max} characters long.</source>
        <translation>The organiser PIN must be {min} to {max} characters long.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="77"/>
        <source>To clear all personal data, type the event&apos;s name: {name}.</source>
        <translation>To clear all personal data, type the event&apos;s name: {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="78"/>
        <source>There is no backup named {name}; another desk may have removed it. Open the list again.</source>
        <translation>There is no backup named {name}; another desk may have removed it. Open the list again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>The backup {name} is of another event, so it cannot be restored here.</source>
        <translation>The backup {name} is of another event, so it cannot be restored here.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="80"/>
        <source>{path} is the event file itself: saving there would destroy the event. Choose another file name.</source>
        <translation>{path} is the event file itself: saving there would destroy the event. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="81"/>
        <source>{path} is a database (an event file or a backup of one): saving there would destroy it. Choose another file name.</source>
        <translation>{path} is a database (an event file or a backup of one): saving there would destroy it. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>{path} is part of a database (its latest changes are kept there): saving there would damage it. Choose another file name.</source>
        <translation>{path} is part of a database (its latest changes are kept there): saving there would damage it. Choose another file name.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83"/>
        <source>{path} is among the backups of the event {event}. Choose a place outside that folder, such as Documents.</source>
        <translation>{path} is among the backups of the event {event}. Choose a place outside that folder, such as Documents.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="84"/>
        <source>{path} is a folder; choose a file name to save as.</source>
        <translation>{path} is a folder; choose a file name to save as.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>{path} is not an ordinary file (a device or a pipe); choose a file name in a folder.</source>
        <translation>{path} is not an ordinary file (a device or a pipe); choose a file name in a folder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="86"/>
        <source>{path} is a file, not a folder; choose a folder for the files.</source>
        <translation>{path} is a file, not a folder; choose a folder for the files.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="87"/>
        <source>There is no folder {folder} to save {name} in; choose another place.</source>
        <translation>There is no folder {folder} to save {name} in; choose another place.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>This station cannot listen on {address} ({reason}): other stations cannot reach it, but it still reaches the stations added by address.</source>
        <translation>This station cannot listen on {address} ({reason}): other stations cannot reach it, but it still reaches the stations added by address.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>{address} is not an address; write HOST:PORT, for example 192.168.1.20:{port}.</source>
        <translation>{address} is not an address; write HOST:PORT, for example 192.168.1.20:{port}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="90"/>
        <source>Cannot reach a station at {address} ({reason}). Check the address, that the station runs, and that both laptops are on the same network.</source>
        <translation>Cannot reach a station at {address} ({reason}). Check the address, that the station runs, and that both laptops are on the same network.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="91"/>
        <source>The station at {address} refused the pairing code. Check the code it shows, or show a new one there (Stations on the network → Show a pairing code…).</source>
        <translation>The station at {address} refused the pairing code. Check the code it shows, or show a new one there (Stations on the network → Show a pairing code…).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>The station at {address} refused too many pairing tries from this laptop. Check the code it shows, and try again in {seconds} s.</source>
        <translation>The station at {address} refused too many pairing tries from this laptop. Check the code it shows, and try again in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>The station at {address} shows no pairing code now (none, or it expired). Show one there (Stations on the network → Show a pairing code…) and try again.</source>
        <translation>The station at {address} shows no pairing code now (none, or it expired). Show one there (Stations on the network → Show a pairing code…) and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="94"/>
        <source>Could not join from {address} ({problem}). Check that it is a station of this app, of the same version.</source>
        <translation>Could not join from {address} ({problem}). Check that it is a station of this app, of the same version.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>{typed} is not a pairing code; type the code the station shows (like K7PQ-4X2M).</source>
        <translation>{typed} is not a pairing code; type the code the station shows (like K7PQ-4X2M).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="96"/>
        <source>The funding logo {path} cannot be read as an image ({reason}); add the logos again in Organiser → Event settings.</source>
        <translation>The funding logo {path} cannot be read as an image ({reason}); add the logos again in Organiser → Event settings.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>A town&apos;s name is at most {limit} characters long; shorten it.</source>
        <translation>A town&apos;s name is at most {limit} characters long; shorten it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="98"/>
        <source>The venue is at most {limit} characters long; shorten it.</source>
        <translation>The venue is at most {limit} characters long; shorten it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="99"/>
        <source>{file} is {size} KB; a logo may have at most {limit} KB. Save it smaller (or as PNG) and add it again.</source>
        <translation>{file} is {size} KB; a logo may have at most {limit} KB. Save it smaller (or as PNG) and add it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="102"/>
        <source>{file} is {width} × {height} pixels; a logo may have at most 6000 × 6000. Save it smaller and add it again.</source>
        <translation>{file} is {width} × {height} pixels; a logo may have at most 6000 × 6000. Save it smaller and add it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="100"/>
        <source>{file} cannot be read ({reason}); check the file&apos;s name and folder.</source>
        <translation>{file} cannot be read ({reason}); check the file&apos;s name and folder.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>{file} is not a PNG or JPEG image (or it is damaged); save the logo as PNG or JPEG and add it again.</source>
        <translation>{file} is not a PNG or JPEG image (or it is damaged); save the logo as PNG or JPEG and add it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="103"/>
        <source>An event has at most {limit} funding logos; remove one before adding another.</source>
        <translation>An event has at most {limit} funding logos; remove one before adding another.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="104"/>
        <source>There is no funding logo number {number}; the event has {count}.</source>
        <translation>There is no funding logo number {number}; the event has {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>{{{name}}} is not a placeholder; use one of: {known}.</source>
        <translation>{{{name}}} is not a placeholder; use one of: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="106"/>
        <source>A brace in the confirmation&apos;s text is not closed; write placeholders as {{first_name}}, and a brace itself as {{{{ or }}}}.</source>
        <translation>A brace in the confirmation&apos;s text is not closed; write placeholders as {{first_name}}, and a brace itself as {{{{ or }}}}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="107"/>
        <source>A part of the confirmation&apos;s text is longer than {limit} characters ({length}); shorten it.</source>
        <translation>A part of the confirmation&apos;s text is longer than {limit} characters ({length}); shorten it.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="108"/>
        <source>The organisers&apos; contact is at most {limit} lines; it has {count}.</source>
        <translation>The organisers&apos; contact is at most {limit} lines; it has {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="109"/>
        <source>The confirmation e-mail needs a subject.</source>
        <translation>The confirmation e-mail needs a subject.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>Confirmations are written in {languages}, not {language}.</source>
        <translation>Confirmations are written in {languages}, not {language}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="111"/>
        <source>Give the mail server&apos;s name, e.g. smtp.gmail.com.</source>
        <translation>Give the mail server&apos;s name, e.g. smtp.gmail.com.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="112"/>
        <source>The mail server&apos;s port is a number from 1 to 65535 (587 for STARTTLS, 465 for TLS); {port} is not.</source>
        <translation>The mail server&apos;s port is a number from 1 to 65535 (587 for STARTTLS, 465 for TLS); {port} is not.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="113"/>
        <source>The connection&apos;s security is one of {securities}, not {security}.</source>
        <translation>The connection&apos;s security is one of {securities}, not {security}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="114"/>
        <source>The sender&apos;s address {address} is not an e-mail address.</source>
        <translation>The sender&apos;s address {address} is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>The pace is from 1 to {limit} messages a minute; {pace} is not.</source>
        <translation>The pace is from 1 to {limit} messages a minute; {pace} is not.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>The user name and the sender&apos;s name are at most {limit} characters long.</source>
        <translation>The user name and the sender&apos;s name are at most {limit} characters long.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>Set the mailbox the confirmations are sent from first: SMTP settings…</source>
        <translation>Set the mailbox the confirmations are sent from first: SMTP settings…</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>The mail server {host} does not offer STARTTLS; choose TLS (port 465) or ask the mailbox&apos;s provider.</source>
        <translation>The mail server {host} does not offer STARTTLS; choose TLS (port 465) or ask the mailbox&apos;s provider.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="119"/>
        <source>The mail server {host} refused the user name or password ({reason}). For Gmail or Microsoft 365 use an app password.</source>
        <translation>The mail server {host} refused the user name or password ({reason}). For Gmail or Microsoft 365 use an app password.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="120"/>
        <source>The secure connection to {host} failed ({reason}); check the security and the port (587 STARTTLS, 465 TLS).</source>
        <translation>The secure connection to {host} failed ({reason}); check the security and the port (587 STARTTLS, 465 TLS).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="121"/>
        <source>The mail server {host}:{port} cannot be reached ({reason}); check the server&apos;s name, the port and the internet connection.</source>
        <translation>The mail server {host}:{port} cannot be reached ({reason}); check the server&apos;s name, the port and the internet connection.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="122"/>
        <source>The password cannot be kept in this computer&apos;s credential store ({reason}). On Linux, start a keyring (GNOME Keyring or KWallet) in the desktop session; or leave the password field empty: the window then asks for it at each send.</source>
        <translation>The password cannot be kept in this computer&apos;s credential store ({reason}). On Linux, start a keyring (GNOME Keyring or KWallet) in the desktop session; or leave the password field empty: the window then asks for it at each send.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>The test message to {address} was not sent. {reason}</source>
        <translation>The test message to {address} was not sent. {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="124"/>
        <source>The mail server refused the message ({reason}).</source>
        <translation>The mail server refused the message ({reason}).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="125"/>
        <source>Not sent: the mail server refuses the sender&apos;s address {address} ({reason}); correct it in the SMTP settings and send again.</source>
        <translation>Not sent: the mail server refuses the sender&apos;s address {address} ({reason}); correct it in the SMTP settings and send again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="126"/>
        <source>Not sent: the connection to the mail server was lost ({reason}); send again when it is back.</source>
        <translation>Not sent: the connection to the mail server was lost ({reason}); send again when it is back.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="127"/>
        <source>Not sent: the mail server kept answering &apos;try again later&apos;; send again in a while.</source>
        <translation>Not sent: the mail server kept answering &apos;try again later&apos;; send again in a while.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="128"/>
        <source>{address} cannot be written as an e-mail address (only plain letters can); correct it in the guest&apos;s record.</source>
        <translation>{address} cannot be written as an e-mail address (only plain letters can); correct it in the guest&apos;s record.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="134"/>
        <source>The file &quot;{file}&quot; cannot be opened; check that it exists and is not open elsewhere.</source>
        <translation>The file &quot;{file}&quot; cannot be opened; check that it exists and is not open elsewhere.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>The file &quot;{file}&quot; is larger than {limit} MB; split the registrant list into smaller files.</source>
        <translation>The file &quot;{file}&quot; is larger than {limit} MB; split the registrant list into smaller files.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>&quot;{file}&quot; is a folder, a device or a pipe, not a saved file; choose the list itself (a .csv or .xlsx file).</source>
        <translation>&quot;{file}&quot; is a folder, a device or a pipe, not a saved file; choose the list itself (a .csv or .xlsx file).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="137"/>
        <source>The Excel file &quot;{file}&quot; holds more than {limit} parts, far more than any spreadsheet saves; open it in Excel, save it again as .xlsx and choose the new file.</source>
        <translation>The Excel file &quot;{file}&quot; holds more than {limit} parts, far more than any spreadsheet saves; open it in Excel, save it again as .xlsx and choose the new file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>The Excel file &quot;{file}&quot; unpacks to more than {limit} MB; save the list as CSV, or split it into smaller files.</source>
        <translation>The Excel file &quot;{file}&quot; unpacks to more than {limit} MB; save the list as CSV, or split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="139"/>
        <source>The Excel file &quot;{file}&quot; unpacks to more than {limit} times its size, which no spreadsheet writes: it is damaged or made to overload programs; save the list again from your spreadsheet and choose the new file.</source>
        <translation>The Excel file &quot;{file}&quot; unpacks to more than {limit} times its size, which no spreadsheet writes: it is damaged or made to overload programs; save the list again from your spreadsheet and choose the new file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="140"/>
        <source>The file &quot;{file}&quot; is empty; export the registrant list again and choose the new file.</source>
        <translation>The file &quot;{file}&quot; is empty; export the registrant list again and choose the new file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="141"/>
        <source>The file &quot;{file}&quot; is neither a text (CSV) nor an Excel file; save the registrant list as CSV or XLSX and choose that file.</source>
        <translation>The file &quot;{file}&quot; is neither a text (CSV) nor an Excel file; save the registrant list as CSV or XLSX and choose that file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>The file &quot;{file}&quot; is saved as {format}, which cannot be imported; open it and save it as Excel (.xlsx) or CSV.</source>
        <translation>The file &quot;{file}&quot; is saved as {format}, which cannot be imported; open it and save it as Excel (.xlsx) or CSV.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="143"/>
        <source>The Excel file &quot;{file}&quot; is protected with a password; open it in Excel, remove the password and save it again.</source>
        <translation>The Excel file &quot;{file}&quot; is protected with a password; open it in Excel, remove the password and save it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="144"/>
        <source>The Excel file &quot;{file}&quot; is damaged and cannot be read; open it in Excel, save it again as .xlsx and choose the new file.</source>
        <translation>The Excel file &quot;{file}&quot; is damaged and cannot be read; open it in Excel, save it again as .xlsx and choose the new file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="145"/>
        <source>The file &quot;{file}&quot; breaks the CSV format near line {line}; open it in a spreadsheet, save it again as CSV and choose the new file.</source>
        <translation>The file &quot;{file}&quot; breaks the CSV format near line {line}; open it in a spreadsheet, save it again as CSV and choose the new file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>No name column was found in &quot;{file}&quot;; its header row needs &quot;Imię&quot; and &quot;Nazwisko&quot; (or &quot;Imię i nazwisko&quot;) columns.</source>
        <translation>No name column was found in &quot;{file}&quot;; its header row needs &quot;Imię&quot; and &quot;Nazwisko&quot; (or &quot;Imię i nazwisko&quot;) columns.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="147"/>
        <source>The file &quot;{file}&quot; has a header row but no registrants below it; check that the right file or sheet was exported.</source>
        <translation>The file &quot;{file}&quot; has a header row but no registrants below it; check that the right file or sheet was exported.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>The file &quot;{file}&quot; has more than {limit} registrant rows; split it into smaller files.</source>
        <translation>The file &quot;{file}&quot; has more than {limit} registrant rows; split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="149"/>
        <source>The file &quot;{file}&quot; has more than {limit} columns; remove the unused columns and import it again.</source>
        <translation>The file &quot;{file}&quot; has more than {limit} columns; remove the unused columns and import it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>No programme header row was found in &quot;{file}&quot;; one of its first rows needs the columns {columns}, named in Polish or English.</source>
        <translation>No programme header row was found in &quot;{file}&quot;; one of its first rows needs the columns {columns}, named in Polish or English.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>The programme in &quot;{file}&quot; has no column for {columns}; add them to the header row and import the file again.</source>
        <translation>The programme in &quot;{file}&quot; has no column for {columns}; add them to the header row and import the file again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="152"/>
        <source>The file &quot;{file}&quot; has a programme header row but no sessions below it; check that the right file or sheet was exported.</source>
        <translation>The file &quot;{file}&quot; has a programme header row but no sessions below it; check that the right file or sheet was exported.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>The file &quot;{file}&quot; has more than {limit} programme rows, so it is probably not a programme; choose the programme file.</source>
        <translation>The file &quot;{file}&quot; has more than {limit} programme rows, so it is probably not a programme; choose the programme file.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>Row {row} has no first or last name ({preview}), so it was skipped.</source>
        <translation>Row {row} has no first or last name ({preview}), so it was skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Row {row}: &quot;{value}&quot; is not a valid e-mail address; it was imported as written.</source>
        <translation>Row {row}: &quot;{value}&quot; is not a valid e-mail address; it was imported as written.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="156"/>
        <source>Row {row}: the category &quot;{value}&quot; is not known, so the person was imported as a participant.</source>
        <translation>Row {row}: the category &quot;{value}&quot; is not known, so the person was imported as a participant.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>Row {row}: the days &quot;{value}&quot; do not match the event days ({days}), so the person was registered for every day.</source>
        <translation>Row {row}: the days &quot;{value}&quot; do not match the event days ({days}), so the person was registered for every day.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="158"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a yes or no answer, so the consent was left unanswered.</source>
        <translation>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a yes or no answer, so the consent was left unanswered.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="159"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a registration status, so the status was left as it was; write &quot;anulowane&quot; or &quot;potwierdzone&quot;.</source>
        <translation>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a registration status, so the status was left as it was; write &quot;anulowane&quot; or &quot;potwierdzone&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="160"/>
        <source>Row {row}: the list says &quot;{value}&quot;, but {name} was cancelled by hand at a desk, which is newer, so the registration stays cancelled; restore it at the desk if the list is right.</source>
        <translation>Row {row}: the list says &quot;{value}&quot;, but {name} was cancelled by hand at a desk, which is newer, so the registration stays cancelled; restore it at the desk if the list is right.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="161"/>
        <source>Row {row}: the list says &quot;{value}&quot;, but {name} was restored by hand at a desk, which is newer, so the registration stays; cancel it at the desk if the list is right.</source>
        <translation>Row {row}: the list says &quot;{value}&quot;, but {name} was restored by hand at a desk, which is newer, so the registration stays; cancel it at the desk if the list is right.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="162"/>
        <source>Row {row}: {name} was restored with their sign-up for &quot;{title}&quot;, which now has {signed_up} guests for {capacity} seats; move a guest if the room cannot take them.</source>
        <translation>Row {row}: {name} was restored with their sign-up for &quot;{title}&quot;, which now has {signed_up} guests for {capacity} seats; move a guest if the room cannot take them.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>Row {row}: the cell in column &quot;{column}&quot; is longer than {limit} characters, so only its beginning was kept.</source>
        <translation>Row {row}: the cell in column &quot;{column}&quot; is longer than {limit} characters, so only its beginning was kept.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="164"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; shows that the file lost letters (?): Excel saved it as CSV in Windows-1250, so the row was skipped. Save the list as &quot;CSV UTF-8&quot; or .xlsx and import it again.</source>
        <translation>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; shows that the file lost letters (?): Excel saved it as CSV in Windows-1250, so the row was skipped. Save the list as &quot;CSV UTF-8&quot; or .xlsx and import it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="165"/>
        <source>Row {row}: the columns &quot;{column}&quot; and &quot;{other}&quot; hold different values (&quot;{value}&quot;, &quot;{other_value}&quot;), so the row was skipped. Keep one of the two columns or make them agree, and import the file again.</source>
        <translation>Row {row}: the columns &quot;{column}&quot; and &quot;{other}&quot; hold different values (&quot;{value}&quot;, &quot;{other_value}&quot;), so the row was skipped. Keep one of the two columns or make them agree, and import the file again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>Row {row}: a quote (&quot;) opens in column &quot;{column}&quot; and never closes, so the row was skipped and the lines below it were read on their own. Close or remove the quote in that row and import the file again.</source>
        <translation>Row {row}: a quote (&quot;) opens in column &quot;{column}&quot; and never closes, so the row was skipped and the lines below it were read on their own. Close or remove the quote in that row and import the file again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="167"/>
        <source>Row {row}: cell {cell} holds a formula Excel never calculated, so the row was skipped. Open the file in Excel, save it, and import it again.</source>
        <translation>Row {row}: cell {cell} holds a formula Excel never calculated, so the row was skipped. Open the file in Excel, save it, and import it again.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>Row {row} has nothing in {columns}, so it was skipped; every session needs a day, a start, an end and a title.</source>
        <translation>Row {row} has nothing in {columns}, so it was skipped; every session needs a day, a start, an end and a title.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="169"/>
        <source>Row {row}: &quot;{value}&quot; is not a day of the event ({days}), so the row was skipped; write the day number (1, 2) or its date.</source>
        <translation>Row {row}: &quot;{value}&quot; is not a day of the event ({days}), so the row was skipped; write the day number (1, 2) or its date.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a time, so the row was skipped; write it as 09:30.</source>
        <translation>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a time, so the row was skipped; write it as 09:30.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>Row {row}: the session ends at {value}, before it starts ({start}), so the row was skipped; correct the times.</source>
        <translation>Row {row}: the session ends at {value}, before it starts ({start}), so the row was skipped; correct the times.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="172"/>
        <source>Row {row}: &quot;{value}&quot; is not a kind of session, so the row was skipped; write one of: {known}.</source>
        <translation>Row {row}: &quot;{value}&quot; is not a kind of session, so the row was skipped; write one of: {known}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="173"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a number of seats, so the row was skipped; write a whole number such as 80, or leave it empty for no limit.</source>
        <translation>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a number of seats, so the row was skipped; write a whole number such as 80, or leave it empty for no limit.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="174"/>
        <source>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a yes or no answer, so the row was skipped; write &quot;tak&quot; or &quot;nie&quot;, or leave it empty.</source>
        <translation>Row {row}: &quot;{value}&quot; in column &quot;{column}&quot; is not a yes or no answer, so the row was skipped; write &quot;tak&quot; or &quot;nie&quot;, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>placeholders</name>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="56"/>
        <source>the guest&apos;s first name</source>
        <translation>the guest&apos;s first name</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="57"/>
        <source>the guest&apos;s last name</source>
        <translation>the guest&apos;s last name</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="58"/>
        <source>the guest&apos;s title (dr, prof.), empty when none</source>
        <translation>the guest&apos;s title (dr, prof.), empty when none</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="59"/>
        <source>title, first and last name</source>
        <translation>title, first and last name</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="60"/>
        <source>the guest&apos;s organisation</source>
        <translation>the guest&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="61"/>
        <source>the event&apos;s name</source>
        <translation>the event&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="62"/>
        <source>the event&apos;s dates</source>
        <translation>the event&apos;s dates</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="63"/>
        <source>the venue</source>
        <translation>the venue</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="64"/>
        <source>the venue&apos;s town</source>
        <translation>the venue&apos;s town</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="65"/>
        <source>the days the guest attends</source>
        <translation>the days the guest attends</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="66"/>
        <source>the guest&apos;s workshop, empty when none</source>
        <translation>the guest&apos;s workshop, empty when none</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="67"/>
        <source>the workshop&apos;s room, empty when none</source>
        <translation>the workshop&apos;s room, empty when none</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="68"/>
        <source>the gala dinner when signed up, else empty</source>
        <translation>the gala dinner when signed up, else empty</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/confirmation_template.py" line="69"/>
        <source>the guest&apos;s code, as printed under the QR</source>
        <translation>the guest&apos;s code, as printed under the QR</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../ui/printing.py" line="45"/>
        <source>QtPdf is not available (install PySide6-Addons)</source>
        <translation>QtPdf is not available (install PySide6-Addons)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="46"/>
        <source>the badge could not be prepared for printing</source>
        <translation>the badge could not be prepared for printing</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="47"/>
        <source>the printer {name} cannot be used</source>
        <translation>the printer {name} cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="48"/>
        <source>no printer is installed on this computer</source>
        <translation>no printer is installed on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="49"/>
        <source>the printer {name} is not connected</source>
        <translation>the printer {name} is not connected</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="50"/>
        <source>a badge could not be printed and was set aside ({reason})</source>
        <translation>a badge could not be printed and was set aside ({reason})</translation>
    </message>
</context>
<context>
    <name>smtp</name>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="50"/>
        <source>Other server</source>
        <translation>Other server</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="51"/>
        <source>Office mailbox (home.pl, nazwa.pl, OVH…)</source>
        <translation>Office mailbox (home.pl, nazwa.pl, OVH…)</translation>
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
        <translation>Type the outgoing mail (SMTP) server your provider names, its port and security.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="60"/>
        <source>Server: the name shown in your hosting panel, e.g. serwer1234.home.pl or serwer1234.nazwa.pl; TLS on port 465 (or STARTTLS on 587). User name: the whole e-mail address; password: the mailbox&apos;s own.</source>
        <translation>Server: the name shown in your hosting panel, e.g. serwer1234.home.pl or serwer1234.nazwa.pl; TLS on port 465 (or STARTTLS on 587). User name: the whole e-mail address; password: the mailbox&apos;s own.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="61"/>
        <source>Turn on 2-Step Verification in the Google account, create an app password (Google account → Security → App passwords) and type it below. User name: the whole Gmail address.</source>
        <translation>Turn on 2-Step Verification in the Google account, create an app password (Google account → Security → App passwords) and type it below. User name: the whole Gmail address.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="62"/>
        <source>The administrator must allow authenticated SMTP (SMTP AUTH) for this mailbox in the Microsoft 365 admin centre; with multi-factor sign-in create an app password and type it below. User name: the whole address.</source>
        <translation>The administrator must allow authenticated SMTP (SMTP AUTH) for this mailbox in the Microsoft 365 admin centre; with multi-factor sign-in create an app password and type it below. User name: the whole address.</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="68"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (usually port 587)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="69"/>
        <source>TLS (usually port 465)</source>
        <translation>TLS (usually port 465)</translation>
    </message>
    <message>
        <location filename="../../ui/organiser/smtp_settings.py" line="70"/>
        <source>None (unencrypted; only inside the office)</source>
        <translation>None (unencrypted; only inside the office)</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/station/sync_status.py" line="26"/>
        <source>not reachable</source>
        <translation>not reachable</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="27"/>
        <source>a station of another event</source>
        <translation>a station of another event</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="28"/>
        <source>holds a copy of this event file: join with a pairing code instead of copying the file</source>
        <translation>holds a copy of this event file: join with a pairing code instead of copying the file</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="29"/>
        <source>this station&apos;s own address</source>
        <translation>this station&apos;s own address</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="30"/>
        <source>refused the exchange; retrying</source>
        <translation>refused the exchange; retrying</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="31"/>
        <source>its event file is busy; retrying</source>
        <translation>its event file is busy; retrying</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="32"/>
        <source>does not answer like a check-in station</source>
        <translation>does not answer like a check-in station</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="33"/>
        <source>its answer does not open with this event&apos;s key</source>
        <translation>its answer does not open with this event&apos;s key</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="34"/>
        <source>sent entries this station refuses</source>
        <translation>sent entries this station refuses</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="35"/>
        <source>sent an answer too large to accept</source>
        <translation>sent an answer too large to accept</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="36"/>
        <source>this station&apos;s event file is busy; retrying</source>
        <translation>this station&apos;s event file is busy; retrying</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="37"/>
        <source>the exchange failed; retrying</source>
        <translation>the exchange failed; retrying</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="48"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="59"/>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="62"/>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="63"/>
        <source>not connected: {problem}</source>
        <translation>not connected: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="69"/>
        <source>Alone: no other station connected</source>
        <translation>Alone: no other station connected</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="70"/>
        <source>Alone: no other station connected — changes will be sent when connected</source>
        <translation>Alone: no other station connected — changes will be sent when connected</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="122"/>
        <source>{names} +{more}</source>
        <translation>{names} +{more}</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="123"/>
        <source>Connected: {stations}</source>
        <translation>Connected: {stations}</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="133"/>
        <source>This station listens on {address}.</source>
        <translation>This station listens on {address}.</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="135"/>
        <source>&lt;b&gt;{station}&lt;/b&gt; ({address}): {state}; last sync {time}</source>
        <translation>&lt;b&gt;{station}&lt;/b&gt; ({address}): {state}; last sync {time}</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="140"/>
        <source>No other station found yet.</source>
        <translation>No other station found yet.</translation>
    </message>
    <message>
        <location filename="../../ui/station/sync_status.py" line="141"/>
        <source>Click for the stations on the network.</source>
        <translation>Click for the stations on the network.</translation>
    </message>
</context>
<context>
    <name>verdicts</name>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="28"/>
        <source>Scan a code or type a name</source>
        <translation>Scan a code or type a name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="58"/>
        <source>Unknown code</source>
        <translation>Unknown code</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="59"/>
        <source>This code is not from this event. Search for the guest by name.</source>
        <translation>This code is not from this event. Search for the guest by name.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="66"/>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="69"/>
        <source>Already checked in at {time} at {desk} by {staff}</source>
        <translation>Already checked in at {time} at {desk} by {staff}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="72"/>
        <source>Already checked in</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="78"/>
        <source>Not registered for today</source>
        <translation>Not registered for today</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="79"/>
        <source>Registered for: {days}. Ask the organiser.</source>
        <translation>Registered for: {days}. Ask the organiser.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="84"/>
        <location filename="../../ui/desk/verdicts.py" line="133"/>
        <source>Registration cancelled</source>
        <translation>Registration cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="85"/>
        <source>Do not hand over a badge. Ask the organiser.</source>
        <translation>Do not hand over a badge. Ask the organiser.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="119"/>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="121"/>
        <source>Check-in undone</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="122"/>
        <source>Take the badge back if it was handed over.</source>
        <translation>Take the badge back if it was handed over.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/banner.py" line="39"/>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="209"/>
        <location filename="../../ui/desk/verdicts.py" line="224"/>
        <source>Workshop: {workshop}</source>
        <translation>Workshop: {workshop}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="203"/>
        <source>Hand over: badge and conference pack</source>
        <translation>Hand over: badge and conference pack</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="29"/>
        <source>↑ ↓ choose · Enter check in · Esc clear · Ctrl+Z undo · Ctrl+N walk-in · F2 edit · F6 workshop</source>
        <translation>↑ ↓ choose · Enter check in · Esc clear · Ctrl+Z undo · Ctrl+N walk-in · F2 edit · F6 workshop</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="186"/>
        <source>Needs: {needs}</source>
        <translation>Needs: {needs}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="259"/>
        <source>No workshop chosen, and all are full (F6 with a reason)</source>
        <translation>No workshop chosen, and all are full (F6 with a reason)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="249"/>
        <source>No workshop chosen — F6: {workshops}</source>
        <translation>No workshop chosen — F6: {workshops}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="91"/>
        <source>Also checked in at {time} at {desk} by {staff} while the desks were not connected: counted once</source>
        <translation>Also checked in at {time} at {desk} by {staff} while the desks were not connected: counted once</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="102"/>
        <source>Counted: {time} at {desk} by {staff}</source>
        <translation>Counted: {time} at {desk} by {staff}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="104"/>
        <source>Also scanned: {time} at {desk} by {staff} (kept in the history)</source>
        <translation>Also scanned: {time} at {desk} by {staff} (kept in the history)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="106"/>
        <source>The desks were not connected at the time. The guest counts once.</source>
        <translation>The desks were not connected at the time. The guest counts once.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="111"/>
        <source>Checked in at two desks — counted once</source>
        <translation>Checked in at two desks — counted once</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="134"/>
        <source>Desks and doors now refuse this guest, and their seats are free. Ctrl+Shift+R restores it.</source>
        <translation>Desks and doors now refuse this guest, and their seats are free. Ctrl+Shift+R restores it.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="139"/>
        <source>&quot;{title}&quot; now has {count} guests for {capacity} seats: move someone if the room cannot take them.</source>
        <translation>&quot;{title}&quot; now has {count} guests for {capacity} seats: move someone if the room cannot take them.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="145"/>
        <source>Registration restored</source>
        <translation>Registration restored</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="146"/>
        <source>The guest can be checked in again, with their workshops and meals.</source>
        <translation>The guest can be checked in again, with their workshops and meals.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="154"/>
        <source>Select the guest in the list or scan the badge first, then Ctrl+Shift+X (cancel) or Ctrl+Shift+R (restore).</source>
        <translation>Select the guest in the list or scan the badge first, then Ctrl+Shift+X (cancel) or Ctrl+Shift+R (restore).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="162"/>
        <source>Only the organiser may do this</source>
        <translation>Only the organiser may do this</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="163"/>
        <source>Cancelling and restoring registrations is the organiser&apos;s: unlock with the PIN (Ctrl+Shift+O), or call the organiser.</source>
        <translation>Cancelling and restoring registrations is the organiser&apos;s: unlock with the PIN (Ctrl+Shift+O), or call the organiser.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="179"/>
        <source>Workshop not saved: {reason}</source>
        <translation>Workshop not saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="196"/>
        <source>Hand over: the badge from the printer and the conference pack</source>
        <translation>Hand over: the badge from the printer and the conference pack</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="200"/>
        <source>Hand over: conference pack. No badge is printed yet: Ctrl+P prints it</source>
        <translation>Hand over: conference pack. No badge is printed yet: Ctrl+P prints it</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="225"/>
        <source>Workshop: {workshop} — room: {room}</source>
        <translation>Workshop: {workshop} — room: {room}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="232"/>
        <source>Workshop (day {day}): {workshop}</source>
        <translation>Workshop (day {day}): {workshop}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="235"/>
        <source>Workshop (day {day}): {workshop} — room: {room}</source>
        <translation>Workshop (day {day}): {workshop} — room: {room}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="252"/>
        <source>No workshop chosen (day {day}) — F6: {workshops}</source>
        <translation>No workshop chosen (day {day}) — F6: {workshops}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="260"/>
        <source>No workshop chosen for day {day}, and all are full (F6 with a reason)</source>
        <translation>No workshop chosen for day {day}, and all are full (F6 with a reason)</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="274"/>
        <source>Instead of: {workshop}</source>
        <translation>Instead of: {workshop}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="277"/>
        <source>Over capacity: the reason is kept in the log</source>
        <translation>Over capacity: the reason is kept in the log</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="279"/>
        <source>Workshop chosen</source>
        <translation>Workshop chosen</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="287"/>
        <source>Not signed up for any meal</source>
        <translation>Not signed up for any meal</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="290"/>
        <source>Meals saved in part</source>
        <translation>Meals saved in part</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="291"/>
        <source>Meals saved</source>
        <translation>Meals saved</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="298"/>
        <source>{title} (day {day}, {start})</source>
        <translation>{title} (day {day}, {start})</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="303"/>
        <source>{meal} — diet: {diet}</source>
        <translation>{meal} — diet: {diet}</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="153"/>
        <location filename="../../ui/desk/verdicts.py" line="308"/>
        <source>Which guest?</source>
        <translation>Which guest?</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="309"/>
        <source>Scan the badge or select the guest first, then F6 (workshop) or F7 (meals).</source>
        <translation>Scan the badge or select the guest first, then F6 (workshop) or F7 (meals).</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="316"/>
        <source>No workshops to choose</source>
        <translation>No workshops to choose</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="317"/>
        <source>No meals to sign up for</source>
        <translation>No meals to sign up for</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="320"/>
        <source>The programme has none on the days this guest attends.</source>
        <translation>The programme has none on the days this guest attends.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/banner.py" line="45"/>
        <source>No camera found</source>
        <translation>No camera found</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/banner.py" line="46"/>
        <source>Connect a webcam, or use the USB scanner or the keyboard.</source>
        <translation>Connect a webcam, or use the USB scanner or the keyboard.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="327"/>
        <source>HONORARY GUEST: notify the organiser</source>
        <translation>HONORARY GUEST: notify the organiser</translation>
    </message>
    <message>
        <location filename="../../ui/desk/verdicts.py" line="330"/>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
</context>
</TS>
