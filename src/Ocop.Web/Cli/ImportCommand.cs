using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Import;
using Ocop.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Ocop.Web.Cli;

/// <summary>
/// `import --province P --file F [--preview true]`: the same import as the officers' screen, for scheduled jobs — the
/// file is uploaded as a batch (the province's remembered mapping applies) and imported in one transaction with a
/// progress bar on the terminal; when a row has an error nothing is imported and the errors are listed. Exit codes: 0 imported (or previewed cleanly), 1 refused, 2 usage.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string? province, string? file, bool previewOnly)
    {
        if (province is null || file is null)
        {
            return 2;
        }

        if (!File.Exists(file))
        {
            await Console.Error.WriteLineAsync($"No such file: {file}");
            return 1;
        }

        var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var imports = services.GetRequiredService<ImportService>();
        var scope = ExportCommand.ScopeOf(province);
        var clock = Stopwatch.StartNew();
        var uploaded = await imports.UploadAsync(file, await File.ReadAllBytesAsync(file), scope, CancellationToken.None);
        if (!uploaded.IsOk)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, uploaded.Errors.SelectMany(e => e.Value).Select(k => localizer[k].Value)));
            return 1;
        }

        if (!previewOnly)
        {
            // Straight to the import (it checks every row itself); the errors are listed only when it refuses.
            var bar = new TerminalProgress();
            var imported = await imports.CommitAsync(uploaded.Value, scope, bar, CancellationToken.None);
            bar.Done();
            if (imported.IsOk)
            {
                var batch = await services.GetRequiredService<OcopDbContext>().ImportBatches.AsNoTracking().SingleAsync(b => b.Id == uploaded.Value);
                Console.WriteLine($"{Path.GetFileName(file)}: producers {batch.ProducersCreated} new, {batch.ProducersUpdated} updated; "
                    + $"products {batch.ProductsCreated} new, {batch.ProductsUpdated} updated. Imported batch {batch.Id} in {clock.Elapsed.TotalSeconds:0.0} s.");
                return 0;
            }
        }

        var (_, plan) = (await imports.PreviewAsync(uploaded.Value, scope, CancellationToken.None))!.Value;
        Console.WriteLine($"{Path.GetFileName(file)}: {plan.Rows.Count} rows — producers {plan.ProducersCreated} new, {plan.ProducersUpdated} updated; "
            + $"products {plan.ProductsCreated} new, {plan.ProductsUpdated} updated, {plan.Unchanged} unchanged.");
        foreach (var error in plan.Errors.Take(50))
        {
            await Console.Error.WriteLineAsync($"  {(error.Row > 0 ? $"row {error.Row}" : "file")} [{error.Field}] {ImportEndpoints.Message(error, localizer)}");
        }

        if (!plan.CanImport)
        {
            await Console.Error.WriteLineAsync($"{plan.Errors.Count} error(s): nothing imported.");
            return 1;
        }

        return 0;
    }

    /// <summary>A one-line bar on the error stream (so the standard output stays a clean log).</summary>
    private sealed class TerminalProgress : IProgress<(int Done, int Total)>
    {
        private int _last = -1;

        public void Report((int Done, int Total) value)
        {
            var percent = value.Total == 0 ? 100 : 100 * value.Done / value.Total;
            if (percent == _last)
            {
                return;
            }

            _last = percent;
            var filled = percent / 5;
            Console.Error.Write($"\r[{new string('#', filled)}{new string('.', 20 - filled)}] {percent,3}% {value.Done}/{value.Total}");
        }

        public void Done() => Console.Error.WriteLine();
    }
}
