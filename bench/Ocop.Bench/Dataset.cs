using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Certificates;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Search;
using Ocop.Web.Features.Traceability;

namespace Ocop.Bench;

/// <summary>
/// A generated registry the size of the nation's (or ten times it): producers spread over all 3,321
/// communes, two products each, names built from real OCOP product kinds and the commune's name.
/// Of the products 10% were never rated (reachable, not listed), 60% carry a legacy rating an officer
/// confirmed, 30% a certificate issued on the platform (with the dossier, council entry and decision
/// behind it, so the resolver's certificate lookup has real rows to search). Half have a GTIN; rated ones with a GTIN have a lot.
/// The database must be migrated first (`Ocop.Web db migrate`).
/// </summary>
public static class Dataset
{
    internal static readonly (string Kind, string Set, string English)[] Kinds =
    [
        ("Nước mắm", "148-09", "fish sauce"), ("Nước mắm nhỉ", "148-09", "first-press fish sauce"), ("Mật ong rừng", "148-04", "wild honey"),
        ("Mật ong hoa cà phê", "148-04", "coffee blossom honey"), ("Cà phê rang xay", "148-13", "ground roasted coffee"), ("Cà phê hạt", "148-13", "coffee beans"),
        ("Trà atiso", "148-12", "artichoke tea"), ("Chè Shan tuyết", "148-11", "Shan Tuyet tea"), ("Trà xanh", "148-11", "green tea"),
        ("Hạt điều rang muối", "148-07", "salted roasted cashews"), ("Mứt dâu", "148-07", "strawberry jam"), ("Mắc ca sấy", "148-07", "dried macadamia"),
        ("Rượu cần", "148-15", "stem wine"), ("Rượu gạo", "148-14", "rice liquor"), ("Bánh tráng", "148-06", "rice paper"),
        ("Bánh pía", "148-06", "pia cake"), ("Tinh dầu sả", "148-20", "lemongrass oil"), ("Tinh dầu quế", "148-20", "cinnamon oil"),
        ("Nón lá", "148-21", "conical hat"), ("Chiếu cói", "148-21", "sedge mat"), ("Thổ cẩm", "148-22", "brocade"),
        ("Gạo ST25", "148-03", "ST25 rice"), ("Gạo nếp cái hoa vàng", "148-03", "yellow-flower sticky rice"), ("Bưởi da xanh", "148-01", "green-skin pomelo"),
        ("Thanh long ruột đỏ", "148-01", "red dragon fruit"), ("Xoài cát", "148-01", "mango"), ("Sầu riêng", "148-01", "durian"),
        ("Chả cá", "148-08", "fish cake"), ("Khô cá dứa", "148-08", "dried catfish"), ("Lạp xưởng", "148-08", "Chinese sausage"),
        ("Tôm khô", "148-08", "dried shrimp"), ("Nước ép thanh long", "148-17", "dragon fruit juice"), ("Hồ tiêu", "148-10", "black pepper"),
        ("Muối tôm", "148-10", "shrimp salt"), ("Tỏi cô đơn", "148-10", "single-clove garlic"), ("Cao dược liệu", "148-18", "herbal extract"),
        ("Xà phòng thảo dược", "148-19", "herbal soap"), ("Lan hồ điệp", "148-23", "moth orchid"), ("Nấm linh chi", "148-18", "lingzhi mushroom"),
        ("Du lịch cộng đồng", "148-26", "community tourism"),
    ];

    private static readonly string[] Variants = ["", "", "loại 1", "đặc biệt", "hữu cơ", "truyền thống", "cao cấp", "hộp quà", "chai 500 ml", "túi 1 kg"];

    public static async Task<int> SeedAsync(BenchOptions options)
    {
        var productCount = options.Number("products", 20_000);
        var producerCount = options.Number("producers", productCount / 2);
        var random = new Random(options.Number("seed", 2026));
        var watch = Stopwatch.StartNew();
        await using var db = options.OpenDatabase();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (await db.Producers.IgnoreQueryFilters().AnyAsync())
        {
            Console.Error.WriteLine("The database already holds producers: seed an empty, migrated database.");
            return 1;
        }

        var communes = await db.Communes.AsNoTracking().Select(c => new { c.Code, c.Name, c.ProvinceCode }).ToListAsync();
        var sets = await db.ProductSets.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Id);
        var version = await db.CriteriaVersions.AsNoTracking().Where(v => v.AcceptsNewProducts).Select(v => v.Code).FirstAsync();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now.AddHours(7));

        // Producers, in chunks so the change tracker stays small.
        var producerIds = new List<(int Id, string Province, string Place)>(producerCount);
        for (var start = 0; start < producerCount; start += 5000)
        {
            var chunk = new List<(Producer Producer, string Place)>();
            for (var i = start; i < Math.Min(producerCount, start + 5000); i++)
            {
                var commune = communes[random.Next(communes.Count)];
                var place = Place(commune.Name);
                var type = (ProducerType)random.Next(3);
                var prefix = type switch { ProducerType.Cooperative => "HTX", ProducerType.Enterprise => "Công ty TNHH", _ => "Hộ kinh doanh" };
                var name = $"{prefix} {Kinds[random.Next(Kinds.Length)].Kind} {place} {i + 1}";
                chunk.Add((new Producer
                {
                    Type = type, Name = name, SearchName = VietnameseText.Fold(name), CommuneCode = commune.Code, ProvinceCode = commune.ProvinceCode,
                    Status = ProducerStatus.Active, Phone = $"0{200 + random.Next(99)} {random.Next(1000, 9999)} {random.Next(100, 999)}",
                    Latitude = 8.5 + random.NextDouble() * 14.5, Longitude = 102.5 + random.NextDouble() * 7, CreatedAt = now, UpdatedAt = now, CreatedBy = "bench",
                }, place));
            }

            db.Producers.AddRange(chunk.Select(c => c.Producer));
            await db.SaveChangesAsync();
            producerIds.AddRange(chunk.Select(c => (c.Producer.Id, c.Producer.ProvinceCode, c.Place)));
            db.ChangeTracker.Clear();
        }

        Console.WriteLine($"{producerCount} producers in {watch.Elapsed.TotalSeconds:F0} s");

        // One closed province batch and one decision per province, for the platform certificates.
        var provinces = producerIds.Select(p => p.Province).Distinct().ToList();
        var decisions = new Dictionary<string, (int Batch, int Decision)>();
        foreach (var province in provinces)
        {
            var batch = new EvaluationBatch
            {
                Name = $"Đợt 1 năm {today.Year - 1}", Year = today.Year - 1, ProvinceCode = province, Level = GovernmentLevel.Province,
                RegimeCode = "1489/2025", StepCode = "province-council", CriteriaVersionCode = version, StartsOn = today.AddYears(-1),
                EndsOn = today.AddYears(-1).AddDays(30), Status = BatchStatus.Closed, CreatedAt = now, UpdatedAt = now,
            };
            db.EvaluationBatches.Add(batch);
            await db.SaveChangesAsync();
            var decision = new RecognitionDecision
            {
                BatchId = batch.Id, Number = $"{province}/QĐ-UBND", SignedOn = today.AddYears(-1).AddDays(40), Signer = "Phó Chủ tịch UBND tỉnh",
                IssuingAuthority = "UBND tỉnh", CreatedAt = now, UpdatedAt = now,
            };
            db.RecognitionDecisions.Add(decision);
            await db.SaveChangesAsync();
            decisions[province] = (batch.Id, decision.Id);
        }

        db.ChangeTracker.Clear();
        var gtinSequence = 100_000_000;
        var certificateSequence = 0;
        for (var start = 0; start < productCount; start += 5000)
        {
            var products = new List<(Product Product, string Province, bool Certified)>();
            for (var i = start; i < Math.Min(productCount, start + 5000); i++)
            {
                var producer = producerIds[i % producerIds.Count];
                var kind = Kinds[random.Next(Kinds.Length)];
                var variant = Variants[random.Next(Variants.Length)];
                var name = string.Join(' ', new[] { kind.Kind, producer.Place, variant }.Where(s => s.Length > 0));
                var roll = random.Next(100);
                var stars = roll < 10 ? (int?)null : random.Next(100) switch { < 60 => 3, < 95 => 4, _ => 5 };
                var product = new Product
                {
                    ProducerId = producer.Id, Name = name, SearchName = VietnameseText.Fold(name), ProductSetId = sets[kind.Set],
                    NameEn = random.Next(5) == 0 ? $"{producer.Place} {kind.English}" : null, Status = ProductStatus.Active, Stars = stars,
                    Gtin = random.Next(2) == 0 ? Gtin14(gtinSequence++) : null,
                    Description = $"{kind.Kind} của {producer.Place}, sản phẩm OCOP.", CreatedAt = now, UpdatedAt = now.AddMinutes(-random.Next(500_000)),
                };
                if (stars is not null && roll < 70)
                {
                    product.CertificateReference = $"QĐ {random.Next(1, 999)}/QĐ-UBND";
                    product.LegacyValidUntil = today.AddDays(random.Next(1, 900));
                }

                products.Add((product, producer.Province, stars is not null && roll >= 70));
            }

            db.Products.AddRange(products.Select(p => p.Product));
            await db.SaveChangesAsync();
            // A lot on every listed product with a GTIN: what a label's QR code leads to (the lot page, the resolver's walk).
            db.ProductLots.AddRange(products.Where(p => p.Product.Gtin is not null && p.Product.Stars is not null).Select(p =>
            {
                var produced = today.AddDays(-random.Next(1, 300));
                return new ProductLot
                {
                    ProductId = p.Product.Id, Code = $"L{produced:yyMMdd}{p.Product.Id % 100:D2}", ProducedOn = produced, ExpiresOn = produced.AddMonths(18),
                    Quantity = random.Next(100, 5000), Unit = "sản phẩm", RawMaterialArea = $"Vùng nguyên liệu {p.Province}",
                    StepsJson = $"[{{\"on\":\"{produced.AddDays(-3):yyyy-MM-dd}\",\"text\":\"Thu hoạch\"}},{{\"on\":\"{produced:yyyy-MM-dd}\",\"text\":\"Đóng gói\"}}]",
                    CreatedAt = now, UpdatedAt = now, CreatedBy = "bench",
                };
            }));
            var dossiers = products.Where(p => p.Certified).Select(p => (p, Dossier: new Dossier
            {
                ProductId = p.Product.Id, Kind = DossierKind.New, Status = DossierStatus.Recognised, CriteriaVersionCode = version, RegimeCode = "1489/2025",
                CreatedAt = now, UpdatedAt = now,
            })).ToList();
            db.Dossiers.AddRange(dossiers.Select(d => d.Dossier));
            await db.SaveChangesAsync();
            var entries = dossiers.Select(d => (d.p, Entry: new BatchEntry
            {
                BatchId = decisions[d.p.Province].Batch, DossierId = d.Dossier.Id, Stars = d.p.Product.Stars, IsCertifiable = true, Average = 60 + d.p.Product.Stars!.Value * 7,
            })).ToList();
            db.BatchEntries.AddRange(entries.Select(e => e.Entry));
            await db.SaveChangesAsync();
            db.Certificates.AddRange(entries.Select(e =>
            {
                var issued = today.AddDays(-random.Next(1, 1000));
                return new Certificate
                {
                    Number = $"{e.p.Province}-{issued.Year}-{++certificateSequence:D6}", ProductId = e.p.Product.Id, DecisionId = decisions[e.p.Province].Decision,
                    EntryId = e.Entry.Id, Stars = e.p.Product.Stars!.Value, Points = e.Entry.Average!.Value, IssuingAuthority = "UBND tỉnh",
                    CriteriaVersionCode = version, IssuedOn = issued, ExpiresOn = issued.AddMonths(36), CreatedAt = now, UpdatedAt = now,
                };
            }));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        // Statistics for the planner, as autovacuum (PostgreSQL) or a maintenance job (SQLite) would gather them in production.
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.WriteLine($"{productCount} products ({certificateSequence} with platform certificates) in {watch.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    public static async Task<int> PrintScanTotalAsync(BenchOptions options)
    {
        await using var db = options.OpenDatabase();
        Console.WriteLine(await db.ScanCounts.SumAsync(c => c.Count));
        return 0;
    }

    private static string Place(string communeName) =>
        communeName.Replace("Phường ", string.Empty).Replace("Xã ", string.Empty).Replace("Thị trấn ", string.Empty).Replace("Đặc khu ", string.Empty);

    /// <summary>A GS1 GTIN-13 with prefix 893 (Viet Nam), padded to 14 digits with its check digit.</summary>
    private static string Gtin14(int sequence)
    {
        var body = "0893" + sequence.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            sum += (body[i] - '0') * (i % 2 == 0 ? 3 : 1);
        }

        return body + ((10 - sum % 10) % 10);
    }
}
