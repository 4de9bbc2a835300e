using System.Net.Mail;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>Field rules for a sales point, independent of the database. Messages are resource keys.</summary>
public static class SalesPointRules
{
    public static ValidationErrors Check(SalesPointInput input)
    {
        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(input.Name), input.Name, 200);
        if (input.Type is not { } type || !Enum.IsDefined(type))
        {
            errors.Add(nameof(input.Type), "Validation.SalesPoint.Type");
        }

        if (string.IsNullOrWhiteSpace(input.CommuneCode))
        {
            errors.Add(nameof(input.CommuneCode), "Validation.Required");
        }

        if (!string.IsNullOrWhiteSpace(input.Email) && !MailAddress.TryCreate(input.Email.Trim(), out _))
        {
            errors.Add(nameof(input.Email), "Validation.Email");
        }

        if (input.Latitude is not null != input.Longitude is not null)
        {
            errors.Add(nameof(input.Latitude), "Validation.LatLongPair");
        }
        else if (input.Latitude is { } lat && input.Longitude is { } lon && !(lat is >= 8 and <= 24 && lon is >= 102 and <= 118))
        {
            errors.Add(nameof(input.Latitude), "Validation.LatLongVietnam");
        }

        TextRules.MaxLength(errors, nameof(input.AddressLine), input.AddressLine, 300);
        TextRules.MaxLength(errors, nameof(input.OpeningHours), input.OpeningHours, 200);
        TextRules.MaxLength(errors, nameof(input.Phone), input.Phone, 30);
        TextRules.MaxLength(errors, nameof(input.Email), input.Email, 256);
        TextRules.MaxLength(errors, nameof(input.Operator), input.Operator, 200);
        return errors;
    }
}
