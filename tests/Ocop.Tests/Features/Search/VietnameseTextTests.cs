using Ocop.Web.Features.Products;
using Ocop.Web.Features.Search;

namespace Ocop.Tests.Features.Search;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Nước mắm Cá Đen", "nuoc mam ca den")]
    [InlineData("  BƯỞI   da xanh ", "buoi da xanh")]
    [InlineData("Rượu vang thanh long Hàm Đức", "ruou vang thanh long ham duc")]
    [InlineData("Phường Phú Thuỷ", "phuong phu thuy")]
    [InlineData("", "")]
    public void Fold_StripsMarksAndCase(string input, string expected) => VietnameseText.Fold(input).ShouldBe(expected);

    [Theory]
    [InlineData("8930000000019", true)]
    [InlineData("8930000000018", false)]
    [InlineData("96385074", true)]
    [InlineData("036000291452", true)]
    [InlineData("12345", false)]
    [InlineData("89300000000a7", false)]
    public void Gtin_ValidatesCheckDigitAndLength(string gtin, bool valid) => Gtin.TryNormalize(gtin, out _, out _).ShouldBe(valid);
}
