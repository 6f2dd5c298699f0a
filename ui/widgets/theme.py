"""Every size, colour and timing the desk uses, named: no magic numbers in widgets."""

from __future__ import annotations

from enum import Enum

SCANNER_MAX_KEY_INTERVAL_MS = 35
"""USB scanners type a character every few milliseconds; no person types this fast for a whole code."""
SCANNER_PAUSE_MS = 150
"""A scanner configured without Enter has finished when this much time passes without a key."""
SCANNER_ENTER_GRACE_MS = 1000
"""An Enter this soon after a code submitted itself belongs to that scan, not to the next guest."""

INPUT_POINT_SIZE = 26
NAME_POINT_SIZE = 40
HEADLINE_POINT_SIZE = 22
DETAIL_POINT_SIZE = 15
ALERT_POINT_SIZE = 18
RESULT_POINT_SIZE = 14
ICON_POINT_SIZE = 64
BANNER_MIN_HEIGHT = 230
BANNER_RADIUS_PX = 10
ALERT_RADIUS_PX = 6
ALERT_MARGINS_PX = (12, 6, 12, 6)
RESULT_ROW_PADDING = 12
MIN_WINDOW_SIZE = (1024, 640)
DEFAULT_WINDOW_SIZE = (1280, 720)
STATUS_REFRESH_MS = 2000
BANNER_AGE_POINT_SIZE = 12
BANNER_AGE_SHOWN_AFTER_S = 10
"""A verdict younger than this is the guest in front of the desk: no age on it yet."""
BANNER_QUIET_S = 45
"""After this long with no scan and no typing the banner steps back to "ready": a guest is checked in and
handed their pack within half a minute, so a verdict older than this is about someone who has left, and
must not be read as the next guest's."""
BANNER_AGE_TICK_MS = 1000
ANSWER_WAIT_FACTOR = 2
"""A guest the door holds for an answer (admit, send away) stays that many quiet intervals on the banner."""
DIALOG_MIN_WIDTH = 560
BANNER_TITLE_CHARS = 70
"""A workshop title on the banner is cut here, so that the room after it stays on the same line."""
OFFER_TITLE_CHARS = 28
OFFERS_SHOWN = 4
"""The banner's offer to a guest with no workshop names this many (with seats left); F6 lists them all."""
CHOOSER_TITLE_CHARS = 60
BANNER_NAME_CHARS = 60
"""A name on the banner: two lines at most at 1366 px in the name's large type."""
BANNER_LINE_CHARS = 200
"""A line of the banner that guests or files wrote (an organisation, a note): two lines at most at 1366 px."""
ANSWER_SHOWN_CHARS = 60
"""A registrant's unmatched workshop answer, cut to one line of the banner."""
CHOICE_COLUMN_SPACING_PX = 16


class Tone(Enum):
    """A verdict's colour family: what staff read at two metres before any word."""

    IDLE = ("#ECEFF1", "#263238", "")
    OK = ("#1B7F3A", "#FFFFFF", "✔")
    WARN = ("#F2A900", "#1A1A1A", "!")
    ERROR = ("#B3261E", "#FFFFFF", "✖")

    @property
    def background(self) -> str:
        return self.value[0]

    @property
    def foreground(self) -> str:
        return self.value[1]

    @property
    def icon(self) -> str:
        return self.value[2]


ALERT_BACKGROUND = "#4A148C"
ALERT_FOREGROUND = "#FFFFFF"
CHECKED_IN_COLOUR = "#1B7F3A"
WARNING_COLOUR = "#B3261E"
CANCELLED_COLOUR = WARNING_COLOUR
PRINT_OK_STYLE = "background: #E8F5E9; color: #1B5E20; border-radius: 6px; padding: 6px; font-size: 13pt;"
PRINT_PROBLEM_STYLE = (
    "background: #FDECEA; color: #B3261E; border: 1px solid #B3261E; border-radius: 6px; padding: 6px;"
    " font-size: 13pt; font-weight: bold;"
)
PRINT_OK_SHOWN_MS = 4000
NOTE_STYLE = (
    "background: #FFF3CD; color: #5C4400; border: 1px solid #F2A900; border-radius: 6px; padding: 8px;"
)
FULL_STYLE = "color: #B3261E; font-weight: bold;"
CURRENT_CHOICE_STYLE = "font-weight: bold;"

# --- door mode (ui/door/): read from a metre away by staff letting a queue into a room ---------------------
DOOR_TITLE_POINT_SIZE = 24
DOOR_TITLE_CHARS = 140
"""About three lines of the header at 1366 px; a longer title is cut (the whole shows as a tooltip)."""
DOOR_TITLE_LINES = 3
DOOR_COMPACT_TITLE_LINES = 1
DOOR_COMPACT_BELOW_HEIGHT = 720
"""A door window lower than this (1024 × 640, theme's minimum) gives the session's title one line: the
banner and the staff's answer under it must stay whole, and the whole title is the header's tooltip."""
DOOR_TITLE_MEASURE_PX = 10_000
"""The height a title is measured in when it is fitted to its lines: more than any title takes."""
DOOR_INFO_POINT_SIZE = 16
DOOR_COUNT_POINT_SIZE = 26
DOOR_COUNT_CAPTION_POINT_SIZE = 11
DOOR_BUTTON_POINT_SIZE = 16
DOOR_BUTTON_MIN_HEIGHT = 52
DOOR_MODE_MIN_WIDTH = 240
DOOR_TILE_MIN_WIDTH = 150
DOOR_TILE_STYLE = (
    "#countTile { background: #ECEFF1; border-radius: 8px; } #countTile QLabel { color: #263238; }"
)
DOOR_ENTRY_STYLE = "background: #1B7F3A; color: #FFFFFF; border-radius: 8px; font-weight: bold;"
DOOR_EXIT_STYLE = "background: #0D47A1; color: #FFFFFF; border-radius: 8px; font-weight: bold;"
"""Exit mode is blue on purpose: a door left in exit mode must be obvious before the next guest's scan."""
DOOR_NOT_TODAY_STYLE = (
    "background: #FDECEA; color: #B3261E; border: 1px solid #B3261E; border-radius: 6px; padding: 6px;"
    " font-size: 14pt; font-weight: bold;"
)
DOOR_PICKER_MIN_SIZE = (900, 480)

# --- the programme editor and imports ---------------------------------------------------------------------
ERROR_NOTE_STYLE = (
    "background: #FDECEA; color: #B3261E; border: 1px solid #B3261E; border-radius: 6px; padding: 8px;"
)
PROBLEMS_SHOWN = 10
"""An import report names the first few row problems; the rest are under "Show Details"."""
IMPORT_DIALOG_SIZE = (1280, 680)
"""The import window at least (it fits a 1366 × 768 screen with its taskbar); the table of columns takes the
height left."""
IMPORT_DIALOG_SCREEN_SHARE = 0.85
"""On a larger screen the import window grows to this share of it, so the reasons are read whole."""
IMPORT_DETAILS_HEIGHT = 110
"""The report's problem lines under the counts: about five lines in sight, the rest scrolled."""
PROGRAMME_DIALOG_SIZE = (1280, 680)
"""Fits a 1366 × 768 screen with its taskbar; the title column takes whatever width is left."""
PROGRAMME_ROOM_COLUMN_WIDTH = 160
"""Room names are short; a longer one can be dragged wider, and every cut text is in the cell's tooltip."""

# --- the organisers' dashboard (ui/dashboard/): read across a room, on a projector or a second screen -------
DASHBOARD_POLL_MS = 500
"""How often the dashboard asks whether the event file changed (a counter in shared memory, no disk read):
any desk's check-in shows within a second, and an unchanged file costs nothing."""
DASHBOARD_TEXT_LINES = 44
"""The window's height holds this many lines of table text: every size below follows the window, so that a
projector at 1920 × 1080 shows it large and a 1366 × 768 laptop still shows all of it."""
DASHBOARD_MIN_TEXT_PX = 12
DASHBOARD_NUMBER_SCALE = 2.4
DASHBOARD_HEADING_SCALE = 1.15
DASHBOARD_CAPTION_SCALE = 0.85
DASHBOARD_ROW_SCALE = 1.35
"""A table row's height, in lines of its text."""
DASHBOARD_DEFAULT_SIZE = (1280, 720)
DASHBOARD_MEASURED_ROWS = 50
"""Columns are as wide as their first rows' text: measuring every row of a thousand honorary guests took
~20 ms of each refresh."""
DASHBOARD_TILE_STYLE = (
    "#dashboardTile { background: #ECEFF1; border-radius: 8px; } #dashboardTile QLabel { color: #263238; }"
)
DASHBOARD_PRESENT_TILE_STYLE = (
    "#dashboardTile { background: #1B7F3A; border-radius: 8px; } #dashboardTile QLabel { color: #FFFFFF; }"
)
DASHBOARD_BAR_COLOUR = "#1B7F3A"
DASHBOARD_LABEL_STEPS_MIN = (10, 20, 30, 60, 120, 180, 360)
"""The arrivals chart labels its time axis every so many minutes: the smallest step whose labels fit."""
DASHBOARD_TIME_LABEL_ROOM = 1.6
"""Room for a time label on the chart's axis, in widths of "00:00": the label and a gap."""

# --- the organiser's role and functions (ui/organiser/), backups ------------------------------------------
ORGANISER_AUTO_LOCK_MS = 10 * 60 * 1000
"""An unlocked desk goes back to reception this long after the organiser's last organiser function: an
organiser who walks away leaves reception staff at a locked desk. Reception's scans do not count as the
organiser's activity (they would keep the desk unlocked all day), and a dialog still open puts it off."""
ROLE_RECEPTION_STYLE = "color: #37474F; border: 1px solid #B0BEC5; border-radius: 4px; padding: 1px 8px;"
ROLE_ORGANISER_STYLE = (
    "background: #283593; color: #FFFFFF; border-radius: 4px; padding: 1px 8px; font-weight: bold;"
)
"""Indigo, unlike any verdict colour: staff see at a glance that this desk can export and purge."""
ROLE_NO_PIN_STYLE = (
    "background: #FFF3CD; color: #5C4400; border: 1px solid #F2A900; border-radius: 4px; padding: 1px 8px;"
    " font-weight: bold;"
)
BACKUP_CHECK_MS = 60_000
"""How often a desk asks whether a backup is due (every `checkin.backups.SNAPSHOT_INTERVAL` of changes)."""
BACKUP_FAILED_STYLE = "color: #B3261E; font-weight: bold;"
EXPORT_FILE_TITLE_CHARS = 40
"""A session's title in an export's default file name is cut here."""
EXPORT_SESSION_TITLE_CHARS = 70
RESTORE_DIALOG_SIZE = (900, 440)

# --- sync between stations (ui/station_sync.py, ui/sync_status.py, ui/stations_dialog.py) -------------------
SYNC_POLL_MS = 1000
"""How often the window asks the sync service how its peers are (a lock and a copy, no I/O)."""
SYNC_STOP_WAIT_S = 5.0
"""A new sync service waits at most this long for the previous one to let go of its port, and the app as
long for the last one's goodbye on the LAN before it exits."""
SYNC_ALONE_STYLE = (
    "background: #FFF3CD; color: #5C4400; border: 1px solid #F2A900; border-radius: 4px; padding: 1px 8px;"
    " margin: 2px 4px; font-weight: bold;"
)
"""Amber like the other warnings: the desk works, but what it does reaches no other station for now."""
SYNC_CONNECTED_STYLE = (
    "background: #E8F5E9; color: #1B5E20; border: 1px solid #A5D6A7; border-radius: 4px; padding: 1px 8px;"
    " margin: 2px 4px;"
)
SYNC_WHOLE_WARNING_MIN_WIDTH = 1200
"""A narrower window shows the alone warning's first half in the menu bar (the whole is its tooltip): in
Polish the whole takes about 670 px, and the menus beside it 365."""
SYNC_PEER_NAMES_SHOWN = 3
"""The menu bar names this many connected stations, then "+N" (the tooltip and the dialog list all)."""
STATIONS_DIALOG_SIZE = (760, 520)
PEER_ADDRESS_MAX_CHARS = 260
"""A host name is at most 253 characters, and a port follows it."""
PAIRING_CODE_POINT_SIZE = 28
JOIN_DIALOG_SIZE = (760, 560)
PAIRING_CODE_MAX_CHARS = 40
"""A code is 8 symbols; typed with dashes and spaces it stays well under this."""
