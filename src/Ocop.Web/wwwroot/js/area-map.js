// Draws raw-material areas with Leaflet: each element marked data-area-map carries its boundary as GeoJSON
// (validated on save: polygons inside Vietnam) and the tile server (Ocop:Map:TileUrl). Without tiles the
// outline still shows its shape. The number of drawn shapes is written back to data-shapes for the tests.
(function () {
  if (!window.L) {
    return;
  }
  document.querySelectorAll("[data-area-map]").forEach(function (element) {
    const map = L.map(element, { scrollWheelZoom: false });
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
    }
    const layer = L.geoJSON(JSON.parse(element.dataset.geojson), { style: { color: "#1f5f3f", weight: 2, fillOpacity: 0.25 } }).addTo(map);
    map.fitBounds(layer.getBounds().pad(0.2));
    element.dataset.shapes = String(layer.getLayers().length);
  });
})();
