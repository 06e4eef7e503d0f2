/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // app name and vendor shown in the header and the browser title
  app: {
    name: 'Zadania',
    vendor: 'Opolskie szkolnictwo zawodowe'
  },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // the UI is Polish only (locales/pl.json), whatever the browser language
  locales: {
    availableLocales: ['pl'],
    fallbackLocale: 'pl'
  },
  // ES modules loaded at start; '../vet-forgotten-password.js': "Nie pamiętasz hasła?" on the login page (paths relative to the tasklist folder): Camunda Forms in Polish
  // (messages, dd.mm.rrrr dates, decimal comma), the start action only for users who may start, list
  // rows (form-js dynamiclist) that would otherwise keep "Zakończ" disabled, and "Przejmij" and the
  // give-back of a claim only where the claim rule allows them, an error scrolled into view, and the
  // "Dokumenty" tab of a task (the case's documents, attaching a scan)
  customScripts: ['../vet-forgotten-password.js', 'scripts/vet-forms-pl.js', 'scripts/vet-start-actions.js', 'scripts/dynamic-list-validity.js',
    'scripts/vet-task-actions.js', 'scripts/vet-notifications.js', 'scripts/vet-documents.js'],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // keyboard shortcuts; the descriptions are shown as they are in the shortcut help dialog
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'Przejmuje zaznaczone zadanie (przypisuje je do Ciebie)'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'Przechodzi do pierwszego filtra na liście'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'Przechodzi do pierwszego zadania na liście'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'Przechodzi do pierwszego pola formularza zadania'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'Otwiera okno rozpoczynania procesu'
    }
  }
};
