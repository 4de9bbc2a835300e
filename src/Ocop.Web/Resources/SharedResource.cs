namespace Ocop.Web.Resources;

/// <summary>
/// Marker for the shared string resources: SharedResource.resx holds Vietnamese (the default),
/// SharedResource.en.resx English. Keys name the place ("Nav.Products", "Validation.Gtin.CheckDigit").
/// </summary>
public sealed class SharedResource;
