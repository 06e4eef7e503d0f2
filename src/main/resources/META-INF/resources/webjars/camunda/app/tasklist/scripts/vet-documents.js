// "Dokumenty" tab of a task in Tasklist: the documents of the task's case (issued PDFs and attached
// scans) to open, and a form to attach a scan (PDF, JPEG or PNG) during this task. A step that needs
// a signed scan (vet.requiresDocument) says so at the top until one is attached. Everything goes
// through /api/tasks/{id}/documents (document.DocumentController), which checks who may see the case.

const SIZE_UNITS = [['MB', 1024 * 1024], ['kB', 1024]];

function size(bytes) {
  for (const [unit, factor] of SIZE_UNITS) {
    if (bytes >= factor) {
      return `${(bytes / factor).toLocaleString('pl-PL', { maximumFractionDigits: 1 })} ${unit}`;
    }
  }
  return `${bytes} B`;
}

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value);
    }
  });
  children.filter(Boolean).forEach((child) => node.appendChild(child));
  return node;
}

function message(kind, text) {
  return element('div', { class: `alert alert-${kind} vet-documents-message`, role: 'alert', text });
}

function requiredBox(required) {
  if (!required.length) {
    return null;
  }
  const missing = required.filter((r) => !r.attached);
  if (!missing.length) {
    return message('success', `Dołączono wymagany dokument: ${required.map((r) => r.label).join(', ')}. `
      + 'Możesz zakończyć zadanie w zakładce „Formularz”.');
  }
  return message('warning', `Ten krok wymaga dołączenia: ${missing.map((r) => r.label).join(', ')}. `
    + 'Zeskanuj podpisany dokument i dołącz go poniżej, potem zakończ zadanie w zakładce „Formularz”.');
}

function documentsTable(documents) {
  if (!documents.length) {
    return element('p', { class: 'vet-documents-empty', text: 'Ta sprawa nie ma jeszcze dokumentów.' });
  }
  const head = element('tr', {}, ...['Dokument', 'Dodany', 'Przez', 'Rozmiar', 'SHA-256', '']
    .map((label) => element('th', { text: label })));
  const rows = documents.map((d) => element('tr', { 'data-kind': d.kind },
    element('td', { text: d.title }),
    element('td', { text: d.createdAtText }),
    element('td', { text: d.issued ? `wystawiony przy kroku „${d.taskName || '–'}”` : (d.createdByName || '') }),
    element('td', { text: size(d.size) }),
    element('td', { class: 'vet-sha', title: d.sha256, text: `${d.sha256.slice(0, 12)}…` }),
    element('td', {}, element('a', { href: d.href, class: 'btn btn-default btn-xs', download: d.fileName,
      text: 'Pobierz' }))));
  return element('table', { class: 'table table-condensed vet-documents-list' },
    element('thead', {}, head), element('tbody', {}, ...rows));
}

function attachForm(state, taskId, api, reload, show) {
  const kind = element('select', { id: 'vet-document-kind', class: 'form-control' },
    element('option', { value: '', text: '– wybierz –' }),
    ...state.attachable.map((k) => element('option', { value: k.name, text: k.label })));
  const missing = state.required.find((r) => !r.attached);
  if (missing) {
    kind.value = missing.kind;
  }
  // the browser's own file button speaks the browser's language: a Polish button over it instead
  const file = element('input', { id: 'vet-document-file', type: 'file', class: 'vet-file-input',
    accept: 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png' });
  const chosenName = element('span', { class: 'vet-file-name', text: 'Nie wybrano pliku' });
  file.addEventListener('change', () => {
    chosenName.textContent = file.files[0] ? `${file.files[0].name} (${size(file.files[0].size)})` : 'Nie wybrano pliku';
  });
  const chooser = element('div', { class: 'vet-file-chooser' },
    element('label', { for: 'vet-document-file', class: 'btn btn-default', text: 'Wybierz plik…' }), chosenName, file);
  const button = element('button', { type: 'submit', class: 'btn btn-primary', id: 'vet-document-attach',
    text: 'Dołącz plik' });
  const form = element('form', { class: 'vet-documents-attach' },
    element('h4', { text: 'Dołącz skan lub plik' }),
    element('div', { class: 'form-group' },
      element('label', { for: 'vet-document-kind', text: 'Rodzaj dokumentu' }), kind),
    element('div', { class: 'form-group' },
      element('div', { class: 'control-label', text: `Plik (PDF, JPEG lub PNG, do ${state.maxFileSizeText})` }),
      chooser),
    button);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = file.files[0];
    if (!kind.value) {
      show(message('danger', '„Rodzaj dokumentu”: wybierz rodzaj dołączanego dokumentu z listy.'));
      return;
    }
    if (!chosen) {
      show(message('danger', '„Plik”: wybierz plik ze skanem dokumentu.'));
      return;
    }
    if (chosen.size > state.maxFileSize) {
      show(message('danger', `„Plik”: plik „${chosen.name}” ma ${size(chosen.size)}, a dołączyć można plik do `
        + `${state.maxFileSizeText}. Zeskanuj dokument w niższej rozdzielczości.`));
      return;
    }
    const body = new FormData();
    body.append('kind', kind.value);
    body.append('file', chosen, chosen.name);
    button.disabled = true;
    fetch(`/api/tasks/${encodeURIComponent(taskId)}/documents`, {
      method: 'POST', credentials: 'same-origin', body,
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
    }).then((response) => response.json().catch(() => ({})).then((answer) => ({ response, answer })))
      .then(({ response, answer }) => {
        button.disabled = false;
        if (response.ok) {
          file.value = '';
          reload(message('success', `Dołączono: ${answer.title}.`));
        } else {
          show(message('danger', answer.error || 'Nie udało się dołączyć pliku. Spróbuj ponownie.'));
        }
      })
      .catch(() => {
        button.disabled = false;
        show(message('danger', 'Nie udało się wysłać pliku (brak połączenia). Spróbuj ponownie.'));
      });
  });
  return form;
}

function renderInto(node, taskId, api, notice) {
  fetch(`/api/tasks/${encodeURIComponent(taskId)}/documents`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => response.json().catch(() => ({})).then((answer) => ({ response, answer })))
    .then(({ response, answer }) => {
      node.innerHTML = '';
      const root = element('div', { class: 'vet-documents', 'data-loaded': 'true' });
      if (!response.ok) {
        root.appendChild(message('info', answer.error || 'Dokumenty tej sprawy nie są dostępne.'));
        node.appendChild(root);
        return;
      }
      const messages = element('div', { class: 'vet-documents-messages' }, notice);
      const show = (box) => {
        messages.innerHTML = '';
        messages.appendChild(box);
        box.scrollIntoView({ block: 'nearest' });
      };
      const reload = (box) => renderInto(node, taskId, api, box);
      root.appendChild(element('h4', { text: `Dokumenty sprawy ${answer.caseNumber}` }));
      [requiredBox(answer.required), messages, documentsTable(answer.documents),
        answer.attachable.length ? attachForm(answer, taskId, api, reload, show) : null]
        .filter(Boolean).forEach((part) => root.appendChild(part));
      node.appendChild(root);
    })
    .catch(() => {
      node.innerHTML = '';
      node.appendChild(message('danger', 'Nie udało się wczytać dokumentów. Odśwież stronę.'));
    });
}

export default {
  id: 'vet-documents',
  pluginPoint: 'tasklist.task.detail',
  // after "Formularz" (1000), before "Historia" (800)
  priority: 900,
  properties: { label: 'Dokumenty' },
  render(node, { taskId, api }) {
    renderInto(node, taskId, api, null);
  }
};
