using DistrictPortal.Core.Auditing;

namespace DistrictPortal.Data.SqlServer.Procedures;

// One record per [dbo].[AuditEntry_*] procedure; the properties are its parameters (see StoredProcedureAttribute).

/// <summary>
/// One entry per call, inside the writer's transaction. Not a table-valued parameter: an edit audits at most a
/// few fields, and a named-parameter call is checked offline like every other, where a TVP's DataTable columns
/// would be matched to the type by position and be invisible to the checks.
/// </summary>
[StoredProcedure("AuditEntry_Create")]
internal sealed record AuditEntryCreate(
    DateTime AtUtc,
    long UserId,
    string UserName,
    string EntityType,
    long EntityId,
    string Action,
    string? Field,
    string? OldValue,
    string? NewValue) : ICommand
{
    public static AuditEntryCreate From(AuditEntry e) =>
        new(e.AtUtc, e.UserId, e.UserName, e.EntityType, e.EntityId, e.Action, e.Field, e.OldValue, e.NewValue);
}

[StoredProcedure("AuditEntry_ReadByEntity")]
internal sealed record AuditEntryReadByEntity(string EntityType, long EntityId, int Max) : IQuery<AuditEntry>;

[StoredProcedure("AuditEntry_ReadChangeStamp")]
internal sealed record AuditEntryReadChangeStamp : IQuery<long>;
