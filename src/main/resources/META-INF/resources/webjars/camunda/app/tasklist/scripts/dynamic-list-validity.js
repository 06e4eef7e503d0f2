// Lets a Camunda Form with list rows (form-js dynamiclist) be completed in Tasklist 7.24.
//
// form-js 1.8.7 records the validation result of a field in a row under [field id, row index]; a
// valid value deletes the index but leaves the field's entry ({"Field_x": [null]}). Tasklist counts
// the entries of form-js' "changed" event (Object.keys(errors).length) and keeps "Zakończ" (and a
// start form's "Rozpocznij") disabled as soon as one row field was edited. After each edit, when the
// form shows no error message, the form is marked valid again. The server validates every submission in any case.
function formIsValidAgain(form) {
  if (!window.angular || form.querySelector('.fjs-form-field-error')) {
    return;
  }
  const host = form.closest('[cam-tasklist-form]');
  const scope = host && window.angular.element(host).isolateScope();
  if (scope && scope.$invalid) {
    scope.$invalid = false;
    // the start dialog keeps its own flag for "Rozpocznij", set through this callback
    if (typeof scope.onFormValidation === 'function') {
      scope.onFormValidation(false);
    }
    scope.$applyAsync();
  }
}

function afterEdit(event) {
  const form = event.target && event.target.closest && event.target.closest('.fjs-form');
  if (form) {
    // after form-js' debounced update (300 ms) and Tasklist's own check
    [50, 400, 900].forEach(delay => setTimeout(() => formIsValidAgain(form), delay));
  }
}

['input', 'change', 'click', 'keyup', 'focusout'].forEach(type => document.addEventListener(type, afterEdit, true));

export default [];
