// The page shows what a form just created (a token's secret, shown once). Replacing the history entry with the
// page's plain address makes a reload ask for the page again instead of sending the form a second time (which
// would create a second token).
(function () {
    const query = new URLSearchParams(location.search);
    query.delete("handler");
    const rest = query.toString();
    history.replaceState(null, "", location.pathname + (rest ? "?" + rest : ""));
})();
