using AngleSharp.Html.Parser;
using Ocop.Web.Features.Products;

namespace Ocop.Tests.Features.Products;

/// <summary>
/// Product stories are written by producers and shown on public pages: no Markdown may carry a
/// script, an event handler or a dangerous address into them, whatever its spelling.
/// </summary>
public sealed class SafeMarkdownTests
{
    public static TheoryData<string> XssVectors() =>
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<details open ontoggle=alert(1)>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x]( javascript:alert(1) )",
        "[x](java&#x73;cript:alert(1))",
        "[x](&#106;avascript:alert(1))",
        "[x](<java\tscript:alert(1)>)",
        "[x](\u0001javascript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "[x](javascript:alert(1) \"title\")",
        "[x](\"onmouseover=alert(1))",
        "**<img src=x onerror=alert(1)>**",
        "`<script>alert(1)</script>`",
        "[<img src=x onerror=alert(1)>](https://ocop.gov.vn)",
    ];

    [Theory]
    [MemberData(nameof(XssVectors))]
    public void ToHtml_XssVector_CarriesNoScriptHandlerOrDangerousAddress(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);
        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");

        document.QuerySelectorAll("script, iframe, object, embed, svg, details, style, form").ShouldBeEmpty(html);
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty(html);
            foreach (var address in new[] { element.GetAttribute("href"), element.GetAttribute("src") }.OfType<string>())
            {
                var scheme = new string(address.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
                scheme.ShouldNotStartWith("javascript:", Case.Insensitive, html);
                scheme.ShouldNotStartWith("vbscript:", Case.Insensitive, html);
                scheme.ShouldNotStartWith("data:", Case.Insensitive, html);
            }
        }
    }

    [Theory]
    [InlineData("[site](https://ocop.gov.vn/san-pham)", "https://ocop.gov.vn/san-pham")]
    [InlineData("[mail](mailto:caden@demo.ocop.vn)", "mailto:caden@demo.ocop.vn")]
    [InlineData("[page](/products/12)", "/products/12")]
    [InlineData("[part](#cau-chuyen)", "#cau-chuyen")]
    [InlineData("[time](products?at=10:30)", "products?at=10:30")]
    public void ToHtml_SafeAddress_IsKept(string markdown, string href)
    {
        var document = new HtmlParser().ParseDocument($"<body>{SafeMarkdown.ToHtml(markdown)}</body>");

        document.QuerySelector("a")!.GetAttribute("href").ShouldBe(href);
    }
}
