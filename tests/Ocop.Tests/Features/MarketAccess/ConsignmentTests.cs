using System.Net;
using System.Net.Http.Json;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.MarketAccess;

/// <summary>Consignment: stock never negative (also under parallel reports) and the settlement arithmetic against hand-computed figures.</summary>
public sealed class ConsignmentTests
{
    private static readonly DateOnly October = new(2026, 10, 1);

    private sealed record Deal(OcopApp App, HttpClient Owner, HttpClient Officer, int AgreementId, int FishSauce, int Honey, int Other);

    private static async Task<Deal> DealAsync(OcopApp app)
    {
        var officer = await Registry.OfficerAsync(app, Registry.LamDong);
        var producer = await Registry.CreateProducerAsync(officer, Registry.Producer());
        var fishSauce = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm Cá Đen");
        var honey = await Registry.ProductAsync(app, officer, producer.Id, "Nước mắm nhãn xanh");
        var neighbour = await Registry.CreateProducerAsync(officer, Registry.Producer("HTX Hàm Đức"));
        var other = await Registry.ProductAsync(app, officer, neighbour.Id, "Rượu vang thanh long");
        var owner = await app.SignInAsync(new NewAccount($"p{Guid.NewGuid():N}@test.vn", Roles.Producer, ProducerId: producer.Id));

        var created = await owner.PostAsJsonAsync("/api/v1/consignments", Agreement(fishSauce.Id, honey.Id), Json.Options);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var agreement = (await created.Content.ReadFromJsonAsync<AgreementItem>(Json.Options))!;
        return new Deal(app, owner, officer, agreement.Id, fishSauce.Id, honey.Id, other.Id);
    }

    private static AgreementInput Agreement(int a, int b, decimal priceA = 85000m) => new()
    {
        OutletKind = OutletKind.SupermarketChain, OutletName = "Siêu thị Co.opmart Phan Thiết", Reference = "HĐ 15/2026/KG",
        StartsOn = new DateOnly(2026, 9, 1), EndsOn = new DateOnly(2027, 8, 31), CommissionPercent = 12.5m,
        Products = [new AgreementLineInput(a, priceA), new AgreementLineInput(b, 120000m)],
    };

    private static async Task<HttpResponseMessage> RecordAsync(HttpClient client, int agreementId, MovementKind kind, int product, DateOnly on, int quantity, int? lot = null) =>
        await client.PostAsJsonAsync($"/api/v1/consignments/{agreementId}/movements", new MovementInput(kind, product, on, quantity, lot), Json.Options);

    private static async Task OkAsync(HttpClient client, int agreementId, MovementKind kind, int product, DateOnly on, int quantity)
    {
        var response = await RecordAsync(client, agreementId, kind, product, on, quantity);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task StockAndSettlement_MatchTheFiguresWorkedOutByHand(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var d = await DealAsync(app);
        var id = d.AgreementId;

        await OkAsync(d.Owner, id, MovementKind.Delivery, d.FishSauce, October.AddDays(1), 100);
        await OkAsync(d.Officer, id, MovementKind.Delivery, d.Honey, October.AddDays(1), 50);
        await OkAsync(d.Owner, id, MovementKind.Sale, d.FishSauce, October.AddDays(14), 30);
        await OkAsync(d.Owner, id, MovementKind.Sale, d.Honey, October.AddDays(19), 12);
        await OkAsync(d.Owner, id, MovementKind.Return, d.FishSauce, October.AddDays(27), 5);

        // The fish sauce's price goes up from November; sales already recorded keep theirs.
        var current = (await d.Owner.GetFromJsonAsync<AgreementItem>($"/api/v1/consignments/{id}", Json.Options))!;
        var raised = Agreement(d.FishSauce, d.Honey, priceA: 90000m);
        raised.Version = current.Version;
        (await d.Owner.PutAsJsonAsync($"/api/v1/consignments/{id}", raised, Json.Options)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var november = October.AddMonths(1);
        await OkAsync(d.Owner, id, MovementKind.Delivery, d.FishSauce, november.AddDays(2), 40);
        await OkAsync(d.Owner, id, MovementKind.Sale, d.FishSauce, november.AddDays(9), 20);
        (await Registry.RefusedAsync(await RecordAsync(d.Owner, id, MovementKind.Sale, d.Honey, november.AddDays(11), 39))).ShouldContain("vượt số hàng còn");
        await OkAsync(d.Owner, id, MovementKind.Sale, d.Honey, november.AddDays(11), 38);
        (await Registry.RefusedAsync(await RecordAsync(d.Owner, id, MovementKind.Return, d.Honey, november.AddDays(14), 1))).ShouldContain("trả lại");

        var stock = (await d.Owner.GetFromJsonAsync<AgreementItem>($"/api/v1/consignments/{id}", Json.Options))!.Products.ToDictionary(p => p.ProductId, p => p.OnHand);
        stock[d.FishSauce].ShouldBe(100 - 30 - 5 + 40 - 20); // 85
        stock[d.Honey].ShouldBe(50 - 12 - 38);               // 0
        var movements = (await d.Owner.GetFromJsonAsync<List<MovementItem>>($"/api/v1/consignments/{id}/movements", Json.Options))!;
        movements.Count.ShouldBe(8, "refused reports leave nothing behind");
        foreach (var (product, onHand) in stock)
        {
            movements.Where(m => m.ProductId == product).Sum(m => m.Kind == MovementKind.Delivery ? m.Quantity : -m.Quantity).ShouldBe(onHand, "stock is the sum of the movements");
        }

        var oct = (await d.Owner.GetFromJsonAsync<SettlementStatement>($"/api/v1/consignments/{id}/settlements/2026/10", Json.Options))!;
        var a = oct.Lines.Single(l => l.ProductId == d.FishSauce);
        (a.Opening, a.Delivered, a.Sold, a.Returned, a.Closing).ShouldBe((0, 100, 30, 5, 65));
        (a.UnitPrice, a.Gross, a.Commission, a.Net).ShouldBe((85000m, 2_550_000m, 318_750m, 2_231_250m));
        var b = oct.Lines.Single(l => l.ProductId == d.Honey);
        (b.Opening, b.Delivered, b.Sold, b.Returned, b.Closing).ShouldBe((0, 50, 12, 0, 38));
        (b.Gross, b.Commission, b.Net).ShouldBe((1_440_000m, 180_000m, 1_260_000m));
        (oct.Gross, oct.Commission, oct.Net).ShouldBe((3_990_000m, 498_750m, 3_491_250m));

        var nov = (await d.Officer.GetFromJsonAsync<SettlementStatement>($"/api/v1/consignments/{id}/settlements/2026/11", Json.Options))!;
        a = nov.Lines.Single(l => l.ProductId == d.FishSauce);
        (a.Opening, a.Delivered, a.Sold, a.Returned, a.Closing).ShouldBe((65, 40, 20, 0, 85));
        (a.UnitPrice, a.Gross, a.Commission, a.Net).ShouldBe((90000m, 1_800_000m, 225_000m, 1_575_000m));
        b = nov.Lines.Single(l => l.ProductId == d.Honey);
        (b.Opening, b.Sold, b.Closing, b.Gross, b.Commission, b.Net).ShouldBe((38, 38, 0, 4_560_000m, 570_000m, 3_990_000m));
        (nov.Gross, nov.Commission, nov.Net).ShouldBe((6_360_000m, 795_000m, 5_565_000m));

        // The statement files carry the same figures.
        var pdf = await d.Owner.GetByteArrayAsync($"/api/v1/consignments/{id}/settlements/2026/10?format=pdf");
        var text = await PdfText.ExtractAsync(pdf);
        text.ShouldContain("BẢNG QUYẾT TOÁN HÀNG KÝ GỬI THÁNG 10/2026");
        text.ShouldContain("Siêu thị Co.opmart Phan Thiết");
        text.ShouldContain("3.491.250");
        using var xlsx = new MemoryStream(await d.Owner.GetByteArrayAsync($"/api/v1/consignments/{id}/settlements/2026/11?format=xlsx"));
        var rows = Xlsx.ReadFirstSheet(xlsx);
        var total = rows.Single(r => r.Count > 0 && r[0] == "Tổng cộng");
        (total[7], total[8], total[9]).ShouldBe(("6360000", "795000", "5565000"));
        (await d.Owner.GetAsync($"/api/v1/consignments/{id}/settlements/2026/13")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [ClassData(typeof(Engines))]
    public async Task BadReports_AreRefused_WithTheReason_AndParallelSalesNeverOversell(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var d = await DealAsync(app);
        var id = d.AgreementId;
        var day = October.AddDays(4);

        (await Registry.RefusedAsync(await RecordAsync(d.Owner, id, MovementKind.Delivery, d.Other, day, 10))).ShouldContain("không có trong hợp đồng");
        (await Registry.RefusedAsync(await RecordAsync(d.Owner, id, MovementKind.Delivery, d.FishSauce, day, 0))).ShouldContain("số nguyên dương");
        (await Registry.RefusedAsync(await RecordAsync(d.Owner, id, MovementKind.Delivery, d.FishSauce, day, -5))).ShouldContain("số nguyên dương");
        (await Registry.RefusedAsync(await RecordAsync(d.Owner, id, MovementKind.Delivery, d.FishSauce, new DateOnly(2026, 8, 31), 5))).ShouldContain("trong thời hạn hợp đồng");
        (await Registry.RefusedAsync(await RecordAsync(d.Owner, id, MovementKind.Delivery, d.FishSauce, VietnamTime.Today(TimeProvider.System).AddDays(1), 5))).ShouldContain("trong thời hạn hợp đồng");
        (await Registry.RefusedAsync(await RecordAsync(d.Owner, id, MovementKind.Sale, d.FishSauce, day, 1))).ShouldContain("vượt số hàng còn");
        (await Registry.RefusedAsync(await d.Owner.PostAsJsonAsync($"/api/v1/consignments/{id}/movements", new MovementInput(null, d.FishSauce, day, 1), Json.Options))).ShouldContain("\"kind\"");

        var negative = Agreement(d.FishSauce, d.Honey, priceA: -1000m);
        (await Registry.RefusedAsync(await d.Owner.PostAsJsonAsync("/api/v1/consignments", negative, Json.Options))).ShouldContain("số đồng nguyên");
        var backwards = Agreement(d.FishSauce, d.Honey);
        backwards.EndsOn = backwards.StartsOn!.Value.AddDays(-1);
        (await Registry.RefusedAsync(await d.Owner.PostAsJsonAsync("/api/v1/consignments", backwards, Json.Options))).ShouldContain("kết thúc trước");
        var greedy = Agreement(d.FishSauce, d.Honey);
        greedy.CommissionPercent = 120m;
        (await Registry.RefusedAsync(await d.Owner.PostAsJsonAsync("/api/v1/consignments", greedy, Json.Options))).ShouldContain("từ 0 đến 100");
        (await Registry.RefusedAsync(await d.Owner.PostAsJsonAsync("/api/v1/consignments", Agreement(d.FishSauce, d.Other), Json.Options))).ShouldContain("của chủ thể");

        // Someone else's agreement: as if it did not exist.
        var hcm = await Registry.OfficerAsync(app, Registry.HoChiMinh);
        (await hcm.GetAsync($"/api/v1/consignments/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RecordAsync(hcm, id, MovementKind.Delivery, d.FishSauce, day, 5)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/admin/consignments/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hcm.GetAsync($"/admin/consignments/edit/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await d.Officer.GetStringAsync($"/admin/consignments/{id}")).ShouldContain("Siêu thị Co.opmart Phan Thiết");
        (await app.CreateClient().GetAsync($"/api/v1/consignments/{id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // Ten sales of 10 reported at once against a stock of 85: eight go through, two are refused, the stock ends at 5.
        await OkAsync(d.Owner, id, MovementKind.Delivery, d.FishSauce, day, 85);
        var racing = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => RecordAsync(d.Owner, id, MovementKind.Sale, d.FishSauce, day, 10)));
        racing.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(8);
        racing.Count(r => r.StatusCode == HttpStatusCode.BadRequest).ShouldBe(2);
        (await d.Owner.GetFromJsonAsync<AgreementItem>($"/api/v1/consignments/{id}", Json.Options))!.Products.Single(p => p.ProductId == d.FishSauce).OnHand.ShouldBe(5);
        (await d.Owner.GetFromJsonAsync<List<MovementItem>>($"/api/v1/consignments/{id}/movements", Json.Options))!.Count(m => m.Kind == MovementKind.Sale).ShouldBe(8);

        // A product the outlet still holds cannot leave the agreement; the term cannot shrink past recorded movements.
        var current = (await d.Owner.GetFromJsonAsync<AgreementItem>($"/api/v1/consignments/{id}", Json.Options))!;
        var dropped = Agreement(d.Honey, d.Honey);
        dropped.Products = [new AgreementLineInput(d.Honey, 120000m)];
        dropped.Version = current.Version;
        (await Registry.RefusedAsync(await d.Owner.PutAsJsonAsync($"/api/v1/consignments/{id}", dropped, Json.Options))).ShouldContain("còn hàng");
        var shorter = Agreement(d.FishSauce, d.Honey);
        shorter.StartsOn = new DateOnly(2026, 11, 1);
        shorter.Version = current.Version;
        (await Registry.RefusedAsync(await d.Owner.PutAsJsonAsync($"/api/v1/consignments/{id}", shorter, Json.Options))).ShouldContain("ngoài thời hạn mới");
    }

    [Fact]
    public void Commission_IsRoundedPerLine_HalfAwayFromZero()
    {
        var agreement = new AgreementItem(1, 1, "Cá Đen", OutletKind.Distributor, "Nhà phân phối", null, null, October, October.AddYears(1), 12.5m, null,
            [new AgreementLine(7, "Mẫu thử", 4m, 0), new AgreementLine(8, "Nước mắm", 15005m, 0)], 1);
        ConsignmentMovement Move(int product, MovementKind kind, int quantity, decimal? price = null) =>
            new() { AgreementId = 1, ProductId = product, Kind = kind, On = October.AddDays(3), Quantity = quantity, UnitPrice = price };
        var statement = Settlement.Compute(agreement, 2026, 10,
            [Move(7, MovementKind.Delivery, 5), Move(7, MovementKind.Sale, 1, 4m), Move(8, MovementKind.Delivery, 5), Move(8, MovementKind.Sale, 3, 15005m)]);
        var sample = statement.Lines.Single(l => l.ProductId == 7);
        (sample.Gross, sample.Commission, sample.Net).ShouldBe((4m, 1m, 3m), "0.5 đồng rounds up");
        var sauce = statement.Lines.Single(l => l.ProductId == 8);
        (sauce.Gross, sauce.Commission, sauce.Net).ShouldBe((45015m, 5627m, 39388m), "5,626.875 đồng rounds to 5,627");
        (statement.Gross, statement.Commission, statement.Net).ShouldBe((45019m, 5628m, 39391m));
    }
}
