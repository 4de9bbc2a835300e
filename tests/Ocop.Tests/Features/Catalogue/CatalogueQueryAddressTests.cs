using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Producers;

namespace Ocop.Tests.Features.Catalogue;

/// <summary>The catalogue page's links: the query as address parameters, one changed, defaults left out.</summary>
public sealed class CatalogueQueryAddressTests
{
    private static readonly CatalogueQuery Full = new("nước mắm & co", 4, 12, "68", "68001", ProducerType.Cooperative, true, CatalogueSort.Newest, 3, 48);

    [Theory]
    [InlineData(null, null, "q=n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm%20%26%20co&stars=4&group=12&province=68&commune=68001&type=cooperative&cert=certificate&sort=newest&pageSize=48&page=3")]
    [InlineData("page", "4", "q=n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm%20%26%20co&stars=4&group=12&province=68&commune=68001&type=cooperative&cert=certificate&sort=newest&pageSize=48&page=4")]
    [InlineData("stars", null, "q=n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm%20%26%20co&group=12&province=68&commune=68001&type=cooperative&cert=certificate&sort=newest&pageSize=48")]
    [InlineData("province", "01", "q=n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm%20%26%20co&stars=4&group=12&province=01&type=cooperative&cert=certificate&sort=newest&pageSize=48")]
    [InlineData("cert", "legacy", "q=n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm%20%26%20co&stars=4&group=12&province=68&commune=68001&type=cooperative&cert=legacy&sort=newest&pageSize=48")]
    public void AFilterChanged_StartsAgainFromPageOne_AndAProvinceDropsItsCommune(string? change, string? value, string expected) =>
        Full.ToQueryString(change, value).ShouldBe(expected);

    /// <summary>The links the catalogue page writes straight into its facets: the same address, its separators encoded for an attribute.</summary>
    [Theory]
    [InlineData("page", "4", "/products?q=n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm%20%26%20co&amp;stars=4&amp;group=12&amp;province=68&amp;commune=68001&amp;type=cooperative&amp;cert=certificate&amp;sort=newest&amp;pageSize=48&amp;page=4")]
    [InlineData("stars", null, "/products?q=n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm%20%26%20co&amp;group=12&amp;province=68&amp;commune=68001&amp;type=cooperative&amp;cert=certificate&amp;sort=newest&amp;pageSize=48")]
    [InlineData("province", "01", "/products?q=n%C6%B0%E1%BB%9Bc%20m%E1%BA%AFm%20%26%20co&amp;stars=4&amp;group=12&amp;province=01&amp;type=cooperative&amp;cert=certificate&amp;sort=newest&amp;pageSize=48")]
    [InlineData("q", "chè <b>", "/products?q=ch%C3%A8%20%3Cb%3E&amp;stars=4&amp;group=12&amp;province=68&amp;commune=68001&amp;type=cooperative&amp;cert=certificate&amp;sort=newest&amp;pageSize=48")]
    public void ALinkWrittenIntoThePage_IsTheSameAddress_EncodedForAnAttribute(string change, string? value, string expected)
    {
        var written = new StringWriter();
        new CatalogueLinks("/products", Full).With(change, value).WriteTo(written, System.Text.Encodings.Web.HtmlEncoder.Default);
        written.ToString().ShouldBe(expected);
        System.Net.WebUtility.HtmlDecode(written.ToString()).ShouldBe("/products?" + Full.ToQueryString(change, value));
    }

    [Fact]
    public void ALinkWithNothingLeft_IsThePathAndAQuestionMark()
    {
        var written = new StringWriter();
        new CatalogueLinks("/products", new CatalogueQuery(Stars: 4)).With("stars", null).WriteTo(written, System.Text.Encodings.Web.HtmlEncoder.Default);
        written.ToString().ShouldBe("/products?");
    }

    [Fact]
    public void Defaults_AreLeftOut() =>
        new CatalogueQuery().ToQueryString().ShouldBe(string.Empty);
}
