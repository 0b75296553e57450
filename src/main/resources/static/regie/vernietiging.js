'use strict';
// Vernietigingslijsten and the verklaring van vernietiging (issue 21, point 4) for coordinatoren and archivarissen:
// legal holds on closed cases (place, lift, the holds in place), propose a list for a gemeente, approve it (a coordinator and an archivist, two people) or reject it with a reason,
// and read what was destroyed. Everything goes into the page as text.

const namen = {};
const naamVan = gemeente => namen[gemeente] || gemeente;
const moment = iso => iso ? new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'short', timeStyle: 'short' }) : '';

function meld(tekst, isFout) {
  const uitkomst = document.getElementById('uitkomst');
  uitkomst.textContent = tekst;
  uitkomst.classList.toggle('fout', isFout);
  uitkomst.hidden = false;
}

function goedkeuringen(lijst) {
  const coordinator = lijst.goedgekeurdDoorCoordinator ? `coördinator ${lijst.goedgekeurdDoorCoordinator}` : 'coördinator: nog niet';
  const archivaris = lijst.goedgekeurdDoorArchivaris ? `archivaris ${lijst.goedgekeurdDoorArchivaris}` : 'archivaris: nog niet';
  return `Goedgekeurd door ${coordinator}; ${archivaris}`;
}

function zakenTabel(lijst) {
  const rijen = lijst.zaken.map(zaak => el('tr', { 'data-zaak': zaak.zaaknummer },
    el('td', {}, zaak.zaaknummer), el('td', {}, `${zaak.selectielijstCategorie} ${zaak.selectielijstOmschrijving}`),
    el('td', {}, zaak.resultaat), el('td', {}, datum(zaak.archiefactiedatum)),
    el('td', {}, zaak.redenOvergeslagen ? `${zaak.uitkomst}: ${zaak.redenOvergeslagen}` : zaak.uitkomst)));
  const vernietigd = lijst.vernietigd.map(regel => el('tr', { 'data-zaak': regel.zaaknummer },
    el('td', {}, regel.zaaknummer), el('td', {}, `${regel.selectielijstCategorie} ${regel.selectielijstOmschrijving}`),
    el('td', {}, regel.resultaat), el('td', {}, datum(regel.archiefactiedatum)),
    el('td', {}, 'vernietigd op ' + moment(regel.vernietigdOp))));
  return el('table', { class: 'lijst-zaken' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Zaaknummer'), el('th', {}, 'Selectielijst'), el('th', {}, 'Resultaat'),
      el('th', {}, 'Archiefactiedatum'), el('th', {}, 'Uitkomst'))),
    el('tbody', {}, ...rijen, ...vernietigd));
}

function bediening(lijst) {
  if (lijst.status !== 'VOORGESTELD') return [];
  const melding = el('p', { class: 'melding', role: 'status', hidden: 'hidden' });
  const goedkeuren = el('button', { type: 'button', class: 'goedkeuren' }, 'Goedkeuren');
  goedkeuren.addEventListener('click', () => handel(melding, () =>
    post(`/api/regie/archief/vernietigingslijsten/${lijst.id}/goedkeuren`, {})));
  const redenId = `reden-${lijst.id}`;
  const reden = el('textarea', { id: redenId, rows: '2', cols: '50', maxlength: '2000' });
  const afwijzen = el('button', { type: 'button', class: 'afwijzen' }, 'Afwijzen');
  afwijzen.addEventListener('click', () => handel(melding, () =>
    post(`/api/regie/archief/vernietigingslijsten/${lijst.id}/afwijzen`, { reden: reden.value })));
  return [el('p', {}, goedkeuren),
    el('p', {}, el('label', { for: redenId }, 'Reden van afwijzen'), el('br', {}), reden, ' ', afwijzen), melding];
}

async function handel(melding, actie) {
  melding.hidden = true;
  try {
    const lijst = await actie();
    if (!lijst) return;
    await laad();
    meld(`Lijst ${lijst.id} is ${lijst.statusOmschrijving}.`, false);
  } catch (error) {
    melding.textContent = error.message;
    melding.classList.add('fout');
    melding.hidden = false;
  }
}

function toonLijsten(lijsten) {
  document.getElementById('geen-lijsten').hidden = lijsten.length > 0;
  document.getElementById('lijsten').replaceChildren(...lijsten.map(lijst => el('article',
    { class: 'vernietigingslijst', 'data-lijst': lijst.id, 'data-status': lijst.status },
    el('h3', {}, `Lijst ${lijst.id} – ${naamVan(lijst.gemeente)} – ${lijst.statusOmschrijving}`),
    el('p', {}, `Voorgesteld door ${lijst.voorgesteldDoor} op ${moment(lijst.voorgesteldOp)}. ${goedkeuringen(lijst)}.`
      + (lijst.afgewezenDoor ? ` Afgewezen door ${lijst.afgewezenDoor}: ${lijst.redenAfwijzing}` : '')),
    zakenTabel(lijst), ...bediening(lijst))));
}

function toonVerklaringen(regels) {
  document.querySelector('#verklaringen tbody').replaceChildren(...regels.map(regel => el('tr', { 'data-zaak': regel.zaaknummer },
    el('td', {}, regel.zaaknummer), el('td', {}, naamVan(regel.gemeente)),
    el('td', {}, `${regel.selectielijstCategorie} ${regel.selectielijstOmschrijving}`), el('td', {}, regel.resultaat),
    el('td', {}, datum(regel.archiefactiedatum)), el('td', {}, moment(regel.vernietigdOp)), el('td', {}, String(regel.lijst)),
    el('td', {}, regel.voorgesteldDoor),
    el('td', {}, `${regel.goedgekeurdDoorCoordinator} (coördinator), ${regel.goedgekeurdDoorArchivaris} (archivaris)`))));
}

function toonBlokkades(blokkades) {
  document.querySelector('#blokkades tbody').replaceChildren(...blokkades.map(blokkade => el('tr', { 'data-zaak': blokkade.zaaknummer },
    el('td', {}, blokkade.zaaknummer), el('td', {}, blokkade.reden), el('td', {}, blokkade.geplaatstDoor),
    el('td', {}, moment(blokkade.geplaatstOp)))));
}

// Places (or lifts) the hold on the case typed, with the reason typed; the answer's Dutch text when refused.
async function blokkeer(opheffen) {
  const uitkomst = document.getElementById('blokkade-uitkomst');
  uitkomst.hidden = true;
  const zaaknummer = document.getElementById('blokkade-zaak').value.trim();
  const reden = document.getElementById('blokkade-reden').value;
  const toon = (tekst, isFout) => {
    uitkomst.textContent = tekst;
    uitkomst.classList.toggle('fout', isFout);
    uitkomst.hidden = false;
  };
  if (!zaaknummer) { toon('Vul het zaaknummer in.', true); return; }
  try {
    const pad = `/api/regie/archief/zaken/${encodeURIComponent(zaaknummer)}/blokkade` + (opheffen ? '/opheffen' : '');
    const blokkade = await post(pad, { reden });
    if (!blokkade) return;
    toon(opheffen ? `De blokkade op ${zaaknummer} is opgeheven.` : `Zaak ${zaaknummer} heeft nu een juridische blokkade.`, false);
    await laad();
  } catch (error) {
    toon(error.message, true);
  }
}

async function laad() {
  const blokkades = await get('/api/regie/archief/blokkades');
  if (blokkades) toonBlokkades(blokkades);
  const lijsten = await get('/api/regie/archief/vernietigingslijsten');
  if (!lijsten) return;
  toonLijsten(lijsten);
  const regels = await get('/api/regie/archief/verklaringen');
  if (regels) toonVerklaringen(regels);
}

async function stelOp(event) {
  event.preventDefault();
  document.getElementById('uitkomst').hidden = true;
  try {
    const lijst = await post('/api/regie/archief/vernietigingslijsten', { gemeente: document.getElementById('gemeente').value });
    if (!lijst) return;
    await laad();
    const aantal = lijst.zaken.length === 1 ? '1 zaak' : `${lijst.zaken.length} zaken`;
    meld(`Lijst ${lijst.id} opgesteld met ${aantal}; zij wacht op goedkeuring.`, false);
  } catch (error) {
    meld(error.message, true);
  }
}

async function init() {
  const keuzes = await loadCsrf();
  if (!keuzes) return;
  kopVoor(keuzes);
  keuzes.gemeenten.forEach(gemeente => { namen[gemeente.code] = gemeente.naam; });
  document.getElementById('gemeente').replaceChildren(...keuzes.gemeenten.map(gemeente =>
    el('option', { value: gemeente.code }, gemeente.naam)));
  document.getElementById('opstellen').addEventListener('submit', stelOp);
  document.getElementById('blokkade').addEventListener('submit', event => { event.preventDefault(); blokkeer(false); });
  document.getElementById('hef-blokkade-op').addEventListener('click', () => blokkeer(true));
  await laad();
  document.body.dataset.geladen = 'ja';
}

document.addEventListener('DOMContentLoaded', () => init().catch(error => {
  document.querySelector('main').prepend(el('p', { class: 'melding fout' }, 'De vernietigingslijsten konden niet laden: ' + error.message));
}));
