// Admin dashboard section "Import osób": sends a people file (CSV UTF-8 with semicolons, or XLSX) to
// POST /api/admin/people/import (administrators only, pl.vetworkflow.account.PeopleImportController)
// with the webapp session and its CSRF token, and shows what was done or, for a refused file, the
// wrong rows by line. Nothing of a refused file is applied.

function csrfToken(api) {
  if (api && api.CSRFToken) {
    return api.CSRFToken;
  }
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function list(title, items) {
  const block = element('div');
  block.appendChild(element('strong', {}, title));
  items.forEach((item) => block.appendChild(element('div', {}, item)));
  return block;
}

function showReport(result, report) {
  result.innerHTML = '';
  result.className = 'alert alert-success vet-import-result';
  result.appendChild(element('p', {}, (report.applied ? 'Plik zaimportowany' : 'Plik sprawdzony, nic nie zapisano')
    + ' (wierszy: ' + report.rows + ', osób: ' + report.people + ').'));
  const counts = element('div');
  [['nowe konta (z zaproszeniem)', report.created.length], ['zmienione', report.updated.length],
    ['bez zmian', report.unchanged], ['przywrócone', report.reactivated.length],
    ['dezaktywowane', report.deactivated.length], ['wysłane zaproszenia', report.invitations]]
    .forEach(([label, n]) => counts.appendChild(element('div', {}, label + ': ' + n)));
  result.appendChild(counts);
  if (report.deactivated.length) {
    result.appendChild(list('Dezaktywowane konta:', report.deactivated));
  }
}

function showProblems(result, body) {
  result.innerHTML = '';
  result.className = 'alert alert-danger vet-import-result';
  result.appendChild(element('p', {}, body.error || 'Plik nie został zaimportowany.'));
  if (body.problems) {
    result.appendChild(list('Błędy:', body.problems));
  }
}

export default {
  id: 'vet-people-import',
  pluginPoint: 'admin.dashboard.section',
  label: 'Import osób',
  priority: 100,
  render(node, { api } = {}) {
    const form = element('form', { class: 'vet-people-import' });
    form.appendChild(element('p', {}, 'Plik CSV (UTF-8, średniki) lub XLSX z kolumnami: imię; nazwisko; e-mail; rola;'
      + ' organizacja. Role: koordynator szkolny, nauczyciel, pracodawca, księgowość, koordynator projektu;'
      + ' organizacja: numer szkoły lub pracodawcy z rejestru. Nowe osoby dostaną e-mail z linkiem do ustawienia hasła.'));
    // the browser's own file button speaks the browser's language: hidden behind a Polish one
    const file = element('input', { type: 'file', name: 'file', accept: '.csv,.xlsx', id: 'vet-people-file' });
    file.style.display = 'none';
    const choose = element('button', { type: 'button', class: 'btn btn-default', id: 'vet-people-choose' }, 'Wybierz plik');
    const chosen = element('span', { id: 'vet-people-chosen' }, ' nie wybrano pliku');
    choose.addEventListener('click', () => file.click());
    file.addEventListener('change', () => {
      chosen.textContent = ' ' + (file.files.length ? file.files[0].name : 'nie wybrano pliku');
    });
    form.appendChild(file);
    form.appendChild(choose);
    form.appendChild(chosen);
    const options = [['deactivateMissing', 'Dezaktywuj osoby z poprzednich importów, których nie ma w pliku'],
      ['dryRun', 'Tylko sprawdź plik (nic nie zapisuj)']];
    const boxes = {};
    options.forEach(([name, label]) => {
      const wrapper = element('div', { class: 'checkbox' });
      const labelNode = element('label');
      boxes[name] = element('input', { type: 'checkbox', id: 'vet-people-' + name });
      labelNode.appendChild(boxes[name]);
      labelNode.appendChild(document.createTextNode(' ' + label));
      wrapper.appendChild(labelNode);
      form.appendChild(wrapper);
    });
    const button = element('button', { type: 'submit', class: 'btn btn-primary', id: 'vet-people-send' }, 'Importuj');
    form.appendChild(button);
    const result = element('div', { class: 'vet-import-result', role: 'status' });
    result.style.marginTop = '12px';
    node.appendChild(form);
    node.appendChild(result);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!file.files.length) {
        showProblems(result, { error: 'Wybierz plik do importu.' });
        return;
      }
      const data = new FormData();
      data.append('file', file.files[0]);
      const query = 'deactivateMissing=' + boxes.deactivateMissing.checked + '&dryRun=' + boxes.dryRun.checked;
      button.disabled = true;
      result.className = 'vet-import-result';
      result.textContent = 'Trwa import…';
      fetch('/api/admin/people/import?' + query, {
        method: 'POST', body: data, credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken(api) }
      })
        .then((response) => response.json().catch(() => ({})).then((body) => ({ status: response.status, body })))
        .then(({ status, body }) => {
          if (status === 200) {
            showReport(result, body);
          } else if (status === 400) {
            showProblems(result, body);
          } else {
            showProblems(result, { error: 'Import się nie udał (kod ' + status + '). Zaloguj się ponownie jako administrator.' });
          }
        })
        .catch(() => showProblems(result, { error: 'Brak połączenia z serwerem.' }))
        .finally(() => { button.disabled = false; });
    });
  }
};
