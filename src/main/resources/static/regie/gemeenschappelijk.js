'use strict';
// Helpers of both /regie pages. All text goes into the page as text, never as HTML.

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value !== null && value !== undefined) node.setAttribute(key, value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child ?? '')));
  return node;
}

// A date from the API (ISO jjjj-mm-dd) as Dutch users read and type it: dd-mm-jjjj.
const datum = iso => /^\d{4}-\d{2}-\d{2}$/.test(iso ?? '') ? iso.split('-').reverse().join('-') : (iso ?? '');

const dagen = n => n < 0 ? `${-n} dagen te laat` : n === 0 ? 'vandaag' : `nog ${n} dagen`;

// GET as JSON; without a login to the login page; an error with the problem's Dutch text.
async function get(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (response.status === 401) { window.location = '/regie/inloggen'; return null; }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const velden = Object.values(problem.velden || {});
    throw new Error(velden.length ? velden.join('; ') : problem.detail || problem.title || ('Fout ' + response.status));
  }
  return response.json();
}

// The session's CSRF token for a POST (from /api/regie/keuzes: header name and token).
const csrf = { header: null, token: null };

async function loadCsrf() {
  const choices = await get('/api/regie/keuzes');
  if (choices) { csrf.header = choices.csrfHeader; csrf.token = choices.csrfToken; }
  return choices;
}

// POST as JSON with the CSRF token; an error carries the problem's Dutch text per field.
async function post(url, body) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (csrf.header) headers[csrf.header] = csrf.token;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  if (response.status === 401) { window.location = '/regie/inloggen'; return null; }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const velden = Object.values(problem.velden || {});
    throw new Error(velden.length ? velden.join('; ') : problem.detail || problem.title || ('Fout ' + response.status));
  }
  return response.json();
}

// Hands cases to another consulent (POST /api/regie/zaken/overdragen) and says what happened, as text.
async function overdragen(zaaknummers, consulent, reden, melding) {
  melding.hidden = true;
  try {
    const result = await post('/api/regie/zaken/overdragen', { zaaknummers, consulent, reden });
    if (!result) return null;
    const aantal = Object.keys(result.overgedragen).length;
    const al = result.ongewijzigd.length;
    melding.textContent = `${aantal === 1 ? '1 zaak' : aantal + ' zaken'} overgedragen aan ${result.consulentNaam}`
      + (al ? ` (${al === 1 ? '1 zaak had' : al + ' zaken hadden'} deze consulent al)` : '') + '.';
    melding.className = 'melding';
    melding.hidden = false;
    return result;
  } catch (error) {
    melding.textContent = 'Niet overgedragen: ' + error.message;
    melding.className = 'melding fout-overdracht';
    melding.hidden = false;
    return null;
  }
}
