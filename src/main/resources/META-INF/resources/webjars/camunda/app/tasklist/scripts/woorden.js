/*
 * Inburgeringsregie: words, not codes, in Tasklist (issue 19, point 2). Camunda 7.24's Tasklist shows in a task's
 * header the task's tenant id, which is the gemeente's CBS code ("GM0420"), and in the tab Geschiedenis the login name
 * of whoever acted ("consulent"), with no setting to change either. This script, loaded by config.js as a custom
 * script, puts the words in their place as soon as Tasklist shows them:
 *  - the header: the gemeente's name (the tenant's name, which security.IdentitySetup gives every gemeente's tenant)
 *    instead of its code, and a line with the inburgeraar and the case the task is about (the process variables
 *    naam and zaaknummer, which the task lists show already: no new variable);
 *  - the history: people's full names (first and last name from Camunda's identity service) instead of login names,
 *    for who acted and for a new or former behandelaar or eigenaar.
 * It reads through the webapp's own engine API with the user's session, so it shows only what the user may read;
 * what it cannot read stays as Tasklist shows it. Everything goes into the page as text, never as HTML.
 */
const API = window.location.pathname.replace(/\/app\/tasklist\/.*$/, '/api/engine/engine/default/');

const tenants = new Map();
const users = new Map();
const variables = new Map();

async function read(path) {
  const response = await fetch(API + path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error('HTTP ' + response.status);
  }
  return response.json();
}

// One request per id, shared by every place that shows it; a failed read gives null (the page keeps what it shows).
function once(cache, key, load) {
  if (!cache.has(key)) {
    cache.set(key, load().catch(() => null));
  }
  return cache.get(key);
}

export const gemeenteNaam = (tenantId) => once(tenants, tenantId,
  () => read('tenant/' + encodeURIComponent(tenantId)).then((tenant) => tenant.name || null));

export const volledigeNaam = (userId) => once(users, userId,
  () => read('user/' + encodeURIComponent(userId) + '/profile')
    .then((user) => [user.firstName, user.lastName].filter(Boolean).join(' ') || null));

const variabele = (taskId, name) => once(variables, taskId + '/' + name,
  () => read('task/' + encodeURIComponent(taskId) + '/variables/' + encodeURIComponent(name))
    .then((variable) => (typeof variable.value === 'string' ? variable.value : null)));

function openTask() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

// The words this script put in an element: Tasklist's own binding writes a new code into the same text node when the
// task changes, which the next update then puts in words again.
const shown = new WeakMap();

function needsWords(element) {
  const text = element.textContent.trim();
  return text !== '' && text !== shown.get(element);
}

// Replaces the code in the element's text node by the words once they arrive, unless the page showed something else
// meanwhile. The text node stays Tasklist's, so its binding can still replace it.
function inWords(element, words) {
  const code = element.textContent.trim();
  words.then((text) => {
    const node = [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.nodeValue.trim());
    if (text && node && element.textContent.trim() === code) {
      node.nodeValue = text;
      shown.set(element, text);
      element.title = text;
    }
  });
}

function header() {
  const card = document.querySelector('.task-card');
  const taskId = openTask();
  if (!card || !taskId) {
    return;
  }
  const tenant = card.querySelector('header .tenant-id');
  if (tenant && needsWords(tenant)) {
    inWords(tenant, gemeenteNaam(tenant.textContent.trim()));
  }
  const names = card.querySelector('header .names');
  if (names) {
    let line = names.querySelector('.inburgeraar');
    if (!line) {
      line = document.createElement('h4');
      line.className = 'inburgeraar';
      names.append(line);
    }
    if (line.dataset.taak !== taskId) {
      line.dataset.taak = taskId;
      line.textContent = '';
      Promise.all([variabele(taskId, 'naam'), variabele(taskId, 'zaaknummer')]).then(([naam, zaaknummer]) => {
        if (line.dataset.taak === taskId) {
          line.textContent = [naam, zaaknummer && 'zaak ' + zaaknummer].filter(Boolean).join(' – ');
        }
      });
    }
  }
}

// The history shows who acted, and for a changed behandelaar or eigenaar the new and former one, by login name.
const PEOPLE = ['Behandelaar', 'Eigenaar'];

function history() {
  document.querySelectorAll('.history-pane .operation-user').forEach((element) => {
    if (needsWords(element)) {
      inWords(element, volledigeNaam(element.textContent.trim()));
    }
  });
  document.querySelectorAll('.history-pane .event-body .line').forEach((line) => {
    const property = line.querySelector('.event-property');
    if (!property || !PEOPLE.includes(property.textContent.trim())) {
      return;
    }
    line.querySelectorAll('.new-value span, .original-value span').forEach((element) => {
      if (element.children.length === 0 && needsWords(element)) {
        inWords(element, volledigeNaam(element.textContent.trim()));
      }
    });
  });
}

function update() {
  header();
  history();
}

new MutationObserver(update).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
window.addEventListener('hashchange', update);
