using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure.Mail;

namespace Ocop.Tests.Features.MarketAccess;

/// <summary>Buyer inquiries: sent from a product page, confirmed by mail, answered by the producer, counted for officers; floods refused.</summary>
public sealed partial class InquiryTests
{
    private static InquiryInput Inquiry(string email = "buyer@import.example") => new()
    {
        BuyerName = "Nguyễn Văn Mua", Company = "Công ty Xuất nhập khẩu Sài Gòn", Email = email, Phone = "0909 123 456",
        Quantity = 500, Unit = "chai", Destination = "Singapore", Market = InquiryMarket.Export, Message = "Xin báo giá FOB, đóng thùng 12 chai.",
    };

    private sealed record Shop(OcopApp App, HttpClient Officer, HttpClient Owner, ProductDetails Product, int ProducerId);

    private static async Task<Shop> ShopAsync(OcopApp app)
    {
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var input = Registry.Producer();
        input.Email = "caden@producer.example";
        var producer = await Registry.CreateProducerAsync(officer, input);
        var product = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen", ProductStatus.Active, listedStars: 4);
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));
        return new Shop(app, officer, owner, product, producer.Id);
    }

    private static Task<List<string>> MailsToAsync(OcopApp app, string address) =>
        app.WithScopeAsync(s =>
        {
            var folder = ((FolderMailSender)s.GetRequiredService<IMailSender>()).Folder;
            return Task.FromResult(Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.eml").Order().Select(File.ReadAllText).Where(m => m.Contains($"To: {address}", StringComparison.Ordinal)).ToList()
                : []);
        });

    [GeneratedRegex(@"/inquiries/confirm\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex ConfirmLink();

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task Buyer_AsksForAQuote_ConfirmsByMail_AndTheProducerAnswers(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var shop = await ShopAsync(app);
        var buyer = app.CreateClient();
        var url = $"/api/v1/products/{shop.Product.Id}/inquiries";

        var empty = await buyer.PostAsJsonAsync(url, new InquiryInput(), Json.Options);
        var problems = await empty.Content.ReadAsStringAsync();
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest, problems);
        foreach (var field in new[] { "buyerName", "email", "quantity", "destination", "market" })
        {
            problems.ShouldContain($"\"{field}\"");
        }

        var zero = Inquiry();
        zero.Quantity = 0;
        (await (await buyer.PostAsJsonAsync(url, zero, Json.Options)).Content.ReadAsStringAsync()).ShouldContain("lớn hơn 0");
        (await buyer.PostAsJsonAsync("/api/v1/products/999999/inquiries", Inquiry(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var sent = await buyer.PostAsJsonAsync(url, Inquiry(), Json.Options);
        sent.StatusCode.ShouldBe(HttpStatusCode.Accepted, await sent.Content.ReadAsStringAsync());
        (await sent.Content.ReadAsStringAsync()).ShouldContain("đường dẫn xác nhận");

        // Nothing reaches the producer (or the officers' counts) before the buyer confirms.
        (await shop.Owner.GetFromJsonAsync<List<InquiryItem>>("/api/v1/inquiries", Json.Options))!.ShouldBeEmpty();
        (await shop.Officer.GetFromJsonAsync<List<InquiryVolume>>("/api/v1/inquiries/volume", Json.Options))!.ShouldBeEmpty();
        var confirmation = (await MailsToAsync(app, "buyer@import.example")).ShouldHaveSingleItem();
        confirmation.ShouldContain("Nước mắm Cá Đen");
        var token = ConfirmLink().Match(confirmation).Groups[1].Value;
        token.Length.ShouldBeGreaterThan(30);
        (await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().BuyerInquiries.AnyAsync(i => i.TokenHash == token))).ShouldBeFalse("only the token's hash is stored");

        (await buyer.PostAsJsonAsync("/api/v1/inquiries/confirm", new InquiryConfirmation("not-a-token"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await buyer.PostAsJsonAsync("/api/v1/inquiries/confirm", new InquiryConfirmation(token), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await buyer.PostAsJsonAsync("/api/v1/inquiries/confirm", new InquiryConfirmation(token), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK, "confirming twice is harmless");
        (await MailsToAsync(app, "caden@producer.example")).ShouldHaveSingleItem().ShouldContain("/portal/inquiries/");

        var inquiry = (await shop.Owner.GetFromJsonAsync<List<InquiryItem>>("/api/v1/inquiries", Json.Options))!.ShouldHaveSingleItem();
        inquiry.Email.ShouldBe("buyer@import.example");
        inquiry.Market.ShouldBe(InquiryMarket.Export);

        // Only this product's producer reads and answers it; officers get counts, never the buyer's details.
        var neighbour = await Registry.CreateProducerAsync(shop.Officer, Registry.Producer("HTX Hàm Đức"));
        var other = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: neighbour.Id));
        (await other.GetFromJsonAsync<List<InquiryItem>>("/api/v1/inquiries", Json.Options))!.ShouldBeEmpty();
        (await other.PostAsJsonAsync($"/api/v1/inquiries/{inquiry.Id}/answer", new InquiryAnswer("Giá 80.000 đ/chai"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shop.Officer.GetAsync("/api/v1/inquiries")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync($"/portal/inquiries/{inquiry.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shop.Owner.GetStringAsync($"/portal/inquiries/{inquiry.Id}")).ShouldContain("buyer@import.example");
        (await shop.Owner.GetAsync("/admin/inquiries")).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        (await shop.Officer.GetStringAsync("/api/v1/inquiries/volume")).ShouldNotContain("buyer@import.example");

        (await shop.Owner.PostAsJsonAsync($"/api/v1/inquiries/{inquiry.Id}/answer", new InquiryAnswer("  "), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var answered = await shop.Owner.PostAsJsonAsync($"/api/v1/inquiries/{inquiry.Id}/answer", new InquiryAnswer("Giá FOB 80.000 đ/chai, giao trong 3 tuần."), Json.Options);
        answered.StatusCode.ShouldBe(HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());
        (await answered.Content.ReadFromJsonAsync<InquiryItem>(Json.Options))!.Status.ShouldBe(InquiryStatus.Answered);
        (await MailsToAsync(app, "buyer@import.example")).Last().ShouldContain("Giá FOB 80.000 đ/chai, giao trong 3 tuần.");

        var volume = (await shop.Officer.GetFromJsonAsync<List<InquiryVolume>>("/api/v1/inquiries/volume", Json.Options))!.ShouldHaveSingleItem();
        (volume.Total, volume.LastThirtyDays, volume.Export, volume.Answered).ShouldBe((1, 1, 1, 1));
        (await (await Registry.OfficerAsync(app, Registry.HoChiMinh)).GetFromJsonAsync<List<InquiryVolume>>("/api/v1/inquiries/volume", Json.Options))!.ShouldBeEmpty();

        // A link older than 48 hours no longer confirms.
        (await buyer.PostAsJsonAsync(url, Inquiry("late@import.example"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var lateToken = ConfirmLink().Match((await MailsToAsync(app, "late@import.example")).Single()).Groups[1].Value;
        await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().BuyerInquiries.Where(i => i.Email == "late@import.example")
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.CreatedAt, DateTime.UtcNow.AddDays(-3))));
        (await buyer.PostAsJsonAsync("/api/v1/inquiries/confirm", new InquiryConfirmation(lateToken), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Gone);
    }

    [Fact]
    public async Task AFlood_IsRefused_AndTheHoneypotStoresNothing()
    {
        await using var app = await OcopApp.StartAsync();
        var shop = await ShopAsync(app);
        var bot = app.CreateClient();
        var url = $"/api/v1/products/{shop.Product.Id}/inquiries";

        var trap = Inquiry("bot@spam.example");
        trap.Website = "http://spam.example";
        var trapped = await bot.PostAsJsonAsync(url, trap, Json.Options);
        trapped.StatusCode.ShouldBe(HttpStatusCode.Accepted, "a robot is answered as if it succeeded");
        (await MailsToAsync(app, "bot@spam.example")).ShouldBeEmpty();
        (await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().BuyerInquiries.CountAsync())).ShouldBe(0);

        // Five per client per hour (the trap counted); invalid submissions do not use the allowance.
        for (var i = 0; i < 3; i++)
        {
            (await bot.PostAsJsonAsync(url, new InquiryInput(), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        for (var i = 0; i < 4; i++)
        {
            (await bot.PostAsJsonAsync(url, Inquiry($"buyer{i}@import.example"), Json.Options)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var refused = await bot.PostAsJsonAsync(url, Inquiry("buyer9@import.example"), Json.Options);
        refused.StatusCode.ShouldBe((HttpStatusCode)429);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("nhiều yêu cầu trong một giờ qua");
        (await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().BuyerInquiries.CountAsync())).ShouldBe(4);

        // The product page's form shares the allowance, and keeps what was typed when it refuses.
        var formUrl = $"/products/{shop.Product.Id}/inquiry";
        var page = await OcopApp.PostFormAsync(bot, formUrl, new()
        {
            ["Input.BuyerName"] = "Trần Thị Hỏi", ["Input.Email"] = "hoi@import.example", ["Input.Quantity"] = "200", ["Input.Unit"] = "chai",
            ["Input.Destination"] = "Hà Nội", ["Input.Market"] = "Domestic", ["Input.Message"] = "Báo giá sỉ",
        });
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("nhiều yêu cầu trong một giờ qua");
        html.ShouldContain("value=\"Trần Thị Hỏi\"");
        html.ShouldContain("Báo giá sỉ");
    }

    [Fact]
    public async Task TheForm_ExplainsEachMistake_AndKeepsTheInput()
    {
        await using var app = await OcopApp.StartAsync();
        var shop = await ShopAsync(app);
        var visitor = app.CreateClient();
        var formUrl = $"/products/{shop.Product.Id}/inquiry";
        (await visitor.GetStringAsync($"/products/{shop.Product.Id}")).ShouldContain(formUrl);

        var page = await OcopApp.PostFormAsync(visitor, formUrl, new()
        {
            ["Input.BuyerName"] = "Lê Văn Sỉ", ["Input.Email"] = "not-an-address", ["Input.Quantity"] = "năm trăm", ["Input.Destination"] = "Đà Nẵng", ["Input.Market"] = "Domestic",
        });
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Số lượng phải là số lớn hơn 0");
        html.ShouldContain("value=\"Lê Văn Sỉ\"");

        page = await OcopApp.PostFormAsync(visitor, formUrl, new()
        {
            ["Input.BuyerName"] = "Lê Văn Sỉ", ["Input.Email"] = "not-an-address", ["Input.Quantity"] = "500", ["Input.Destination"] = "Đà Nẵng", ["Input.Market"] = "Domestic",
        });
        html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Hãy nhập địa chỉ e-mail đúng");
        html.ShouldContain("value=\"not-an-address\"");

        page = await OcopApp.PostFormAsync(visitor, formUrl, new()
        {
            ["Input.BuyerName"] = "Lê Văn Sỉ", ["Input.Email"] = "si@buyer.example", ["Input.Quantity"] = "500", ["Input.Destination"] = "Đà Nẵng", ["Input.Market"] = "Domestic",
        });
        (await page.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"inquiry-sent\"");
        var token = ConfirmLink().Match((await MailsToAsync(app, "si@buyer.example")).Single()).Groups[1].Value;
        var confirmPage = $"/inquiries/confirm?token={token}";
        (await visitor.GetStringAsync(confirmPage)).ShouldNotContain("inquiry-confirmed", customMessage: "opening the link alone does not confirm");
        (await (await OcopApp.PostFormAsync(visitor, confirmPage, new() { ["token"] = token })).Content.ReadAsStringAsync()).ShouldContain("data-testid=\"inquiry-confirmed\"");
        (await (await OcopApp.PostFormAsync(visitor, "/inquiries/confirm?token=abc", new() { ["token"] = "abc" })).Content.ReadAsStringAsync()).ShouldContain("data-testid=\"inquiry-unknown\"");
    }
}
