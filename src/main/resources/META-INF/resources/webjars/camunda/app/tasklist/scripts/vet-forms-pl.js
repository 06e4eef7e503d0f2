// Camunda Forms in Polish. Tasklist 7.24 bundles form-js 1.8.7, which hard-codes English messages
// and texts and shows dates in the browser's locale (mm/dd/yyyy in an English browser). It cannot be
// replaced, so this script (a Tasklist customScript, an ES module with no plugins) rewrites what a form
// shows as form-js renders it:
// - texts and attributes (placeholder, aria-label, title, alt) inside a form: one MutationObserver on
//   the page; each callback looks only at the nodes that changed (form-js re-renders only what
//   changed) and at nothing outside `.fjs-container`; a translated text no longer matches any English
//   pattern, so our own writes end there;
// - date fields: each flatpickr instance (`input._flatpickr`) is reconfigured once, when its calendar
//   appears: Polish names, Monday first, dd.mm.rrrr shown and typed; form-js still takes the picked
//   Date object and submits its ISO string (yyyy-MM-dd);
// - number fields show a decimal comma (form-js already turns a typed "," into "."); read-only amounts
//   (suffix "zł") are shown as Polish amounts ("12 500,00").

const PATTERN_MESSAGES = {
  '^[0-9]{11}$': 'Niepoprawny format: wpisz 11 cyfr.',
  '^[0-9 +()-]{9,20}$': 'Niepoprawny format numeru telefonu (np. 600 100 200 lub +48 600 100 200).',
  '^[0-9 -]{10,13}$': 'Niepoprawny format NIP: wpisz 10 cyfr (np. 754-123-45-67).',
  '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$': 'Niepoprawny format adresu e-mail (np. jan.kowalski@szkola.pl).'
};

const PL_DATE_FORMAT = 'd.m.Y';
const PL_DATE_PLACEHOLDER = 'dd.mm.rrrr';

const PL_FLATPICKR_LOCALE = {
  weekdays: {
    shorthand: ['Nd', 'Pn', 'Wt', 'Śr', 'Cz', 'Pt', 'So'],
    longhand: ['Niedziela', 'Poniedziałek', 'Wtorek', 'Środa', 'Czwartek', 'Piątek', 'Sobota']
  },
  months: {
    shorthand: ['Sty', 'Lut', 'Mar', 'Kwi', 'Maj', 'Cze', 'Lip', 'Sie', 'Wrz', 'Paź', 'Lis', 'Gru'],
    longhand: ['Styczeń', 'Luty', 'Marzec', 'Kwiecień', 'Maj', 'Czerwiec', 'Lipiec', 'Sierpień', 'Wrzesień',
      'Październik', 'Listopad', 'Grudzień']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' do ',
  weekAbbreviation: 'tydz.',
  scrollTitle: 'Przewiń, aby zmienić',
  toggleTitle: 'Kliknij, aby przełączyć',
  amPM: ['AM', 'PM'],
  yearAriaLabel: 'Rok',
  monthAriaLabel: 'Miesiąc',
  hourAriaLabel: 'Godzina',
  minuteAriaLabel: 'Minuta',
  time_24hr: true,
  ordinal: () => '.'
};

/** 1 znak, 2-4 znaki, 5-21 znaków, 22-24 znaki... */
function plural(n, one, few, many) {
  if (n === 1) {
    return one;
  }
  const lastDigit = n % 10;
  const lastTwo = n % 100;
  return lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14) ? few : many;
}

/** "10000000" -> "10 000 000", "0.01" -> "0,01"; anything else as it is. */
function plNumber(text) {
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    return text;
  }
  const decimals = (text.split('.')[1] || '').length;
  return new Intl.NumberFormat('pl-PL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    .format(Number(text));
}

function characters(n) {
  return n + ' ' + plural(n, 'znak', 'znaki', 'znaków');
}

// Every English text form-js 1.8.7 puts into a form (packages/form-js-viewer/src), matched whole.
const TEXTS = [
  [/^Field is required\.$/, () => 'Pole jest wymagane.'],
  [/^Field must match pattern ([\s\S]*)\.$/, (m) => PATTERN_MESSAGES[m[1]] || 'Wartość ma niepoprawny format.'],
  [/^Field must have minimum value of (.*)\.$/, (m) => `Wartość musi wynosić co najmniej ${plNumber(m[1])}.`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `Wartość może wynosić najwyżej ${plNumber(m[1])}.`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Wartość musi mieć co najmniej ${characters(+m[1])}.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Wartość może mieć najwyżej ${characters(+m[1])}.`],
  [/^Field must be a valid\s+international phone number\./,
    () => 'Podaj poprawny numer telefonu w formacie międzynarodowym (np. +48600100200).'],
  [/^Field must be a valid email\.$/, () => 'Podaj poprawny adres e-mail.'],
  [/^Value is not a number\.$/, () => 'Wartość musi być liczbą.'],
  [/^Value is expected to be an integer\.$/, () => 'Wartość musi być liczbą całkowitą.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    (m) => `Wartość może mieć najwyżej ${m[1]} ${plural(+m[1], 'miejsce', 'miejsca', 'miejsc')} po przecinku.`],
  [/^Please select a valid value, the two nearest valid values are (\S+) and (\S+)\.$/,
    (m) => `Podaj poprawną wartość; najbliższe poprawne wartości to ${plNumber(m[1])} i ${plNumber(m[2])}.`],
  [/^Date and time must both be entered\.$/, () => 'Podaj datę i godzinę.'],
  [/^Add new$/, () => 'Dodaj pozycję'],
  [/^Expand all \((\d+)\)$/, (m) => `Rozwiń wszystkie (${m[1]})`],
  [/^Collapse$/, () => 'Zwiń'],
  [/^Nothing to show\.$/, () => 'Brak danych.'],
  [/^No results$/, () => 'Brak wyników'],
  [/^All values selected$/, () => 'Wybrano wszystkie wartości'],
  [/^Skip to search$/, () => 'Przejdź do wyszukiwania'],
  [/^No content to show\.$/, () => 'Brak treści do wyświetlenia.'],
  [/^External content couldn't be loaded\.$/, () => 'Nie udało się wczytać treści zewnętrznej.']
];

// Texts too short to be matched everywhere: only where form-js puts them.
const TEXTS_BY_PARENT = [
  ['.fjs-select-display', /^Select$/, () => 'Wybierz'],
  ['.fjs-table-nav-label', /^of$/, () => 'z']
];

const ATTRIBUTES = ['placeholder', 'aria-label', 'title', 'alt'];

const ATTRIBUTE_TEXTS = [
  [/^Search$/, () => 'Szukaj'],
  [/^hh:mm$/, () => 'gg:mm'],
  [/^hh:mm \?m$/, () => 'gg:mm ?m'],
  [/^Increment$/, () => 'Zwiększ'],
  [/^Decrement$/, () => 'Zmniejsz'],
  [/^Remove list item (\d+)$/, (m) => `Usuń pozycję ${m[1]}`],
  [/^Remove tag$/, () => 'Usuń'],
  [/^Previous page$/, () => 'Poprzednia strona'],
  [/^Next page$/, () => 'Następna strona'],
  [/^Click to sort by (.*) descending$/, (m) => `Kliknij, aby posortować malejąco: ${m[1]}`],
  [/^Click to sort by (.*) ascending$/, (m) => `Kliknij, aby posortować rosnąco: ${m[1]}`],
  [/^Click to remove sorting$/, () => 'Kliknij, aby wyłączyć sortowanie'],
  [/^This is an image placeholder$/, () => 'Miejsce na obraz'],
  [/^Year$/, () => 'Rok'],
  [/^Month$/, () => 'Miesiąc']
];

const FORM = '.fjs-container';

function translateWith(rules, text) {
  for (const [pattern, polish] of rules) {
    const match = pattern.exec(text);
    if (match) {
      return polish(match);
    }
  }
  return null;
}

function translateTextNode(node) {
  const text = node.data;
  const trimmed = text.trim();
  if (!trimmed || !/[A-Za-z]/.test(trimmed)) {
    return;
  }
  let polish = translateWith(TEXTS, trimmed);
  if (polish === null && node.parentElement) {
    for (const [parent, pattern, translate] of TEXTS_BY_PARENT) {
      const match = node.parentElement.closest(parent) && pattern.exec(trimmed);
      if (match) {
        polish = translate(match);
        break;
      }
    }
  }
  if (polish !== null) {
    node.data = text.replace(trimmed, polish);
  }
}

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && /[A-Za-z]/.test(value)) {
      const polish = translateWith(ATTRIBUTE_TEXTS, value.trim());
      if (polish !== null) {
        element.setAttribute(name, polish);
      }
    }
  }
}

// ------------------------------------------------------------------------------------------ dates

/** dd.mm.rrrr (also with "/", "-" or " ", one-digit day and month) or yyyy-mm-dd; anything else is no date. */
function parsePolishDate(text) {
  const value = String(text).trim();
  let match = /^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4})$/.exec(value);
  let day;
  let month;
  let year;
  if (match) {
    [day, month, year] = [+match[1], +match[2], +match[3]];
  } else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    [year, month, day] = [+match[1], +match[2], +match[3]];
  } else {
    return undefined;
  }
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
}

function polishDatepicker(input) {
  const picker = input && input._flatpickr;
  if (!picker || picker.vetPolish) {
    return;
  }
  picker.vetPolish = true;
  // set() rebuilds the calendar (names, first weekday) and rewrites the shown value in the new format
  picker.set({
    locale: PL_FLATPICKR_LOCALE,
    dateFormat: PL_DATE_FORMAT,
    ariaDateFormat: 'd.m.Y',
    parseDate: parsePolishDate
  });
  input.setAttribute('placeholder', PL_DATE_PLACEHOLDER);
}

// ---------------------------------------------------------------------------------------- numbers

const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');

function isAmount(field) {
  const suffix = field.querySelector('.fjs-input-adornment-text');
  return !!suffix && suffix.textContent.trim() === 'zł';
}

/**
 * form-js sets the input's value property on each render (a dot decimal); an own accessor on that one
 * input shows it with a comma instead. What the user types is read back as it is: form-js turns the
 * comma into a dot itself. The same value is not written twice, so the caret stays where it is.
 */
function showDecimalComma(input, format) {
  if (input.vetDecimalComma) {
    return;
  }
  input.vetDecimalComma = true;
  const show = (value) => {
    const shown = format(value == null ? '' : String(value));
    if (nativeValue.get.call(input) !== shown) {
      nativeValue.set.call(input, shown);
    }
  };
  Object.defineProperty(input, 'value', {
    configurable: true,
    get: () => nativeValue.get.call(input),
    set: show
  });
  show(nativeValue.get.call(input));
}

const commaDecimal = (value) => value.replace('.', ',');

const AMOUNT = new Intl.NumberFormat('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const polishAmount = (value) => (/^-?\d+([.,]\d+)?$/.test(value) ? AMOUNT.format(Number(value.replace(',', '.'))) : value);

function setUpNumberField(field) {
  const input = field.querySelector('input.fjs-input');
  if (input) {
    showDecimalComma(input, input.readOnly && isAmount(field) ? polishAmount : commaDecimal);
  }
}

function setUpAmountTextfield(field) {
  const input = field.querySelector('input.fjs-input');
  if (input && input.readOnly && isAmount(field)) {
    showDecimalComma(input, polishAmount);
  }
}

// ------------------------------------------------------------------------------------------ scan

function scan(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    translateTextNode(root);
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateTextNode(node);
  }
  translateAttributes(root);
  root.querySelectorAll('[placeholder], [aria-label], [title], [alt]').forEach(translateAttributes);

  const fields = (selector) => [
    ...(root.matches(selector) ? [root] : []),
    ...root.querySelectorAll(selector),
    ...(root.closest(selector) && !root.matches(selector) ? [root.closest(selector)] : [])
  ];
  fields('.fjs-form-field-number').forEach(setUpNumberField);
  fields('.fjs-form-field-textfield').forEach(setUpAmountTextfield);
  // a calendar appears when flatpickr has set itself up on the date input
  fields('.fjs-datepicker').forEach((picker) => polishDatepicker(picker.querySelector('input')));
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!element && (!!element.closest(FORM) || (element.querySelector && !!element.querySelector(FORM)));
}

const observer = new MutationObserver((mutations) => {
  const roots = new Set();
  for (const mutation of mutations) {
    if (mutation.type === 'childList') {
      mutation.addedNodes.forEach((node) => inForm(node) && roots.add(node));
    } else if (inForm(mutation.target)) {
      if (mutation.type === 'characterData') {
        translateTextNode(mutation.target);
      } else {
        translateAttributes(mutation.target);
      }
    }
  }
  roots.forEach((root) => root.isConnected && scan(root));
});

observer.observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ATTRIBUTES
});

// a date input focused before its calendar was noticed (flatpickr is created after the first render)
document.addEventListener('focusin', (event) => {
  if (event.target.closest && event.target.closest('.fjs-datepicker')) {
    polishDatepicker(event.target);
  }
}, true);

export default [];
