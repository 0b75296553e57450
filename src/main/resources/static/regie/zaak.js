'use strict';
// One case: its running clocks, open tasks (one click opens the task's form in Tasklist), PIP versions and timeline.
// Consulenten and coordinatoren of the case's gemeente read it; only a coordinator gets the handover and clock actions.

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

// Who is logged in: a coordinator hands the case over and pauses or extends its clocks; a consulent works it.
let gebruiker = { coordinator: false };

async function init() {
  const keuzes = await loadCsrf();
  if (!keuzes) return;
  gebruiker = keuzes.gebruiker;
  kopVoor(keuzes);
  const zaak = await get('/api/regie/zaken/' + encodeURIComponent(nummer()));
  if (!zaak) return;
  await toonOverdragen(zaak);
  render(zaak);
  document.getElementById('duo-opvragen').addEventListener('click', duoOpvragen);
  document.getElementById('pip-intrekken').addEventListener('submit', pipIntrekken);
  document.getElementById('overdragen').addEventListener('submit', async event => {
    event.preventDefault();
    const result = await overdragen([nummer()], document.getElementById('overdragen-consulent').value,
      document.getElementById('overdragen-reden').value, document.getElementById('overdragen-melding'));
    if (result) {
      document.getElementById('overdragen-reden').value = '';
      const opnieuw = await get('/api/regie/zaken/' + encodeURIComponent(nummer()));
      await toonOverdragen(opnieuw);
      render(opnieuw);
    }
  });
  document.body.dataset.geladen = 'ja';
}

// "Zaak overdragen" for an open case: the consulenten who serve its gemeente, by full name, but not its own.
async function toonOverdragen(zaak) {
  const sectie = document.getElementById('overdragen-sectie');
  if (zaak.fase === 'CLOSED' || !gebruiker.coordinator) { sectie.hidden = true; return; }
  if (!csrf.token) await loadCsrf();
  const lijst = await get('/api/regie/consulenten');
  const consulenten = (lijst || []).find(g => g.gemeente === zaak.gemeente)?.consulenten || [];
  document.getElementById('overdragen-consulent').replaceChildren(el('option', { value: '' }, 'kies een consulent'),
    ...consulenten.filter(c => c.code !== zaak.consulent).map(c => el('option', { value: c.code }, c.naam)));
  sectie.hidden = false;
}

// "PIP intrekken" (issue 20, point 6): a coordinator withdraws the first PIP when its decision is revoked; the server
// checks DUO's rules first and answers in Dutch, shown as text.
async function pipIntrekken(event) {
  event.preventDefault();
  const melding = document.getElementById('pip-intrekken-melding');
  melding.hidden = true;
  try {
    if (!csrf.token) await loadCsrf();
    const result = await post('/api/regie/zaken/' + encodeURIComponent(nummer()) + '/pip/intrekking',
      { reden: document.getElementById('pip-intrekken-reden').value });
    if (!result) return;
    document.getElementById('pip-intrekken-reden').value = '';
    render(await get('/api/regie/zaken/' + encodeURIComponent(nummer())));
    melding.textContent = result.melding;
    melding.className = 'melding';
  } catch (error) {
    melding.textContent = 'Niet ingetrokken: ' + error.message;
    melding.className = 'melding fout';
  }
  melding.hidden = false;
}

// Pause, resume and extension of a local norm (issue 19, point 5): the coordinator's actions per clock.
const REDENEN = [['ziekte', 'Ziekte'], ['ziekenhuisopname', 'Ziekenhuisopname'], ['boeteprocedure', 'Boeteprocedure'], ['anders', 'Anders']];
// POST to this clock's part of the API with the session's CSRF token; the case as the API answers it.
async function klokPost(pad, body) {
  if (!csrf.token) await loadCsrf();
  return post('/api/regie/zaken/' + encodeURIComponent(nummer()) + '/termijnen/' + pad, body || {});
}

// Today in Dutch time, whatever the browser's time zone (a consulent abroad, a laptop set to UTC just after midnight).
const vandaag = () => {
  const delen = Object.fromEntries(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date()).map(deel => [deel.type, deel.value]));
  return `${delen.day}-${delen.month}-${delen.year}`;
};

function veld(label, invoer) {
  return el('label', {}, label + ' ', invoer);
}

function redenKeuze() {
  return el('select', { name: 'soort' }, el('option', { value: '' }, 'Kies een reden'), ...REDENEN.map(([code, naam]) => el('option', { value: code }, naam)));
}

// A small form under the clock's row; on sending, the answer replaces the page's case, an error is shown as text.
function formulier(klok, soort) {
  const melding = el('p', { class: 'melding fout', role: 'alert' });
  const velden = soort === 'pauze'
    ? [veld('Vanaf (dd-mm-jjjj)', el('input', { name: 'vanaf', value: vandaag(), size: 10 })), veld('Reden', redenKeuze()), veld('Toelichting', el('input', { name: 'toelichting', size: 40 }))]
    : soort === 'hervatten'
      ? [veld('Per (dd-mm-jjjj)', el('input', { name: 'per', value: vandaag(), size: 10 }))]
      : soort === 'afwijzen'
        ? [veld('Reden van afwijzing', el('input', { name: 'toelichting', size: 40 }))]
        : [veld('Aantal dagen', el('input', { name: 'dagen', size: 4, inputmode: 'numeric' })), veld('Reden', redenKeuze()), veld('Toelichting', el('input', { name: 'toelichting', size: 40 }))];
  const pad = { pauze: 'pauze', hervatten: 'pauze/einde', verlengen: 'verlenging' }[soort]
    || 'verlenging/' + klok.wachtendeVerlenging.id + '/' + (soort === 'afwijzen' ? 'afwijzen' : 'goedkeuren');
  const form = el('form', { class: 'klok-actie' }, ...velden, el('button', { type: 'submit' }, 'Opslaan'), melding);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const body = Object.fromEntries(new FormData(form).entries());
    klokPost(klok.norm + '/' + pad, body).then(zaak => zaak && render(zaak)).catch(error => { melding.textContent = error.message; });
  });
  return el('tr', { class: 'klok-formulier' }, el('td', { colspan: 5 }, form));
}

function acties(klok, rij) {
  if (klok.wettelijk) return el('td', {}, 'alleen DUO verlengt (SS103/SS104)');
  const knop = (tekst, soort) => {
    const button = el('button', { type: 'button' }, tekst);
    button.addEventListener('click', () => {
      const volgende = rij.nextElementSibling;
      if (volgende && volgende.classList.contains('klok-formulier')) volgende.remove();
      if (soort === 'goedkeuren') {
        klokPost(klok.norm + '/verlenging/' + klok.wachtendeVerlenging.id + '/goedkeuren', {}).then(zaak => zaak && render(zaak))
          .catch(error => rij.after(el('tr', { class: 'klok-formulier' }, el('td', { colspan: 5 }, el('p', { class: 'melding fout' }, error.message)))));
      } else {
        rij.after(formulier(klok, soort));
      }
    });
    return button;
  };
  const cel = el('td', {}, klok.gepauzeerd && klok.gepauzeerdSinds ? knop('Hervatten', 'hervatten') : klok.gepauzeerd ? '' : knop('Pauzeren', 'pauze'),
    ' ', klok.wachtendeVerlenging ? '' : knop('Verlengen', 'verlengen'));
  if (klok.wachtendeVerlenging) {
    const v = klok.wachtendeVerlenging;
    cel.append(el('div', { class: 'wachtend' }, `Verlenging met ${v.dagen} dagen aangevraagd door ${v.aangevraagdDoorNaam} (${v.redenOmschrijving}${v.toelichting ? ': ' + v.toelichting : ''}) `,
      knop('Goedkeuren', 'goedkeuren'), ' ', knop('Afwijzen', 'afwijzen')));
  }
  return cel;
}

function stand(klok) {
  if (klok.gepauzeerd) return klok.gepauzeerdSinds ? 'gepauzeerd sinds ' + datum(klok.gepauzeerdSinds) : 'gepauzeerd (tijdelijke vrijstelling)';
  return dagen(klok.dagenOver) + (klok.verlengdMetDagen ? ` (verlengd met ${klok.verlengdMetDagen} dagen)` : '');
}

// What DUO knows of the person, read live on request (issue 20, point 5): one block per part; a part DUO refuses or
// cannot answer shows DUO's reason in Dutch, the others still show. Text only (el), never HTML.
async function duoOpvragen() {
  const knop = document.getElementById('duo-opvragen');
  const melding = document.getElementById('duo-melding');
  knop.disabled = true;
  melding.hidden = false;
  melding.textContent = 'Bezig met opvragen bij DUO…';
  try {
    const gegevens = await get('/api/regie/zaken/' + encodeURIComponent(nummer()) + '/duo');
    if (!gegevens) return;
    melding.textContent = 'Opgevraagd bij DUO op ' + tijd(gegevens.opgevraagdOp) + '.';
    document.getElementById('duo-gegevens').replaceChildren(...gegevens.onderdelen.map(onderdeel =>
      el('div', { class: 'duo-onderdeel status-' + onderdeel.status.toLowerCase(), 'data-soort': onderdeel.soort },
        el('h3', {}, onderdeel.titel),
        onderdeel.melding ? el('p', { class: 'melding' }, onderdeel.melding) : '',
        onderdeel.regels.length ? el('dl', { class: 'kenmerken' }, ...onderdeel.regels.flatMap(regel => [
          el('dt', {}, regel.omschrijving),
          el('dd', {}, (regel.waarde ?? datum(regel.datum)) + (regel.code && regel.code !== regel.waarde ? ` (${regel.code})` : ''))])) : '')));
  } catch (error) {
    melding.textContent = 'De gegevens van DUO konden niet worden opgevraagd: ' + error.message;
  } finally {
    knop.disabled = false;
  }
}

function render(zaak) {
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
  fill('#klokken', zaak.klokken.map(klok => {
    const rij = el('tr', { class: klok.gepauzeerd ? 'gepauzeerd' : klok.dagenOver < 0 ? 'te-laat' : klok.dagenOver <= 7 ? 'binnenkort' : 'op-schema', 'data-norm': klok.norm },
      el('td', {}, klok.omschrijving), el('td', {}, datum(klok.startdatum)), el('td', {}, datum(klok.vervaldatum)),
      el('td', {}, stand(klok)));
    if (gebruiker.coordinator) rij.append(acties(klok, rij));
    return rij;
  }), 'Geen lopende termijnen.');
  fill('#taken', zaak.openTaken.map(taak => el('tr', {},
    el('td', {}, taak.naam), el('td', {}, taak.toegewezenAanNaam || taak.groepNaam || '—'), el('td', {}, tijd(taak.aangemaakt)),
    el('td', {}, el('a', { href: taak.tasklistLink, class: 'taak-openen' }, 'Formulier openen')))), 'Geen open taken.');
  fill('#pips', zaak.pipVersies.map(pip => el('tr', {},
    el('td', {}, pip.versie), el('td', {}, pip.statusOmschrijving), el('td', {}, pip.leerrouteOmschrijving), el('td', {}, pip.niveau || '—'),
    el('td', {}, datum(pip.dagtekening) || '—'), el('td', {}, pip.opgesteldDoorNaam || '—'), el('td', {}, pip.beoordeeldDoorNaam || '—'))),
    'Nog geen PIP.');
  // only the first and only approved PIP can be withdrawn (PipWithdrawals); the server decides the rest
  document.getElementById('pip-intrekken').hidden = !(gebruiker.coordinator && zaak.fase !== 'CLOSED'
    && zaak.pipVersies.filter(pip => pip.status === 'VASTGESTELD').length === 1);
  document.getElementById('tijdlijn').replaceChildren(...zaak.tijdlijn.map(item => el('li', { class: 'soort-' + item.soort.toLowerCase().replace(/ /g, '-') },
    el('time', { datetime: item.datum }, datum(item.datum)), ' ',
    el('span', { class: 'soort' }, item.soort), ' ',
    el('span', { class: 'omschrijving' }, item.omschrijving),
    item.toelichting ? el('span', { class: 'toelichting' }, ' — ' + item.toelichting) : '',
    item.doorNaam ? el('span', { class: 'door' }, ' (' + item.doorNaam + ')') : '')));
  document.body.dataset.geladen = 'ja';
}

document.addEventListener('DOMContentLoaded', () => init().catch(error => {
  document.querySelector('main').prepend(el('p', { class: 'melding fout' }, 'De zaak kon niet laden: ' + error.message));
}));
