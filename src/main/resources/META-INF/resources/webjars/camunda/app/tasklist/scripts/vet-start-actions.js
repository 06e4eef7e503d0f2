// Tasklist offers "Rozpocznij proces" to everybody, also to users who may start no process (teachers,
// employers, accounting): they would open an empty list. user-styles.css hides the action until this
// script has asked the engine, with the same query the action's dialog uses, whether the logged-in user
// may start any process; only then does the body get the class that shows it. Asked again each time
// the navigation bar is rendered (after each login).

const SHOWN = 'vet-may-start-process';
const appRoot = document.querySelector('base').getAttribute('app-root');
const STARTABLE = `${appRoot}/api/engine/engine/default/process-definition/count`
  + '?latest=true&active=true&startableInTasklist=true&startablePermissionCheck=true';

let asked = 0;

function askWhetherUserMayStart() {
  const question = ++asked;
  document.body.classList.remove(SHOWN);
  delete document.body.dataset.vetStartAnswered;
  fetch(STARTABLE, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : { count: 0 }))
    .then(({ count }) => {
      if (question === asked) {
        document.body.classList.toggle(SHOWN, count > 0);
        document.body.dataset.vetStartAnswered = 'true'; // tests wait for the answer
      }
    })
    .catch(() => {});
}

new MutationObserver((mutations) => {
  const rendered = mutations.some((mutation) => [...mutation.addedNodes].some((node) =>
    node.nodeType === Node.ELEMENT_NODE
    && (!!node.closest('.start-process-action') || !!node.querySelector('.start-process-action'))));
  if (rendered) {
    askWhetherUserMayStart();
  }
}).observe(document.body, { childList: true, subtree: true });

if (document.querySelector('.start-process-action')) {
  askWhetherUserMayStart();
}

// the keyboard shortcut (ctrl+alt+p) would open the empty dialog too
window.addEventListener('keydown', (event) => {
  if (event.ctrlKey && event.altKey && event.code === 'KeyP' && !document.body.classList.contains(SHOWN)) {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
}, true);

export default [];
