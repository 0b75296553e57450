'use strict';
// The consulent's contact details for DUO per gemeente (GET /api/regie/mijn-contactgegevens), saved per gemeente with
// PUT …/{gemeente}; DUO's refusal of a field (Contactpersoongegevens) shows beside that field, in Dutch, as text.

const VELDEN = [
  ['naam', 'Naam', 'text', 100, 'name'],
  ['email', 'E-mailadres', 'email', 241, 'email'],
  ['telefoonnummer', 'Telefoonnummer', 'tel', 22, 'tel'],
];

function stand(gegevens) {
  if (!gegevens.vastgelegd) {
    return gegevens.wachtendeZaken > 0
      ? `Nog niet opgeslagen: ${gegevens.wachtendeZaken} van uw zaken wacht hierop en is nog niet aan u gekoppeld bij DUO.`
      : 'Nog niet opgeslagen. De naam en het e-mailadres komen uit uw account; vul uw telefoonnummer aan.';
  }
  if (!gegevens.duoNummer) return 'Opgeslagen; DUO krijgt ze zo spoedig mogelijk.';
  return (gegevens.bijDuoBijgewerkt ? `Bij DUO bekend als contactpersoon ${gegevens.duoNummer}.`
    : `Bij DUO bekend als contactpersoon ${gegevens.duoNummer}; uw wijziging gaat zo spoedig mogelijk naar DUO.`)
    + (gegevens.wachtendeZaken > 0 ? ` ${gegevens.wachtendeZaken} zaken worden nog gekoppeld.` : '');
}

async function opslaan(gemeente, body) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (csrf.header) headers[csrf.header] = csrf.token;
  const response = await fetch('/api/regie/mijn-contactgegevens/' + encodeURIComponent(gemeente),
    { method: 'PUT', headers, body: JSON.stringify(body) });
  if (response.status === 401) { window.location = '/regie/inloggen'; return null; }
  const answer = await response.json().catch(() => ({}));
  return { ok: response.ok, answer };
}

function formulier(gegevens) {
  const status = el('p', { class: 'melding', 'data-veld': 'stand' }, stand(gegevens));
  const fouten = {};
  const invoer = {};
  const velden = VELDEN.map(([naam, label, type, max, autocomplete]) => {
    const id = `${naam}-${gegevens.gemeente}`;
    invoer[naam] = el('input', { id, name: naam, type, maxlength: max, autocomplete, required: 'required' });
    invoer[naam].value = gegevens[naam] ?? '';
    fouten[naam] = el('span', { class: 'veldfout', id: `fout-${id}`, hidden: 'hidden' });
    invoer[naam].setAttribute('aria-describedby', `fout-${id}`);
    return el('p', {}, el('label', { for: id }, label), ' ', invoer[naam], ' ', fouten[naam]);
  });
  const form = el('form', { class: 'contactgegevens', 'data-gemeente': gegevens.gemeente, novalidate: 'novalidate' },
    el('h3', {}, gegevens.gemeenteNaam), status, ...velden,
    el('button', { type: 'submit' }, 'Opslaan en naar DUO sturen'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    Object.values(fouten).forEach(fout => { fout.hidden = true; fout.textContent = ''; fout.classList.remove('melding', 'fout'); });
    status.classList.remove('fout');
    const body = Object.fromEntries(Object.entries(invoer).map(([naam, input]) => [naam, input.value]));
    try {
      const result = await opslaan(gegevens.gemeente, body);
      if (!result) return;
      if (result.ok) {
        status.textContent = 'Opgeslagen. ' + stand(result.answer);
        return;
      }
      const perVeld = result.answer.velden || {};
      Object.entries(perVeld).forEach(([veld, tekst]) => {
        if (fouten[veld]) { fouten[veld].textContent = tekst; fouten[veld].hidden = false; fouten[veld].classList.add('melding', 'fout'); }
      });
      const overig = Object.entries(perVeld).filter(([veld]) => !fouten[veld]).map(([, tekst]) => tekst);
      status.classList.add('fout');
      status.textContent = 'Niet opgeslagen. ' + (overig.length ? overig.join('; ')
        : Object.keys(perVeld).length ? 'Verbeter de velden hieronder.' : (result.answer.detail || result.answer.title || ''));
    } catch (error) {
      status.classList.add('fout');
      status.textContent = 'Niet opgeslagen: ' + error.message;
    }
  });
  return form;
}

async function init() {
  const keuzes = await loadCsrf();
  if (!keuzes) return;
  kopVoor(keuzes);
  const mijn = await get('/api/regie/mijn-contactgegevens');
  if (!mijn) return;
  document.getElementById('gemeenten').replaceChildren(...mijn.map(formulier));
  document.body.dataset.geladen = 'ja';
}

document.addEventListener('DOMContentLoaded', () => init().catch(error => {
  document.querySelector('main').prepend(el('p', { class: 'melding fout' }, 'Uw contactgegevens konden niet laden: ' + error.message));
}));
