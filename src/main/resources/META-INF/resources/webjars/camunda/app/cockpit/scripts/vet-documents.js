// "Dokumenty" tab of a process instance in Cockpit, for the programme office: the documents of the
// case (issued PDFs and attached scans) with their numbers, who added them and their SHA-256, to open.
// Read from /api/process-instances/{id}/documents (document.DocumentController); a called process
// (placement, supplier selection) shows the documents of the case that called it.

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : String(text);
  if (className) {
    td.className = className;
  }
  return td;
}

function render(node, processInstanceId) {
  node.innerHTML = '<p class="vet-documents-loading">Wczytywanie dokumentów…</p>';
  fetch(`/api/process-instances/${encodeURIComponent(processInstanceId)}/documents`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => response.json().catch(() => ({})).then((answer) => ({ response, answer })))
    .then(({ response, answer }) => {
      node.innerHTML = '';
      const root = document.createElement('div');
      root.className = 'vet-documents';
      root.dataset.loaded = 'true';
      if (!response.ok) {
        root.textContent = answer.error || 'Dokumenty tej sprawy nie są dostępne.';
      } else if (!answer.length) {
        root.textContent = 'Ta sprawa nie ma jeszcze dokumentów.';
      } else {
        const table = document.createElement('table');
        table.className = 'cam-table vet-documents-list';
        const head = document.createElement('tr');
        ['Dokument', 'Dodany', 'Przez', 'Krok', 'SHA-256', ''].forEach((label) => {
          const th = document.createElement('th');
          th.textContent = label;
          head.appendChild(th);
        });
        const thead = document.createElement('thead');
        thead.appendChild(head);
        table.appendChild(thead);
        const body = document.createElement('tbody');
        answer.forEach((d) => {
          const row = document.createElement('tr');
          row.dataset.kind = d.kind;
          row.appendChild(cell(d.title));
          row.appendChild(cell(d.createdAtText));
          row.appendChild(cell(d.issued ? 'wystawiony przez system' : d.createdByName));
          row.appendChild(cell(d.taskName));
          row.appendChild(cell(d.sha256, 'vet-sha'));
          const open = document.createElement('td');
          const link = document.createElement('a');
          link.href = d.href;
          link.textContent = 'Pobierz';
          link.setAttribute('download', d.fileName);
          open.appendChild(link);
          row.appendChild(open);
          body.appendChild(row);
        });
        table.appendChild(body);
        root.appendChild(table);
      }
      node.appendChild(root);
    })
    .catch(() => {
      node.textContent = 'Nie udało się wczytać dokumentów. Odśwież stronę.';
    });
}

export default {
  id: 'vet-documents',
  pluginPoint: 'cockpit.processInstance.runtime.tab',
  priority: 5,
  properties: { label: 'Dokumenty' },
  render(node, { processInstanceId }) {
    render(node, processInstanceId);
  }
};
