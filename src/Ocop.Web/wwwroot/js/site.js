// Buttons with data-confirm ask before submitting (closing a round, submitting a sheet, deleting, revoking).
document.addEventListener("click", function (event) {
  const button = event.target.closest("[data-confirm]");
  if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});

// Lists whose filter applies as soon as it is chosen.
document.addEventListener("change", function (event) {
  if (event.target.matches("[data-autosubmit]")) {
    event.target.form.requestSubmit();
  }
});

// A secret shown once is selected whole when it gets focus, ready to copy.
document.addEventListener("focusin", function (event) {
  if (event.target.matches("[data-select-on-focus]")) {
    event.target.select();
  }
});

// The verification form goes to /verify/{number}, the certificate's own address.
document.addEventListener("submit", function (event) {
  const form = event.target;
  if (form.matches("[data-verify-form]")) {
    form.action = "/verify/" + encodeURIComponent(form.elements.number.value.trim());
    form.elements.number.disabled = true;
  }
});

// A province list reloads its commune list (htmx): the chosen province goes as "province", whatever the list's own name.
document.addEventListener("htmx:configRequest", function (event) {
  const picker = event.detail.elt;
  if (picker.matches("[data-picks-communes]")) {
    event.detail.parameters.province = picker.value;
  }
});
