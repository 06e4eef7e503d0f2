// Cockpit dashboard plugin "Kompletność danych i postęp w czasie" (programme office):
// - "Kompletność danych uczestników": who cannot be reported to the monitoring system yet, per school and
//   by field (GET /api/indicators/completeness), and the participants export (XLSX, CSV);
// - "Postęp w czasie": per activity the completions cumulated month by month against the plan, and the
//   open tasks per step (GET /api/indicators/trends), drawn here as plain SVG (no library).
// Every value is written as text (textContent / text nodes): nothing from the server is parsed as HTML.

const SVG = 'http://www.w3.org/2000/svg';
const STYLE = `
.vet-prog { font-size: 14px; }
.vet-prog h4 { margin: 18px 0 8px; }
.vet-prog table { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
.vet-prog th, .vet-prog td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
.vet-prog td.num, .vet-prog th.num { text-align: right; white-space: nowrap; }
.vet-prog .muted { color: #666; }
.vet-prog .warn { color: #b00020; font-weight: bold; }
.vet-prog .ok { color: #1b6e20; font-weight: bold; }
.vet-prog .downloads { margin: 8px 0 12px; }
.vet-prog .downloads a { margin-right: 8px; }
.vet-prog .gaps { margin: 0; padding-left: 18px; }
.vet-prog .charts { display: flex; flex-wrap: wrap; gap: 12px; }
.vet-prog figure { margin: 0; border: 1px solid #ddd; border-radius: 4px; padding: 6px; background: #fff; }
.vet-prog figcaption { font-weight: bold; margin-bottom: 2px; }
.vet-prog svg text { font-family: Arial, Helvetica, sans-serif; fill: #333; }
.vet-prog details summary { cursor: pointer; margin: 6px 0; }
`;
const ACTUAL = '#1d4f91';
const PLAN = '#9a9a9a';
const PEOPLE_SHOWN = 300;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.flat().forEach((c) => node.appendChild(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, String(v)));
  children.flat().forEach((c) => node.appendChild(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

const fmt = (n) => new Intl.NumberFormat('pl-PL', { maximumFractionDigits: 1 }).format(n);
const MONTH = new Intl.DateTimeFormat('pl-PL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (yyyyMm) => MONTH.format(new Date(yyyyMm + '-01T00:00:00Z')).replace('.', '');

function table(headers, rows, numeric) {
  return el('table', { class: 'table' },
    el('thead', {}, el('tr', {}, headers.map((h, i) => el('th', numeric.includes(i) ? { class: 'num' } : {}, h)))),
    el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c, i) =>
      el('td', numeric.includes(i) ? { class: 'num' } : {}, c))))));
}

// ------------------------------------------------------------------ completeness

function gapList(missingByField) {
  const gaps = Object.entries(missingByField).filter(([, n]) => n > 0);
  return gaps.length ? el('ul', { class: 'gaps' }, gaps.map(([label, n]) => el('li', {}, label + ': ' + fmt(n))))
    : el('span', { class: 'muted' }, 'brak braków');
}

function renderCompleteness(node, data) {
  node.textContent = '';
  const root = el('div', { 'data-vet-completeness': 'loaded' });
  const t = data.total;
  root.appendChild(el('p', {}, 'Osoby w rejestrze: ' + fmt(t.registered) + '. ',
    el('span', { class: t.notReportable ? 'warn' : 'ok' },
      'Nie można jeszcze wykazać: ' + fmt(t.notReportable) + '.'),
    el('span', { class: 'muted' }, ' Stan na ' + new Date(data.generatedAt).toLocaleString('pl-PL'))));
  root.appendChild(el('div', { class: 'downloads' },
    el('a', { class: 'btn btn-default', href: '/api/exports/participants.xlsx', download: '' }, 'Pobierz XLSX'),
    el('a', { class: 'btn btn-default', href: '/api/exports/participants.csv', download: '' }, 'Pobierz CSV')));

  root.appendChild(el('h4', {}, 'Według szkół'));
  root.appendChild(data.schools.length ? table(['Szkoła', 'Osoby w rejestrze', 'Nie do wykazania', 'Brakujące dane (liczba osób)'],
    data.schools.map((s) => [s.schoolName, fmt(s.registered), fmt(s.notReportable), gapList(s.missingByField)]), [1, 2])
    : el('p', { class: 'muted' }, 'Rejestr uczestników jest pusty.'));

  root.appendChild(el('h4', {}, 'Według pól (ogółem)'));
  root.appendChild(table(['Pole', 'Etap', 'Osoby bez tej informacji'],
    data.fields.map((f) => [f.label, f.stage === 'EXIT' ? 'zakończenie udziału' : 'przystąpienie',
      fmt(t.missingByField[f.label] || 0)]), [2]));

  if (data.people.length) {
    const details = el('details', {},
      el('summary', {}, 'Osoby, których nie można jeszcze wykazać (' + fmt(data.people.length) + ')'));
    details.appendChild(table(['Nazwisko i imię', 'Szkoła', 'Brakujące dane'],
      data.people.slice(0, PEOPLE_SHOWN).map((p) => [p.lastName + ' ' + p.firstName, p.schoolName, p.missing.join(', ')]), []));
    if (data.people.length > PEOPLE_SHOWN) {
      details.appendChild(el('p', { class: 'muted' }, 'Pokazano pierwsze ' + fmt(PEOPLE_SHOWN)
        + ' osób; pełna lista w eksporcie uczestników.'));
    }
    root.appendChild(details);
  }
  node.appendChild(root);
}

// ------------------------------------------------------------------ trends: line charts

// axis ticks: 0, the middle if it is a whole number, the top
const ticks = (top) => (Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top]);

function niceMax(value) {
  if (value <= 5) {
    return 5;
  }
  const step = Math.pow(10, Math.floor(Math.log10(value)));
  for (const m of [1, 2, 2.5, 5, 10]) {
    if (m * step >= value) {
      return m * step;
    }
  }
  return 10 * step;
}

let chartNo = 0;

function lineChart(activity) {
  const W = 380;
  const H = 210;
  const pad = { left: 44, right: 12, top: 10, bottom: 46 };
  const points = activity.months;
  const n = points.length;
  const values = points.flatMap((p) => [p.completed, p.plan]).filter((v) => v !== null && v !== undefined).map(Number);
  const top = niceMax(Math.max(1, activity.target || 0, ...values));
  const x = (i) => pad.left + (n <= 1 ? 0 : (i * (W - pad.left - pad.right)) / (n - 1));
  const y = (v) => H - pad.bottom - (Number(v) / top) * (H - pad.top - pad.bottom);
  const id = 'vet-chart-' + (++chartNo);
  const last = points.filter((p) => p.completed !== null).slice(-1)[0];
  const summary = activity.name + ': wykonanie ' + fmt(last ? last.completed : 0)
    + (activity.targetSet ? ', cel ' + fmt(activity.target) : ', cel nieustalony');
  const chart = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': id,
    'data-series': activity.targetSet ? 'wykonanie plan' : 'wykonanie' },
  svg('title', { id }, summary));
  // y axis
  ticks(top).forEach((v) => {
    chart.appendChild(svg('line', { x1: pad.left, x2: W - pad.right, y1: y(v), y2: y(v), stroke: '#e3e3e3' }));
    chart.appendChild(svg('text', { x: pad.left - 6, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11 }, fmt(v)));
  });
  // x axis: the first month, every few months, the last
  const every = Math.max(1, Math.ceil(n / 4));
  points.forEach((p, i) => {
    if (i % every === 0 || i === n - 1) {
      if (i !== n - 1 && n - 1 - i < every / 2) {
        return; // too close to the last label
      }
      chart.appendChild(svg('line', { x1: x(i), x2: x(i), y1: H - pad.bottom, y2: H - pad.bottom + 4, stroke: '#999' }));
      chart.appendChild(svg('text', { x: x(i), y: H - pad.bottom + 16, 'text-anchor': i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle',
        'font-size': 11 }, monthLabel(p.month)));
    }
  });
  chart.appendChild(svg('line', { x1: pad.left, x2: W - pad.right, y1: H - pad.bottom, y2: H - pad.bottom, stroke: '#999' }));
  if (activity.targetSet) {
    const plan = points.map((p, i) => `${x(i)},${y(p.plan)}`);
    chart.appendChild(svg('polyline', { points: `${x(0)},${y(0)} ` + plan.join(' '), fill: 'none', stroke: PLAN,
      'stroke-width': 2, 'stroke-dasharray': '6 4', 'data-series': 'plan' }, svg('title', {}, 'plan')));
  }
  const actual = points.map((p, i) => [i, p.completed]).filter(([, v]) => v !== null);
  if (actual.length) {
    chart.appendChild(svg('polyline', { points: actual.map(([i, v]) => `${x(i)},${y(v)}`).join(' '), fill: 'none',
      stroke: ACTUAL, 'stroke-width': 2.5, 'data-series': 'wykonanie' }, svg('title', {}, 'wykonanie')));
    const [li, lv] = actual[actual.length - 1];
    chart.appendChild(svg('circle', { cx: x(li), cy: y(lv), r: 3.5, fill: ACTUAL },
      svg('title', {}, monthLabel(points[li].month) + ': ' + fmt(lv))));
  }
  // legend
  const ly = H - 12;
  chart.appendChild(svg('line', { x1: pad.left, x2: pad.left + 22, y1: ly - 4, y2: ly - 4, stroke: ACTUAL, 'stroke-width': 2.5 }));
  chart.appendChild(svg('text', { x: pad.left + 27, y: ly, 'font-size': 12 }, 'wykonanie'));
  if (activity.targetSet) {
    chart.appendChild(svg('line', { x1: pad.left + 110, x2: pad.left + 132, y1: ly - 4, y2: ly - 4, stroke: PLAN,
      'stroke-width': 2, 'stroke-dasharray': '6 4' }));
    chart.appendChild(svg('text', { x: pad.left + 137, y: ly, 'font-size': 12 }, 'plan'));
  } else {
    chart.appendChild(svg('text', { x: pad.left + 110, y: ly, 'font-size': 12, fill: '#666' }, 'cel nieustalony: bez planu'));
  }
  return el('figure', { 'data-activity': activity.key },
    el('figcaption', {}, activity.name,
      el('span', { class: 'muted' }, activity.targetSet ? ' (cel: ' + fmt(activity.target) + ')' : ' (cel nieustalony)')),
    chart);
}

// ------------------------------------------------------------------ trends: open tasks per step

function barChart(steps) {
  const W = 780;
  const labelW = 420;
  const row = 24;
  const H = steps.length * row + 34;
  const top = niceMax(Math.max(1, ...steps.map((s) => s.open)));
  const x = (v) => labelW + (v / top) * (W - labelW - 50);
  const chart = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'vet-open-steps',
    'data-series': 'otwarte zadania' },
  svg('title', { id: 'vet-open-steps' }, 'Sprawy w toku według etapu: otwarte zadania w każdym kroku'));
  steps.forEach((s, i) => {
    const yy = 8 + i * row;
    const label = s.processName + ' – ' + s.taskName;
    const text = svg('text', { x: labelW - 8, y: yy + 14, 'text-anchor': 'end', 'font-size': 12 },
      label.length > 64 ? label.slice(0, 63) + '…' : label);
    text.appendChild(svg('title', {}, label));
    chart.appendChild(text);
    chart.appendChild(svg('rect', { x: labelW, y: yy + 2, width: Math.max(1, x(s.open) - labelW), height: row - 8, fill: ACTUAL },
      svg('title', {}, label + ': ' + fmt(s.open))));
    chart.appendChild(svg('text', { x: x(s.open) + 6, y: yy + 14, 'font-size': 12 }, fmt(s.open)));
  });
  const axisY = 8 + steps.length * row;
  chart.appendChild(svg('line', { x1: labelW, x2: W - 50, y1: axisY, y2: axisY, stroke: '#999' }));
  ticks(top).forEach((v) => chart.appendChild(svg('text', { x: x(v), y: axisY + 16, 'text-anchor': 'middle',
    'font-size': 11 }, fmt(v))));
  return chart;
}

function renderTrends(node, data) {
  node.textContent = '';
  const root = el('div', { 'data-vet-trends': 'loaded' });
  root.appendChild(el('p', { class: 'muted' }, 'Okres programu: ' + monthLabel(data.firstMonth) + ' – '
    + monthLabel(data.lastMonth) + '. Wykonanie: formy wsparcia ukończone, narastająco według miesiąca zakończenia;'
    + ' plan: równomierny przyrost od zera do celu na koniec programu.'));
  root.appendChild(el('div', { class: 'charts' }, data.activities.map(lineChart)));
  root.appendChild(el('h4', {}, 'Sprawy w toku według etapu'));
  root.appendChild(data.openTasksByStep.length ? barChart(data.openTasksByStep)
    : el('p', { class: 'muted' }, 'Brak otwartych zadań.'));
  node.appendChild(root);
}

// ------------------------------------------------------------------ plugin

function load(url, body, render) {
  fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => {
      if (!r.ok) {
        throw new Error(r.status === 403 ? 'Brak uprawnień.' : 'Błąd ' + r.status);
      }
      return r.json();
    })
    .then((data) => render(body, data))
    .catch((e) => { body.textContent = e.message; });
}

export default {
  id: 'vet-progress',
  pluginPoint: 'cockpit.dashboard',
  priority: 90,
  render: (node) => {
    node.appendChild(el('style', {}, STYLE));
    const root = el('div', { class: 'vet-prog' });
    const completeness = el('div', {}, 'Wczytywanie…');
    const trends = el('div', {}, 'Wczytywanie…');
    root.appendChild(el('h3', {}, 'Kompletność danych uczestników'));
    root.appendChild(completeness);
    root.appendChild(el('h3', {}, 'Postęp w czasie'));
    root.appendChild(trends);
    node.appendChild(root);
    load('/api/indicators/completeness', completeness, renderCompleteness);
    load('/api/indicators/trends', trends, renderTrends);
  },
};
