// Draws the producer's location with Leaflet. The tile server comes from the page (setting Ocop:Map:TileUrl),
// so a province can point it at its own server; without tiles the marker still shows where the producer is.
(function () {
  const element = document.getElementById("producer-map");
  if (!element || !window.L) {
    return;
  }
  const point = [parseFloat(element.dataset.lat), parseFloat(element.dataset.lon)];
  const map = L.map(element, { scrollWheelZoom: false }).setView(point, 13);
  if (element.dataset.tiles) {
    L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
  }
  L.marker(point, { title: element.dataset.label, alt: element.dataset.label }).addTo(map).bindPopup(element.dataset.label);
})();
