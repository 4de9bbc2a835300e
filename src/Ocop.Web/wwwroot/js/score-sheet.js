// Live total of a scoring form: sums the checked options (data-points) of every criterion.
(function () {
  function update(form) {
    let total = 0;
    form.querySelectorAll("input[type=radio]:checked").forEach(function (input) {
      total += Number(input.dataset.points || 0);
    });
    const out = form.querySelector("[data-score-total]");
    if (out) { out.textContent = String(total); }
  }
  document.querySelectorAll("form[data-score-sheet]").forEach(function (form) {
    form.addEventListener("change", function () { update(form); });
    update(form);
  });
})();
