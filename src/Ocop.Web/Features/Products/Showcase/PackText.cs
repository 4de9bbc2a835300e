using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Products.Showcase;

/// <summary>How a pack reads in the reader's language: "Chai 500 ml" / "Bottle, 500 ml", "Hộp 12 cái" / "Box of 12".</summary>
public static class PackText
{
    public static string Of(PackItem pack, IStringLocalizer<SharedResource> localizer) =>
        string.Format(localizer["Pack.Format"].Value, localizer[$"PackKind.{pack.Kind}"].Value, Money.Number(pack.Amount),
            localizer[$"PackUnit.{pack.Unit}"].Value);

    /// <summary>Units that compare with each other: mass, volume, count.</summary>
    public static int Family(PackUnit unit) => unit switch
    {
        PackUnit.Gram or PackUnit.Kilogram => 0,
        PackUnit.Millilitre or PackUnit.Litre => 1,
        _ => 2,
    };

    public static decimal InBaseUnit(decimal amount, PackUnit unit) => unit is PackUnit.Kilogram or PackUnit.Litre ? amount * 1000 : amount;
}
