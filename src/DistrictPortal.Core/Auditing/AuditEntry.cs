namespace DistrictPortal.Core.Auditing;

/// <summary>
/// One audited change of one field (or one whole-row action such as "create" or "retire").
/// Written in the same transaction as the change it describes.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>
    /// The longest <see cref="Field"/> both databases store whole. The longest Core writes is a return's row field,
    /// "Rows[&lt;estate name, up to 100&gt;].&lt;property&gt;"; the SQL Server parameter and column are this wide.
    /// </summary>
    public const int MaxFieldLength = 200;

    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public long UserId { get; set; }
    public string UserName { get; set; } = "";
    public string EntityType { get; set; } = "";
    public long EntityId { get; set; }
    public string Action { get; set; } = "";
    public string? Field { get; set; }
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }

    /// <summary>
    /// The id a workflow gives the entries of a row it is creating: the row has no id until the repository inserts it,
    /// and the repository then stamps the new id on them (<see cref="ForNewRow"/>) before writing them with the row.
    /// </summary>
    public const long NewRow = 0;

    /// <summary>Copies of <paramref name="entries"/>, those made for a new row (<see cref="NewRow"/>) now under <paramref name="id"/>.</summary>
    public static IReadOnlyList<AuditEntry> ForNewRow(IReadOnlyList<AuditEntry> entries, long id) =>
        entries.Select(e => e.EntityId != NewRow ? e : new AuditEntry
        {
            AtUtc = e.AtUtc, UserId = e.UserId, UserName = e.UserName, EntityType = e.EntityType, EntityId = id,
            Action = e.Action, Field = e.Field, OldValue = e.OldValue, NewValue = e.NewValue,
        }).ToList();
}

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Move = "move";
    public const string Retire = "retire";
    public const string Reinstate = "reinstate";
    public const string SignIn = "sign-in";
    public const string LockOut = "lock-out";
    public const string Unlock = "unlock";
    /// <summary>The account's security stamp was replaced by signing out: the cookie that signed out is dead.</summary>
    public const string SignOut = "sign-out";
    /// <summary>The user ended all their sessions from the account page.</summary>
    public const string SignOutEverywhere = "sign-out-everywhere";
    public const string Delete = "delete";

    // The Friday return's own actions, shared by both data projects and the pages that label them.
    public const string StrikeOff = "strike-off";
    /// <summary>A restated return no longer strikes the estate off: the registry is put back as it was before.</summary>
    public const string StrikeOffWithdrawn = "strike-off-withdrawn";
    /// <summary>A failed look-back (回头看) put the estate back on the list (返潮): the registry's strike-off is cleared.</summary>
    public const string Relapse = "relapse";
    public const string MarkOverdue = "mark-overdue";
    public const string AddEstate = "add-estate";
    public const string RemoveEstate = "remove-estate";
    public const string Close = "close";
}
