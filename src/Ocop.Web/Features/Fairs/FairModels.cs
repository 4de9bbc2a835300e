namespace Ocop.Web.Features.Fairs;

/// <summary>A fair as its form and the API take it. The national admin names the province; an officer's is their own.</summary>
public sealed class FairInput
{
    public string? Name { get; set; }
    public string? ProvinceCode { get; set; }
    public string? Organiser { get; set; }
    public string? Venue { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public DateOnly? ApplicationsCloseOn { get; set; }
    public int? MaxBoothsPerProducer { get; set; }
    public int? HallWidth { get; set; }
    public int? HallDepth { get; set; }
    public string? Description { get; set; }
    public bool IsPublished { get; set; }
    public int? Version { get; set; }
}

public sealed record FairItem(
    int Id, string Name, string ProvinceCode, string ProvinceName, string Organiser, string Venue,
    DateOnly StartsOn, DateOnly EndsOn, DateOnly ApplicationsCloseOn, int MaxBoothsPerProducer, int HallWidth, int HallDepth,
    string? Description, bool IsPublished, int? Visitors, int BoothCount, int BoothsTaken, int Version)
{
    public bool AcceptsApplications(DateOnly today) => IsPublished && today <= ApplicationsCloseOn;
    public bool HasEnded(DateOnly today) => today >= EndsOn;
}

/// <summary>A zone block as its form and the API take it: where on the hall grid (metres), how many booths, their size and prices.</summary>
public sealed class ZoneInput
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? NameEn { get; set; }
    public ZoneKind? Kind { get; set; }
    public int? X { get; set; }
    public int? Y { get; set; }
    public int? Columns { get; set; }
    public int? Rows { get; set; }
    public int? BoothWidth { get; set; }
    public int? BoothDepth { get; set; }
    public int? AisleWidth { get; set; }
    public decimal? Price { get; set; }
    public decimal? CornerPrice { get; set; }
}

public sealed record ZoneItem(
    int Id, string Code, string Name, ZoneKind Kind, int X, int Y, int Columns, int Rows, int BoothWidth, int BoothDepth, int AisleWidth,
    decimal Price, decimal CornerPrice, int BoothCount, int BoothsTaken, string? NameEn = null)
{
    /// <summary>The name an English reader sees when the zone has one in English, else the Vietnamese one.</summary>
    public string ReaderName => Infrastructure.ReaderText.Pick(Name, NameEn);

    /// <summary>"vi" when the name shown is the Vietnamese one on an English page (the lang attribute), else null.</summary>
    public string? ReaderNameLang => Infrastructure.ReaderText.LangOf(NameEn);
}

/// <summary>A booth on the plan; the exhibitor's name once it is allocated (public: the plan shows who is where).</summary>
public sealed record BoothItem(int Id, string Code, int ZoneId, int X, int Y, int Width, int Depth, bool IsCorner, decimal Price, int? ApplicationId, string? ExhibitorName)
{
    public bool IsTaken => ApplicationId is not null;
}

public sealed record FairPlan(FairItem Fair, IReadOnlyList<ZoneItem> Zones, IReadOnlyList<BoothItem> Booths);

/// <summary>A producer's application as the portal form and the API take it.</summary>
public sealed class ApplicationInput
{
    public List<int> ProductIds { get; set; } = [];
    public int? BoothsRequested { get; set; }
    public int? PreferredZoneId { get; set; }
    public string? Wishes { get; set; }
}

/// <summary>Where an application stands, as shown to the producer and the officer.</summary>
public enum ApplicationState
{
    Pending,
    Waitlisted,
    PartlyAllocated,
    Allocated,
    Withdrawn,
    Rejected,
}

public sealed record ShownProduct(int Id, string Name, int? Stars, bool IsPublic);

public sealed record ApplicationItem(
    int Id, int FairId, string FairName, int ProducerId, string ProducerName, string ProvinceName, int BoothsRequested, int BoothsAllocated,
    int? PreferredZoneId, string? Wishes, ApplicationStatus Status, DateTime SubmittedAt, DateTime? WaitlistedAt,
    IReadOnlyList<string> BoothCodes, IReadOnlyList<ShownProduct> Products, decimal? SalesAmount, int? ContractsSigned, decimal? ContractValue)
{
    public ApplicationState State => Status switch
    {
        ApplicationStatus.Withdrawn => ApplicationState.Withdrawn,
        ApplicationStatus.Rejected => ApplicationState.Rejected,
        _ when BoothsAllocated >= BoothsRequested => ApplicationState.Allocated,
        _ when BoothsAllocated > 0 => ApplicationState.PartlyAllocated,
        _ when WaitlistedAt is not null => ApplicationState.Waitlisted,
        _ => ApplicationState.Pending,
    };

    /// <summary>Still owed booths: active and not fully served.</summary>
    public bool IsOpen => Status == ApplicationStatus.Active && BoothsAllocated < BoothsRequested;

    public bool IsOnWaitingList => IsOpen && WaitlistedAt is not null;
}

public sealed record AllocationInput(int? ApplicationId, int? BoothId);

/// <summary>An exhibitor on the public list: who, from where, at which booths, showing what.</summary>
public sealed record Exhibitor(
    int ApplicationId, string ProducerName, string ProvinceCode, string ProvinceName, IReadOnlyList<string> BoothCodes,
    IReadOnlyList<int> ZoneIds, IReadOnlyList<ShownProduct> Products);

/// <summary>The public exhibitor list's filters: zone, province of origin, words in the name or the products (accents optional).</summary>
public sealed record ExhibitorQuery(int? ZoneId, string? ProvinceCode, string? Q);

/// <summary>After the fair: the visitors counted and each exhibitor's sales and contracts.</summary>
public sealed class ResultsInput
{
    public int? Visitors { get; set; }
    public List<ExhibitorResultInput> Exhibitors { get; set; } = [];
}

public sealed record ExhibitorResultInput(int ApplicationId, decimal? SalesAmount, int? ContractsSigned, decimal? ContractValue);
