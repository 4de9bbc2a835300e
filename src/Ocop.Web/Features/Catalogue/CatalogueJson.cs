using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Ocop.Web.Features.Catalogue;

/// <summary>
/// A catalogue result as the API sends it: the JSON System.Text.Json writes for <see cref="CatalogueResult"/> with the app's
/// options (camelCase names, nulls written, the app's encoder, which leaves Vietnamese letters as they are), written field by
/// field. The API's busiest answer: the serializer's general path (a frame per object and list, a converter per property)
/// took as much of a search request's CPU as the facet count, and its source-generated fast path refuses any encoder
/// but the default one, which would escape every accented letter. The catalogue tests hold each answer to what the
/// serializer writes for it, so a property added to the result and forgotten here fails them.
/// </summary>
public sealed class CatalogueJson(CatalogueResult value) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<CatalogueResult>
{
    public CatalogueResult Value { get; } = value;

    public int? StatusCode => StatusCodes.Status200OK;

    object? IValueHttpResult.Value => Value;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, new JsonWriterOptions { Encoder = options.Encoder, SkipValidation = true }))
        {
            Write(writer, Value);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    /// <summary>What the API document says of it: the same as <c>Ok&lt;CatalogueResult&gt;</c>.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(CatalogueResult), ["application/json"]));

    private static void Write(Utf8JsonWriter w, CatalogueResult r)
    {
        w.WriteStartObject();
        w.WriteStartArray(Names.Items);
        foreach (var card in r.Items)
        {
            WriteCard(w, card);
        }

        w.WriteEndArray();
        w.WriteNumber(Names.Page, r.Page);
        w.WriteNumber(Names.PageSize, r.PageSize);
        w.WriteNumber(Names.TotalCount, r.TotalCount);
        w.WriteNumber(Names.TotalPages, r.TotalPages);
        w.WriteStartArray(Names.Facets);
        foreach (var facet in r.Facets)
        {
            w.WriteStartObject();
            w.WriteString(Names.Name, facet.Name);
            w.WriteStartArray(Names.Values);
            foreach (var v in facet.Values)
            {
                w.WriteStartObject();
                w.WriteString(Names.Key, v.Key);
                w.WriteString(Names.Label, v.Label);
                w.WriteNumber(Names.Count, v.Count);
                w.WriteBoolean(Names.Selected, v.Selected);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString(Names.Correction, r.Correction);
        w.WriteBoolean(Names.PastEnd, r.PastEnd);
        w.WriteEndObject();
    }

    private static void WriteCard(Utf8JsonWriter w, CatalogueCard c)
    {
        w.WriteStartObject();
        w.WriteNumber(Names.Id, c.Id);
        w.WriteString(Names.Name, c.Name);
        w.WriteString(Names.NameEn, c.NameEn);
        w.WriteString(Names.ProducerName, c.ProducerName);
        w.WriteString(Names.ProvinceName, c.ProvinceName);
        w.WriteString(Names.ProductSetName, c.ProductSetName);
        w.WriteNumber(Names.Stars, c.Stars);
        w.WriteBoolean(Names.Certified, c.Certified);
        if (c.FirstImageId is { } image)
        {
            w.WriteNumber(Names.FirstImageId, image);
        }
        else
        {
            w.WriteNull(Names.FirstImageId);
        }

        w.WriteString(Names.SetPicture, c.SetPicture);
        w.WriteEndObject();
    }

    /// <summary>The property names, escaped once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Items = JsonEncodedText.Encode("items");
        public static readonly JsonEncodedText Page = JsonEncodedText.Encode("page");
        public static readonly JsonEncodedText PageSize = JsonEncodedText.Encode("pageSize");
        public static readonly JsonEncodedText TotalCount = JsonEncodedText.Encode("totalCount");
        public static readonly JsonEncodedText TotalPages = JsonEncodedText.Encode("totalPages");
        public static readonly JsonEncodedText Facets = JsonEncodedText.Encode("facets");
        public static readonly JsonEncodedText Correction = JsonEncodedText.Encode("correction");
        public static readonly JsonEncodedText PastEnd = JsonEncodedText.Encode("pastEnd");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Values = JsonEncodedText.Encode("values");
        public static readonly JsonEncodedText Key = JsonEncodedText.Encode("key");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Count = JsonEncodedText.Encode("count");
        public static readonly JsonEncodedText Selected = JsonEncodedText.Encode("selected");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText NameEn = JsonEncodedText.Encode("nameEn");
        public static readonly JsonEncodedText ProducerName = JsonEncodedText.Encode("producerName");
        public static readonly JsonEncodedText ProvinceName = JsonEncodedText.Encode("provinceName");
        public static readonly JsonEncodedText ProductSetName = JsonEncodedText.Encode("productSetName");
        public static readonly JsonEncodedText Stars = JsonEncodedText.Encode("stars");
        public static readonly JsonEncodedText Certified = JsonEncodedText.Encode("certified");
        public static readonly JsonEncodedText FirstImageId = JsonEncodedText.Encode("firstImageId");
        public static readonly JsonEncodedText SetPicture = JsonEncodedText.Encode("setPicture");
    }
}
