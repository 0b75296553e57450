/*
 * Inburgeringsregie, single sign-on (issue 21, point 1: "Logout ends the session everywhere"): with
 * inburgering.aanmelding.modus oidc the application answers the webapps' logout ("Afmelden") with the address where
 * the session at the gemeente's identity provider ends (security.OidcLogout); this script, loaded by the config.js of
 * Tasklist, Cockpit and Admin, goes there. With passwords (lokaal) Camunda's own answer has no such address and
 * nothing changes.
 */
const LOGOUT = /\/auth\/user\/[^/]+\/logout$/;
const open = XMLHttpRequest.prototype.open;

XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (String(method).toUpperCase() === 'POST' && LOGOUT.test(String(url))) {
    this.addEventListener('load', () => {
      let answer = null;
      try {
        answer = JSON.parse(this.responseText);
      } catch (e) {
        return;
      }
      if (answer && typeof answer.uitloggenBijOrganisatie === 'string') {
        window.location.assign(answer.uitloggenBijOrganisatie);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default {};
