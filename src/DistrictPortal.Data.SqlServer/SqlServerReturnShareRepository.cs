using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Returns;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>The communities' parts of weekly returns on SQL Server: [dbo].[ReturnCommunityPart_*], each write with its audit in one transaction.</summary>
public sealed class SqlServerReturnShareRepository(string connectionString) : IReturnShareRepository
{
    private const string EntityType = AuditEntities.WeeklyReturn;

    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<IReadOnlyList<CommunityPart>> ListAsync(long weeklyReturnId) =>
        _db.ReadAsync(async c =>
        {
            var parts = await c.CallAsync(new ReturnCommunityPartReadByWeeklyReturnId(weeklyReturnId));
            foreach (var part in parts)
            {
                part.StartedUtc = part.StartedUtc is { } started ? AuditWriter.AsUtc(started) : null;
                part.DoneUtc = part.DoneUtc is { } done ? AuditWriter.AsUtc(done) : null;
            }
            return parts;
        });

    public Task SaveAsync(CommunityPart part, ReturnStatus returnStatus, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new ReturnCommunityPartUpdate(part.WeeklyReturnId, part.CommunityId, part.StartedUtc, part.StartedByName,
                    part.DoneUtc, part.DoneByUserId, part.DoneByName, part.Version, (int)returnStatus), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, EntityType, part.WeeklyReturnId));
    }
}
