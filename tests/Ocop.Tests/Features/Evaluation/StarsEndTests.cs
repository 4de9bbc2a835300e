using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Data;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;

namespace Ocop.Tests.Features.Evaluation;

/// <summary>
/// Điều 8 and the 36 months: a product's stars end the day after its certificate expires, in every view, without waiting
/// for the daily expiry pass (which here never runs).
/// </summary>
public sealed class StarsEndTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task StarsEnd_TheDayAfterTheCertificateExpires_NotAtTheNextDailyJob(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine);
        var round = await Round.StartAsync(app);
        await round.ScoreAndCloseAsync(stars: 4, target: 80);
        var today = app.Clock.Today;
        var decided = await round.Applicant.Officer.PostAsJsonAsync($"/api/v1/batches/{round.Batch.Id}/decision",
            new DecisionInput("7/QĐ-UBND", today, "Phó Chủ tịch Trần Văn Ký", null, [round.EntryId]), Json.Options);
        var certificate = (await decided.Content.ReadFromJsonAsync<List<CertificateItem>>(Json.Options))!.Single();
        var productId = round.Applicant.ProductId;

        async Task<(int? Record, int? Public, bool Filtered)> StarsAsync()
        {
            var officer = await Registry.OfficerAsync(app, Registry.LamDong);
            var record = await officer.GetFromJsonAsync<ProductDetails>($"/api/v1/products/{productId}/record", Json.Options);
            var shown = await app.CreateClient().GetFromJsonAsync<ProductPublicDto>($"/api/v1/products/{productId}", Json.Options);
            var fourStars = await app.CreateClient().GetFromJsonAsync<PagedResult<ProductListItem>>("/api/v1/products?stars=4", Json.Options);
            return (record!.Stars, shown!.Stars, fourStars!.Items.Any(p => p.Id == productId));
        }

        (await StarsAsync()).ShouldBe((4, 4, true));
        app.Clock.MoveTo(certificate.ExpiresOn);
        (await StarsAsync()).ShouldBe((4, 4, true), "the certificate's last day still holds");

        app.Clock.MoveTo(certificate.ExpiresOn.AddDays(1));
        (await StarsAsync()).ShouldBe((null, null, false));
        var verified = await app.CreateClient().GetFromJsonAsync<CertificateVerification>($"/api/v1/verify/{certificate.Number}", Json.Options);
        verified!.Status.ShouldBe(CertificateStatus.Expired);
        // Nothing was cleared in storage: the reading ends the stars, the daily pass only tidies up later.
        var stored = await app.WithScopeAsync(s => s.GetRequiredService<OcopDbContext>().Products.Where(p => p.Id == productId).Select(p => p.Stars).SingleAsync());
        stored.ShouldBe(4);
    }
}
