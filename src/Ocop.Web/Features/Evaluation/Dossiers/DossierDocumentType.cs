namespace Ocop.Web.Features.Evaluation.Dossiers;

/// <summary>The documents of an OCOP dossier (domain file, "Dossier").</summary>
public enum DossierDocumentType
{
    RegistrationForm,
    BusinessPlan,
    OrganisationDescription,
    BusinessRegistration,
    FoodSafetyCertificate,
    QualityStandard,
    LabTestResults,
    BarcodeTraceability,
    IntellectualProperty,
    RawMaterialOrigin,
    EnvironmentalCommitment,
    QualityManagement,
    MarketingRecords,
    ProductStory,
    Awards,
    Other,
}

/// <summary>Which documents a dossier needs before it can be submitted (accepted files: <see cref="Infrastructure.DocumentFiles"/>).</summary>
public static class DossierDocumentRules
{
    public static IReadOnlyList<DossierDocumentType> RequiredFor(DossierKind kind) => kind == DossierKind.New
        ? [DossierDocumentType.RegistrationForm, DossierDocumentType.BusinessPlan, DossierDocumentType.BusinessRegistration]
        : [DossierDocumentType.RegistrationForm, DossierDocumentType.BusinessRegistration];
}
