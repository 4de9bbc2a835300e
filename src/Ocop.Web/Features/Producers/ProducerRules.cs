using System.Net.Mail;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Producers;

/// <summary>Field rules for a producer, independent of the database. Messages are resource keys.</summary>
public static class ProducerRules
{
    public static ValidationErrors Check(ProducerInput input)
    {
        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(input.Name), input.Name, 300);
        if (!Enum.IsDefined(input.Type))
        {
            errors.Add(nameof(input.Type), "Validation.Required");
        }

        if (!string.IsNullOrWhiteSpace(input.TaxCode) && !TaxCode.TryNormalize(input.TaxCode, out _))
        {
            errors.Add(nameof(input.TaxCode), "Validation.TaxCode");
        }

        if (string.IsNullOrWhiteSpace(input.CommuneCode))
        {
            errors.Add(nameof(input.CommuneCode), "Validation.Required");
        }

        if (!string.IsNullOrWhiteSpace(input.Email) && !MailAddress.TryCreate(input.Email.Trim(), out _))
        {
            errors.Add(nameof(input.Email), "Validation.Email");
        }

        if (!string.IsNullOrWhiteSpace(input.Website)
            && !(Uri.TryCreate(input.Website.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            errors.Add(nameof(input.Website), "Validation.Website");
        }

        if (input.Latitude is not null != input.Longitude is not null)
        {
            errors.Add(nameof(input.Latitude), "Validation.LatLongPair");
        }
        else if (input.Latitude is { } lat && input.Longitude is { } lon && !(lat is >= 8 and <= 24 && lon is >= 102 and <= 118))
        {
            errors.Add(nameof(input.Latitude), "Validation.LatLongVietnam");
        }

        TextRules.MaxLength(errors, nameof(input.LegalRepresentative), input.LegalRepresentative, 200);
        TextRules.MaxLength(errors, nameof(input.AddressLine), input.AddressLine, 300);
        TextRules.MaxLength(errors, nameof(input.Phone), input.Phone, 30);
        TextRules.MaxLength(errors, nameof(input.OldUnitName), input.OldUnitName, 200);
        TextRules.MaxLength(errors, nameof(input.OldUnitCode), input.OldUnitCode, 10);
        return errors;
    }
}
