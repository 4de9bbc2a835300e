using Ocop.Web.Cli;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts.ApiTokens;
using Ocop.Web.Features.Accounts.Users;
using Ocop.Web.Features.Onboarding;
using Ocop.Web.Features.AdminUnits;
using Ocop.Web.Features.Attachments;
using Ocop.Web.Features.Catalogue;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Fairs;
using Ocop.Web.Features.Import;
using Ocop.Web.Features.Inspections;
using Ocop.Web.Features.Integration;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Programme;
using Ocop.Web.Features.Support;
using Ocop.Web.Features.Training;
using Ocop.Web.Features.ValueChains;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Public;
using Ocop.Web.Features.Traceability;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddOcopProxy();
builder.AddOcopDatabase();
builder.AddOcopNodes();
builder.AddOcopIdentity();
builder.AddOcopWeb();

var app = builder.Build();
if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

await app.PrepareDatabaseAsync();
app.UseOcopPipeline();
app.MapAdminUnitEndpoints();
app.MapProducerEndpoints();
app.MapProductEndpoints();
app.MapApiTokenEndpoints();
app.MapUserEndpoints();
app.MapJoinEndpoints();
app.MapScorecardEndpoints();
app.MapDossierEndpoints();
app.MapBatchEndpoints();
app.MapCouncilEndpoints();
app.MapCertificateEndpoints();
app.MapTraceabilityEndpoints();
app.MapLotEndpoints();
app.MapResolveEndpoints();
app.MapLotDocumentEndpoints();
app.MapSiteMapEndpoints();
app.MapCatalogueEndpoints();
app.MapMarketAccessEndpoints();
app.MapInquiryEndpoints();
app.MapConsignmentEndpoints();
app.MapFairEndpoints();
app.MapTrainingEndpoints();
app.MapSupportEndpoints();
app.MapInspectionEndpoints();
app.MapValueChainEndpoints();
app.MapAttachmentEndpoints();
app.MapMetricEndpoints();
app.MapTargetEndpoints();
app.MapDashboardEndpoints();
app.MapImportEndpoints();
app.MapExportEndpoints();
app.MapIntegrationEndpoints();
app.MapOcopPlumbing();
app.Run();

public partial class Program;
