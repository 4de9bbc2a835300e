using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Accounts.Users;

/// <summary>Who may hold authority over which accounts: nobody grants a role or a scope above their own.</summary>
public static class UserGrants
{
    /// <summary>The roles a province officer gives, always within their own province.</summary>
    public static readonly string[] ProvinceGrantable = [Roles.CommuneOfficer, Roles.CouncilMember, Roles.Producer];

    /// <summary>National administrators and province officers (province-wide, not bound to a commune) manage accounts.</summary>
    public static bool IsManager(UserScope scope) =>
        scope.IsNational || (scope.IsOfficer && scope.CommuneCode is null && scope.ProvinceCode is not null && scope.ProducerId is null);

    /// <summary>May the manager hold authority over an account with this role, bound within this province (null: national)?</summary>
    public static bool Covers(UserScope manager, string? role, string? province) =>
        manager.IsNational || (IsManager(manager) && role is not null && ProvinceGrantable.Contains(role) && province == manager.ProvinceCode);

    /// <summary>The roles the manager may give (for the form's list).</summary>
    public static IReadOnlyList<string> GrantableBy(UserScope manager) =>
        manager.IsNational ? Roles.All : IsManager(manager) ? ProvinceGrantable : [];
}

/// <summary>An account's role and the unit it is bound to, checked against the registry; Province is where that unit lies.</summary>
public sealed record UserBinding(string Role, string? ProvinceCode, string? CommuneCode, int? ProducerId, string? Province);

internal static class UserBindings
{
    /// <summary>
    /// Reads the role and unit from the input, keeps only the unit the role needs, and checks that unit exists. A province
    /// officer's council members sit in the officer's province unless another is named (and then they are refused).
    /// </summary>
    public static async Task<UserBinding?> ResolveAsync(OcopDbContext db, UserInput input, UserScope manager, ValidationErrors errors, CancellationToken ct)
    {
        var role = input.Role?.Trim();
        if (role is null || !Roles.All.Contains(role))
        {
            errors.Add(nameof(UserInput.Role), "Validation.User.Role");
            return null;
        }

        switch (role)
        {
            case Roles.NationalAdmin:
                return new UserBinding(role, null, null, null, null);
            case Roles.ProvinceOfficer:
            case Roles.CouncilMember:
                var province = TextRules.Clean(input.ProvinceCode) ?? (role == Roles.CouncilMember && !manager.IsNational ? manager.ProvinceCode : null);
                if (role == Roles.CouncilMember && string.IsNullOrWhiteSpace(input.Organisation))
                {
                    errors.Add(nameof(UserInput.Organisation), "Validation.User.Organisation");
                }

                if (province is null && role == Roles.CouncilMember)
                {
                    return new UserBinding(role, null, null, null, null);
                }

                if (province is null || !await db.Provinces.AnyAsync(p => p.Code == province, ct))
                {
                    errors.Add(nameof(UserInput.ProvinceCode), "Validation.User.Province");
                    return null;
                }

                return new UserBinding(role, province, null, null, province);
            case Roles.CommuneOfficer:
                var commune = TextRules.Clean(input.CommuneCode);
                var communeProvince = commune is null ? null
                    : await db.Communes.Where(c => c.Code == commune).Select(c => c.ProvinceCode).FirstOrDefaultAsync(ct);
                if (communeProvince is null)
                {
                    errors.Add(nameof(UserInput.CommuneCode), "Validation.User.Commune");
                    return null;
                }

                return new UserBinding(role, null, commune, null, communeProvince);
            default:
                var producerProvince = input.ProducerId is { } id
                    ? await db.Producers.Where(p => p.Id == id).Select(p => p.ProvinceCode).FirstOrDefaultAsync(ct)
                    : null;
                if (producerProvince is null)
                {
                    errors.Add(nameof(UserInput.ProducerId), "Validation.User.Producer");
                    return null;
                }

                return new UserBinding(role, null, null, input.ProducerId, producerProvince);
        }
    }
}
