using Ocop.Web.Features.Producers;

namespace Ocop.Web.Features.Import;

public enum ImportAction
{
    Create,
    Update,
    Unchanged,
}

/// <summary>A problem with one cell of one row (row numbers as the spreadsheet shows them).</summary>
/// <summary>A row's problem; <see cref="Value"/> is the cell as quoted back, shortened (a cell may hold megabytes).</summary>
public sealed record ImportError(int Row, string Field, string MessageKey, string? Value)
{
    public const int QuotedLength = 40;

    public static string? Quote(string? value) => value is { Length: > QuotedLength } ? value[..QuotedLength] + "…" : value;
}

/// <summary>
/// A producer as one row of the list describes it, its commune resolved (through the old→new mapping when needed).
/// Empty cells are null: an import never erases what is on record. <see cref="TypeGiven"/> is false when the type was
/// inferred from the name ("HTX …" is a cooperative), which does not overwrite a recorded type.
/// </summary>
public sealed record ProducerDraft(
    string Name, ProducerType Type, bool TypeGiven, string? TaxCode, string CommuneCode, string? OldUnitName, string? OldUnitCode, string? Address, string? Phone)
{
    /// <summary>Rows naming the same producer: the same tax code, else the same name (accents and case aside) in the same commune.</summary>
    public string Key => TaxCode ?? Search.VietnameseText.Fold(Name) + "|" + CommuneCode;
}

/// <summary>A product as one row describes it; a legacy rating when the row has stars (confirmed for 36 months from its date).</summary>
public sealed record ProductDraft(string Name, int ProductSetId, string? Gtin, int? Stars, string? CertificateNumber, DateOnly? LegacyValidUntil);

public sealed record ImportRow(int Row, ProducerDraft? Producer, ProductDraft? Product, ImportAction ProducerAction, ImportAction ProductAction, int? ProducerId, int? ProductId);

/// <summary>What importing the file would do, row by row, or why it cannot (file-level errors and row errors).</summary>
public sealed record ImportPlan(
    IReadOnlyList<string> Header, int HeaderRow, IReadOnlyDictionary<ImportField, int> Mapping, IReadOnlyList<string> Ignored,
    IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportError> Errors)
{
    public bool CanImport => Errors.Count == 0 && Rows.Count > 0;
    public int ProducersCreated => Rows.Where(r => r.ProducerAction == ImportAction.Create).Select(r => r.Producer!.Key).Distinct().Count();
    public int ProducersUpdated => Rows.Where(r => r.ProducerAction == ImportAction.Update).Select(r => r.ProducerId).Distinct().Count();
    public int ProductsCreated => Rows.Count(r => r.ProductAction == ImportAction.Create);
    public int ProductsUpdated => Rows.Count(r => r.ProductAction == ImportAction.Update);
    public int Unchanged => Rows.Count(r => r.ProductAction == ImportAction.Unchanged);
}

/// <summary>A summary for the API and the page (the rows themselves can be many).</summary>
public sealed record ImportSummary(
    int Id, string FileName, int DataRows, IReadOnlyList<string> Header, int HeaderRow, IReadOnlyDictionary<ImportField, int> Mapping, IReadOnlyList<string> Ignored,
    int ProducersCreated, int ProducersUpdated, int ProductsCreated, int ProductsUpdated, int Unchanged,
    IReadOnlyList<ImportErrorItem> Errors, int ErrorCount, ImportStatus Status, bool CanImport, DateTime? ImportedAt = null, string? ImportedBy = null);

public sealed record ImportErrorItem(int Row, string Field, string Message, string? Value);

/// <summary>How far a running import has come; not running once it has finished (or before it starts).</summary>
public sealed record ImportProgressItem(bool Running, int Done, int Total);
