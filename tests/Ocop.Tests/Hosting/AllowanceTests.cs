using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Ocop.Web.Features.MarketAccess;

namespace Ocop.Tests.Hosting;

/// <summary>
/// A per-client allowance taken by many requests at once, while other requests write to the same database: no request
/// fails, and the client gets exactly its allowance (as two nodes would, since the count is in the database).
/// </summary>
public sealed class AllowanceTests
{
    [Theory]
    [ClassData(typeof(Engines))]
    public async Task ConcurrentTakes_NeverFail_AndAllowExactlyTheAllowance(Engine engine)
    {
        await using var app = await OcopApp.StartAsync(engine, new Dictionary<string, string?> { ["Ocop:Inquiries:PerClientPerHour"] = "5" });
        using var stop = new CancellationTokenSource();
        var officer = await Features.Registry.OfficerAsync(app, Features.Registry.LamDong);
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Features.Registry.CreateProducerAsync(officer, Features.Registry.Producer($"Hộ kinh doanh {Guid.NewGuid():N}"[..30]));
            }
        });

        var takes = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => Task.Run(() => app.WithScopeAsync(async s =>
        {
            var context = new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse("203.0.113.9") } };
            return await s.GetRequiredService<InquiryThrottle>().TryTakeAsync(context, CancellationToken.None);
        }))));
        await stop.CancelAsync();
        await writer;

        takes.Count(t => t).ShouldBe(5);
    }
}
