using System.Data;
using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Data.Sqlite;

public sealed partial class SqliteCampaignRepository
{
    // Core has no constants for these: only the campaign list adds and removes with a reason.
    public const string AddEstateAction = AuditActions.AddEstate;
    public const string RemoveEstateAction = AuditActions.RemoveEstate;

    /// <summary>Name, community, households and sub-district are the registry's as they are now.</summary>
    public async Task<IReadOnlyList<CampaignEstate>> ListEstatesAsync(long campaignId, long? subDistrictId, bool includeRemoved = false)
    {
        await using var connection = await connections.OpenAsync();
        // One sub-district's list (every return page and submission reads it) starts from the sub-district's own
        // estates, CROSS JOIN fixing that order: with "@subDistrictId IS NULL OR …" SQLite walked the whole campaign
        // list (9,425 estates at city scale, 20–40 ms under load) to keep a few dozen; this is three index seeks a row.
        var source = subDistrictId is null
            ? """
              FROM CampaignEstate ce
              JOIN Estate e ON e.Id = ce.EstateId
              JOIN Node n ON n.Id = e.Id
              JOIN Node c ON c.Id = n.ParentId
              WHERE ce.CampaignId = @campaignId
              """
            : """
              FROM Node c
              CROSS JOIN Node n
              CROSS JOIN CampaignEstate ce
              JOIN Estate e ON e.Id = ce.EstateId
              WHERE c.ParentId = @subDistrictId AND n.ParentId = c.Id AND ce.CampaignId = @campaignId AND ce.EstateId = n.Id
              """;
        // Read by hand with the reader's typed getters: every return page reads its list of ~120 (issue 19), and Dapper's
        // mapping boxed each value and parsed the times through its type handler.
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT ce.CampaignId, ce.EstateId, IFNULL(c.ParentId, 0) AS SubDistrictId, n.Name AS EstateName,
                   c.Name AS CommunityName, e.Households, ce.AddedUtc, ce.AddedReason, ce.RemovedUtc, ce.RemovedReason
            {source}
              AND (@includeRemoved = 1 OR ce.RemovedUtc IS NULL)
            ORDER BY n.Name COLLATE NOCASE, ce.EstateId
            """;
        command.Parameters.AddWithValue("@campaignId", campaignId);
        command.Parameters.AddWithValue("@subDistrictId", (object?)subDistrictId ?? DBNull.Value);
        command.Parameters.AddWithValue("@includeRemoved", includeRemoved ? 1 : 0);
        await using var reader = await command.ExecuteReaderAsync();
        var estates = new List<CampaignEstate>();
        while (await reader.ReadAsync())
            estates.Add(new CampaignEstate
            {
                CampaignId = reader.GetInt64(0),
                EstateId = reader.GetInt64(1),
                SubDistrictId = reader.GetInt64(2),
                EstateName = reader.IsDBNull(3) ? "" : reader.GetString(3),
                CommunityName = reader.IsDBNull(4) ? "" : reader.GetString(4),
                Households = reader.GetInt32(5),
                AddedUtc = StoredText.ParseUtc(reader.GetString(6)),
                AddedReason = reader.IsDBNull(7) ? null : reader.GetString(7),
                RemovedUtc = reader.IsDBNull(8) ? null : StoredText.ParseUtc(reader.GetString(8)),
                RemovedReason = reader.IsDBNull(9) ? null : reader.GetString(9),
            });
        return estates;
    }

    /// <summary>Re-adding a removed estate clears the removal; one listed since Core read the list is a conflict.</summary>
    public Task AddEstateAsync(long campaignId, long estateId, string reason, DateTime atUtc, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var why = Reason(reason);
        return WriteGuards.ForeignKeysAsArgumentErrors(EntityType, () => connections.InTransactionAsync(async (connection, transaction) =>
        {
            var added = await connection.ExecuteAsync(
                """
                UPDATE CampaignEstate
                SET AddedUtc = @atUtc, AddedReason = @why, RemovedUtc = NULL, RemovedReason = NULL
                WHERE CampaignId = @campaignId AND EstateId = @estateId AND RemovedUtc IS NOT NULL
                """,
                new { campaignId, estateId, atUtc, why }, transaction);
            if (added == 0)
            {
                added = await connection.ExecuteAsync(
                    """
                    INSERT INTO CampaignEstate (CampaignId, EstateId, AddedUtc, AddedReason)
                    VALUES (@campaignId, @estateId, @atUtc, @why)
                    ON CONFLICT (CampaignId, EstateId) DO NOTHING
                    """,
                    new { campaignId, estateId, atUtc, why }, transaction);
            }
            if (added != 1)
                throw new ConcurrencyConflictException(EntityType, campaignId);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(CampaignEstate.EstateId)));
    }

    /// <summary>Removing keeps the row with when and why; an estate not listed (any more) since Core read the list is a conflict.</summary>
    public Task RemoveEstateAsync(long campaignId, long estateId, string reason, DateTime atUtc, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var why = Reason(reason);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var removed = await connection.ExecuteAsync(
                """
                UPDATE CampaignEstate
                SET RemovedUtc = @atUtc, RemovedReason = @why
                WHERE CampaignId = @campaignId AND EstateId = @estateId AND RemovedUtc IS NULL
                """,
                new { campaignId, estateId, atUtc, why }, transaction);
            if (removed != 1)
                throw new ConcurrencyConflictException(EntityType, campaignId);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        }, nameof(CampaignEstate.EstateId));
    }

    private static string Reason(string? reason) =>
        WriteGuards.Required(reason, nameof(reason), "Adding or removing an estate needs a reason.");
}
