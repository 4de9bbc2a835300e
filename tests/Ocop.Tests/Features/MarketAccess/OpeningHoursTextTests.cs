using Ocop.Web.Features.MarketAccess;

namespace Ocop.Tests.Features.MarketAccess;

/// <summary>Opening hours typed in Vietnamese, read in English; anything not fully understood is left as typed.</summary>
public sealed class OpeningHoursTextTests
{
    [Theory]
    [InlineData("7:30–21:00 hằng ngày", "7:30–21:00 daily")]
    [InlineData("Thứ 2 - Thứ 7: 7h30-17h, Chủ nhật nghỉ", "Mon - Sat: 7:30-17:00, Sun closed")]
    [InlineData("T2–T6 8h–17h; T7, CN 8h–12h", "Mon–Fri 8:00–17:00; Sat, Sun 8:00–12:00")]
    [InlineData("Từ 6:00 đến 22:00, cả tuần", "from 6:00 to 22:00, every day")]
    [InlineData("8:00–22:00", "8:00–22:00")]
    [InlineData("Sáng 7h-11h, chiều 13h-17h; nghỉ ngày lễ", "mornings 7:00-11:00, afternoons 13:00-17:00; closed public holidays")]
    public void KnownWords_AreReadInEnglish(string vietnamese, string english) => OpeningHoursText.English(vietnamese).ShouldBe(english);

    [Theory]
    [InlineData("7:30–21:00, gọi trước khi đến")]
    [InlineData("Theo mùa vụ")]
    public void AWordLeftUnknown_LeavesTheTextAsTyped(string vietnamese) => OpeningHoursText.English(vietnamese).ShouldBeNull();
}
