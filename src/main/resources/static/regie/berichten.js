'use strict';
// The user's daily digests as they were (or were to be) mailed, newest first, from /api/regie/signalering/mijn-berichten.
// The mail's text is plain text and goes into the page as text, never as HTML.

const tijd = t => {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(t || '');
  return m ? `${m[3]}-${m[2]}-${m[1]} ${m[4]}:${m[5]}` : '';
};

async function init() {
  const keuzes = await loadCsrf();
  if (!keuzes) return;
  kopVoor(keuzes);
  const berichten = await get('/api/regie/signalering/mijn-berichten');
  if (!berichten) return;
  const lijst = document.getElementById('berichten');
  lijst.replaceChildren(...berichten.map(bericht => el('li', { class: 'bericht', 'data-status': bericht.status },
    el('h3', {}, bericht.onderwerp),
    el('p', { class: 'bericht-status' }, `${datum(bericht.dag)} · aan ${bericht.aan || '(geen adres)'} · ${bericht.statusOmschrijving}`
      + (bericht.verzondenOp ? ` (${tijd(bericht.verzondenOp)})` : '')),
    el('pre', { class: 'bericht-tekst' }, bericht.tekst))));
  if (berichten.length === 0) lijst.append(el('li', {}, 'Nog geen overzicht: er was niets te melden.'));
  document.body.dataset.geladen = 'ja';
}

document.addEventListener('DOMContentLoaded', () => init().catch(error => {
  document.querySelector('main').prepend(el('p', { class: 'melding fout' }, 'De overzichten konden niet laden: ' + error.message));
}));
