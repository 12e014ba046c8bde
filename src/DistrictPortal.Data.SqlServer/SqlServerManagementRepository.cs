using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Management;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Managing bodies and community trusteeships on SQL Server: [dbo].[ManagingBody_*], [dbo].[ManagingBodyMember_*],
/// [dbo].[Trusteeship_*]; each save with its audit in one transaction, replacements version-checked (50409).
/// </summary>
public sealed class SqlServerManagementRepository(string connectionString) : IManagementRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<ManagingBody?> GetBodyAsync(long estateId) =>
        _db.ReadAsync(async c =>
        {
            var body = (await c.CallAsync(new ManagingBodyReadByEstateId(estateId))).SingleOrDefault();
            if (body is not null)
            {
                body.RecordedUtc = AuditWriter.AsUtc(body.RecordedUtc);
                body.Members = (await c.CallAsync(new ManagingBodyMemberReadByEstateId(estateId))).ToList();
            }
            return body;
        });

    public Task SaveBodyAsync(ManagingBody body, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(body);
        return _db.WriteAsync(
            async (c, t) =>
            {
                if (body.Version == 0)
                    await c.CallAsync(new ManagingBodyCreate(body.EstateId, body.Kind, body.SinceDate, body.RecordedUtc, body.RecordedByName), t);
                else // removes the members too: they are written again below
                    await c.CallAsync(new ManagingBodyUpdate(body.EstateId, body.Kind, body.SinceDate, body.RecordedUtc, body.RecordedByName, body.Version), t);
                foreach (var m in body.Members)
                    await c.CallAsync(new ManagingBodyMemberCreate(body.EstateId, m.Position, m.Name, m.Role), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, AuditEntities.ManagingBody, body.EstateId, nameof(ManagingBody.EstateId), body.EstateId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    public Task<Trusteeship?> GetTrusteeshipAsync(long estateId) =>
        _db.ReadAsync(async c =>
        {
            var trusteeship = (await c.CallAsync(new TrusteeshipReadByEstateId(estateId))).SingleOrDefault();
            if (trusteeship is not null)
                trusteeship.RecordedUtc = AuditWriter.AsUtc(trusteeship.RecordedUtc);
            return trusteeship;
        });

    public Task SaveTrusteeshipAsync(Trusteeship trusteeship, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(trusteeship);
        var t0 = trusteeship;
        return _db.WriteAsync(
            async (c, t) =>
            {
                if (t0.Version == 0)
                    await c.CallAsync(new TrusteeshipCreate(t0.EstateId, t0.CommunityId, t0.Services, t0.SinceDate, t0.Funding, t0.RecordedUtc, t0.RecordedByName), t);
                else
                    await c.CallAsync(new TrusteeshipUpdate(t0.EstateId, t0.CommunityId, t0.Services, t0.SinceDate, t0.Funding, t0.RecordedUtc, t0.RecordedByName, t0.Version), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => SqlErrors.Translate(e, AuditEntities.Trusteeship, t0.EstateId, nameof(Trusteeship.EstateId), t0.EstateId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
