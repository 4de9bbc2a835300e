using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.ValueChains;

/// <summary>
/// What a chain must satisfy: a name, an area the officer sees, members with a role and either a registered producer of
/// the chain's province or a partner name (a partner elsewhere is named, not linked), products of its member producers.
/// Linking another province's producer would put this province's chain on that province's public product pages.
/// </summary>
internal static class ValueChainRules
{
    public static async Task<ValidationErrors> CheckAsync(OcopDbContext db, ChainInput input, UserScope scope, string chainProvince, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(input.Name), input.Name, 200);
        TextRules.MaxLength(errors, nameof(input.Description), input.Description, 2000);
        if (input.AreaId is { } areaId && !await db.RawMaterialAreas.AnyAsync(a => a.Id == areaId && (scope.IsNational || a.ProvinceCode == scope.ProvinceCode), ct))
        {
            errors.Add(nameof(input.AreaId), "Validation.Chain.Area");
        }

        var members = input.Members ?? [];
        if (members.Count is 0 or > ValueChainService.MaxMembers)
        {
            errors.Add(nameof(input.Members), "Validation.Chain.Members");
        }
        else if (members.Any(m => m.Role is not { } role || !Enum.IsDefined(role)
                     || (m.ProducerId is null && (string.IsNullOrWhiteSpace(m.PartnerName) || m.PartnerName.Trim().Length > 200 || m.PartnerName.IndexOfAny(['<', '>']) >= 0))
                     || m.Contract?.Trim().Length > 200))
        {
            errors.Add(nameof(input.Members), "Validation.Chain.MemberFields");
        }

        var producerIds = members.Where(m => m.ProducerId is not null).Select(m => m.ProducerId!.Value).Distinct().ToList();
        if (producerIds.Count > 0 && await db.Producers.CountAsync(p => producerIds.Contains(p.Id), ct) != producerIds.Count)
        {
            errors.Add(nameof(input.Members), "Validation.Chain.UnknownProducer");
        }
        else if (producerIds.Count > 0 && await db.Producers.CountAsync(p => producerIds.Contains(p.Id) && p.ProvinceCode == chainProvince, ct) != producerIds.Count)
        {
            errors.Add(nameof(input.Members), "Validation.Chain.OtherProvince");
        }

        var productIds = (input.ProductIds ?? []).Distinct().ToList();
        if (productIds.Count > 0 && await db.Products.CountAsync(p => productIds.Contains(p.Id) && producerIds.Contains(p.ProducerId), ct) != productIds.Count)
        {
            errors.Add(nameof(input.ProductIds), "Validation.Chain.Products");
        }

        return errors;
    }
}
