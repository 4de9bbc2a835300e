using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Import;
using Ocop.Web.Features.Programme;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Cli;

/// <summary>
/// `export products|producers|certificates --province P --out F.xlsx|F.csv` and `report --province P [--year Y] --out F.pdf|F.xlsx`: the same
/// files as the officers' download links, for scheduled jobs. The format follows the output file's extension.
/// Exit codes: 0 written, 1 refused (unknown province, unknown format), 2 usage.
/// </summary>
internal static class ExportCommand
{
    /// <summary>One of <see cref="ListExports.Lists"/> of the province, as the officers' download links give it.</summary>
    public static async Task<int> ListAsync(IServiceProvider services, string list, string? province, string? output)
    {
        if (province is null || output is null || !ListExports.Lists.ContainsKey(list))
        {
            return 2;
        }

        var extension = Path.GetExtension(output).ToLowerInvariant();
        if (extension is not (".xlsx" or ".csv"))
        {
            await Console.Error.WriteLineAsync("The output must end in .xlsx or .csv.");
            return 1;
        }

        if (await services.GetRequiredService<ListExports>().BuildAsync(list, extension == ".csv", ScopeOf(province), province, null, CancellationToken.None) is not { } file)
        {
            await Console.Error.WriteLineAsync($"Unknown province: {province}");
            return 1;
        }

        await File.WriteAllBytesAsync(output, file.Content);
        Console.WriteLine($"{file.Count} {list} of {file.ProvinceName} → {output}");
        return 0;
    }

    public static async Task<int> ReportAsync(IServiceProvider services, string? province, string? year, string? output)
    {
        if (province is null || output is null)
        {
            return 2;
        }

        var extension = Path.GetExtension(output).ToLowerInvariant();
        var y = int.TryParse(year, out var parsed) ? parsed : VietnamTime.Today(services.GetRequiredService<TimeProvider>()).Year;
        if (extension is not (".pdf" or ".xlsx") || !DashboardEndpoints.ValidYear(y))
        {
            await Console.Error.WriteLineAsync("The output must end in .pdf or .xlsx, and the year lie between 2018 and 2100.");
            return 1;
        }

        if (await services.GetRequiredService<DashboardService>().ProvinceAsync(province, y, UnitView.Current, ScopeOf(province), CancellationToken.None) is not { } dashboard)
        {
            await Console.Error.WriteLineAsync($"Unknown province: {province}");
            return 1;
        }

        await File.WriteAllBytesAsync(output, extension == ".pdf" ? ProgrammeReportExports.Pdf(dashboard) : ProgrammeReportExports.Excel(dashboard));
        Console.WriteLine($"{dashboard.ProvinceName} {y}: {dashboard.Targets.Count} targets → {output}");
        return 0;
    }

    /// <summary>The CLI acts as the province's officer: whoever runs it has the server's own access anyway.</summary>
    internal static UserScope ScopeOf(string province) => new(false, province, null, null, true, null, $"cli:{Environment.UserName}");
}
