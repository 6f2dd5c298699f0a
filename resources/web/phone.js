// The organisers' phone page: asks the station for its counts every 2 s and shows them; with the organiser
// PIN, also the latest arrivals and the honorary guests by name. Every value goes into the page as text
// (names come from imported spreadsheets), never as HTML.
"use strict";

const REFRESH_MS = 2000;
const TIMEOUT_MS = 5000;
const LANGUAGE_KEY = "checkin-phone-language";
const TOKEN_KEY = "checkin-phone-token";

const TEXT = {
  pl: {
    title: "Rejestracja — na żywo",
    day: "Dzień {number} · {date}",
    checked_in_today: "Obecni dziś",
    to_come: "Jeszcze nie dotarło",
    registered: "Zgłoszonych na wydarzenie",
    by_category: "Według kategorii",
    arrivals: "Przyjścia co 10 minut",
    sessions: "Program dnia",
    no_sessions: "Brak sesji tego dnia.",
    in_room: "w sali {count}",
    entered: "weszło {count}",
    signed_up: "zapisanych {count}",
    seats_left: "wolnych miejsc {count}",
    full: "komplet",
    organiser: "Organizator",
    pin_label: "PIN organizatora pokaże nazwiska gości",
    unlock: "Pokaż",
    lock: "Ukryj nazwiska",
    latest: "Ostatnie wejścia",
    honorary_arrived: "Goście honorowi — przybyli",
    honorary_expected: "Goście honorowi — oczekiwani",
    nobody: "Nikt.",
    updated: "Ostatnia aktualizacja",
    never: "jeszcze nie",
    offline: "Brak połączenia ze stanowiskiem. Pokazane dane są z {time}.",
    offline_never: "Brak połączenia ze stanowiskiem.",
    wrong_pin: "Nieprawidłowy PIN.",
    pin_wait: "Zbyt wiele błędnych PIN-ów: spróbuj ponownie za {seconds} s.",
    no_pin: "To wydarzenie nie ma PIN-u organizatora: nazwiska nie są pokazywane w sieci.",
    expired: "Czas minął: wpisz PIN ponownie, aby zobaczyć nazwiska.",
    unlock_failed: "Nie udało się połączyć ze stanowiskiem. Spróbuj ponownie.",
    switch_to: "English",
    switch_label: "EN",
  },
  en: {
    title: "Registration — live",
    day: "Day {number} · {date}",
    checked_in_today: "Checked in today",
    to_come: "Still to come",
    registered: "Registered for the event",
    by_category: "By category",
    arrivals: "Arrivals per 10 minutes",
    sessions: "Today's programme",
    no_sessions: "No sessions this day.",
    in_room: "{count} in the room",
    entered: "{count} entered",
    signed_up: "{count} signed up",
    seats_left: "{count} seats left",
    full: "full",
    organiser: "Organiser",
    pin_label: "The organiser PIN shows the guests' names",
    unlock: "Show",
    lock: "Hide names",
    latest: "Latest arrivals",
    honorary_arrived: "Honorary guests — arrived",
    honorary_expected: "Honorary guests — expected",
    nobody: "Nobody.",
    updated: "Last updated",
    never: "not yet",
    offline: "No connection to the station. The figures shown are from {time}.",
    offline_never: "No connection to the station.",
    wrong_pin: "Wrong PIN.",
    pin_wait: "Too many wrong PINs: try again in {seconds} s.",
    no_pin: "This event has no organiser PIN: names are not shown on the network.",
    expired: "Time is up: enter the PIN again to see the names.",
    unlock_failed: "Could not reach the station. Try again.",
    switch_to: "polski",
    switch_label: "PL",
  },
};

const CATEGORIES_EN = {
  participant: "Participants",
  speaker: "Speakers",
  honorary_guest: "Honorary guests",
  organiser: "Organisers",
  press: "Press",
  partner: "Partners",
  staff: "Staff",
};

const state = {
  language: localStorage.getItem(LANGUAGE_KEY) === "en" ? "en" : "pl",
  token: sessionStorage.getItem(TOKEN_KEY),
  counts: null,
  people: null,
  updated: null,
  offline: false,
  message: null,
};

const $ = (id) => document.getElementById(id);

function t(key, fields = {}) {
  return TEXT[state.language][key].replace(/\{(\w+)\}/g, (_, name) => String(fields[name]));
}

function number(value) {
  return Number(value).toLocaleString(state.language === "pl" ? "pl-PL" : "en-GB");
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function clockTime(date) {
  return date.toLocaleTimeString(state.language === "pl" ? "pl-PL" : "en-GB", { hour12: false });
}

// --- talking to the station -------------------------------------------------------------------------------

async function request(path, options = {}) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    return await fetch(path, { cache: "no-store", ...options, signal: abort.signal });
  } finally {
    clearTimeout(timer);
  }
}

function authorised() {
  return { Authorization: `Bearer ${state.token}` };
}

async function refresh() {
  try {
    const counts = await request("/api/counts");
    if (!counts.ok) throw new Error(`HTTP ${counts.status}`);
    state.counts = await counts.json();
    if (state.token) await refreshPeople();
    state.updated = new Date();
    state.offline = false;
  } catch (error) {
    state.offline = true;
  }
  render();
  setTimeout(refresh, REFRESH_MS);
}

async function refreshPeople() {
  const token = state.token;
  const people = await request("/api/people", { headers: authorised() });
  if (token !== state.token) return; // hidden again meanwhile: what arrives is not shown
  if (people.status === 401) {
    forgetToken();
    state.message = "expired";
    return;
  }
  if (!people.ok) throw new Error(`HTTP ${people.status}`);
  const shown = await people.json();
  if (token === state.token) state.people = shown;
}

async function unlock(event) {
  event.preventDefault();
  const pin = $("pin").value;
  $("pin").value = "";
  let answer;
  try {
    answer = await request("/api/unlock", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ pin }),
    });
  } catch (error) {
    state.message = "unlock_failed";
    render();
    return;
  }
  const body = await answer.json().catch(() => ({}));
  if (answer.ok && body.token) {
    state.token = body.token;
    sessionStorage.setItem(TOKEN_KEY, body.token);
    state.message = null;
    try {
      await refreshPeople();
    } catch (error) {
      state.offline = true;
    }
  } else {
    state.message = body.error === "pin_wait" ? ["pin_wait", { seconds: body.seconds }]
      : TEXT.pl[body.error] ? body.error : "unlock_failed";
  }
  render();
}

function lock() {
  if (state.token) request("/api/lock", { method: "POST", headers: authorised() }).catch(() => {});
  forgetToken();
  state.message = null;
  render();
}

function forgetToken() {
  state.token = null;
  state.people = null;
  sessionStorage.removeItem(TOKEN_KEY);
}

// --- showing it -------------------------------------------------------------------------------------------

function render() {
  document.documentElement.lang = state.language;
  document.title = t("title");
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  $("language").textContent = t("switch_label");
  $("language").setAttribute("aria-label", t("switch_to"));
  renderStatus();
  if (state.counts) renderCounts(state.counts);
  renderOrganiser();
}

function renderStatus() {
  const updated = state.updated ? clockTime(state.updated) : t("never");
  $("updated").textContent = updated;
  document.body.classList.toggle("stale", state.offline);
  $("offline").hidden = !state.offline;
  $("offline").textContent = state.updated ? t("offline", { time: updated }) : t("offline_never");
}

function renderCounts(counts) {
  $("event").textContent = counts.event;
  const [year, month, day] = counts.day.split("-");
  $("day").textContent = t("day", { number: counts.day_number, date: `${day}.${month}.${year}` });
  $("checked-in").textContent = number(counts.checked_in);
  $("expected").textContent = number(counts.expected);
  const share = counts.expected ? counts.checked_in / counts.expected : 0;
  $("share").textContent = `${Math.round(share * 100)}%`;
  $("share-bar").style.width = `${Math.min(share, 1) * 100}%`;
  $("to-come").textContent = number(Math.max(counts.expected - counts.checked_in, 0));
  $("registered").textContent = number(counts.registered);
  renderCategories(counts.categories);
  renderArrivals(counts.arrivals);
  renderSessions(counts.sessions);
}

function renderCategories(categories) {
  $("categories").replaceChildren(...categories.map((category) => {
    const item = element("li");
    const row = element("div", "row");
    const label = state.language === "en" && CATEGORIES_EN[category.key] || category.label;
    row.append(element("span", "title", label),
               element("span", "numbers", `${number(category.checked_in)} / ${number(category.expected)}`));
    const bar = element("div", "bar thin");
    const fill = element("div");
    fill.style.width = `${category.expected ? Math.min(category.checked_in / category.expected, 1) * 100 : 0}%`;
    bar.append(fill);
    item.append(row, bar);
    return item;
  }));
}

function renderArrivals(arrivals) {
  const shown = arrivals.slice(-24);
  $("arrivals-card").hidden = shown.length === 0;
  if (!shown.length) return;
  const highest = Math.max(...shown.map((bin) => bin.count), 1);
  $("arrivals").replaceChildren(...shown.map((bin) => {
    const bar = element("div");
    bar.style.height = `${(bin.count / highest) * 100}%`;
    bar.title = `${bin.start}: ${bin.count}`;
    return bar;
  }));
  $("arrivals-from").textContent = shown[0].start;
  $("arrivals-to").textContent = shown[shown.length - 1].start;
}

function renderSessions(sessions) {
  $("no-sessions").hidden = sessions.length > 0;
  $("sessions").replaceChildren(...sessions.map((session) => {
    const item = element("li");
    item.append(element("div", "title", session.title));
    const where = [`${session.start}–${session.end}`, session.room].filter(Boolean).join(" · ");
    item.append(element("div", "detail", where));
    const figures = [t("in_room", { count: number(session.in_room) }),
                     t("entered", { count: number(session.entered) })];
    if (session.needs_signup) figures.push(t("signed_up", { count: number(session.signed_up) }));
    const numbers = element("div", "detail figures", figures.join(" · "));
    if (session.seats_left !== null) {
      const seats = session.seats_left === 0 ? t("full")
        : t("seats_left", { count: number(session.seats_left) });
      numbers.append(" · ", element("span", session.seats_left === 0 ? "full" : "", seats));
    }
    item.append(numbers);
    return item;
  }));
}

function renderOrganiser() {
  const hasPin = !state.counts || state.counts.has_pin;
  const unlocked = Boolean(state.token && state.people);
  $("unlock").hidden = unlocked || !hasPin;
  $("no-pin").hidden = hasPin;
  const message = state.message;
  $("unlock-message").textContent = !message ? "" : Array.isArray(message) ? t(...message) : t(message);
  $("people").hidden = !unlocked;
  renderPeople("latest", unlocked ? state.people.latest : []);
  renderPeople("honorary-arrived", unlocked ? state.people.honorary_arrived : []);
  renderPeople("honorary-expected", unlocked ? state.people.honorary_expected : []);
}

function renderPeople(id, people) {
  if (!people.length) {
    $(id).replaceChildren(element("li", "detail", t("nobody")));
    return;
  }
  $(id).replaceChildren(...people.map((person) => {
    const item = element("li");
    const line = element("div");
    if (person.at) line.append(element("span", "time", person.at));
    line.append(element("span", "title", person.name));
    item.append(line);
    const detail = [person.organisation, person.desk].filter(Boolean).join(" · ");
    if (detail) item.append(element("div", "detail", detail));
    return item;
  }));
}

function switchLanguage() {
  state.language = state.language === "pl" ? "en" : "pl";
  localStorage.setItem(LANGUAGE_KEY, state.language);
  render();
}

document.addEventListener("DOMContentLoaded", () => {
  $("language").addEventListener("click", switchLanguage);
  $("unlock").addEventListener("submit", unlock);
  $("lock").addEventListener("click", lock);
  render();
  refresh();
});
