// While the import form posts (a normal form submission: the page follows the answer), poll the progress
// endpoint and move the bar. Without JavaScript the import still runs; only the bar is missing.
(function () {
    'use strict';
    var form = document.querySelector('[data-import-form]');
    if (!form) { return; }
    form.addEventListener('submit', function () {
        var box = form.querySelector('[data-import-progress]');
        var bar = box.querySelector('.progress-bar');
        var text = box.querySelector('[data-import-progress-text]');
        box.classList.remove('d-none');
        form.querySelector('button[type=submit]').disabled = true;
        var timer = setInterval(function () {
            fetch(form.dataset.progressUrl, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                .then(function (r) { return r.ok ? r.json() : null; })
                .then(function (p) {
                    if (!p || !p.running || !p.total) { return; }
                    var percent = Math.floor(100 * p.done / p.total);
                    bar.style.width = percent + '%';
                    bar.parentElement.setAttribute('aria-valuenow', String(percent));
                    text.textContent = p.done + ' / ' + p.total;
                })
                .catch(function () { clearInterval(timer); });
        }, 500);
    });
})();
