using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Products;

/// <summary>Field rules for a product, independent of the database. Messages are resource keys.</summary>
public static class ProductRules
{
    public static ValidationErrors Check(ProductInput input, out string? gtin14)
    {
        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(input.Name), input.Name, 300);
        if (!string.IsNullOrWhiteSpace(input.NameEn))
        {
            TextRules.RequireName(errors, nameof(input.NameEn), input.NameEn, 300);
        }

        if (input.ProducerId <= 0)
        {
            errors.Add(nameof(input.ProducerId), "Validation.Required");
        }

        if (input.ProductSetId <= 0)
        {
            errors.Add(nameof(input.ProductSetId), "Validation.Required");
        }

        if (!Enum.IsDefined(input.Status))
        {
            errors.Add(nameof(input.Status), "Validation.Required");
        }

        gtin14 = null;
        if (!string.IsNullOrWhiteSpace(input.Gtin))
        {
            if (Gtin.TryNormalize(input.Gtin, out var normalized, out var gtinError))
            {
                gtin14 = normalized;
            }
            else
            {
                errors.Add(nameof(input.Gtin), gtinError!);
            }
        }

        if (input.Stars is not null and not (>= 3 and <= 5))
        {
            errors.Add(nameof(input.Stars), "Validation.Stars");
        }

        TextRules.MaxLength(errors, nameof(input.Description), input.Description, 4000);
        TextRules.MaxLength(errors, nameof(input.Story), input.Story, 20000);
        TextRules.MaxLength(errors, nameof(input.DescriptionEn), input.DescriptionEn, 4000);
        TextRules.MaxLength(errors, nameof(input.StoryEn), input.StoryEn, 20000);
        if (input.LegacyValidUntil is not null && (input.Stars is null || string.IsNullOrWhiteSpace(input.CertificateReference)))
        {
            // A confirmed legacy rating puts the product in the public catalogue: it must say which rating and which paper.
            errors.Add(nameof(input.LegacyValidUntil), "Validation.LegacyNeedsRating");
        }
        TextRules.MaxLength(errors, nameof(input.Ingredients), input.Ingredients, 4000);
        TextRules.MaxLength(errors, nameof(input.Packaging), input.Packaging, 1000);
        TextRules.MaxLength(errors, nameof(input.ShelfLife), input.ShelfLife, 200);
        TextRules.MaxLength(errors, nameof(input.CertificateReference), input.CertificateReference, 100);
        return errors;
    }
}
