using System.Globalization;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Search;

namespace Ocop.Web.Features.Import;

/// <summary>
/// Turns a sheet and a column mapping into what the import would do (pure: the reference data is loaded by the caller).
/// File-level problems (too many rows, formulas, merged cells in the table, required columns not mapped) stop it
/// before any row; then every row is checked and matched: a producer by tax code, else by name in the same commune;
/// a product by GTIN, else by name under the same producer. Rows that match and change nothing are "unchanged".
/// </summary>
public static class ImportPlanner
{
    public const int MaxRows = 20_000;
    public const int LegacyValidityMonths = 36;

    public static ImportPlan Plan(SheetData sheet, IReadOnlyDictionary<ImportField, int>? mapping, ImportReference reference, DateOnly today)
    {
        var (headerRow, header) = Header(sheet);
        var map = mapping is null ? ImportFields.Guess(header) : new Dictionary<ImportField, int>(mapping);
        var ignored = header.Select((h, i) => (h, i)).Where(c => c.h.Length > 0 && !map.ContainsValue(c.i)).Select(c => c.h).ToList();
        var data = sheet.Rows.Skip(headerRow + 1).Select((cells, i) => (Row: headerRow + i + 2, Cells: cells)).Where(r => r.Cells.Any(c => c.Length > 0)).ToList();

        var errors = new List<ImportError>();
        if (data.Count > MaxRows)
        {
            errors.Add(new ImportError(0, "File", "Validation.Import.TooManyRows", data.Count.ToString(CultureInfo.InvariantCulture)));
        }

        if (sheet.Formulas.Count > 0)
        {
            errors.Add(new ImportError(0, "File", "Validation.Import.Formulas", string.Join(", ", sheet.Formulas.Take(10))));
        }

        var mergedInTable = sheet.MergedRanges.Where(r => LastRow(r) > headerRow).ToList();
        if (mergedInTable.Count > 0)
        {
            errors.Add(new ImportError(0, "File", "Validation.Import.Merged", string.Join(", ", mergedInTable.Take(10))));
        }

        foreach (var missing in ImportFields.Required.Where(f => !map.TryGetValue(f, out var c) || c < 0 || c >= header.Count))
        {
            errors.Add(new ImportError(0, missing.ToString(), "Validation.Import.MissingColumn", ImportFields.Headers[missing]));
        }

        if (data.Count == 0)
        {
            errors.Add(new ImportError(0, "File", "Validation.Import.NoRows", null));
        }

        if (errors.Count > 0)
        {
            return new ImportPlan(header, headerRow + 1, map, ignored, [], errors);
        }

        var rows = new List<ImportRow>(data.Count);
        var seenProducts = new Dictionary<string, int>();
        var seenGtins = new Dictionary<string, int>();
        var producersByTax = reference.Producers.Where(p => p.TaxCode is not null).ToLookup(p => p.TaxCode!);
        var producersByName = reference.Producers.ToLookup(p => (VietnameseText.Fold(p.Name), p.CommuneCode));
        var productsByGtin = reference.Products.Where(p => p.Gtin is not null).ToDictionary(p => p.Gtin!);
        var productsByName = reference.Products.Where(p => p.ProvinceCode == reference.ProvinceCode).ToLookup(p => (p.ProducerId, VietnameseText.Fold(p.Name)));
        foreach (var (row, cells) in data)
        {
            string Cell(ImportField f) => map.TryGetValue(f, out var c) && c >= 0 && c < cells.Count ? cells[c].Trim() : "";
            var before = errors.Count;
            void Fail(ImportField field, string key) => errors.Add(new ImportError(row, field.ToString(), key, ImportError.Quote(Cell(field))));

            var producer = ReadProducer(Cell, Fail, reference);
            var product = ReadProduct(Cell, Fail, reference, today);
            if (errors.Count > before || producer is null || product is null)
            {
                continue;
            }

            var existing = (producer.TaxCode is { } tax ? producersByTax[tax].FirstOrDefault(p => p.Type == producer.Type) ?? producersByTax[tax].FirstOrDefault() : null)
                ?? producersByName[(VietnameseText.Fold(producer.Name), producer.CommuneCode)].FirstOrDefault();
            var producerAction = existing is null ? ImportAction.Create : Same(existing, producer) ? ImportAction.Unchanged : ImportAction.Update;

            var productKey = product.Gtin ?? producer.Key + "|" + VietnameseText.Fold(product.Name);
            if (seenProducts.TryGetValue(productKey, out var firstRow))
            {
                errors.Add(new ImportError(row, ImportField.ProductName.ToString(), "Validation.Import.Duplicate", firstRow.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            seenProducts[productKey] = row;
            ExistingProduct? match = null;
            if (product.Gtin is { } gtin && productsByGtin.TryGetValue(gtin, out var byGtin))
            {
                if (byGtin.ProvinceCode != reference.ProvinceCode || (existing is not null && byGtin.ProducerId != existing.Id) || existing is null)
                {
                    Fail(ImportField.Gtin, "Validation.Import.GtinElsewhere");
                    continue;
                }

                match = byGtin;
            }

            match ??= existing is null ? null : productsByName[(existing.Id, VietnameseText.Fold(product.Name))].FirstOrDefault();
            if (match is { Certified: true } && match.CertificateReference == product.CertificateNumber)
            {
                // The row repeats the platform certificate (an export coming back): its stars and date are the certificate's.
                product = product with { Stars = null, LegacyValidUntil = null };
            }

            var productAction = match is null ? ImportAction.Create : Same(match, product) ? ImportAction.Unchanged : ImportAction.Update;
            rows.Add(new ImportRow(row, producer, product, producerAction, productAction, existing?.Id, match?.Id));
        }

        return new ImportPlan(header, headerRow + 1, map, ignored, rows, errors);
    }

    /// <summary>The header row (0-based) and its cells.</summary>
    public static (int Row, IReadOnlyList<string> Cells) Header(SheetData sheet)
    {
        var row = HeaderRow(sheet.Rows);
        return (row, row < sheet.Rows.Count ? sheet.Rows[row] : []);
    }

    /// <summary>The first row that names at least two known columns (a title may sit above it); else the first non-empty row.</summary>
    private static int HeaderRow(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        for (var i = 0; i < Math.Min(rows.Count, 20); i++)
        {
            if (ImportFields.Guess(rows[i]).Count >= 2)
            {
                return i;
            }
        }

        var first = rows.ToList().FindIndex(r => r.Any(c => c.Length > 0));
        return Math.Max(first, 0);
    }

    private static int LastRow(string range)
    {
        var end = range.Contains(':', StringComparison.Ordinal) ? range[(range.IndexOf(':', StringComparison.Ordinal) + 1)..] : range;
        return int.TryParse(new string([.. end.SkipWhile(char.IsLetter)]), CultureInfo.InvariantCulture, out var row) ? row - 1 : 0;
    }

    private static ProducerDraft? ReadProducer(Func<ImportField, string> cell, Action<ImportField, string> fail, ImportReference reference)
    {
        var name = cell(ImportField.ProducerName);
        if (name.Length is 0 or > 300)
        {
            fail(ImportField.ProducerName, name.Length == 0 ? "Validation.Import.Required" : "Validation.Import.TooLong");
        }

        string? taxCode = null;
        if (cell(ImportField.TaxCode) is { Length: > 0 } tax && !TaxCode.TryNormalize(tax, out taxCode))
        {
            fail(ImportField.TaxCode, "Validation.TaxCode");
        }

        var typeText = cell(ImportField.ProducerType);
        var type = ImportValues.ProducerType(typeText, name);
        if (type is null)
        {
            fail(ImportField.ProducerType, "Validation.Import.ProducerType");
        }

        var commune = ImportValues.Commune(cell(ImportField.Commune), reference, out var communeError);
        if (communeError is not null)
        {
            fail(ImportField.Commune, communeError);
        }

        var address = cell(ImportField.Address);
        var phone = cell(ImportField.Phone);
        if (address.Length > 300 || phone.Length > 30)
        {
            fail(address.Length > 300 ? ImportField.Address : ImportField.Phone, "Validation.Import.TooLong");
        }

        return name.Length is 0 or > 300 || type is null || commune is null ? null
            : new ProducerDraft(name, type.Value, typeText.Length > 0, taxCode, commune.Value.Code, commune.Value.OldName, commune.Value.OldCode, Clean(address), Clean(phone));
    }

    private static ProductDraft? ReadProduct(Func<ImportField, string> cell, Action<ImportField, string> fail, ImportReference reference, DateOnly today)
    {
        var name = cell(ImportField.ProductName);
        if (name.Length is 0 or > 300)
        {
            fail(ImportField.ProductName, name.Length == 0 ? "Validation.Import.Required" : "Validation.Import.TooLong");
        }

        var setText = cell(ImportField.ProductSet);
        int? set = reference.SetsByCode.TryGetValue(setText, out var byCode) ? byCode : reference.SetsByName[VietnameseText.Fold(setText)].Cast<int?>().FirstOrDefault();
        if (set is null)
        {
            fail(ImportField.ProductSet, "Validation.Import.ProductSet");
        }

        string? gtin = null;
        if (cell(ImportField.Gtin) is { Length: > 0 } g && !Gtin.TryNormalize(ImportValues.Digits(g), out gtin, out _))
        {
            fail(ImportField.Gtin, "Validation.Import.Gtin");
        }

        var starsText = cell(ImportField.Stars);
        int? stars = starsText.Length == 0 ? null : ImportValues.Stars(starsText);
        if (starsText.Length > 0 && stars is null)
        {
            fail(ImportField.Stars, "Validation.Import.Stars");
        }

        var number = Clean(cell(ImportField.CertificateNumber));
        DateOnly? date = null;
        if (cell(ImportField.CertificateDate) is { Length: > 0 } dateText)
        {
            date = ImportValues.Date(dateText);
            if (date is null || date > today || date.Value.Year < 2018)
            {
                fail(ImportField.CertificateDate, date is null ? "Validation.Import.Date" : "Validation.Import.DateRange");
            }
        }

        if (stars is not null && number is null)
        {
            fail(ImportField.CertificateNumber, "Validation.Import.CertificateNumber");
        }

        return name.Length is 0 or > 300 || set is null ? null
            : new ProductDraft(name, set.Value, gtin, stars, number, stars is not null && date is { } d ? d.AddMonths(LegacyValidityMonths) : null);
    }

    // Empty cells (null) leave the record as it is.
    private static bool Same(ExistingProducer e, ProducerDraft d) =>
        e.Name == d.Name && (!d.TypeGiven || e.Type == d.Type) && (d.TaxCode is null || e.TaxCode == d.TaxCode) && e.CommuneCode == d.CommuneCode
        && (d.Address is null || e.Address == d.Address) && (d.Phone is null || e.Phone == d.Phone);

    private static bool Same(ExistingProduct e, ProductDraft d) =>
        e.Name == d.Name && e.ProductSetId == d.ProductSetId && (d.Gtin is null || e.Gtin == d.Gtin) && (d.Stars is null || e.Stars == d.Stars)
        && (d.CertificateNumber is null || e.CertificateReference == d.CertificateNumber) && (d.LegacyValidUntil is null || e.LegacyValidUntil == d.LegacyValidUntil);

    private static string? Clean(string value) => value.Length == 0 ? null : value;
}
