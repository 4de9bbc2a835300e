using Ocop.Web.Features.ValueChains;
using Problem = Ocop.Web.Features.ValueChains.GeoJsonBoundary.Problem;

namespace Ocop.Tests.Features.ValueChains;

public sealed class GeoJsonBoundaryTests
{
    /// <summary>A small square of dragon-fruit fields near Hàm Thuận Nam (longitude first, as GeoJSON wants).</summary>
    internal const string Square = """{"type":"Polygon","coordinates":[[[108.05,10.95],[108.07,10.95],[108.07,10.97],[108.05,10.97],[108.05,10.95]]]}""";

    [Theory]
    [InlineData(Square, Problem.None)]
    [InlineData("""{"type":"Feature","properties":{},"geometry":""" + Square + "}", Problem.None)]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":""" + Square + "}]}", Problem.None)]
    [InlineData("""{"type":"MultiPolygon","coordinates":[[[[108.05,10.95],[108.07,10.95],[108.07,10.97],[108.05,10.95]]],[[[109.1,12.2],[109.2,12.2],[109.2,12.3],[109.1,12.2]]]]}""", Problem.None)]
    [InlineData("{not json", Problem.NotGeoJson)]
    [InlineData("""{"type":"Circle","coordinates":[108,11]}""", Problem.NotGeoJson)]
    [InlineData("""{"type":"Polygon","coordinates":[[[108.05,"10.95"],[108.07,10.95],[108.07,10.97],[108.05,10.95]]]}""", Problem.NotGeoJson)]
    [InlineData("""{"type":"Point","coordinates":[108.05,10.95]}""", Problem.NotAPolygon)]
    [InlineData("""{"type":"FeatureCollection","features":[]}""", Problem.NotAPolygon)]
    [InlineData("""{"type":"Polygon","coordinates":[[[108.05,10.95],[108.07,10.95],[108.05,10.95]]]}""", Problem.BadRing)]
    [InlineData("""{"type":"Polygon","coordinates":[[[108.05,10.95],[108.07,10.95],[108.07,10.97],[108.05,10.97]]]}""", Problem.BadRing)]
    [InlineData("""{"type":"Polygon","coordinates":[[[10.95,108.05],[10.95,108.07],[10.97,108.07],[10.95,108.05]]]}""", Problem.OutsideVietnam)]
    [InlineData("""{"type":"Polygon","coordinates":[[[2.35,48.85],[2.36,48.85],[2.36,48.86],[2.35,48.85]]]}""", Problem.OutsideVietnam)]
    public void Check_AcceptsPolygonsInsideVietnam_AndSaysWhatIsWrongOtherwise(string geoJson, Problem expected) =>
        GeoJsonBoundary.Check(geoJson).ShouldBe(expected);

    [Fact]
    public void Check_RefusesHugeBoundaries()
    {
        var ring = string.Join(",", Enumerable.Range(0, 20_001).Select(i => $"[108.{i % 1000:000},11.0]"));
        GeoJsonBoundary.Check($$"""{"type":"Polygon","coordinates":[[{{ring}},[108.000,11.0]]]}""").ShouldBe(Problem.TooLarge);
    }
}
