'use strict';
// The consulent's contact details for DUO (GET /api/regie/mijn-contactgegevens: one set per gemeente they work for),
// saved for the ticked gemeenten with PUT …/{gemeente}, one after the other; DUO's rules are checked on the server and
// a refused field gets its Dutch message beside it. Everything goes into the page as text.

const VELDEN = ['naam', 'email', 'telefoonnummer'];
const veld = naam => document.getElementById(naam);
const fout = naam => document.getElementById('fout-' + naam);

function bijDuo(gegevens) {
  if (!gegevens.vastgelegd) return 'Nog niet';
  if (!gegevens.duoNummer) return 'Wordt aangemeld';
  return `Contactpersoon ${gegevens.duoNummer}` + (gegevens.bijDuoBijgewerkt ? '' : ' (wijziging onderweg)');
}

function toon(mijn) {
  document.querySelector('#gemeenten tbody').replaceChildren(...mijn.map(gegevens =>
    el('tr', { 'data-gemeente': gegevens.gemeente },
      el('td', {}, gegevens.gemeenteNaam),
      el('td', {}, gegevens.vastgelegd ? `${gegevens.naam}, ${gegevens.email}, ${gegevens.telefoonnummer}` : 'Nog niet opgeslagen'),
      el('td', {}, bijDuo(gegevens)),
      el('td', {}, String(gegevens.wachtendeZaken)))));
}

function keuzes(mijn) {
  document.getElementById('keuze-gemeenten').replaceChildren(...mijn.map(gegevens => {
    const id = 'gemeente-' + gegevens.gemeente;
    const vakje = el('input', { type: 'checkbox', id, name: 'gemeente', value: gegevens.gemeente, checked: 'checked' });
    return el('label', { for: id, class: 'keuze' }, vakje, ' ', gegevens.gemeenteNaam, ' ');
  }));
  // what was saved before (the same details usually serve every gemeente), else the suggestion from the account
  const bron = mijn.find(gegevens => gegevens.vastgelegd) || mijn[0] || {};
  VELDEN.forEach(naam => { veld(naam).value = bron[naam] ?? ''; });
}

async function opslaan(gemeente, body) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (csrf.header) headers[csrf.header] = csrf.token;
  const response = await fetch('/api/regie/mijn-contactgegevens/' + encodeURIComponent(gemeente),
    { method: 'PUT', headers, body: JSON.stringify(body) });
  if (response.status === 401) { window.location = '/regie/inloggen'; return null; }
  return { ok: response.ok, answer: await response.json().catch(() => ({})) };
}

// A field's error beside it (null: none); only a shown error counts as an error of the page.
function toonFout(naam, tekst) {
  const plek = fout(naam);
  plek.textContent = tekst ?? '';
  plek.hidden = tekst === null;
  plek.classList.toggle('melding', tekst !== null);
  plek.classList.toggle('fout', tekst !== null);
}

function meld(tekst, isFout) {
  const uitkomst = document.getElementById('uitkomst');
  uitkomst.textContent = tekst;
  uitkomst.classList.toggle('fout', isFout);
  uitkomst.hidden = false;
}

async function bewaar(event) {
  event.preventDefault();
  [...VELDEN, 'gemeente'].forEach(naam => toonFout(naam, null));
  document.getElementById('uitkomst').hidden = true;
  const gekozen = [...document.querySelectorAll('input[name=gemeente]:checked')].map(vakje => vakje.value);
  if (gekozen.length === 0) {
    toonFout('gemeente', 'Kies ten minste één gemeente');
    return;
  }
  const body = Object.fromEntries(VELDEN.map(naam => [naam, veld(naam).value]));
  const gelukt = [];
  for (const gemeente of gekozen) {
    const result = await opslaan(gemeente, body);
    if (!result) return;
    if (!result.ok) {
      const perVeld = result.answer.velden || {};
      Object.entries(perVeld).forEach(([naam, tekst]) => toonFout(fout(naam) ? naam : 'gemeente', tekst));
      meld((gelukt.length ? `Opgeslagen voor ${gelukt.join(', ')}; niet` : 'Niet') + ' opgeslagen voor '
        + naamVan(gemeente) + (Object.keys(perVeld).length ? ': verbeter de gemarkeerde velden.'
          : ': ' + (result.answer.detail || result.answer.title || 'onbekende fout')), true);
      return;
    }
    gelukt.push(result.answer.gemeenteNaam);
  }
  meld(`Opgeslagen voor ${gelukt.join(', ')}. DUO krijgt uw gegevens zo spoedig mogelijk; uw zaken in die `
    + 'gemeenten worden aan u gekoppeld.', false);
  const mijn = await get('/api/regie/mijn-contactgegevens');
  if (mijn) toon(mijn);
}

const namen = {};
const naamVan = gemeente => namen[gemeente] || gemeente;

async function init() {
  const sessie = await loadCsrf();
  if (!sessie) return;
  kopVoor(sessie);
  const mijn = await get('/api/regie/mijn-contactgegevens');
  if (!mijn) return;
  mijn.forEach(gegevens => { namen[gegevens.gemeente] = gegevens.gemeenteNaam; });
  keuzes(mijn);
  toon(mijn);
  document.getElementById('contactgegevens').addEventListener('submit', bewaar);
  document.body.dataset.geladen = 'ja';
}

document.addEventListener('DOMContentLoaded', () => init().catch(error => {
  document.querySelector('main').prepend(el('p', { class: 'melding fout' }, 'Uw contactgegevens konden niet laden: ' + error.message));
}));
