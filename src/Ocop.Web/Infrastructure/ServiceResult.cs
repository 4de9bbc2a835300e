namespace Ocop.Web.Infrastructure;

public enum ServiceStatus
{
    Ok,
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>
/// What a feature service did: done, not found (also for records outside the caller's scope),
/// invalid (field → message keys, translated by the page or endpoint) or a concurrency conflict.
/// </summary>
public sealed record ServiceResult<T>(ServiceStatus Status, T? Value, IReadOnlyDictionary<string, string[]> Errors)
{
    private static readonly Dictionary<string, string[]> NoErrors = [];

    public bool IsOk => Status == ServiceStatus.Ok;

    public static ServiceResult<T> Ok(T value) => new(ServiceStatus.Ok, value, NoErrors);
    public static ServiceResult<T> NotFound() => new(ServiceStatus.NotFound, default, NoErrors);
    public static ServiceResult<T> Conflict() => new(ServiceStatus.Conflict, default, NoErrors);
    public static ServiceResult<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(ServiceStatus.Invalid, default, errors);
    public static ServiceResult<T> Invalid(string field, string messageKey) => Invalid(new Dictionary<string, string[]> { [field] = [messageKey] });
}

/// <summary>Collects field errors as message keys.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    /// <summary>How many messages have been added so far (to tell whether a part of a check added any).</summary>
    public int Count => _errors.Values.Sum(l => l.Count);

    public void Add(string field, string messageKey)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(messageKey);
    }

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}

public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => (TotalCount + PageSize - 1) / PageSize;
}

public sealed record Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 100;

    public static Paging From(int? page, int? pageSize) =>
        new(Math.Max(page ?? 1, 1), Math.Clamp(pageSize ?? 20, 1, MaxPageSize));

    public int Skip => (Page - 1) * PageSize;
}
