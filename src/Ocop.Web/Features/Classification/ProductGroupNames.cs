using Microsoft.Extensions.Localization;
using Ocop.Web.Infrastructure;
using Ocop.Web.Resources;

namespace Ocop.Web.Features.Classification;

/// <summary>
/// A product group's name for the reader: its English name (resource "Group.{code}", the six groups by their number) on
/// English pages, else the name the decision gives it.
/// </summary>
public static class ProductGroupNames
{
    public static string ForReader(IStringLocalizer<SharedResource> localizer, string code, string name) =>
        ReaderText.English && localizer["Group." + code] is { ResourceNotFound: false } english ? english.Value : name;
}
