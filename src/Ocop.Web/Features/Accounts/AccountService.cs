using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;

namespace Ocop.Web.Features.Accounts;

public sealed record NewAccount(string Email, string Role, string? DisplayName = null, string? ProvinceCode = null, string? CommuneCode = null, int? ProducerId = null);

/// <summary>Creates accounts bound to their unit. There is no default password: one is generated unless given.</summary>
public sealed class AccountService(UserManager<OcopUser> users, RoleManager<IdentityRole> roles, OcopDbContext db, TimeProvider clock)
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

    public async Task<bool> HasNationalAdminAsync() =>
        await roles.RoleExistsAsync(Roles.NationalAdmin) && (await users.GetUsersInRoleAsync(Roles.NationalAdmin)).Count > 0;

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
            UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName, CreatedAt = clock.GetUtcNow().UtcDateTime,
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

    /// <summary>A random 20-character password with at least one upper-case letter, lower-case letter and digit, in random places.</summary>
    public static string GeneratePassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        const string all = upper + lower + digits;
        var chars = new char[20];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        // Put one of each required class at three distinct random positions.
        var positions = Enumerable.Range(0, chars.Length).OrderBy(_ => RandomNumberGenerator.GetInt32(int.MaxValue)).Take(3).ToArray();
        chars[positions[0]] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[positions[1]] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[positions[2]] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        return new string(chars);
    }
}
