using System.Diagnostics.Metrics;

namespace Ocop.Web.Infrastructure.Hosting;

/// <summary>
/// The platform's own measurements (meter "Ocop"), exported with the framework's when OpenTelemetry has somewhere to
/// send them: what the public does (searches, scans), what the catalogue costs, what officers import, what is mailed.
/// </summary>
public static class OcopMetrics
{
    public const string MeterName = "Ocop";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> Searches = Meter.CreateCounter<long>("ocop.catalogue.searches", description: "Catalogue searches answered (page and API)");

    public static readonly Counter<long> Scans = Meter.CreateCounter<long>("ocop.resolver.scans", description: "QR codes and Digital Link addresses resolved");

    public static readonly Histogram<double> CatalogueRebuild = Meter.CreateHistogram<double>("ocop.catalogue.rebuild.duration", unit: "s", description: "Time to rebuild the in-memory catalogue");

    public static readonly Counter<long> ImportedRows = Meter.CreateCounter<long>("ocop.import.rows", description: "Rows written by imports");

    public static readonly Counter<long> Mails = Meter.CreateCounter<long>("ocop.mail.sent", description: "Mail messages being sent (to SMTP or the mail folder), failed attempts included");
}
