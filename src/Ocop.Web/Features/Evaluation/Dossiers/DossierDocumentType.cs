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

/// <summary>Which documents a dossier needs before it can be submitted, and which files are accepted.</summary>
public static class DossierDocumentRules
{
    public static IReadOnlyList<DossierDocumentType> RequiredFor(DossierKind kind) => kind == DossierKind.New
        ? [DossierDocumentType.RegistrationForm, DossierDocumentType.BusinessPlan, DossierDocumentType.BusinessRegistration]
        : [DossierDocumentType.RegistrationForm, DossierDocumentType.BusinessRegistration];

    /// <summary>PDF, JPEG, PNG, or an Office (OOXML) document named .docx/.xlsx: recognised by content, not by the claimed type.</summary>
    public static (string ContentType, string Extension)? Sniff(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return ("application/pdf", ".pdf");
        }

        if (Products.ImageFormat.Sniff(head) is { } image && image.Extension is ".jpg" or ".png")
        {
            return image;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return Path.GetExtension(fileName).ToLowerInvariant() switch
            {
                ".docx" => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
                ".xlsx" => (Infrastructure.Xlsx.ContentType, ".xlsx"),
                _ => null,
            };
        }

        return null;
    }
}
