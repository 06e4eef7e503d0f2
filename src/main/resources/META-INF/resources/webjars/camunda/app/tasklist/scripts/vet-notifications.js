// Tasklist shows an error (e.g. a form the server refused) at the top of the start dialog or of the
// task form, while the person who clicked "Rozpocznij" or "Zakończ" is at the bottom of a long form and
// would see nothing happen. Each new error is scrolled into view.

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    for (const node of mutation.addedNodes) {
      if (node.nodeType === Node.ELEMENT_NODE && node.matches('.notifications .alert-danger')) {
        node.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      }
    }
  }
}).observe(document.body, { childList: true, subtree: true });

export default [];
