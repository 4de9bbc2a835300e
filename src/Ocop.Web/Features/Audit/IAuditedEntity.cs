namespace Ocop.Web.Features.Audit;

/// <summary>
/// A record whose every change is written to the audit trail, stamped with who and when, and
/// guarded by an optimistic-concurrency version so two people cannot overwrite each other.
/// </summary>
public interface IAuditedEntity
{
    int Id { get; }
    DateTime CreatedAt { get; set; }
    string? CreatedBy { get; set; }
    DateTime UpdatedAt { get; set; }
    string? UpdatedBy { get; set; }
    /// <summary>Incremented on every save; a save carrying an older value is a conflict.</summary>
    int Version { get; set; }
}

/// <summary>A record that is never physically deleted: deleting hides it and keeps its history.</summary>
public interface ISoftDeletable
{
    bool IsDeleted { get; set; }
    DateTime? DeletedAt { get; set; }
}
