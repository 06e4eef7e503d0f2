// Cockpit dashboard plugin "Wskaźniki programu": the programme's targets, participants, schools and
// bottlenecks from GET /api/indicators (coordinators and admins; the Cockpit session cookie is sent).
// Every value is written with textContent: nothing from the server is parsed as HTML.

const STYLE = `
.vet-ind { font-size: 14px; }
.vet-ind h4 { margin: 18px 0 8px; }
.vet-ind table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
.vet-ind th, .vet-ind td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: middle; }
.vet-ind td.num, .vet-ind th.num { text-align: right; white-space: nowrap; }
.vet-ind .bar { background: #e8edf5; height: 14px; width: 220px; border-radius: 3px; overflow: hidden; }
.vet-ind .bar > div { background: #1d4f91; height: 100%; }
.vet-ind .muted { color: #666; }
.vet-ind .warn { color: #b00020; font-weight: bold; }
`;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.flat().forEach((c) => node.appendChild(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

const fmt = (n) => new Intl.NumberFormat('pl-PL').format(n);
const pct = (n) => new Intl.NumberFormat('pl-PL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n) + '%';

function bar(percent) {
  const fill = el('div');
  fill.style.width = Math.max(0, Math.min(100, Number(percent))) + '%';
  return el('div', { class: 'bar', title: pct(percent) }, fill);
}

function table(headers, rows, numeric) {
  return el('table', { class: 'table' },
    el('thead', {}, el('tr', {}, headers.map((h, i) => el('th', numeric.includes(i) ? { class: 'num' } : {}, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c, i) =>
      el('td', numeric.includes(i) ? { class: 'num' } : {}, c))))));
}

// a target not set (targetSet false: the group activities' by default): "cel nieustalony", no percent, no bar
function indicatorTable(title, indicators, inProgressLabel) {
  return [el('h4', {}, title), table(['Wskaźnik', 'Cel', 'Osiągnięto', 'w tym kobiety', 'w tym mężczyźni',
    inProgressLabel, '%', ''],
    indicators.map((i) => [i.name, i.targetSet ? fmt(i.target) : el('span', { class: 'muted' }, 'cel nieustalony'),
      fmt(i.completed), fmt(i.completedBySex.K || 0), fmt(i.completedBySex.M || 0), fmt(i.inProgress),
      i.targetSet ? pct(i.percent) : '—', i.targetSet ? bar(i.percent) : '']),
    [1, 2, 3, 4, 5, 6])];
}

function render(node, data) {
  node.textContent = '';
  node.appendChild(el('style', {}, STYLE));
  const root = el('div', { class: 'vet-ind', 'data-vet-indicators': 'loaded' });
  root.appendChild(el('p', { class: 'muted' }, 'Stan na ' + new Date(data.generatedAt).toLocaleString('pl-PL')));

  indicatorTable('Formy wsparcia', data.activities, 'W trakcie').forEach((n) => root.appendChild(n));
  indicatorTable('Uczestnicy (każda osoba liczona raz)', data.people, 'Bez ukończonej formy').forEach((n) => root.appendChild(n));

  const d = data.participants;
  root.appendChild(el('h4', {}, 'Uczestnicy według płci i wieku'));
  root.appendChild(table(['Ogółem', 'Kobiety', 'Mężczyźni', ...Object.keys(d.byAgeGroup)],
    [[fmt(d.total), fmt(d.bySex.K || 0), fmt(d.bySex.M || 0), ...Object.values(d.byAgeGroup).map(fmt)]], [0, 1, 2, 3, 4, 5]));

  root.appendChild(el('h4', {}, 'Szkoły'));
  root.appendChild(table(['Szkoła', 'Sprawy w toku (etap: liczba)', 'Ukończone staże', 'Ukończone kursy',
    'Budżet sprzętu', 'Wykorzystano', 'Pozostało'],
    data.schools.map((s) => [s.name, Object.entries(s.casesByStage).map(([k, v]) => k + ': ' + v).join('; ') || '—',
      fmt(s.completedInternships), fmt(s.completedCourses), fmt(s.equipmentBudget), fmt(s.equipmentBudgetUsed),
      fmt(s.equipmentBudgetLeft)]), [2, 3, 4, 5, 6]));

  // the group activities and counselling: the indicators' rows whose keys each school has figures for
  const groups = data.activities.filter((a) => data.schools.length && a.key in data.schools[0].completedGroupActivities);
  root.appendChild(el('h4', {}, 'Zajęcia, wydarzenia i doradztwo według szkół (ukończone)'));
  root.appendChild(table(['Szkoła', ...groups.map((g) => g.name)],
    data.schools.map((s) => [s.name, ...groups.map((g) => fmt(s.completedGroupActivities[g.key] || 0))]),
    groups.map((g, i) => i + 1)));

  const b = data.bottlenecks;
  root.appendChild(el('h4', {}, 'Wąskie gardła: otwarte zadania według kroku'));
  root.appendChild(b.openTasksByStep.length ? table(['Proces', 'Krok', 'Otwarte', 'Po terminie', 'Najstarsze (godz.)'],
    b.openTasksByStep.map((s) => [s.processName || s.processKey, s.taskName || s.taskKey, fmt(s.open), fmt(s.overdue), fmt(s.oldestAgeHours)]),
    [2, 3, 4]) : el('p', { class: 'muted' }, 'Brak otwartych zadań.'));
  root.appendChild(el('h4', {}, 'Zadania po terminie według roli i organizacji'));
  root.appendChild(b.overdueTasksByGroup.length ? table(['Grupa', 'Nazwa', 'Po terminie'],
    b.overdueTasksByGroup.map((g) => [g.groupId, g.groupName || '', fmt(g.overdue)]), [2])
    : el('p', { class: 'muted' }, 'Brak zadań po terminie.'));
  root.appendChild(el('h4', {}, 'Nieudane e-maile'));
  root.appendChild(el('p', b.failedEmails.count ? { class: 'warn' } : { class: 'muted' },
    'Nieudane wysyłki: ' + fmt(b.failedEmails.count)));
  if (b.failedEmails.latest.length) {
    root.appendChild(table(['Sprawa', 'Temat', 'Przyczyna'],
      b.failedEmails.latest.map((f) => [f.businessKey || '', f.subject, f.reason || '']), []));
  }
  node.appendChild(root);
}

export default {
  id: 'vet-indicators',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render: (node) => {
    node.appendChild(el('h3', {}, 'Wskaźniki programu'));
    const body = el('div', {}, 'Wczytywanie…');
    node.appendChild(body);
    fetch('/api/indicators', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((r) => {
        if (!r.ok) {
          throw new Error(r.status === 403 ? 'Brak uprawnień do wskaźników programu.' : 'Błąd ' + r.status);
        }
        return r.json();
      })
      .then((data) => render(body, data))
      .catch((e) => { body.textContent = e.message; });
  },
};
