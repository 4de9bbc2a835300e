// Draws each dashboard chart with Chart.js from the JSON next to its canvas. The table beside it holds the same rows.
(function () {
    'use strict';
    // Greens for the stars (3★ light to 5★ dark) and a contrasting colour for single-series charts.
    var palette = ['#8bc34a', '#2e7d32', '#0b3d0b', '#f59f00', '#1976d2', '#7b1fa2'];
    var maxBars = 15;

    document.querySelectorAll('[data-chart]').forEach(function (box) {
        var data = JSON.parse(box.querySelector('script[type="application/json"]').textContent);
        var rows = data.horizontal ? data.rows.slice(0, maxBars) : data.rows;
        var single = data.series.length === 1;
        new Chart(box.querySelector('canvas'), {
            type: 'bar',
            data: {
                labels: rows.map(function (r) { return r.label; }),
                datasets: data.series.map(function (name, i) {
                    return { label: name, data: rows.map(function (r) { return r.values[i]; }), backgroundColor: single ? palette[3] : palette[i % palette.length], maxBarThickness: 48 };
                })
            },
            options: {
                indexAxis: data.horizontal ? 'y' : 'x',
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { display: !single, position: 'bottom' } },
                scales: {
                    x: { stacked: data.stacked, beginAtZero: true, ticks: { precision: 0, autoSkip: !data.horizontal } },
                    y: { stacked: data.stacked, beginAtZero: true, ticks: { precision: 0, autoSkip: false } }
                }
            }
        });
        box.dataset.rendered = 'true';
    });
})();
