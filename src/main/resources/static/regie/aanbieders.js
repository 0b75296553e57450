'use strict';
// The providers (taalaanbieders) as DUO lists them, with the contracts of the coordinator's gemeenten, from
// /api/regie/aanbieders; "Lijst bijwerken bij DUO" asks DUO's list now. All text goes into the page as text.

const contracten = aanbieder => aanbieder.contracten.length === 0 ? '—'
  : el('ul', { class: 'contracten' }, aanbieder.contracten.map(c => el('li', {},
    `${c.gemeenteNaam}: ${c.leerrouteOmschrijving} (sinds ${datum(c.geldigVanaf)}${c.geldigTot ? ' t/m ' + datum(c.geldigTot) : ''})`)));

async function laden() {
  const lijst = await get('/api/regie/aanbieders');
  if (!lijst) return;
  const body = document.querySelector('#aanbieders tbody');
  body.replaceChildren(...lijst.map(a => el('tr', { 'data-instelling': a.instellingsnummer },
    el('td', {}, a.naam), el('td', {}, a.plaats || '—'), el('td', {}, a.instellingsnummer),
    el('td', {}, a.erkenning), el('td', {}, a.status), el('td', {}, contracten(a)))));
  if (lijst.length === 0) body.append(el('tr', {}, el('td', { colspan: 6 }, 'Nog geen aanbieders: werk de lijst bij bij DUO.')));
}

async function init() {
  const keuzes = await loadCsrf();
  if (!keuzes) return;
  kopVoor(keuzes);
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
