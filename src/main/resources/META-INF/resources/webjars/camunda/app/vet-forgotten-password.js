// "Nie pamiętasz hasła?" under the login form of every webapp (Tasklist, Cockpit, Admin, the welcome
// page): a plugin of the login page's plugin point "<app>.login", listed in each app's
// scripts/config.js as customScripts '../vet-forgotten-password.js'. The link opens our own page
// (pl.vetworkflow.account.AccountPages), which sends a one-time link to the account's e-mail.

const app = (window.location.pathname.match(/\/app\/([^/]+)\//) || [])[1] || 'tasklist';
const base = window.location.pathname.replace(/\/app\/.*$/, '').replace(/\/camunda$/, '');

export default {
  id: 'vet-forgotten-password',
  pluginPoint: app + '.login',
  priority: -100,
  render(node) {
    const paragraph = document.createElement('p');
    paragraph.className = 'vet-forgotten-password';
    paragraph.style.textAlign = 'center';
    paragraph.style.marginTop = '12px';
    const link = document.createElement('a');
    link.href = base + '/account/forgotten';
    link.textContent = 'Nie pamiętasz hasła?';
    paragraph.appendChild(link);
    node.appendChild(paragraph);
  }
};
