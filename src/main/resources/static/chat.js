// The web chat: the thread, the composer and the chips, talking to POST /web/chat. The server knows the conversation
// by its session cookie and keeps no message text, so the thread a reload shows comes from this tab's sessionStorage;
// the conversation itself (quiz in progress included) is the server's, so a chip pressed after a reload goes on from
// where the quiz is, and a stale one gets the bot's polite "this button belongs to a past question".
import { replyNodes, replyText } from './render.js';

const LABELS = {
  fr: {
    tagline: 'Le métier de développeur·euse backend, d’après sa fiche métier',
    language: 'Langue', thread: 'Conversation', forget: 'Oublier mes données', typing: 'CareerBot écrit…',
    retry: 'Réessayer', message: 'Ton message', placeholder: 'Pose ta question…', send: 'Envoyer',
    unreachable: 'Le serveur ne répond pas. Vérifie ta connexion, puis réessaie.',
    tooMany: 'Trop de messages d’un coup : réessaie dans {0} s.',
    unavailable: 'Le service est momentanément indisponible. Réessaie dans un instant.',
    refused: 'Message refusé : {0}',
  },
  en: {
    tagline: 'The backend developer job, from its job sheet',
    language: 'Language', thread: 'Conversation', forget: 'Forget me', typing: 'CareerBot is typing…',
    retry: 'Try again', message: 'Your message', placeholder: 'Ask your question…', send: 'Send',
    unreachable: 'The server is not answering. Check your connection, then try again.',
    tooMany: 'Too many messages at once: try again in {0} s.',
    unavailable: 'The service is unavailable for a moment. Try again shortly.',
    refused: 'Message refused: {0}',
  },
};
const THREAD_KEY = 'careerbot.thread';
const LANGUAGE_KEY = 'careerbot.language';

const $ = id => document.getElementById(id);
const thread = $('thread');
const input = $('message');

let language = localStorage.getItem(LANGUAGE_KEY)
  ?? ((navigator.language ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en');
let entries = JSON.parse(sessionStorage.getItem(THREAD_KEY) ?? '[]');
let busy = false;
let failed = null; // the message to send again when the user presses "retry"

function label(key, ...values) {
  return values.reduce((text, value, i) => text.replace(`{${i}}`, value), LABELS[language][key]);
}

function showLabels() {
  document.documentElement.lang = language;
  document.querySelectorAll('[data-label]').forEach(element => { element.textContent = label(element.dataset.label); });
  document.querySelectorAll('[data-label-aria]').forEach(element => {
    element.setAttribute('aria-label', label(element.dataset.labelAria));
  });
  input.placeholder = label('placeholder');
  document.querySelectorAll('[data-lang]').forEach(button => {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language));
  });
}

function save() {
  sessionStorage.setItem(THREAD_KEY, JSON.stringify(entries));
}

function nodeOf(entry) {
  const item = document.createElement('li');
  item.className = entry.from;
  item.id = entry.id;
  const bubble = document.createElement('div');
  bubble.className = 'bubble';
  if (entry.from === 'user') {
    bubble.textContent = entry.text;
  } else {
    bubble.append(...replyNodes(entry.html));
  }
  item.append(bubble);
  if (entry.buttons?.length) {
    const chips = document.createElement('div');
    chips.className = 'chips';
    for (const button of entry.buttons) {
      const chip = document.createElement('button');
      chip.type = 'button';
      chip.className = 'chip';
      chip.textContent = button.label;
      chip.addEventListener('click', () => send({ payload: button.payload }, entry.id));
      chips.append(chip);
    }
    item.append(chips);
  }
  return item;
}

function add(entry) {
  entries.push(entry);
  thread.append(nodeOf(entry));
}

function replace(id, entry) {
  const index = entries.findIndex(existing => existing.id === id);
  if (index < 0) {
    add(entry);
    return;
  }
  entries[index] = { ...entry, id };
  $(id).replaceWith(nodeOf(entries[index]));
}

function newId() {
  return `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function showReplies(replies, origin) {
  for (const reply of replies) {
    const entry = { from: 'bot', id: newId(), html: reply.text, buttons: reply.buttons };
    if (reply.replacesPrevious && origin) {
      replace(origin, entry);
    } else {
      add(entry);
    }
  }
  save();
  $('announcer').textContent = replies.map(reply => replyText(reply.text)).join('\n');
  thread.lastElementChild?.scrollIntoView({ block: 'end' });
}

function showProblem(text, message) {
  failed = message;
  $('problem-text').textContent = text;
  $('problem').hidden = false;
}

async function problemText(response) {
  const problem = await response.json().catch(() => ({}));
  if (response.status === 429) {
    return label('tooMany', response.headers.get('Retry-After') ?? '5');
  }
  if (response.status >= 500) {
    return problem.apology ?? label('unavailable');
  }
  return label('refused', problem.detail ?? response.status);
}

/** Sends a typed text or a pressed chip's payload; origin is the bot message the chip belongs to. */
async function send(body, origin, afterwards = () => {}) {
  if (busy) {
    return;
  }
  busy = true;
  $('problem').hidden = true;
  $('typing').hidden = false;
  try {
    const response = await fetch('/web/chat', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
      body: JSON.stringify({ ...body, lang: language }),
    });
    if (response.ok) {
      afterwards();
      showReplies((await response.json()).replies, origin);
    } else {
      showProblem(await problemText(response), { body, origin, afterwards });
    }
  } catch {
    showProblem(label('unreachable'), { body, origin, afterwards });
  } finally {
    busy = false;
    $('typing').hidden = true;
    input.focus();
  }
}

$('composer').addEventListener('submit', event => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text || busy) {
    return;
  }
  input.value = '';
  add({ from: 'user', id: newId(), text });
  save();
  send({ text });
});

$('retry').addEventListener('click', () => {
  if (failed) {
    send(failed.body, failed.origin, failed.afterwards);
  }
});

$('forget').addEventListener('click', () => send({ text: '/forget' }, null, () => {
  entries = [];
  thread.replaceChildren();
}));

document.querySelectorAll('[data-lang]').forEach(button => button.addEventListener('click', () => {
  language = button.dataset.lang;
  localStorage.setItem(LANGUAGE_KEY, language);
  showLabels();
  send({ text: `/language ${language}` });
}));

showLabels();
entries.forEach(entry => thread.append(nodeOf(entry)));
if (entries.length === 0) {
  send({ text: '/start' });
} else {
  thread.lastElementChild.scrollIntoView({ block: 'end' });
  input.focus();
}
