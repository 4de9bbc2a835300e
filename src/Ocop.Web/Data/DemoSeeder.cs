using Microsoft.EntityFrameworkCore;
using Ocop.Web.Features.Accounts;
using Ocop.Web.Features.Evaluation.Batches;
using Ocop.Web.Features.Evaluation.Criteria;
using Ocop.Web.Features.Evaluation.Dossiers;
using Ocop.Web.Features.MarketAccess;
using Ocop.Web.Features.Producers;
using Ocop.Web.Features.Products;
using Ocop.Web.Features.Search;
using Ocop.Web.Infrastructure;

namespace Ocop.Web.Data;

/// <summary>
/// Development demo data: the real producers and products named in the domain notes, placed in
/// their provinces since July 2025 (Lâm Đồng 68, Thành phố Hồ Chí Minh 79), a few hundred
/// generated ones so lists page, and demo accounts with random passwords, kept in the data folder
/// (<see cref="LoginsFile"/>) so a newcomer finds them after the first run too.
/// </summary>
public sealed partial class DemoSeeder(
    OcopDbContext db, AccountService accounts, CriteriaCatalog catalog, DataFolder dataFolder, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string LoginsFileName = "demo-logins.txt";

    public string LoginsFile => dataFolder.PathFor(LoginsFileName);

    /// <summary>Says where the demo logins are (every Development start), or that this database has none.</summary>
    public void AnnounceLogins()
    {
        if (File.Exists(LoginsFile))
        {
            logger.LogInformation("Demo logins (e-mail, role, password): {LoginsFile}", LoginsFile);
        }
        else
        {
            logger.LogInformation("This database was not seeded by this data folder: no demo logins in {LoginsFile}. Delete the data folder to start over.", LoginsFile);
        }
    }

    private sealed record RealProducer(
        string Name, ProducerType Type, string Commune, string? OldUnit, string? OldCode, bool Woman, (string Name, string Set, int Stars, string? Gtin)[] Products,
        (double, double)? Location = null, string? Address = null, string? Email = null);

    private static readonly RealProducer[] RealProducers =
    [
        new("Công ty TNHH Cá Đen", ProducerType.Enterprise, "22924", "Phường Phú Hài, TP. Phan Thiết, Tỉnh Bình Thuận", "22921", false,
            [("Nước mắm Cá Đen", "148-09", 4, "8930000000019"), ("Nước mắm Cá Đen nhãn xanh 30 độ đạm", "148-09", 3, null)],
            (10.9318, 108.1923), "Khu phố 5, đường Võ Văn Kiệt", "caden@demo.ocop.vn"),
        new("HTX thanh long Hàm Đức", ProducerType.Cooperative, "23059", "Xã Hàm Đức, H. Hàm Thuận Bắc, Tỉnh Bình Thuận", "23092", true,
            [("Rượu vang thanh long Hàm Đức", "148-15", 4, null)]),
        new("Cơ sở sản xuất Bảo Long", ProducerType.Household, "22924", "TP. Phan Thiết, Tỉnh Bình Thuận", null, false,
            [("Nước ép thanh long Bảo Long", "148-17", 3, null)]),
        new("HTX thanh long sạch Hòa Lệ", ProducerType.Cooperative, "23095", "Xã Hàm Liêm, H. Hàm Thuận Bắc, Tỉnh Bình Thuận", "23095", false,
            [("Thanh long ruột đỏ Hòa Lệ", "148-01", 3, null)]),
        new("HTX cây ăn quả Tân Mỹ", ProducerType.Cooperative, "25909", "Xã Tân Mỹ, H. Bắc Tân Uyên, Tỉnh Bình Dương", "25918", true,
            [("Bưởi da xanh Tân Mỹ", "148-01", 4, null)]),
    ];

    /// <summary>Kinds of product the generated producers make, each with its set under 148 (Phụ lục I: 148-NN is the NN-th set).</summary>
    private static readonly (string Kind, string Set)[] GeneratedKinds =
    [
        ("Mật ong rừng", "148-04"), ("Cà phê rang xay", "148-13"), ("Trà atiso", "148-12"), ("Hạt điều rang muối", "148-07"), ("Mứt dâu", "148-07"),
        ("Rượu cần", "148-15"), ("Nước mắm nhỉ", "148-09"), ("Bánh tráng", "148-06"), ("Tinh dầu sả", "148-20"), ("Nón lá", "148-21"),
        ("Gạo ST25", "148-03"), ("Bưởi da xanh", "148-01"), ("Thanh long ruột đỏ", "148-01"), ("Chè Shan tuyết", "148-11"), ("Muối ớt", "148-10"),
        ("Khô mực", "148-08"), ("Nước ép chanh dây", "148-17"), ("Rượu vang dâu", "148-15"), ("Vải thổ cẩm", "148-22"), ("Lan hồ điệp", "148-24"),
        ("Cao atiso", "148-18"), ("Xà bông thảo dược", "148-19"), ("Hạt mắc ca sấy", "148-07"), ("Sầu riêng sấy", "148-07"), ("Bơ sáp", "148-01"),
    ];

    /// <summary>Brand words of the generated products and companies (Vietnamese, as on real labels; no numbers).</summary>
    private static readonly string[] Brands =
    [
        "Hương Rừng", "Quê Mẹ", "Đất Lành", "Sơn Nguyên", "Bà Năm", "Ba Miền", "Phố Núi", "Biển Xanh", "Cao Nguyên", "Nắng Gió", "Làng Chài", "Mây Ngàn",
        "Hồng Phát", "Thiên Phúc", "An Khang", "Tâm An", "Việt Xanh", "Lâm Viên", "Langbiang", "Đồng Xanh", "Suối Tiên", "Kim Ngân", "Bảo Châu", "Minh Tâm",
    ];

    private static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Ngô", "K'"];
    private static readonly string[] GivenNames = ["Văn An", "Thị Hoa", "Văn Bình", "Thị Lan", "Minh Tuấn", "Thị Mai", "Quốc Hùng", "Thị Hạnh", "Đức Long", "Thị Thu", "Hữu Phước", "Ngọc Ánh"];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Producers.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        var sets = await db.ProductSets.ToDictionaryAsync(s => s.Code, s => s.Id, ct);
        var communes = await db.Communes.ToDictionaryAsync(c => c.Code, c => c.ProvinceCode, ct);
        Producer? caDen = null;
        foreach (var real in RealProducers)
        {
            var producer = NewProducer(real.Name, real.Type, real.Commune, communes[real.Commune]);
            producer.OldUnitName = real.OldUnit;
            producer.OldUnitCode = real.OldCode;
            producer.WomanOwned = real.Woman;
            caDen ??= producer;
            if (real.Location is { } location)
            {
                (producer.Latitude, producer.Longitude) = location;
                producer.AddressLine = real.Address;
                producer.Email = real.Email;
            }

            db.Producers.Add(producer);
            foreach (var (name, set, stars, gtin) in real.Products)
            {
                var product = NewProduct(producer, name, sets[set], stars, gtin);
                if (gtin is not null)
                {
                    product.NameEn = "Ca Den fish sauce";
                    product.DescriptionEn = "Traditional fish sauce from anchovies salted in wooden barrels in Phan Thiet.";
                }

                db.Products.Add(product);
            }
        }

        var generatedCommunes = await db.Communes
            .Where(c => c.ProvinceCode == "68" || c.ProvinceCode == "79" || c.ProvinceCode == "01")
            .OrderBy(c => c.Code).Select(c => new { c.Code, c.Name, c.ProvinceCode }).ToListAsync(ct);
        // Communes numbered since the 2025 merges ("Xã Đam Rông 1") would put numbers at the end of names: the generator leaves them out.
        AddGenerated(sets, generatedCommunes.Where(c => !char.IsDigit(c.Name[^1])).Select(c => (c.Code, c.Name, c.ProvinceCode)).ToList());
        await db.SaveChangesAsync(ct);
        await CreateDemoAccountsAsync(caDen!.Id);
        await SeedEvaluationAsync(caDen.Id, ct);
        await SeedMarketAsync(caDen.Id, ct);
        await SeedPacksAsync(ct);
        await SeedFairAsync(ct);
        await SeedTrainingAsync(ct);
        await SeedSupportAsync(caDen.Id, ct);
        await SeedValueChainAsync(caDen.Id, ct);
        await SeedTargetsAsync(ct);
    }

    /// <summary>
    /// Three display and sales points in Lâm Đồng (around Phan Thiết and Đà Lạt) carrying Cá Đen's fish sauce
    /// and some generated products, and the fish sauce's shop pages, so "where to buy" has something to show.
    /// </summary>
    private async Task SeedMarketAsync(int producerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var fishSauce = await db.Products.Where(p => p.ProducerId == producerId && p.Gtin != null).Select(p => p.Id).FirstAsync(ct);
        var lamDong = await db.Products.Where(p => p.Producer!.ProvinceCode == "68" && p.ProducerId != producerId)
            .OrderBy(p => p.Id).Select(p => p.Id).Take(6).ToListAsync(ct);
        var points = new[]
        {
            new SalesPoint
            {
                Name = "Trung tâm giới thiệu sản phẩm OCOP Phan Thiết", Type = SalesPointType.OcopCentre, ProvinceCode = "68", CommuneCode = "22945",
                AddressLine = "Đường Trần Hưng Đạo", Latitude = 10.9335, Longitude = 108.1001, OpeningHours = "7:30–21:00 hằng ngày",
                Phone = "0252 3800 000", Operator = "Sở Công Thương tỉnh Lâm Đồng",
            },
            new SalesPoint
            {
                Name = "Quầy OCOP khu du lịch Mũi Né", Type = SalesPointType.TouristSite, ProvinceCode = "68", CommuneCode = "22918",
                AddressLine = "Đường Nguyễn Đình Chiểu, khu du lịch Mũi Né", Latitude = 10.9470, Longitude = 108.2860, OpeningHours = "8:00–22:00",
            },
            new SalesPoint
            {
                Name = "Gian hàng OCOP chợ Đà Lạt", Type = SalesPointType.Market, ProvinceCode = "68",
                CommuneCode = "24781", // Phường Xuân Hương - Đà Lạt, where the market (old Phường 1) is since July 2025
                AddressLine = "Chợ Đà Lạt, đường Nguyễn Thị Minh Khai", Latitude = 11.9430, Longitude = 108.4370, OpeningHours = "6:00–22:00",
            },
        };
        for (var i = 0; i < points.Length; i++)
        {
            var carried = (i < 2 ? [fishSauce] : new List<int>()).Concat(lamDong.Skip(i * 2).Take(3));
            points[i].Products.AddRange(carried.Select(id => new SalesPointProduct { ProductId = id, AddedAt = now }));
        }

        db.SalesPoints.AddRange(points);
        db.ProductListings.AddRange(
            new ProductListing { ProductId = fishSauce, Platform = ListingPlatform.Shopee, Url = "https://shopee.vn/search?keyword=nuoc%20mam%20ca%20den", Price = 120000m },
            new ProductListing { ProductId = fishSauce, Platform = ListingPlatform.OwnWebsite, Url = "https://example.com/ca-den" });

        // A consignment with a supermarket since last month: 120 delivered, 45 then 20 sold, 5 returned.
        var today = DateOnly.FromDateTime(now.AddHours(7));
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var agreement = new ConsignmentAgreement
        {
            ProducerId = producerId, OutletKind = OutletKind.SupermarketChain, OutletName = "Siêu thị Co.opmart Phan Thiết", Reference = "HĐ 15/2026/KG",
            StartsOn = start, EndsOn = start.AddYears(1).AddDays(-1), CommissionPercent = 12.5m,
            Products = [new AgreementProduct { ProductId = fishSauce, UnitPrice = 85000m, OnHand = 120 - 45 - 20 - 5 }],
        };
        db.ConsignmentAgreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        ConsignmentMovement Move(MovementKind kind, int days, int quantity) => new()
        {
            AgreementId = agreement.Id, ProductId = fishSauce, Kind = kind, On = start.AddDays(days) > today ? today : start.AddDays(days), Quantity = quantity,
            UnitPrice = kind == MovementKind.Sale ? 85000m : null, RecordedAt = now, RecordedBy = "demo",
        };
        db.ConsignmentMovements.AddRange(
            Move(MovementKind.Delivery, 1, 120), Move(MovementKind.Sale, 14, 45), Move(MovementKind.Return, 25, 5), Move(MovementKind.Sale, 33, 20));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// An open Lâm Đồng batch with the demo council seated, and a draft upgrade dossier of Cá Đen's
    /// second product, so the evaluation screens have something to show and click through.
    /// </summary>
    private async Task SeedEvaluationAsync(int producerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var regime = catalog.RegimeForDossiersFiledOn(Infrastructure.VietnamTime.Today(clock))!;
        var product = await db.Products.Include(p => p.ProductSet).Where(p => p.ProducerId == producerId && p.Stars == 3).OrderBy(p => p.Id).FirstAsync(ct);
        // The product is classified under 148; its dossier is scored on the set that takes 148's over (26/2026 Phụ lục I).
        var setCode = catalog.Version(regime.CriteriaVersion)?.TakesOver?.Sets.GetValueOrDefault(product.ProductSet!.Code) ?? product.ProductSet!.Code;
        var setId = await db.ProductSets.Where(s => s.CriteriaVersionCode == regime.CriteriaVersion && s.Code == setCode).Select(s => s.Id).SingleAsync(ct);
        var dossier = new Dossier
        {
            ProductId = product.Id, Kind = DossierKind.Upgrade, Status = DossierStatus.Draft, CriteriaVersionCode = regime.CriteriaVersion, RegimeCode = regime.Code,
            ProductSetId = setId,
            Note = "Đề nghị đánh giá nâng hạng lên 4 sao (dữ liệu demo).",
        };
        dossier.Events.Add(new DossierEvent { ToStatus = DossierStatus.Draft, At = now, UserName = "demo", Comment = "Hồ sơ demo" });
        db.Dossiers.Add(dossier);

        // Three seats of the seven 26/2026 wants: the batch page shows which bodies the officer still has to seat.
        var seats = new[] { ("chutich@demo.ocop.vn", CouncilRole.Chair, "ubnd-tinh"), ("thuky@demo.ocop.vn", CouncilRole.Secretary, "ocop-tinh"), ("thanhvien@demo.ocop.vn", CouncilRole.Member, "so-ct") };
        var emails = seats.Select(s => s.Item1.ToUpperInvariant()).ToList();
        var users = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!)).ToDictionaryAsync(u => u.NormalizedEmail!, u => u.Id, ct);
        var batch = new EvaluationBatch
        {
            Name = $"Đợt {(today.Month <= 6 ? 1 : 2)} năm {today.Year}", Year = today.Year, Round = today.Month <= 6 ? 1 : 2, ProvinceCode = "68", Level = GovernmentLevel.Province,
            RegimeCode = regime.Code, StepCode = regime.CouncilAt(GovernmentLevel.Province)!.Code, CriteriaVersionCode = regime.CriteriaVersion,
            StartsOn = today, EndsOn = today.AddDays(45), Status = BatchStatus.Open, AdvisoryTeam = "Tổ tư vấn Sở Nông nghiệp và Môi trường",
        };
        batch.Council.AddRange(seats.Select(s => new CouncilSeat { UserId = users[s.Item1.ToUpperInvariant()], Role = s.Item2, Body = s.Item3 }));
        db.EvaluationBatches.Add(batch);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// 300 producers of believable names, each with one product of a kind its place might make; no name repeats and none
    /// carries a number (names like "Bánh tráng Cát Tiên 3 152" gave the demo away).
    /// </summary>
    private void AddGenerated(Dictionary<string, int> sets, List<(string Code, string Name, string ProvinceCode)> communes)
    {
        var random = new Random(2025);
        var producers = new HashSet<string>(StringComparer.Ordinal);
        var products = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 300; i++)
        {
            var commune = communes[random.Next(communes.Count)];
            var place = commune.Name.Replace("Xã ", string.Empty).Replace("Phường ", string.Empty).Replace("Đặc khu ", string.Empty);
            var (kind, set) = GeneratedKinds[random.Next(GeneratedKinds.Length)];
            var type = (ProducerType)random.Next(3);
            var brand = Brands[random.Next(Brands.Length)];
            var producerName = type switch
            {
                ProducerType.Cooperative => $"HTX {Lower(kind)} {place}",
                ProducerType.Enterprise => $"Công ty TNHH {brand} {place}",
                _ => $"Hộ kinh doanh {FamilyNames[random.Next(FamilyNames.Length)]} {GivenNames[random.Next(GivenNames.Length)]}",
            };
            var productName = random.Next(2) == 0 ? $"{kind} {brand}" : $"{kind} {place}";
            if (!producers.Add(producerName) || !products.Add(productName))
            {
                continue;
            }

            var producer = NewProducer(producerName, type, commune.Code, commune.ProvinceCode);
            producer.TaxCode = (3600000000L + i * 7919).ToString(System.Globalization.CultureInfo.InvariantCulture);
            producer.EthnicMinorityOwned = random.Next(10) == 0;
            db.Producers.Add(producer);
            var product = NewProduct(producer, productName, sets[set], 3 + random.Next(3) / 2, null, 2 + (i * 7 % 34));
            // Each confirmed paper certificate has its own decision: number and year differ from product to product.
            product.CertificateReference = $"QĐ {100 + random.Next(2900)}/QĐ-UBND ngày {1 + random.Next(28):00}/{1 + random.Next(12):00}/{2021 + random.Next(4)}";
            db.Products.Add(product);
        }
    }

    private static string Lower(string kind) => char.ToLowerInvariant(kind[0]) + kind[1..];

    private static Producer NewProducer(string name, ProducerType type, string commune, string province) => new()
    {
        Name = name, SearchName = VietnameseText.Fold(name), Type = type, CommuneCode = commune, ProvinceCode = province,
        Status = ProducerStatus.Active,
    };

    /// <summary>
    /// A product rated before the platform, its paper certificate confirmed by an officer (so it is listed) for
    /// <paramref name="validForMonths"/> more months: generated products spread them, so the dashboards have a history.
    /// </summary>
    private Product NewProduct(Producer producer, string name, int setId, int stars, string? gtin, int validForMonths = 24)
    {
        Gtin.TryNormalize(gtin, out var gtin14, out _);
        var today = Infrastructure.VietnamTime.Today(clock);
        return new Product
        {
            Producer = producer, Name = name, SearchName = VietnameseText.Fold(name), ProductSetId = setId, Stars = stars,
            Status = ProductStatus.Active, Gtin = gtin is null ? null : gtin14,
            CertificateReference = $"QĐ {today.Year - 1}/UBND", LegacyValidUntil = today.AddMonths(validForMonths), StarsUntil = today.AddMonths(validForMonths),
            Story = $"**{name}** là sản phẩm OCOP {stars} sao của {producer.Name}.",
        };
    }

    private async Task CreateDemoAccountsAsync(int producerId)
    {
        NewAccount[] demo =
        [
            new("admin@demo.ocop.vn", Roles.NationalAdmin, "Quản trị quốc gia (demo)"),
            new("lamdong@demo.ocop.vn", Roles.ProvinceOfficer, "Cán bộ OCOP Lâm Đồng (demo)", ProvinceCode: "68"),
            new("hcm@demo.ocop.vn", Roles.ProvinceOfficer, "Cán bộ OCOP TP. Hồ Chí Minh (demo)", ProvinceCode: "79"),
            new("caden@demo.ocop.vn", Roles.Producer, "Công ty TNHH Cá Đen (demo)", ProducerId: producerId),
            new("chutich@demo.ocop.vn", Roles.CouncilMember, "Chủ tịch hội đồng Lâm Đồng (demo)", ProvinceCode: "68"),
            new("thuky@demo.ocop.vn", Roles.CouncilMember, "Thư ký hội đồng Lâm Đồng (demo)", ProvinceCode: "68"),
            new("thanhvien@demo.ocop.vn", Roles.CouncilMember, "Thành viên hội đồng Lâm Đồng (demo)", ProvinceCode: "68"),
        ];
        var lines = new List<string>
        {
            "# Demo accounts of the Development database in this folder (random passwords, made on its first run).",
            "# Sign in at /account/login. Delete this folder to start over with new ones.",
        };
        foreach (var account in demo)
        {
            var (ok, password) = await accounts.CreateAsync(account);
            lines.Add(ok ? $"{account.Email,-24} {account.Role,-16} {password}" : $"# {account.Email} not created: {password}");
        }

        await WriteLoginsAsync(lines);
        logger.LogInformation("Demo data seeded");
    }

    /// <summary>Readable by the machine's owner only (where the file system has Unix modes).</summary>
    private async Task WriteLoginsAsync(List<string> lines)
    {
        await File.WriteAllLinesAsync(LoginsFile, lines);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(LoginsFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
