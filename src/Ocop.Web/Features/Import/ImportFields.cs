using Ocop.Web.Features.Search;

namespace Ocop.Web.Features.Import;

/// <summary>What a column of a province's list can hold. The export writes these headers, so its file maps itself on re-import.</summary>
public enum ImportField
{
    ProducerName,
    ProducerType,
    TaxCode,
    Commune,
    Address,
    Phone,
    ProductName,
    ProductSet,
    Gtin,
    Stars,
    CertificateNumber,
    CertificateDate,
}

public static class ImportFields
{
    public static readonly IReadOnlyList<ImportField> Required = [ImportField.ProducerName, ImportField.Commune, ImportField.ProductName, ImportField.ProductSet];

    /// <summary>The export's header for each field (Vietnamese, as provinces write them).</summary>
    public static readonly IReadOnlyDictionary<ImportField, string> Headers = new Dictionary<ImportField, string>
    {
        [ImportField.ProducerName] = "Tên chủ thể",
        [ImportField.ProducerType] = "Loại hình",
        [ImportField.TaxCode] = "Mã số thuế",
        [ImportField.Commune] = "Xã, phường",
        [ImportField.Address] = "Địa chỉ",
        [ImportField.Phone] = "Điện thoại",
        [ImportField.ProductName] = "Tên sản phẩm",
        [ImportField.ProductSet] = "Bộ sản phẩm",
        [ImportField.Gtin] = "Mã GTIN",
        [ImportField.Stars] = "Hạng sao",
        [ImportField.CertificateNumber] = "Số quyết định công nhận",
        [ImportField.CertificateDate] = "Ngày công nhận",
    };

    /// <summary>Other headers seen in provinces' lists, folded (no accents, lower case).</summary>
    private static readonly Dictionary<ImportField, string[]> Aliases = new()
    {
        [ImportField.ProducerName] = ["chu the", "ten chu the", "ten co so", "ten doanh nghiep", "ten htx", "don vi", "producer", "producer name"],
        [ImportField.ProducerType] = ["loai chu the", "loai hinh chu the", "hinh thuc", "producer type", "type"],
        [ImportField.TaxCode] = ["mst", "ma so doanh nghiep", "tax code"],
        [ImportField.Commune] = ["xa", "xa/phuong", "phuong, xa", "xa phuong", "dia ban", "ma xa", "commune"],
        [ImportField.Address] = ["dia chi chu the", "address"],
        [ImportField.Phone] = ["so dien thoai", "sdt", "phone"],
        [ImportField.ProductName] = ["san pham", "ten san pham ocop", "product", "product name"],
        [ImportField.ProductSet] = ["ma bo san pham", "phan nhom", "bo san pham/phan nhom", "product set"],
        [ImportField.Gtin] = ["gtin", "ma vach", "ma so ma vach", "barcode"],
        [ImportField.Stars] = ["so sao", "sao", "xep hang", "hang", "ket qua xep hang", "stars"],
        [ImportField.CertificateNumber] = ["so quyet dinh", "so qd", "quyet dinh", "so giay chung nhan", "certificate", "certificate number"],
        [ImportField.CertificateDate] = ["ngay quyet dinh", "ngay cap", "ngay chung nhan", "ngay cong nhan", "certificate date"],
    };

    /// <summary>Guesses which column holds each field from the header row: exact names first, then a header that starts with one.</summary>
    public static Dictionary<ImportField, int> Guess(IReadOnlyList<string> header)
    {
        var folded = header.Select(h => VietnameseText.Fold(h).TrimEnd('*', ':', ' ')).ToList();
        var mapping = new Dictionary<ImportField, int>();
        foreach (var exact in new[] { true, false })
        {
            foreach (var field in Enum.GetValues<ImportField>().Where(f => !mapping.ContainsKey(f)))
            {
                var names = Aliases[field].Append(VietnameseText.Fold(Headers[field])).ToList();
                for (var column = 0; column < folded.Count; column++)
                {
                    var h = folded[column];
                    if (h.Length > 0 && !mapping.ContainsValue(column) && names.Any(n => exact ? h == n : h.StartsWith(n + " ", StringComparison.Ordinal)))
                    {
                        mapping[field] = column;
                        break;
                    }
                }
            }
        }

        return mapping;
    }
}
