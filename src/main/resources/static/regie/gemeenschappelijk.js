'use strict';
// Helpers of both /regie pages. All text goes into the page as text, never as HTML.

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value !== null && value !== undefined) node.setAttribute(key, value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : document.createTextNode(child ?? '')));
  return node;
}

// A date from the API (ISO jjjj-mm-dd) as Dutch users read and type it: dd-mm-jjjj.
const datum = iso => /^\d{4}-\d{2}-\d{2}$/.test(iso ?? '') ? iso.split('-').reverse().join('-') : (iso ?? '');

const dagen = n => n < 0 ? `${-n} dagen te laat` : n === 0 ? 'vandaag' : `nog ${n} dagen`;

// GET as JSON; without a login to the login page; an error with the problem's Dutch text.
async function get(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (response.status === 401) { window.location = '/regie/inloggen'; return null; }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    const velden = Object.values(problem.velden || {});
    throw new Error(velden.length ? velden.join('; ') : problem.detail || problem.title || ('Fout ' + response.status));
  }
  return response.json();
}
