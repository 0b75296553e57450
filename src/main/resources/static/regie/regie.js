'use strict';
// The coordinators' dashboard: reads /api/regie (same login, same gemeenten) and draws the list,
// the KPI panel and two charts. All text goes into the page as text, never as HTML.

const state = { sorteer: 'vervaldatum', richting: 'op', pagina: 0, grootte: 50 };
const charts = [];
const opties = keuzes => keuzes.map(k => el('option', { value: k.code }, k.naam));

function query(extra) {
  const form = new FormData(document.getElementById('filters'));
  const parameters = new URLSearchParams();
  for (const [key, value] of form.entries()) if (value) parameters.set(key, value);
  Object.entries(extra || {}).forEach(([key, value]) => parameters.set(key, value));
  return parameters;
}

const standKlasse = { TE_LAAT: 'te-laat', BINNENKORT: 'binnenkort', OP_SCHEMA: 'op-schema', GEPAUZEERD: 'gepauzeerd' };

async function loadDeadlines() {
  const parameters = query({ sorteer: state.sorteer, richting: state.richting, pagina: state.pagina, grootte: state.grootte });
  document.getElementById('csv-termijnen').href = '/api/regie/termijnen.csv?' + query({ sorteer: state.sorteer, richting: state.richting });
  const list = await get('/api/regie/termijnen?' + parameters);
  if (!list) return;
  document.getElementById('aantal-te-laat').textContent = list.teLaat;
  document.getElementById('aantal-binnenkort').textContent = list.binnenkort;
  document.getElementById('aantal-op-schema').textContent = list.opSchema;
  document.getElementById('aantal-gepauzeerd').textContent = list.gepauzeerd;
  document.getElementById('aantal-totaal').textContent = list.totaal;
  const body = document.querySelector('#termijnen tbody');
  body.replaceChildren(...list.regels.map(regel => el('tr', { class: standKlasse[regel.stand], 'data-zaak': regel.zaaknummer },
    el('td', {}, keuze.vakje(regel.zaaknummer, regel.gemeente)),
    el('td', {}, el('a', { href: '/regie/zaak?nummer=' + encodeURIComponent(regel.zaaknummer) }, regel.zaaknummer)),
    el('td', {}, regel.naam),
    el('td', {}, regel.gemeenteNaam),
    el('td', {}, regel.normOmschrijving + (regel.ronde > 1 ? ` (${regel.ronde})` : '')),
    el('td', {}, datum(regel.vervaldatum) + (regel.verlengdMetDagen ? ` (verlengd met ${regel.verlengdMetDagen} dagen)` : '')),
    el('td', { class: 'dagen' }, regel.stand === 'GEPAUZEERD' ? regel.standOmschrijving : dagen(regel.dagenOver)),
    el('td', {}, regel.consulentNaam || '—'),
    el('td', {}, regel.doelgroepOmschrijving),
    el('td', {}, regel.leerrouteOmschrijving || '—'))));
  if (list.regels.length === 0) body.append(el('tr', {}, el('td', { colspan: 10 }, 'Geen termijnen bij dit filter.')));
  const filtered = state.stand ? { TE_LAAT: list.teLaat, BINNENKORT: list.binnenkort, OP_SCHEMA: list.opSchema, GEPAUZEERD: list.gepauzeerd }[state.stand] : list.totaal;
  const pages = Math.max(1, Math.ceil(filtered / state.grootte));
  document.getElementById('pagina-info').textContent = `pagina ${state.pagina + 1} van ${pages} (peildatum ${datum(list.peildatum)})`;
  keuze.toon();
  document.getElementById('vorige').disabled = state.pagina === 0;
  document.getElementById('volgende').disabled = state.pagina + 1 >= pages;
}

// The cases chosen for a handover (gemeenschappelijk.js), drawn as a box per row.
let keuze;

function kpiRow(kpi) {
  const value = kpi.percentage === null ? 'geen gegevens' : `${kpi.percentage.toLocaleString('nl-NL')} %`;
  const mark = kpi.gehaald === null ? '' : kpi.gehaald ? 'gehaald' : 'niet-gehaald';
  return el('tr', { class: mark, 'data-kpi': kpi.code },
    el('td', {}, kpi.omschrijving),
    el('td', { class: 'getal' }, value),
    el('td', { class: 'getal' }, `${kpi.teller} van ${kpi.noemer}`),
    el('td', {}, kpi.norm),
    el('td', { class: 'definitie' },
      el('div', {}, 'Teller: ' + kpi.tellerOmschrijving),
      el('div', {}, 'Noemer: ' + kpi.noemerOmschrijving),
      el('div', {}, 'Periode: ' + kpi.periodeOmschrijving)));
}

async function loadKpis() {
  const parameters = new URLSearchParams();
  const van = document.getElementById('kpi-van').value;
  const tot = document.getElementById('kpi-tot').value;
  const gemeente = document.getElementById('filter-gemeente').value;
  if (van) parameters.set('van', van);
  if (tot) parameters.set('tot', tot);
  if (gemeente) parameters.set('gemeente', gemeente);
  document.getElementById('csv-kpis').href = '/api/regie/kpis.csv?' + parameters;
  const reports = await get('/api/regie/kpis?' + parameters);
  if (!reports) return;
  charts.splice(0).forEach(chart => chart.destroy());
  const container = document.getElementById('kpis');
  container.replaceChildren(...reports.map(report => {
    const trend = el('canvas', { 'aria-label': 'PIP binnen de norm per maand' });
    const routes = el('canvas', { 'aria-label': 'Verdeling over de leerroutes' });
    const card = el('article', { class: 'kpi-gemeente', 'data-gemeente': report.gemeente },
      el('h3', {}, `${report.naam} (${datum(report.van)} t/m ${datum(report.tot)})`),
      el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'KPI'), el('th', {}, 'Waarde'), el('th', {}, 'Aantal'), el('th', {}, 'Norm'), el('th', {}, 'Wat telt'))),
        el('tbody', {}, report.kpis.map(kpiRow))),
      el('div', { class: 'grafieken' }, el('figure', {}, trend, el('figcaption', {}, 'PIP binnen de norm per maand')),
        el('figure', {}, routes, el('figcaption', {}, 'Leerroutes van de PIP\'s in de periode'))),
      el('p', {}, 'Uitstroom in de periode: ' + (report.uitstroomSoorten.map(soort => `${soort.omschrijving.toLowerCase()} ${soort.aantal}`).join(', ') || 'geen')));
    if (window.Chart) {
      charts.push(new Chart(trend, { type: 'line', data: {
        labels: report.pipTrend.map(m => m.omschrijving),
        datasets: [{ label: '% binnen norm', data: report.pipTrend.map(m => m.totaal ? Math.round(100 * m.binnenNorm / m.totaal) : null), spanGaps: true },
                   { label: 'aantal PIP\'s', data: report.pipTrend.map(m => m.totaal), type: 'bar', yAxisID: 'aantal' }] },
        options: { animation: false, maintainAspectRatio: false, scales: { y: { min: 0, max: 100 }, aantal: { position: 'right', beginAtZero: true } } } }));
      charts.push(new Chart(routes, { type: 'doughnut', data: {
        labels: report.routes.map(route => route.omschrijving), datasets: [{ data: report.routes.map(route => route.aantal) }] },
        options: { animation: false, maintainAspectRatio: false } }));
    }
    return card;
  }));
}

async function init() {
  const choices = await loadCsrf();
  if (!choices) return;
  kopVoor(choices);
  keuze = overdrachtKeuze('termijnen', loadDeadlines);
  document.querySelectorAll('.binnenkort-dagen').forEach(node => node.textContent = choices.binnenkortDagen);
  document.getElementById('filter-gemeente').append(...opties(choices.gemeenten));
  document.getElementById('filter-consulent').append(...opties(choices.consulentKeuzes));
  document.getElementById('filter-norm').append(...opties(choices.normen));
  document.getElementById('filter-doelgroep').append(...opties(choices.doelgroepen));
  document.getElementById('filter-leerroute').append(...opties(choices.leerroutes));
  lijstBediening('termijnen', state, loadDeadlines);
  // the KPIs follow the gemeente chosen for the list
  document.getElementById('filters').addEventListener('change', event => {
    if (event.target.id === 'filter-gemeente') loadKpis();
  });
  document.getElementById('periode').addEventListener('submit', event => {
    event.preventDefault();
    const melding = document.getElementById('kpi-melding');
    melding.hidden = true;
    melding.className = '';
    loadKpis().catch(error => {
      melding.textContent = 'De KPI\'s konden niet laden: ' + error.message;
      melding.className = 'melding fout';
      melding.hidden = false;
    });
  });
  await Promise.all([loadDeadlines(), loadKpis(), keuze.laadConsulenten()]);
  document.body.dataset.geladen = 'ja';
}

document.addEventListener('DOMContentLoaded', () => init().catch(error => {
  document.querySelector('main').prepend(el('p', { class: 'melding fout' }, 'Het dashboard kon niet laden: ' + error.message));
}));
