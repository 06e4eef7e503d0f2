// Tasklist offers "Przejmij" on every task a user can read, and the give-back (×) to whoever sees a
// claim; the server refuses what the claim rule does not allow (security.TaskClaimRule, enforced by engine.claims.ClaimGuard), e.g. the
// programme office claiming a school's task. user-styles.css hides both until this script has asked
// GET /api/tasks/{id}/actions (the same rule) about the opened task, then the body's classes show
// what would go through; the assignee field (type another person's name) only for administrators.
// Asked once per opened task, and again when who holds it has changed.

const MAY_CLAIM = 'vet-may-claim';
const MAY_GIVE_BACK = 'vet-may-unclaim';
const MAY_ASSIGN = 'vet-may-assign';
const ASSIGNEE_FIELD = '[cam-tasklist-task-meta] li.assignee [cam-widget-inline-field]';

let asked = null; // "task id|who holds it", as last asked

function openedTaskId() {
  const hash = window.location.hash;
  const query = hash.indexOf('?');
  return query < 0 ? null : new URLSearchParams(hash.slice(query + 1)).get('task');
}

/** Who holds the opened task, as its view shows it; null while the view is not rendered. */
function shownHolder() {
  const meta = document.querySelector('[cam-tasklist-task-meta]');
  if (!meta) {
    return null;
  }
  if (meta.querySelector('.claim')) {
    return 'nobody';
  }
  if (meta.querySelector('.unclaim')) {
    return 'me';
  }
  return meta.querySelector('.reset-assignee') ? 'other' : null;
}

function show(claim, unclaim, assign, answered) {
  document.body.classList.toggle(MAY_CLAIM, claim);
  document.body.classList.toggle(MAY_GIVE_BACK, unclaim);
  document.body.classList.toggle(MAY_ASSIGN, assign);
  if (answered) {
    document.body.dataset.vetTaskActions = answered; // tests wait for the answer
  } else {
    delete document.body.dataset.vetTaskActions;
  }
}

function askIfChanged() {
  const taskId = openedTaskId();
  const holder = shownHolder();
  const question = taskId && holder ? `${taskId}|${holder}` : null;
  if (question === asked) {
    return;
  }
  asked = question;
  show(false, false, false, null);
  if (!question) {
    return;
  }
  fetch(`/api/tasks/${encodeURIComponent(taskId)}/actions`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : {}))
    .then(({ claim, unclaim, assign }) => {
      if (asked === question) {
        show(!!claim, !!unclaim, !!assign, question);
      }
    })
    .catch(() => {});
}

let pending = false;
function soon() {
  if (!pending) {
    pending = true;
    // after the view's rendering has settled: one question per state, not one per DOM change
    setTimeout(() => {
      pending = false;
      askIfChanged();
    }, 50);
  }
}

new MutationObserver(soon).observe(document.body, { childList: true, subtree: true });
window.addEventListener('hashchange', soon);
soon();

// the keyboard shortcut (ctrl+alt+c) would claim too
window.addEventListener('keydown', (event) => {
  if (event.ctrlKey && event.altKey && event.code === 'KeyC' && !document.body.classList.contains(MAY_CLAIM)) {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
  // Enter (or typing, pasting) on the assignee field opens it for another person's name
  if (!document.body.classList.contains(MAY_ASSIGN) && event.target instanceof Element
    && event.target.closest(ASSIGNEE_FIELD)) {
    event.stopImmediatePropagation();
  }
}, true);
window.addEventListener('paste', (event) => {
  if (!document.body.classList.contains(MAY_ASSIGN) && event.target instanceof Element
    && event.target.closest(ASSIGNEE_FIELD)) {
    event.stopImmediatePropagation();
    event.preventDefault();
  }
}, true);

export default [];
