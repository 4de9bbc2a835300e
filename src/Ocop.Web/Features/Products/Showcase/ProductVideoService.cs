using Microsoft.EntityFrameworkCore;
using Ocop.Web.Data;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Features.Products.Showcase;

/// <summary>A video as the API and pages show it, with the host's player address.</summary>
public sealed record VideoItem(int Id, int ProductId, VideoHost Host, string VideoId, string Url, string? Caption, int Version)
{
    public string EmbedUrl => VideoLink.EmbedUrl(Host, VideoId);
}

/// <summary>A video as its form and the API take it: the address as copied from YouTube or TikTok, and a caption.</summary>
public sealed class VideoInput
{
    public string? Url { get; set; }
    public string? Caption { get; set; }
}

/// <summary>
/// A product's promotion videos (YouTube, TikTok): added and removed by its producer and the officers of its area,
/// shown on the public product page in the order they were added.
/// </summary>
public sealed class ProductVideoService(OcopDbContext db)
{
    public const int MaxPerProduct = 6;

    public async Task<List<VideoItem>?> ListAsync(int productId, UserScope scope, CancellationToken ct) =>
        await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct) ? await ItemsAsync(productId, ct) : null;

    public async Task<List<VideoItem>?> PublicListAsync(int productId, CancellationToken ct) =>
        await db.Products.ThatArePublic().AnyAsync(p => p.Id == productId, ct) ? await ItemsAsync(productId, ct) : null;

    /// <summary>The videos of a product the caller has just read as public (the product page): one query fewer.</summary>
    public Task<List<VideoItem>> OfPublicProductAsync(int productId, CancellationToken ct) => ItemsAsync(productId, ct);

    public async Task<ServiceResult<int>> AddAsync(int productId, VideoInput input, UserScope scope, CancellationToken ct)
    {
        if (!scope.CanWrite || !await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        var errors = new ValidationErrors();
        var problem = VideoLink.TryRead(input.Url, out var host, out var videoId);
        if (problem != VideoLink.Problem.None)
        {
            errors.Add(nameof(input.Url), problem == VideoLink.Problem.TikTokShortLink ? "Validation.Video.TikTokShortLink" : "Validation.Video.Url");
        }
        else if (await db.ProductVideos.AnyAsync(v => v.ProductId == productId && v.Host == host && v.VideoId == videoId, ct))
        {
            errors.Add(nameof(input.Url), "Validation.Video.Duplicate");
        }

        var caption = TextRules.Clean(input.Caption);
        TextRules.MaxLength(errors, nameof(input.Caption), caption, 200);
        if (await db.ProductVideos.CountAsync(v => v.ProductId == productId, ct) >= MaxPerProduct)
        {
            errors.Add(string.Empty, "Validation.Video.TooMany");
        }

        if (errors.Any)
        {
            return ServiceResult<int>.Invalid(errors.ToDictionary());
        }

        var video = db.ProductVideos.Add(new ProductVideo { ProductId = productId, Host = host, VideoId = videoId, Url = input.Url!.Trim(), Caption = caption }).Entity;
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(video.Id);
    }

    public async Task<ServiceResult<int>> DeleteAsync(int productId, int videoId, UserScope scope, CancellationToken ct)
    {
        if (!scope.CanWrite || !await db.Products.VisibleTo(scope).AnyAsync(p => p.Id == productId, ct))
        {
            return ServiceResult<int>.NotFound();
        }

        if (await db.ProductVideos.SingleOrDefaultAsync(v => v.Id == videoId && v.ProductId == productId, ct) is not { } video)
        {
            return ServiceResult<int>.NotFound();
        }

        db.ProductVideos.Remove(video); // audited: the removal keeps its old values in the history
        await db.SaveChangesAsync(ct);
        return ServiceResult<int>.Ok(videoId);
    }

    private Task<List<VideoItem>> ItemsAsync(int productId, CancellationToken ct) =>
        db.ProductVideos.AsNoTracking().Where(v => v.ProductId == productId).OrderBy(v => v.Id)
            .Select(v => new VideoItem(v.Id, v.ProductId, v.Host, v.VideoId, v.Url, v.Caption, v.Version)).ToListAsync(ct);
}
