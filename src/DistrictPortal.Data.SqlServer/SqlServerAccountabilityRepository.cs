using DistrictPortal.Core.Accountability;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Data.SqlServer.Procedures;

namespace DistrictPortal.Data.SqlServer;

/// <summary>追责 cases on SQL Server: [dbo].[AccountabilityCase_*] and [dbo].[AccountabilityGround_*], case, grounds and audit in one transaction.</summary>
public sealed class SqlServerAccountabilityRepository(string connectionString) : IAccountabilityRepository
{
    private const string EntityType = AuditEntities.AccountabilityCase;

    private readonly SqlServerDatabase _db = new(connectionString);

    public async Task<long> CreateAsync(AccountabilityCase accountabilityCase, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(accountabilityCase);
        var id = await _db.WriteAsync(
            async (c, t) =>
            {
                var newId = (await c.CallAsync(AccountabilityCaseCreate.From(accountabilityCase), t)).Single();
                foreach (var ground in accountabilityCase.Grounds)
                {
                    await c.CallAsync(new AccountabilityGroundCreate(newId, ground.Kind, ground.TargetId, ground.WeekEnding, ground.Note), t);
                }
                await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, newId));
                return newId;
            },
            e => SqlErrors.Translate(e, EntityType, 0, nameof(AccountabilityCase.IssueNo), accountabilityCase.IssueNo?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        accountabilityCase.Id = id;
        return id;
    }

    public Task<AccountabilityCase?> GetByIdAsync(long id) =>
        _db.ReadAsync(async c =>
        {
            var found = Utc((await c.CallAsync(new AccountabilityCaseReadById(id))).SingleOrDefault());
            if (found is not null)
            {
                found.Grounds = await c.CallAsync(new AccountabilityGroundReadByCaseId(id));
            }
            return found;
        });

    public Task<IReadOnlyList<AccountabilityCase>> ListAsync(string scopePath) =>
        _db.ReadAsync(async c =>
        {
            var cases = await c.CallAsync(new AccountabilityCaseReadByScopePath(scopePath ?? ""));
            foreach (var found in cases)
            {
                Utc(found);
            }
            return cases;
        });

    public Task<int> MaxIssueNoAsync(int year) =>
        _db.ReadAsync(async c => (await c.CallAsync(new AccountabilityCaseReadMaxIssueNo(year))).Single());

    private static AccountabilityCase? Utc(AccountabilityCase? found)
    {
        if (found is not null)
        {
            found.CreatedUtc = AuditWriter.AsUtc(found.CreatedUtc);
        }
        return found;
    }
}
