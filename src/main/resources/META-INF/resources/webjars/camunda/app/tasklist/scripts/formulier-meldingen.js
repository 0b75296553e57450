/*
 * Inburgeringsregie: form-js, which renders the Camunda Forms in Tasklist, writes its own validation messages in
 * English ("Field is required."), without a way to translate them. This script, loaded by config.js as a custom
 * script, puts the Dutch text in their place as soon as form-js shows one. The table follows form-js as bundled
 * with Camunda 7.24 (camunda/lib/deps.js); an unknown message is left as it is.
 */
const MESSAGES = [
  [/^Field is required\.$/, () => 'Dit veld is verplicht.'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `De waarde moet minstens ${min} zijn.`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `De waarde mag hoogstens ${max} zijn.`],
  [/^Field must have minimum length of (.+)\.$/, (min) => `Vul minstens ${min} tekens in.`],
  [/^Field must have maximum length of (.+)\.$/, (max) => `Vul hoogstens ${max} tekens in.`],
  [/^Field must match pattern .+\.$/, () => 'De invoer heeft niet de vorm die dit veld vraagt.'],
  [/^Field must be a valid email\.$/, () => 'Vul een geldig e-mailadres in.'],
  [/^Field must be a valid\s+international phone number\..*$/, () =>
    'Vul een geldig internationaal telefoonnummer in (bijvoorbeeld +31201234567).'],
  [/^Value is not a number\.$/, () => 'Vul een getal in.'],
  [/^Value is expected to be an integer\.$/, () => 'Vul een heel getal in.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (n) =>
    `Gebruik hoogstens ${n} ${n === '1' ? 'cijfer' : 'cijfers'} achter de komma.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, (a, b) =>
    `Kies een geldige waarde; de twee dichtstbijzijnde zijn ${a} en ${b}.`]
];

export function inDutch(message) {
  for (const [pattern, dutch] of MESSAGES) {
    const match = pattern.exec(message.trim());
    if (match) {
      return dutch(...match.slice(1));
    }
  }
  return message;
}

function translate(root) {
  root.querySelectorAll('.fjs-form-field-error li, .fjs-form-field-error span, .fjs-form-field-error')
    .forEach((element) => {
      if (element.children.length === 0) {
        const dutch = inDutch(element.textContent);
        if (dutch !== element.textContent) {
          element.textContent = dutch;
        }
      }
    });
}

new MutationObserver(() => translate(document)).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true
});
