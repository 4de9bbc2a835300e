using System.Text.Json;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>Sales points as wwwroot/js/points-map.js reads them (data-points): only those with a location.</summary>
public static class PointsMap
{
    public static string Json(IEnumerable<SalesPointItem> points, Func<SalesPointType, string> typeName) =>
        JsonSerializer.Serialize(points.Where(p => p.Latitude is not null && p.Longitude is not null).Select(p => new
        {
            name = p.Name,
            type = typeName(p.Type),
            lat = p.Latitude,
            lon = p.Longitude,
            address = string.Join(", ", new[] { p.AddressLine, p.CommuneName, p.ProvinceName }.Where(x => !string.IsNullOrEmpty(x))),
            hours = p.OpeningHours is null ? null : OpeningHoursText.ForReader(p.OpeningHours).Text,
            url = $"/where-to-buy/{p.Id}",
        }));
}
