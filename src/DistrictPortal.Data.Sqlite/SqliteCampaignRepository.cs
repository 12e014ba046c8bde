using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Campaigns on SQLite: the campaign itself here, its list (清零台账) in .Estates.cs and the holiday calendar in
/// .Calendar.cs. Each write is one transaction with its audit; entity type, actions and audit shapes are the
/// SQL Server twin's, so the trail reads the same on either database.
/// </summary>
public sealed partial class SqliteCampaignRepository(SqliteConnectionFactory connections) : ICampaignRepository
{
    public const string EntityType = AuditEntities.Campaign;

    private const string SelectCampaign = """
        SELECT cm.Id, cm.DistrictId, cm.Name, cm.StartDate, cm.TargetDate, cm.DeadlineDay, cm.DeadlineTime, cm.Version
        FROM Campaign cm
        JOIN Node d ON d.Id = cm.DistrictId
        """;

    public async Task<Campaign?> GetByIdAsync(long id)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QuerySingleOrDefaultAsync<Campaign>($"{SelectCampaign} WHERE cm.Id = @id", new { id });
    }

    /// <summary>
    /// The district's path is a prefix of <paramref name="nodePath"/>: compared with substr, not LIKE, so nothing
    /// in the path can act as a wildcard. An empty path names no node and finds nothing.
    /// </summary>
    public async Task<Campaign?> GetForNodeAsync(string nodePath)
    {
        await using var connection = await connections.OpenAsync();
        return await connection.QueryFirstOrDefaultAsync<Campaign>(
            $"""
            {SelectCampaign}
            WHERE @nodePath <> '' AND substr(@nodePath, 1, length(d.Path)) = d.Path
            ORDER BY cm.StartDate DESC, cm.Id DESC
            LIMIT 1
            """,
            new { nodePath = nodePath ?? "" });
    }

    public async Task<IReadOnlyList<Campaign>> ListAsync(string scopePath)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var campaigns = await connection.QueryAsync<Campaign>(
            $"{SelectCampaign} WHERE d.Path >= @scopeFrom AND d.Path < @scopeTo ORDER BY cm.StartDate DESC, cm.Id DESC",
            new { scopeFrom, scopeTo });
        return campaigns.AsList();
    }

    /// <summary>The baseline is every live estate under the district that the registry calls Unmanaged right now.</summary>
    public Task<long> CreateAsync(Campaign campaign, DateTime atUtc, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(audit);
        var name = WriteGuards.Required(campaign.Name, nameof(campaign), "A campaign needs a name.");
        RequireDay(campaign.DeadlineDay);
        return WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var id = await connection.ExecuteScalarAsync<long>(
                """
                INSERT INTO Campaign (DistrictId, Name, StartDate, TargetDate, DeadlineDay, DeadlineTime, Version)
                VALUES (@DistrictId, @name, @StartDate, @TargetDate, @DeadlineDay, @DeadlineTime, 1)
                RETURNING Id
                """,
                new { campaign.DistrictId, name, campaign.StartDate, campaign.TargetDate, DeadlineDay = (int)campaign.DeadlineDay, campaign.DeadlineTime },
                transaction);

            var district = await NodeStore.GetAsync(connection, transaction, campaign.DistrictId);
            var (districtFrom, districtTo) = SqlFragments.ScopeRange(district!.Path);
            await connection.ExecuteAsync(
                """
                INSERT INTO CampaignEstate (CampaignId, EstateId, AddedUtc)
                SELECT @id, e.Id, @atUtc
                FROM Estate e
                JOIN Node n ON n.Id = e.Id
                WHERE n.Path >= @districtFrom AND n.Path < @districtTo AND n.IsRetired = 0 AND e.Status = @unmanaged
                """,
                new { id, atUtc, districtFrom, districtTo, unmanaged = (int)ManagementStatus.Unmanaged },
                transaction);

            await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, id));
            return id;
        }, nameof(Campaign.Name)));
    }

    /// <summary>The district and start date are fixed at creation: the baseline was taken then.</summary>
    public Task UpdateAsync(Campaign campaign, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(audit);
        var name = WriteGuards.Required(campaign.Name, nameof(campaign), "A campaign needs a name.");
        RequireDay(campaign.DeadlineDay);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var updated = await connection.ExecuteAsync(
                """
                UPDATE Campaign
                SET Name = @name, TargetDate = @TargetDate, DeadlineDay = @DeadlineDay, DeadlineTime = @DeadlineTime,
                    Version = Version + 1
                WHERE Id = @Id AND Version = @Version
                """,
                new { name, campaign.TargetDate, DeadlineDay = (int)campaign.DeadlineDay, campaign.DeadlineTime, campaign.Id, campaign.Version },
                transaction);
            if (updated != 1)
                throw new ConcurrencyConflictException(EntityType, campaign.Id);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(Campaign.Name));
    }

    private static void RequireDay(DayOfWeek day)
    {
        if (!Enum.IsDefined(day))
            throw new ArgumentOutOfRangeException(nameof(day), day, "The deadline day is a day of the week.");
    }
}
