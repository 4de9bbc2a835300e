using System.Text.Json;

namespace Ocop.Web.Features.ValueChains;

/// <summary>
/// Checks an area's boundary: GeoJSON (RFC 7946) Polygon or MultiPolygon, bare or as a Feature or a
/// FeatureCollection of them; every ring closed with at least four positions; every position
/// [longitude, latitude] inside Vietnam's bounding box (islands included); at most 20,000 positions.
/// </summary>
public static class GeoJsonBoundary
{
    public const int MaxLength = 400_000;
    private const int MaxPositions = 20_000;

    // Vietnam's extent with its islands (Trường Sa reaches 111.9°E, 6.4°N; Hà Giang 23.4°N; Điện Biên 102.1°E).
    private const double West = 102.0, East = 117.9, South = 6.0, North = 23.5;

    public enum Problem
    {
        None,
        NotGeoJson,
        NotAPolygon,
        BadRing,
        OutsideVietnam,
        TooLarge,
    }

    public static Problem Check(string text)
    {
        if (text.Length > MaxLength)
        {
            return Problem.TooLarge;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var positions = 0;
            return CheckObject(document.RootElement, ref positions, allowCollection: true);
        }
        catch (JsonException)
        {
            return Problem.NotGeoJson;
        }
    }

    private static Problem CheckObject(JsonElement element, ref int positions, bool allowCollection)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return Problem.NotGeoJson;
        }

        switch (type.GetString())
        {
            case "FeatureCollection" when allowCollection:
                if (!element.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array || features.GetArrayLength() == 0)
                {
                    return Problem.NotAPolygon;
                }

                foreach (var feature in features.EnumerateArray())
                {
                    if (CheckObject(feature, ref positions, allowCollection: false) is var problem and not Problem.None)
                    {
                        return problem;
                    }
                }

                return Problem.None;
            case "Feature":
                return element.TryGetProperty("geometry", out var geometry) ? CheckObject(geometry, ref positions, allowCollection: false) : Problem.NotAPolygon;
            case "Polygon":
                return element.TryGetProperty("coordinates", out var rings) ? CheckPolygon(rings, ref positions) : Problem.NotGeoJson;
            case "MultiPolygon":
                if (!element.TryGetProperty("coordinates", out var polygons) || polygons.ValueKind != JsonValueKind.Array || polygons.GetArrayLength() == 0)
                {
                    return Problem.NotGeoJson;
                }

                foreach (var polygon in polygons.EnumerateArray())
                {
                    if (CheckPolygon(polygon, ref positions) is var problem and not Problem.None)
                    {
                        return problem;
                    }
                }

                return Problem.None;
            case "Point" or "MultiPoint" or "LineString" or "MultiLineString" or "GeometryCollection" or "FeatureCollection":
                return Problem.NotAPolygon;
            default:
                return Problem.NotGeoJson;
        }
    }

    private static Problem CheckPolygon(JsonElement rings, ref int positions)
    {
        if (rings.ValueKind != JsonValueKind.Array || rings.GetArrayLength() == 0)
        {
            return Problem.NotGeoJson;
        }

        foreach (var ring in rings.EnumerateArray())
        {
            if (ring.ValueKind != JsonValueKind.Array || ring.GetArrayLength() < 4)
            {
                return Problem.BadRing;
            }

            (double Lon, double Lat)? first = null, last = null;
            foreach (var position in ring.EnumerateArray())
            {
                if (++positions > MaxPositions)
                {
                    return Problem.TooLarge;
                }

                if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                    || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
                {
                    return Problem.NotGeoJson;
                }

                var point = (Lon: position[0].GetDouble(), Lat: position[1].GetDouble());
                if (point.Lon is < West or > East || point.Lat is < South or > North)
                {
                    return Problem.OutsideVietnam;
                }

                first ??= point;
                last = point;
            }

            if (first != last)
            {
                return Problem.BadRing;
            }
        }

        return Problem.None;
    }
}
