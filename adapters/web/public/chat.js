// The web chat client: no build step, no framework. Talks to the JSON API of interfaces.md §2.
const strings = JSON.parse(document.getElementById("chat-strings").textContent);
const log = document.getElementById("log");
const statusLine = document.getElementById("status");
const form = document.getElementById("composer");
const input = document.getElementById("message");
const sendButton = document.getElementById("send");
const locale = document.body.dataset.locale === "en" ? "en" : "tr";

let session = null;
let busy = false;

function setStatus(text, isError = false) {
  statusLine.textContent = text;
  statusLine.classList.toggle("error", isError);
}

function disableOldChoices() {
  for (const b of log.querySelectorAll(".choices button")) b.disabled = true;
}

function addMessage(role, text, buttons) {
  const item = document.createElement("li");
  item.className = `msg ${role}`;
  const who = document.createElement("span");
  who.className = "who";
  who.textContent = role === "bot" ? strings.assistant : strings.you;
  const body = document.createElement("span");
  body.className = "text";
  body.textContent = text;
  item.append(who, body);
  if (buttons && buttons.length > 0) {
    const group = document.createElement("div");
    group.className = "choices";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", strings.choices_label);
    for (const button of buttons) {
      const el = document.createElement("button");
      el.type = "button";
      el.textContent = button.label;
      el.dataset.buttonId = button.id;
      el.addEventListener("click", () => send({ button: button.id }, button.label));
      group.append(el);
    }
    item.append(group);
  }
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

function showBotMessages(messages) {
  disableOldChoices();
  for (const m of messages) addMessage("bot", m.text, m.buttons);
}

// The service no longer knows the session: its conversation was deleted after a long idle time
// (KVKK retention), so the page starts a new one.
class SessionGone extends Error {}

async function api(path, body) {
  const headers = { "Content-Type": "application/json" };
  if (session) headers.Authorization = `Bearer ${session.token}`;
  const res = await fetch(path, { method: "POST", headers, body: JSON.stringify(body) });
  if (res.status === 429) throw new Error(strings.error_rate_limited);
  if (res.status === 404 && session) {
    const code = await res.json().then(
      (b) => b?.error?.code,
      () => undefined,
    );
    if (code === "session_not_found") throw new SessionGone(strings.error_session);
  }
  if (res.status === 401 || res.status === 404) throw new Error(strings.error_session);
  // the message itself was refused (its shape or size): "could not connect" would send the customer
  // to check a connection that works
  if (res.status === 400 || res.status === 413) throw new Error(strings.error_refused);
  if (res.status === 503) throw new Error(strings.error_unavailable);
  if (!res.ok) throw new Error(strings.error_network);
  return res.json();
}

function postMessage(payload) {
  return api(`/api/chat/sessions/${encodeURIComponent(session.sessionId)}/messages`, payload);
}

async function send(payload, shownText) {
  if (busy || !session) return;
  busy = true;
  sendButton.disabled = true;
  disableOldChoices();
  addMessage("user", shownText);
  try {
    let answer;
    try {
      answer = await postMessage(payload);
    } catch (error) {
      if (!(error instanceof SessionGone)) throw error;
      // A new session greets; a typed message is sent again in it, a press of an old button is not.
      await openSession(strings.session_renewed);
      answer = payload.text === undefined ? { messages: [] } : await postMessage(payload);
    }
    setStatus("");
    showBotMessages(answer.messages);
  } catch (error) {
    setStatus(error instanceof Error ? error.message : strings.error_network, true);
  } finally {
    busy = false;
    sendButton.disabled = false;
    input.focus();
  }
}

let events = null;

function listen() {
  const url = `/api/chat/sessions/${encodeURIComponent(session.sessionId)}/events?token=${encodeURIComponent(session.token)}`;
  events?.close();
  events = new EventSource(url);
  events.addEventListener("messages", (event) => {
    const data = JSON.parse(event.data);
    showBotMessages(data.messages);
  });
}

async function openSession(notice) {
  const previous = session;
  session = null;
  let created;
  try {
    created = await api("/api/chat/sessions", { locale });
  } catch (error) {
    session = previous;
    throw error;
  }
  session = created;
  if (notice) addMessage("bot", notice);
  showBotMessages(created.messages);
  listen();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  void send({ text }, text);
});

async function start() {
  try {
    await openSession();
    setStatus("");
    input.focus();
  } catch (error) {
    setStatus(error instanceof Error ? error.message : strings.error_network, true);
  }
}

void start();
