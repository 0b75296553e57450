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
const post = (url, body) => send('POST', url, body);

// PUT as JSON with the CSRF token, like post.
const put = (url, body) => send('PUT', url, body);

async function send(method, url, body) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (csrf.header) headers[csrf.header] = csrf.token;
  const response = await fetch(url, { method, headers, body: JSON.stringify(body) });
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

// The cases chosen for a handover in a list (#<tabel>), over pages and filters, with the form #overdragen under it:
// case number -> gemeente, and per gemeente the consulenten who serve it (from /api/regie/consulenten), so the
// form offers only a consulent who serves every chosen case's gemeente.
function overdrachtKeuze(tabel, naOverdracht) {
  const gekozen = new Map();
  const perGemeente = new Map();
  const vakjes = () => [...document.querySelectorAll(`#${tabel} input.kies`)];

  function toon() {
    vakjes().forEach(vakje => { vakje.checked = gekozen.has(vakje.dataset.zaak); });
    document.getElementById('alles-kiezen').checked = vakjes().length > 0 && vakjes().every(vakje => vakje.checked);
    document.getElementById('gekozen-aantal').textContent = gekozen.size === 0 ? 'Geen zaken gekozen'
      : gekozen.size === 1 ? '1 zaak gekozen' : `${gekozen.size} zaken gekozen`;
    const gemeenten = [...new Set(gekozen.values())];
    const keuze = document.getElementById('overdragen-consulent');
    const huidig = keuze.value;
    const namen = new Map();
    perGemeente.forEach(consulenten => consulenten.forEach((naam, code) => namen.set(code, naam)));
    const mogelijk = [...namen.entries()]
      .filter(([code]) => gemeenten.every(gemeente => perGemeente.get(gemeente)?.has(code)))
      .sort((a, b) => a[1].localeCompare(b[1], 'nl'));
    keuze.replaceChildren(el('option', { value: '' }, mogelijk.length ? 'kies een consulent' : 'geen consulent werkt voor al deze gemeenten'),
      ...mogelijk.map(([code, naam]) => el('option', { value: code }, naam)));
    if (mogelijk.some(([code]) => code === huidig)) keuze.value = huidig;
    document.getElementById('overdragen-knop').disabled = gekozen.size === 0;
  }

  // The box of one row: checked when its case is chosen.
  function vakje(zaaknummer, gemeente) {
    const box = el('input', { type: 'checkbox', class: 'kies', 'data-zaak': zaaknummer, 'data-gemeente': gemeente,
      'aria-label': 'Zaak ' + zaaknummer + ' kiezen' });
    box.checked = gekozen.has(zaaknummer);
    box.addEventListener('change', () => {
      if (box.checked) gekozen.set(zaaknummer, gemeente); else gekozen.delete(zaaknummer);
      toon();
    });
    return box;
  }

  async function laadConsulenten() {
    const lijst = await get('/api/regie/consulenten');
    if (!lijst) return;
    lijst.forEach(g => perGemeente.set(g.gemeente, new Map(g.consulenten.map(c => [c.code, c.naam]))));
    toon();
  }

  document.getElementById('alles-kiezen').addEventListener('change', event => {
    vakjes().forEach(box => {
      if (event.target.checked) gekozen.set(box.dataset.zaak, box.dataset.gemeente); else gekozen.delete(box.dataset.zaak);
    });
    toon();
  });
  document.getElementById('overdragen').addEventListener('submit', async event => {
    event.preventDefault();
    const result = await overdragen([...gekozen.keys()], document.getElementById('overdragen-consulent').value,
      document.getElementById('overdragen-reden').value, document.getElementById('overdragen-melding'));
    if (result) {
      gekozen.clear();
      document.getElementById('overdragen-reden').value = '';
      await naOverdracht();
    }
  });
  return { vakje, toon, laadConsulenten };
}

// The header of every page: who is logged in, by name, the logout form's token, and the links the role may use.
function kopVoor(keuzes) {
  document.getElementById('csrf').name = keuzes.csrfParameter;
  document.getElementById('csrf').value = keuzes.csrfToken;
  const ingelogd = document.getElementById('ingelogd');
  if (ingelogd) ingelogd.textContent = keuzes.gebruiker.naam;
  document.querySelectorAll('[data-rol=coordinator]').forEach(node => { node.hidden = !keuzes.gebruiker.coordinator; });
  toonSignalering().catch(() => {});
}

// The in-app count of the clocks the daily digest tells about (issue 19, point 6), in the header of a page with an
// element #signalering: late ones and those within the gemeente's reminder lead time, with a link to the digests.
async function toonSignalering() {
  const plek = document.getElementById('signalering');
  if (!plek) return;
  const aantal = await get('/api/regie/signalering/aantal');
  if (!aantal) return;
  const wiens = aantal.eigenZaken ? 'uw zaken' : 'uw gemeenten';
  plek.replaceChildren(el('a', { href: '/regie/berichten', class: 'signalering' + (aantal.teLaat ? ' te-laat' : ''),
    title: `In ${wiens}: ${aantal.teLaat} te laat, ${aantal.binnenkort} ${aantal.binnenkortUitleg}` },
  `Signalering: ${aantal.teLaat} te laat, ${aantal.binnenkort} binnenkort`));
}

// The controls of a filtered, sorted and paged list: the form #filters, the counters (.teller) that choose a state,
// the sortable column headers of #<tabel>, and #vorige/#volgende. Each changes the list's state and loads it again.
function lijstBediening(tabel, state, laden) {
  const filters = document.getElementById('filters');
  filters.addEventListener('change', () => {
    state.pagina = 0;
    state.stand = document.getElementById('filter-stand').value;
    laden();
  });
  filters.addEventListener('submit', event => { event.preventDefault(); state.pagina = 0; laden(); });
  document.querySelectorAll('.teller').forEach(button => button.addEventListener('click', () => {
    document.getElementById('filter-stand').value = button.dataset.stand;
    state.stand = button.dataset.stand;
    state.pagina = 0;
    laden();
  }));
  document.querySelectorAll(`#${tabel} th[data-sorteer]`).forEach(header => header.addEventListener('click', () => {
    state.richting = state.sorteer === header.dataset.sorteer && state.richting === 'op' ? 'af' : 'op';
    state.sorteer = header.dataset.sorteer;
    document.querySelectorAll(`#${tabel} th`).forEach(th => th.removeAttribute('aria-sort'));
    header.setAttribute('aria-sort', state.richting === 'op' ? 'ascending' : 'descending');
    laden();
  }));
  document.getElementById('vorige').addEventListener('click', () => { state.pagina--; laden(); });
  document.getElementById('volgende').addEventListener('click', () => { state.pagina++; laden(); });
}
