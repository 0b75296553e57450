'use strict';
// Mijn zaken: a consulent's open cases (or the team's, or one consulent's), one row per case with its next clock and
// open tasks, from /api/regie/mijn-zaken. A coordinator also chooses cases here and hands them over. All text goes
// into the page as text, never as HTML.

const state = { sorteer: 'volgende', richting: 'op', pagina: 0, grootte: 50 };
const standKlasse = { TE_LAAT: 'te-laat', BINNENKORT: 'binnenkort', OP_SCHEMA: 'op-schema', GEPAUZEERD: 'gepauzeerd' };
let gebruiker;
let keuze;

// The list's query: "wie" is mine (nothing), the team's, or one consulent's.
function query() {
  const parameters = new URLSearchParams();
  for (const [key, value] of new FormData(document.getElementById('filters')).entries()) {
    if (!value) continue;
    if (key === 'wie') {
      if (value === 'team') parameters.set('team', 'ja'); else parameters.set('consulent', value);
    } else {
      parameters.set(key, value);
    }
  }
  Object.entries(state).forEach(([key, value]) => parameters.set(key, value));
  return parameters;
}

function taken(regel) {
  if (regel.openTaken.length === 0) return '—';
  return el('ul', { class: 'taken' }, regel.openTaken.map(taak => el('li', {},
    el('a', { href: taak.tasklistLink }, taak.naam), taak.bijNaam ? ` (${taak.bijNaam})` : '')));
}

function termijn(regel) {
  if (!regel.volgendeNorm) return regel.stand === 'GEPAUZEERD' ? 'alle termijnen gepauzeerd' : '—';
  return `${regel.volgendeNormOmschrijving}: ${datum(regel.vervaldatum)}`;
}

async function laden() {
  const list = await get('/api/regie/mijn-zaken?' + query());
  if (!list) return;
  document.getElementById('wiens').textContent = list.wiens;
  document.title = list.wiens + ' – Regie inburgering';
  document.getElementById('aantal-te-laat').textContent = list.teLaat;
  document.getElementById('aantal-binnenkort').textContent = list.binnenkort;
  document.getElementById('aantal-gepauzeerd').textContent = list.gepauzeerd;
  document.getElementById('aantal-totaal').textContent = list.totaal;
  document.querySelectorAll('.binnenkort-dagen').forEach(node => { node.textContent = list.binnenkortDagen; });
  const body = document.querySelector('#zaken tbody');
  body.replaceChildren(...list.regels.map(regel => el('tr', { class: standKlasse[regel.stand] || 'geen-termijn', 'data-zaak': regel.zaaknummer },
    gebruiker.coordinator ? el('td', {}, keuze.vakje(regel.zaaknummer, regel.gemeente)) : '',
    el('td', {}, el('a', { href: '/regie/zaak?nummer=' + encodeURIComponent(regel.zaaknummer) }, regel.zaaknummer)),
    el('td', {}, regel.naam),
    el('td', {}, regel.gemeenteNaam),
    el('td', {}, regel.faseOmschrijving),
    el('td', {}, regel.leerrouteOmschrijving || '—'),
    el('td', {}, termijn(regel)),
    el('td', { class: 'dagen' }, regel.dagenOver === null ? regel.standOmschrijving : dagen(regel.dagenOver)),
    el('td', {}, taken(regel)),
    el('td', {}, regel.consulentNaam || '—'))));
  if (list.regels.length === 0) body.append(el('tr', {}, el('td', { colspan: 10 }, 'Geen zaken bij dit filter.')));
  const filtered = state.stand ? { TE_LAAT: list.teLaat, BINNENKORT: list.binnenkort, GEPAUZEERD: list.gepauzeerd }[state.stand] ?? list.totaal : list.totaal;
  const pages = Math.max(1, Math.ceil(filtered / state.grootte));
  document.getElementById('pagina-info').textContent = `pagina ${state.pagina + 1} van ${pages} (peildatum ${datum(list.peildatum)})`;
  document.getElementById('vorige').disabled = state.pagina === 0;
  document.getElementById('volgende').disabled = state.pagina + 1 >= pages;
  if (keuze) keuze.toon();
}

async function init() {
  const keuzes = await loadCsrf();
  if (!keuzes) return;
  gebruiker = keuzes.gebruiker;
  kopVoor(keuzes);
  const opties = lijst => lijst.map(k => el('option', { value: k.code }, k.naam));
  document.getElementById('filter-gemeente').append(...opties(keuzes.gemeenten));
  document.getElementById('filter-fase').append(...opties(keuzes.fasen));
  document.getElementById('filter-doelgroep').append(...opties(keuzes.doelgroepen));
  document.getElementById('filter-leerroute').append(...opties(keuzes.leerroutes));
  const wie = document.getElementById('filter-wie');
  wie.append(...opties(keuzes.consulentKeuzes.filter(k => k.code !== gebruiker.id)));
  if (!gebruiker.consulent) wie.querySelector('option[value=""]').remove();
  const gevraagd = new URLSearchParams(window.location.search).get('consulent');
  if (gevraagd && [...wie.options].some(option => option.value === gevraagd)) wie.value = gevraagd;
  if (gebruiker.coordinator) keuze = overdrachtKeuze('zaken', laden);

  lijstBediening('zaken', state, laden);
  await Promise.all([laden(), keuze ? keuze.laadConsulenten() : null]);
  document.body.dataset.geladen = 'ja';
}

document.addEventListener('DOMContentLoaded', () => init().catch(error => {
  document.querySelector('main').prepend(el('p', { class: 'melding fout' }, 'Mijn zaken kon niet laden: ' + error.message));
}));
