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

    [Fact]
    public void Defaults_AreLeftOut() =>
        new CatalogueQuery().ToQueryString().ShouldBe(string.Empty);
}
