'use strict';
// The providers (taalaanbieders) as DUO lists them, with the contracts of the coordinator's gemeenten, from
// /api/regie/aanbieders; "Lijst bijwerken bij DUO" asks DUO's list now. All text goes into the page as text.

const contracten = aanbieder => aanbieder.contracten.length === 0 ? '—'
  : el('ul', { class: 'contracten' }, aanbieder.contracten.map(c => el('li', {},
    `${c.gemeenteNaam}: ${c.leerrouteOmschrijving} (sinds ${datum(c.geldigVanaf)}${c.geldigTot ? ' t/m ' + datum(c.geldigTot) : ''})`)));

// The coordinator's choices (gemeenten and leerroutes in words), from /api/regie/keuzes.
let keuzes = null;

async function laden() {
  const lijst = await get('/api/regie/aanbieders');
  if (!lijst) return;
  const body = document.querySelector('#aanbieders tbody');
  body.replaceChildren(...lijst.map(a => el('tr', { 'data-instelling': a.instellingsnummer },
    el('td', {}, a.naam), el('td', {}, a.plaats || '—'), el('td', {}, a.instellingsnummer),
    el('td', {}, a.erkenning), el('td', {}, a.status),
    el('td', {}, contracten(a), ' ', wijzigKnop(a)))));
  if (lijst.length === 0) body.append(el('tr', {}, el('td', { colspan: 6 }, 'Nog geen aanbieders: werk de lijst bij bij DUO.')));
}

function wijzigKnop(aanbieder) {
  const knop = el('button', { type: 'button', class: 'contract-wijzigen' }, 'Contracten wijzigen');
  knop.addEventListener('click', () => bewerken(aanbieder));
  return knop;
}

// The form below the table: per gemeente of the coordinator, the routes it contracts this provider for. Saving sets
// exactly those routes from today (PUT /api/regie/aanbieders/{nr}/contracten); a route DUO does not recognise the
// provider for is refused with the API's Dutch message and nothing changes.
function bewerken(aanbieder) {
  const sectie = document.getElementById('contract-bewerken');
  const gemeente = document.getElementById('contract-gemeente');
  const melding = document.getElementById('contract-melding');
  document.getElementById('contract-aanbieder').textContent = aanbieder.naam;
  gemeente.replaceChildren(...keuzes.gemeenten.map(g => el('option', { value: g.code }, g.naam)));
  const vinkjes = document.getElementById('contract-leerroutes');
  const vullen = () => {
    const lopend = aanbieder.contracten.filter(c => c.gemeente === gemeente.value && !c.geldigTot).map(c => c.leerroute);
    vinkjes.replaceChildren(...keuzes.leerroutes.map(route => el('label', {},
      el('input', { type: 'checkbox', name: 'leerroute', value: route.code, checked: lopend.includes(route.code) ? '' : null }),
      ' ', route.naam)));
  };
  gemeente.onchange = vullen;
  vullen();
  melding.hidden = true;
  sectie.dataset.instelling = aanbieder.instellingsnummer;
  sectie.hidden = false;
  gemeente.focus();
}

async function opslaan(event) {
  event.preventDefault();
  const sectie = document.getElementById('contract-bewerken');
  const melding = document.getElementById('contract-melding');
  const leerroutes = [...document.querySelectorAll('#contract-leerroutes input:checked')].map(box => box.value);
  try {
    const result = await put(`/api/regie/aanbieders/${encodeURIComponent(sectie.dataset.instelling)}/contracten`,
      { gemeente: document.getElementById('contract-gemeente').value, leerroutes });
    if (!result) return;
    melding.textContent = `Contracten van ${result.naam} opgeslagen.`;
    melding.className = 'melding';
    await laden();
  } catch (error) {
    melding.textContent = 'Niet opgeslagen: ' + error.message;
    melding.className = 'melding fout-overdracht';
  }
  melding.hidden = false;
}

async function init() {
  keuzes = await loadCsrf();
  if (!keuzes) return;
  kopVoor(keuzes);
  document.getElementById('contract-formulier').addEventListener('submit', opslaan);
  document.getElementById('contract-annuleren').addEventListener('click', () => {
    document.getElementById('contract-bewerken').hidden = true;
  });
  document.getElementById('bijwerken').addEventListener('click', async () => {
    const melding = document.getElementById('bijwerken-melding');
    melding.hidden = true;
    try {
      const r = await post('/api/regie/aanbieders/synchroniseren', {});
      if (!r) return;
      melding.textContent = 'Lijst van DUO opgehaald: ' + (r.toelichting || `${r.ontvangen} instellingen, ${r.nieuw} nieuw, `
        + `${r.gewijzigd} gewijzigd, ${r.nietMeerOpLijst} niet meer op de lijst.`);
      melding.className = 'melding';
    } catch (error) {
      melding.textContent = 'De lijst kon niet worden bijgewerkt: ' + error.message;
      melding.className = 'melding fout-overdracht';
    }
    melding.hidden = false;
    await laden();
  });
  await laden();
  document.body.dataset.geladen = 'ja';
}

document.addEventListener('DOMContentLoaded', () => init().catch(error => {
  document.querySelector('main').prepend(el('p', { class: 'melding fout' }, 'De aanbieders konden niet laden: ' + error.message));
}));
