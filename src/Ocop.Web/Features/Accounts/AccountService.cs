using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;

namespace Ocop.Web.Features.Accounts;

public sealed record NewAccount(string Email, string Role, string? DisplayName = null, string? ProvinceCode = null, string? CommuneCode = null, int? ProducerId = null);

/// <summary>Creates accounts bound to their unit. There is no default password: one is generated unless given.</summary>
public sealed class AccountService(UserManager<OcopUser> users, RoleManager<IdentityRole> roles, OcopDbContext db)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>Returns the password used (generated when none is given) or the reasons it failed.</summary>
    public async Task<(bool Ok, string PasswordOrError)> CreateAsync(NewAccount account, string? password = null)
    {
        var problem = await ValidateBindingAsync(account);
        if (problem is not null)
        {
            return (false, problem);
        }

        await EnsureRolesAsync();
        var user = new OcopUser
        {
            UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName,
            ProvinceCode = account.ProvinceCode, CommuneCode = account.CommuneCode, ProducerId = account.ProducerId,
        };
        password ??= GeneratePassword();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (false, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, account.Role);
        return (true, password);
    }

    private async Task<string?> ValidateBindingAsync(NewAccount account)
    {
        if (!Roles.All.Contains(account.Role))
        {
            return $"Unknown role '{account.Role}'. Roles: {string.Join(", ", Roles.All)}.";
        }

        if (account.Role == Roles.ProvinceOfficer && !await db.Provinces.AnyAsync(p => p.Code == account.ProvinceCode))
        {
            return "A province officer needs --province with the code of an existing province (e.g. 68).";
        }

        if (account.Role == Roles.CommuneOfficer && !await db.Communes.AnyAsync(c => c.Code == account.CommuneCode))
        {
            return "A commune officer needs --commune with the code of an existing commune.";
        }

        if (account.Role == Roles.Producer && !await db.Producers.AnyAsync(p => p.Id == account.ProducerId))
        {
            return "A producer account needs --producer with the id of an existing producer.";
        }

        return null;
    }

    /// <summary>A random 20-character password meeting the rules (upper, lower, digit).</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        var chars = Enumerable.Range(0, 17).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]);
        return string.Concat(chars) + "Aa7";
    }
}
