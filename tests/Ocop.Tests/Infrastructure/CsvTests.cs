using System.Text;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Infrastructure;

public sealed class CsvTests
{
    [Fact]
    public void Write_QuotesWhatNeedsQuoting_AndStartsWithAByteOrderMark()
    {
        var bytes = Csv.Write([["Tên", "Ghi chú"], ["Nước mắm \"Cá Đen\"", "a,b"], ["Dòng\nhai", null]]);
        bytes.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)
            .ShouldBe("Tên,Ghi chú\r\n\"Nước mắm \"\"Cá Đen\"\"\",\"a,b\"\r\n\"Dòng\nhai\",\r\n");
    }

    [Fact]
    public void Write_DefusesFormulas_ButKeepsNegativeNumbers()
    {
        var text = Encoding.UTF8.GetString(Csv.Write([["=HYPERLINK(\"x\")", "-5", "@SUM(A1)", "+84 912"]]))[1..];
        text.ShouldBe("\"'=HYPERLINK(\"\"x\"\")\",-5,'@SUM(A1),'+84 912\r\n");
    }
}
