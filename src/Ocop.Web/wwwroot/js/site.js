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

// After a refused form (the server marks its fields .input-validation-error): each field says it is invalid and which
// message describes it, and the focus moves to the first of them, else to the list of errors, rather than staying on the page.
(function () {
  const fields = Array.from(document.querySelectorAll(".input-validation-error"));
  fields.forEach(function (field, index) {
    field.setAttribute("aria-invalid", "true");
    const message = field.name && document.querySelector('[data-valmsg-for="' + CSS.escape(field.name) + '"]');
    if (message && message.textContent.trim()) {
      message.id = message.id || "error-" + index;
      field.setAttribute("aria-describedby", ((field.getAttribute("aria-describedby") || "") + " " + message.id).trim());
    }
  });
  const summary = document.querySelector(".validation-summary-errors");
  if (fields.length > 0) {
    fields[0].focus();
  } else if (summary) {
    summary.setAttribute("tabindex", "-1");
    summary.focus();
  }
})();

// On a phone the catalogue's filters start folded behind their button (which counts those chosen), so the first products are in view.
document.querySelectorAll("details[data-fold-on-phone]").forEach(function (details) {
  if (window.matchMedia("(max-width: 991.98px)").matches) {
    details.open = false;
  }
});

// Sharing a product: the phone's share sheet (Zalo, Messenger…) where the browser has one, else the address is copied.
document.addEventListener("click", function (event) {
  const button = event.target.closest("[data-share]");
  if (!button) {
    return;
  }

  const data = { title: button.dataset.shareTitle, url: button.dataset.shareUrl };
  const status = button.parentElement.querySelector("[data-share-status]");
  if (navigator.share) {
    navigator.share(data).catch(function () { /* the reader closed the sheet */ });
  } else if (navigator.clipboard) {
    navigator.clipboard.writeText(data.url).then(function () { status.textContent = button.dataset.copied; });
  }
});

// A product's gallery: a thumbnail shows its photo in the large picture (without script it opens the photo itself).
document.addEventListener("click", function (event) {
  const thumb = event.target.closest("[data-gallery-thumb]");
  const main = document.querySelector("[data-gallery-main]");
  if (!thumb || !main) {
    return;
  }

  event.preventDefault();
  // The large picture's widths (srcset) decide what the browser shows: both change, the original address as the fallback.
  main.srcset = thumb.dataset.srcset || "";
  main.src = thumb.getAttribute("href");
  document.querySelectorAll("[data-gallery-thumb]").forEach(function (t) { t.removeAttribute("aria-current"); });
  thumb.setAttribute("aria-current", "true");
});

// A product's video: the host's player replaces the play button only when pressed, so the page loads nothing from YouTube
// or TikTok until then; the player gets the focus so that the keyboard goes on inside it.
document.addEventListener("click", function (event) {
  const play = event.target.closest("[data-video-play]");
  const frame = play && play.closest("[data-video]");
  if (!frame) {
    return;
  }

  const player = document.createElement("iframe");
  player.src = frame.dataset.embed;
  player.title = frame.dataset.videoTitle;
  player.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
  player.allowFullscreen = true;
  player.referrerPolicy = "strict-origin-when-cross-origin";
  frame.replaceChildren(player);
  player.focus();
});
