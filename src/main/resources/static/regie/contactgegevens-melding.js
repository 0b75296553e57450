'use strict';
// On Mijn zaken: tells a consulent whose cases wait for their contact details for DUO (issue 20, point 4) where to
// fill them in. Reads /api/regie/mijn-contactgegevens; shows nothing when every gemeente's details are saved.

document.addEventListener('DOMContentLoaded', async () => {
  const plek = document.getElementById('contactgegevens-melding');
  if (!plek) return;
  const mijn = await get('/api/regie/mijn-contactgegevens').catch(() => null);
  const wachtend = (mijn || []).filter(gegevens => !gegevens.vastgelegd && gegevens.wachtendeZaken > 0);
  if (wachtend.length === 0) return;
  const zaken = wachtend.reduce((som, gegevens) => som + gegevens.wachtendeZaken, 0);
  plek.replaceChildren(`DUO kent u nog niet als contactpersoon (${wachtend.map(g => g.gemeenteNaam).join(', ')}): `
    + `${zaken} ${zaken === 1 ? 'zaak wacht' : 'zaken wachten'} op uw contactgegevens. `,
    el('a', { href: '/regie/mijn-contactgegevens' }, 'Vul uw contactgegevens in'));
  plek.hidden = false;
});
