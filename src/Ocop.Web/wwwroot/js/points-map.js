// Draws display and sales points with Leaflet. Each element marked data-points-map carries its points as
// JSON (data-points: name, lat, lon, address, hours, url) and the tile server (data-tiles, setting
// Ocop:Map:TileUrl); without tiles the markers still show where the points are relative to each other.
// Popups are built from text nodes: point names and addresses are data, never markup.
(function () {
  if (!window.L) {
    return;
  }
  document.querySelectorAll("[data-points-map]").forEach(function (element) {
    const points = JSON.parse(element.dataset.points || "[]").filter(function (p) { return p.lat != null && p.lon != null; });
    const map = L.map(element, { scrollWheelZoom: false });
    if (element.dataset.tiles) {
      L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
    }
    const markers = points.map(function (p) {
      const popup = document.createElement("div");
      const title = document.createElement(p.url ? "a" : "strong");
      title.textContent = p.name;
      if (p.url) {
        title.href = p.url;
      }
      popup.appendChild(title);
      [p.type, p.address, p.hours].filter(Boolean).forEach(function (line) {
        const div = document.createElement("div");
        div.textContent = line;
        popup.appendChild(div);
      });
      return L.marker([p.lat, p.lon], { title: p.name, alt: p.name }).addTo(map).bindPopup(popup);
    });
    if (markers.length === 1) {
      map.setView(markers[0].getLatLng(), 14);
    } else if (markers.length > 1) {
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2));
    } else {
      map.setView([16.0, 106.0], 5); // the whole country
    }
    element.dataset.markers = String(markers.length);
  });
})();
