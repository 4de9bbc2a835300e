using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;

namespace Ocop.Web.Features.Evaluation;

/// <summary>Services of the evaluation feature (criteria, scorecards; dossiers and councils as they land).</summary>
public static class EvaluationSetup
{
    public static IServiceCollection AddEvaluation(this IServiceCollection services, IConfiguration configuration)
    {
        var folder = configuration["Ocop:CriteriaFolder"];
        services.AddSingleton(new CriteriaCatalog(string.IsNullOrWhiteSpace(folder) ? CriteriaManifest.DefaultFolder : folder));
        services.AddScoped<ScorecardLoader>();
        services.AddScoped<ScorecardService>();
        services.AddScoped<DossierService>();
        services.AddScoped<DossierDocumentService>();
        services.AddScoped<Advisory.AdvisoryService>();
        services.AddScoped<DossierForms>();
        services.AddScoped<BatchService>();
        services.AddScoped<CouncilService>();
        services.AddScoped<EntryDossierService>();
        services.AddScoped<BatchResultsReports>();
        services.AddScoped<CertificateService>();
        services.AddScoped<ProvincialRecognitionService>();
        services.AddScoped<Infrastructure.PublicUrls>();
        services.AddScoped<CertificateExpiryNotifier>();
        services.AddSingleton(sp => new CriteriaWindow(sp.GetRequiredService<CriteriaCatalog>().Manifest.Versions.Max(v => v.Rules.ExpiringWithinDays)));
        if (configuration.GetValue("Ocop:Jobs:CertificateExpiry", true) && !Infrastructure.BuildTime.IsGeneratingOpenApi)
        {
            services.AddHostedService<CertificateExpiryJob>();
        }

        var mail = configuration.GetSection("Ocop:Mail").Get<Infrastructure.Mail.MailOptions>() ?? new Infrastructure.Mail.MailOptions();
        services.AddSingleton(mail);
        if (string.IsNullOrWhiteSpace(mail.SmtpHost))
        {
            services.AddSingleton<Infrastructure.Mail.IMailSender, Infrastructure.Mail.FolderMailSender>();
        }
        else
        {
            services.AddSingleton<Infrastructure.Mail.IMailSender, Infrastructure.Mail.SmtpMailSender>();
        }
        return services;
    }
}
