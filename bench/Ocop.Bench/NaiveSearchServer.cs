using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ocop.Bench;

/// <summary>
/// What simple portals do, for comparison on the same PostgreSQL data: one page of products whose name
/// or producer's name matches <c>ILIKE '%term%'</c>, and a count of them. No facets, no accent folding
/// (the lists send the accented words, so it finds what a user typing accents would find).
/// </summary>
public static class NaiveSearchServer
{
    private const string Where = """
        FROM "Products" p JOIN "Producers" r ON r."Id" = p."ProducerId"
        WHERE NOT p."IsDeleted" AND p."Status" = 'Active' AND r."Status" = 'Active' AND NOT r."IsDeleted"
          AND (p."Name" ILIKE @pattern OR r."Name" ILIKE @pattern)
        """;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Get("urls") ?? "http://127.0.0.1:5098");
        var source = NpgsqlDataSource.Create(options.Require("connection"));
        var app = builder.Build();
        app.MapGet("/naive", async (string? q, int? page) =>
        {
            var pattern = "%" + (q ?? string.Empty).Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            await using var connection = await source.OpenConnectionAsync();
            await using var list = new NpgsqlCommand($"""SELECT p."Id", p."Name", r."Name" {Where} ORDER BY p."Name" LIMIT 24 OFFSET @skip""", connection);
            list.Parameters.AddWithValue("pattern", pattern);
            list.Parameters.AddWithValue("skip", ((page ?? 1) - 1) * 24);
            var items = new List<object>();
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    items.Add(new { id = reader.GetInt32(0), name = reader.GetString(1), producer = reader.GetString(2) });
                }
            }

            await using var count = new NpgsqlCommand($"SELECT count(*) {Where}", connection);
            count.Parameters.AddWithValue("pattern", pattern);
            return Results.Ok(new { items, totalCount = (long)(await count.ExecuteScalarAsync())! });
        });
        await app.RunAsync();
        return 0;
    }
}
