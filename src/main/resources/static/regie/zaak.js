'use strict';
// One case: its running clocks, open tasks (with a link to Tasklist), PIP versions and timeline.

// The API gives every moment in the application's zone (Dutch time, e.g. 2026-04-01T01:30:00+02:00): show
// that day and time as they are (01-04-2026 01:30), not converted to the zone of the browser's computer.
const tijd = t => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(t || '');
  return m ? `${m[3]}-${m[2]}-${m[1]} ${m[4]}:${m[5]}` : '';
};

function fill(selector, rows, empty) {
  const body = document.querySelector(selector + ' tbody');
  body.replaceChildren(...rows);
  if (rows.length === 0) body.append(el('tr', {}, el('td', { colspan: 8 }, empty)));
}

const nummer = () => new URLSearchParams(window.location.search).get('nummer') || '';

async function init() {
  const zaak = await get('/api/regie/zaken/' + encodeURIComponent(nummer()));
  if (!zaak) return;
  await toonOverdragen(zaak);
  toon(zaak);
  document.getElementById('overdragen').addEventListener('submit', async event => {
    event.preventDefault();
    const result = await overdragen([nummer()], document.getElementById('overdragen-consulent').value,
      document.getElementById('overdragen-reden').value, document.getElementById('overdragen-melding'));
    if (result) {
      document.getElementById('overdragen-reden').value = '';
      const opnieuw = await get('/api/regie/zaken/' + encodeURIComponent(nummer()));
      await toonOverdragen(opnieuw);
      toon(opnieuw);
    }
  });
  document.body.dataset.geladen = 'ja';
}

// "Zaak overdragen" for an open case: the consulenten who serve its gemeente, by full name, but not its own.
async function toonOverdragen(zaak) {
  const sectie = document.getElementById('overdragen-sectie');
  if (zaak.fase === 'CLOSED') { sectie.hidden = true; return; }
  if (!csrf.token) await loadCsrf();
  const lijst = await get('/api/regie/consulenten');
  const consulenten = (lijst || []).find(g => g.gemeente === zaak.gemeente)?.consulenten || [];
  document.getElementById('overdragen-consulent').replaceChildren(el('option', { value: '' }, 'kies een consulent'),
    ...consulenten.filter(c => c.code !== zaak.consulent).map(c => el('option', { value: c.code }, c.naam)));
  sectie.hidden = false;
}

function toon(zaak) {
  document.title = zaak.zaaknummer + ' – Regie inburgering';
  document.getElementById('zaaknummer').textContent = zaak.zaaknummer;
  document.getElementById('kop').replaceChildren(
    el('h2', {}, zaak.naam),
    el('dl', { class: 'kenmerken' },
      el('dt', {}, 'Gemeente'), el('dd', {}, zaak.gemeenteNaam),
      el('dt', {}, 'Doelgroep'), el('dd', {}, zaak.doelgroepOmschrijving),
      el('dt', {}, 'Fase'), el('dd', {}, zaak.faseOmschrijving),
      el('dt', {}, 'Consulent'), el('dd', {}, zaak.consulentNaam || '—'),
      el('dt', {}, 'Leerroute'), el('dd', {}, zaak.leerrouteOmschrijving || '—'),
      el('dt', {}, 'Inburgeringstermijn'), el('dd', {}, zaak.termijnStart ? `${datum(zaak.termijnStart)} t/m ${datum(zaak.termijnEinde)}` : '—')));
  fill('#klokken', zaak.klokken.map(klok => el('tr', { class: klok.gepauzeerd ? 'gepauzeerd' : klok.dagenOver < 0 ? 'te-laat' : klok.dagenOver <= 7 ? 'binnenkort' : 'op-schema' },
    el('td', {}, klok.omschrijving), el('td', {}, datum(klok.startdatum)), el('td', {}, datum(klok.vervaldatum)),
    el('td', {}, klok.gepauzeerd ? 'gepauzeerd (tijdelijke vrijstelling)' : dagen(klok.dagenOver)))),
    'Geen lopende termijnen.');
  fill('#taken', zaak.openTaken.map(taak => el('tr', {},
    el('td', {}, taak.naam), el('td', {}, taak.toegewezenAanNaam || taak.groepNaam || '—'), el('td', {}, tijd(taak.aangemaakt)),
    el('td', {}, el('a', { href: taak.tasklistLink }, 'Open in Tasklist')))), 'Geen open taken.');
  fill('#pips', zaak.pipVersies.map(pip => el('tr', {},
    el('td', {}, pip.versie), el('td', {}, pip.statusOmschrijving), el('td', {}, pip.leerrouteOmschrijving), el('td', {}, pip.niveau || '—'),
    el('td', {}, datum(pip.dagtekening) || '—'), el('td', {}, pip.opgesteldDoorNaam || '—'), el('td', {}, pip.beoordeeldDoorNaam || '—'))),
    'Nog geen PIP.');
  document.getElementById('tijdlijn').replaceChildren(...zaak.tijdlijn.map(item => el('li', { class: 'soort-' + item.soort.toLowerCase().replace(/ /g, '-') },
    el('time', { datetime: item.datum }, datum(item.datum)), ' ',
    el('span', { class: 'soort' }, item.soort), ' ',
    el('span', { class: 'omschrijving' }, item.omschrijving),
    item.toelichting ? el('span', { class: 'toelichting' }, ' — ' + item.toelichting) : '',
    item.doorNaam ? el('span', { class: 'door' }, ' (' + item.doorNaam + ')') : '')));
}

document.addEventListener('DOMContentLoaded', () => init().catch(error => {
  document.querySelector('main').prepend(el('p', { class: 'melding fout' }, 'De zaak kon niet laden: ' + error.message));
}));
