using System.Globalization;
using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Products;
using Ocop.Web.Infrastructure;
using Ocop.Web.Infrastructure.Mail;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.MarketAccess;

/// <summary>What a buyer fills in on a product page. <see cref="Website"/> is the honeypot: people never see it.</summary>
public sealed class InquiryInput
{
    public string? BuyerName { get; set; }
    public string? Company { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public decimal? Quantity { get; set; }
    public string? Unit { get; set; }
    public string? Destination { get; set; }
    public InquiryMarket? Market { get; set; }
    public string? Message { get; set; }
    public string? Website { get; set; }
}

/// <summary>An inquiry as its producer reads it.</summary>
public sealed record InquiryItem(
    int Id, int ProductId, string ProductName, string BuyerName, string? Company, string Email, string? Phone, decimal Quantity, string? Unit,
    string Destination, InquiryMarket Market, string? Message, InquiryStatus Status, DateTime CreatedAt, DateTime? ConfirmedAt,
    string? Answer, DateTime? AnsweredAt);

/// <summary>How many confirmed inquiries a product drew: what officers see (never the buyers' details).</summary>
public sealed record InquiryVolume(int ProductId, string ProductName, string ProducerName, int Total, int LastThirtyDays, int Export, int Answered);

public enum ConfirmOutcome
{
    Confirmed,
    AlreadyConfirmed,
    Expired,
    Unknown,
}

/// <summary>
/// Buyer inquiries: taken from anyone (rate-limited per client at the endpoint, a honeypot field here),
/// held until the buyer confirms the e-mail address, then shown to the product's producer, who answers;
/// the answer is mailed to the buyer. Officers see volumes per product in their area.
/// </summary>
public sealed class InquiryService(OcopDbContext db, IMailSender mail, PublicUrls urls, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
{
    /// <summary>How long a confirmation link works; unconfirmed inquiries are never shown after it.</summary>
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromHours(48);

    /// <summary>
    /// Records an inquiry and mails the confirmation link. <paramref name="withinLimit"/> takes one from the
    /// client's allowance once the input is valid (refused: a message, nothing stored). A filled honeypot is
    /// answered exactly like a success (so a bot learns nothing) but nothing is stored or sent. Returns the
    /// inquiry id, 0 for a bot.
    /// </summary>
    public async Task<ServiceResult<int>> SubmitAsync(int productId, InquiryInput input, Func<CancellationToken, Task<bool>> withinLimit, CancellationToken ct)
    {
        var product = await db.Products.ThatArePublic().Where(p => p.Id == productId).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(ct);
        if (product is null)
        {
            return ServiceResult<int>.NotFound();
        }

        var errors = Check(input);
        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        if (!await withinLimit(ct))
        {
            return ServiceResult<int>.Invalid(string.Empty, "Validation.Inquiry.TooMany");
        }

        if (!string.IsNullOrWhiteSpace(input.Website))
        {
            return ServiceResult<int>.Ok(0);
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var inquiry = new BuyerInquiry
        {
            ProductId = productId, BuyerName = input.BuyerName!.Trim(), Company = TextRules.Clean(input.Company), Email = input.Email!.Trim(),
            Phone = TextRules.Clean(input.Phone), Quantity = input.Quantity!.Value, Unit = TextRules.Clean(input.Unit),
            Destination = input.Destination!.Trim(), Market = input.Market!.Value, Message = TextRules.Clean(input.Message),
            Language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "vi",
            Status = InquiryStatus.Unconfirmed, TokenHash = Hash(token), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.BuyerInquiries.Add(inquiry);
        await db.SaveChangesAsync(ct);
        await mail.SendAsync(new MailMessageData(
            [inquiry.Email],
            string.Format(CultureInfo.CurrentCulture, localizer["Inquiries.ConfirmSubject"].Value, product.Name),
            string.Format(CultureInfo.CurrentCulture, localizer["Inquiries.ConfirmBody"].Value, inquiry.BuyerName, product.Name,
                $"{urls.Base}/inquiries/confirm?token={token}", (int)ConfirmWithin.TotalHours)), ct);
        return ServiceResult<int>.Ok(inquiry.Id);
    }

    /// <summary>The buyer followed the mailed link: the inquiry opens and its producer is told (when they have an address).</summary>
    public async Task<ConfirmOutcome> ConfirmAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return ConfirmOutcome.Unknown;
        }

        var hash = Hash(token.Trim());
        var inquiry = await db.BuyerInquiries.Include(i => i.Product!).ThenInclude(p => p.Producer).SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (inquiry is null)
        {
            return ConfirmOutcome.Unknown;
        }

        if (inquiry.Status != InquiryStatus.Unconfirmed)
        {
            return ConfirmOutcome.AlreadyConfirmed;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now - inquiry.CreatedAt > ConfirmWithin)
        {
            return ConfirmOutcome.Expired;
        }

        inquiry.Status = InquiryStatus.Open;
        inquiry.ConfirmedAt = now;
        await db.SaveChangesAsync(ct);
        if (inquiry.Product!.Producer!.Email is { Length: > 0 } producerMail)
        {
            await mail.SendAsync(new MailMessageData(
                [producerMail],
                string.Format(CultureInfo.InvariantCulture, localizer.WithCulture("vi", "Inquiries.NewSubject"), inquiry.Product.Name),
                string.Format(CultureInfo.InvariantCulture, localizer.WithCulture("vi", "Inquiries.NewBody"), inquiry.Product.Name,
                    inquiry.Quantity.ToString("0.###", CultureInfo.InvariantCulture), inquiry.Unit, inquiry.Destination, $"{urls.Base}/portal/inquiries/{inquiry.Id}")), ct);
        }

        return ConfirmOutcome.Confirmed;
    }

    /// <summary>The confirmed inquiries about the producer's products, newest first.</summary>
    public async Task<List<InquiryItem>> ListAsync(UserScope scope, CancellationToken ct) =>
        scope.IsProducer
            ? await Project(db.BuyerInquiries.AsNoTracking().Where(i => i.Product!.ProducerId == scope.ProducerId && i.Status != InquiryStatus.Unconfirmed)
                .OrderByDescending(i => i.ConfirmedAt).ThenByDescending(i => i.Id)).ToListAsync(ct)
            : [];

    public async Task<InquiryItem?> GetAsync(int id, UserScope scope, CancellationToken ct) =>
        scope.IsProducer
            ? await Project(db.BuyerInquiries.AsNoTracking().Where(i => i.Id == id && i.Product!.ProducerId == scope.ProducerId && i.Status != InquiryStatus.Unconfirmed))
                .SingleOrDefaultAsync(ct)
            : null;

    /// <summary>The producer answers (again, if they like: the latest answer is kept and mailed).</summary>
    public async Task<ServiceResult<int>> AnswerAsync(int id, string? answer, UserScope scope, CancellationToken ct)
    {
        var inquiry = scope.IsProducer
            ? await db.BuyerInquiries.Include(i => i.Product).SingleOrDefaultAsync(i => i.Id == id && i.Product!.ProducerId == scope.ProducerId && i.Status != InquiryStatus.Unconfirmed, ct)
            : null;
        if (inquiry is null)
        {
            return ServiceResult<int>.NotFound();
        }

        var text = answer?.Trim() ?? string.Empty;
        if (text.Length is 0 or > 4000)
        {
            return ServiceResult<int>.Invalid("Answer", "Validation.Inquiry.Answer");
        }

        inquiry.Answer = text;
        inquiry.AnsweredAt = clock.GetUtcNow().UtcDateTime;
        inquiry.AnsweredBy = scope.UserName;
        inquiry.Status = InquiryStatus.Answered;
        await db.SaveChangesAsync(ct);
        await mail.SendAsync(new MailMessageData(
            [inquiry.Email],
            string.Format(CultureInfo.InvariantCulture, localizer.WithCulture(inquiry.Language, "Inquiries.AnswerSubject"), inquiry.Product!.Name),
            string.Format(CultureInfo.InvariantCulture, localizer.WithCulture(inquiry.Language, "Inquiries.AnswerBody"), inquiry.BuyerName, inquiry.Product.Name, text)), ct);
        return ServiceResult<int>.Ok(id);
    }

    /// <summary>Confirmed inquiries per product of the officer's area (counts only).</summary>
    public async Task<List<InquiryVolume>> VolumeAsync(UserScope scope, CancellationToken ct)
    {
        if (!scope.IsOfficer)
        {
            return [];
        }

        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        var products = db.Products.VisibleTo(scope).Select(p => p.Id);
        // Counted in memory: a province draws thousands of inquiries, not millions, and the grouping stays the same on both engines.
        var rows = await db.BuyerInquiries.AsNoTracking()
            .Where(i => i.Status != InquiryStatus.Unconfirmed && products.Contains(i.ProductId))
            .Select(i => new { i.ProductId, i.Product!.Name, ProducerName = i.Product.Producer!.Name, i.ConfirmedAt, i.Market, i.Status })
            .ToListAsync(ct);
        return [.. rows.GroupBy(r => (r.ProductId, r.Name, r.ProducerName))
            .Select(g => new InquiryVolume(
                g.Key.ProductId, g.Key.Name, g.Key.ProducerName, g.Count(), g.Count(i => i.ConfirmedAt >= since),
                g.Count(i => i.Market == InquiryMarket.Export), g.Count(i => i.Status == InquiryStatus.Answered)))
            .OrderByDescending(v => v.Total).ThenBy(v => v.ProductName, StringComparer.CurrentCulture)];
    }

    private static ValidationErrors Check(InquiryInput input)
    {
        var errors = new ValidationErrors();
        TextRules.RequireName(errors, nameof(input.BuyerName), input.BuyerName, 200);
        TextRules.MaxLength(errors, nameof(input.Company), input.Company, 200);
        if (string.IsNullOrWhiteSpace(input.Email) || input.Email.Trim().Length > 256 || !MailAddress.TryCreate(input.Email.Trim(), out _))
        {
            errors.Add(nameof(input.Email), "Validation.Inquiry.Email");
        }

        TextRules.MaxLength(errors, nameof(input.Phone), input.Phone, 30);
        if (input.Quantity is not { } quantity || quantity <= 0 || quantity > 100_000_000m)
        {
            errors.Add(nameof(input.Quantity), "Validation.Inquiry.Quantity");
        }

        TextRules.MaxLength(errors, nameof(input.Unit), input.Unit, 20);
        TextRules.RequireName(errors, nameof(input.Destination), input.Destination, 200);
        if (input.Market is not { } market || !Enum.IsDefined(market))
        {
            errors.Add(nameof(input.Market), "Validation.Inquiry.Market");
        }

        TextRules.MaxLength(errors, nameof(input.Message), input.Message, 2000);
        return errors;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    private static IQueryable<InquiryItem> Project(IQueryable<BuyerInquiry> inquiries) =>
        inquiries.Select(i => new InquiryItem(
            i.Id, i.ProductId, i.Product!.Name, i.BuyerName, i.Company, i.Email, i.Phone, i.Quantity, i.Unit, i.Destination, i.Market,
            i.Message, i.Status, i.CreatedAt, i.ConfirmedAt, i.Answer, i.AnsweredAt));
}
