using System.Data;
using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Campaigns;

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
        var estates = await connection.QueryAsync<CampaignEstate>(
            $"""
            SELECT ce.CampaignId, ce.EstateId, IFNULL(c.ParentId, 0) AS SubDistrictId, n.Name AS EstateName,
                   c.Name AS CommunityName, e.Households, ce.AddedUtc, ce.AddedReason, ce.RemovedUtc, ce.RemovedReason
            {source}
              AND (@includeRemoved = 1 OR ce.RemovedUtc IS NULL)
            ORDER BY n.Name COLLATE NOCASE, ce.EstateId
            """,
            new { campaignId, subDistrictId, includeRemoved });
        return estates.AsList();
    }

    /// <summary>Adding an estate already on the list changes nothing and audits nothing; re-adding a removed one clears the removal.</summary>
    public Task AddEstateAsync(long campaignId, long estateId, string reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var why = Reason(reason);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var districtPath = await connection.ExecuteScalarAsync<string?>(
                "SELECT d.Path FROM Campaign cm JOIN Node d ON d.Id = cm.DistrictId WHERE cm.Id = @campaignId",
                new { campaignId }, transaction)
                ?? throw new ArgumentException($"Campaign {campaignId} does not exist.", nameof(campaignId));
            var (districtFrom, districtTo) = SqlFragments.ScopeRange(districtPath);
            var underDistrict = await connection.ExecuteScalarAsync<bool>(
                """
                SELECT EXISTS (SELECT 1 FROM Estate e JOIN Node n ON n.Id = e.Id
                               WHERE e.Id = @estateId AND n.Path >= @districtFrom AND n.Path < @districtTo)
                """,
                new { estateId, districtFrom, districtTo }, transaction);
            if (!underDistrict)
                throw new ArgumentException($"Estate {estateId} is not under the district of campaign {campaignId}.", nameof(estateId));

            var added = await connection.ExecuteAsync(
                """
                UPDATE CampaignEstate
                SET AddedUtc = @atUtc, AddedReason = @why, RemovedUtc = NULL, RemovedReason = NULL
                WHERE CampaignId = @campaignId AND EstateId = @estateId AND RemovedUtc IS NOT NULL
                """,
                new { campaignId, estateId, atUtc = context.AtUtc, why }, transaction);
            if (added == 0)
            {
                added = await connection.ExecuteAsync(
                    """
                    INSERT INTO CampaignEstate (CampaignId, EstateId, AddedUtc, AddedReason)
                    VALUES (@campaignId, @estateId, @atUtc, @why)
                    ON CONFLICT (CampaignId, EstateId) DO NOTHING
                    """,
                    new { campaignId, estateId, atUtc = context.AtUtc, why }, transaction);
            }
            if (added == 1)
                await AuditListChangeAsync(connection, transaction, context, campaignId, estateId, AddEstateAction, why);
            return 0;
        }, nameof(CampaignEstate.EstateId));
    }

    /// <summary>Removing an estate already removed changes nothing; one never on the list is an ArgumentException.</summary>
    public Task RemoveEstateAsync(long campaignId, long estateId, string reason, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var why = Reason(reason);
        return connections.InTransactionAsync(async (connection, transaction) =>
        {
            var removed = await connection.ExecuteAsync(
                """
                UPDATE CampaignEstate
                SET RemovedUtc = @atUtc, RemovedReason = @why
                WHERE CampaignId = @campaignId AND EstateId = @estateId AND RemovedUtc IS NULL
                """,
                new { campaignId, estateId, atUtc = context.AtUtc, why }, transaction);
            if (removed == 1)
            {
                await AuditListChangeAsync(connection, transaction, context, campaignId, estateId, RemoveEstateAction, why);
                return 0;
            }
            var everListed = await connection.ExecuteScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM CampaignEstate WHERE CampaignId = @campaignId AND EstateId = @estateId)",
                new { campaignId, estateId }, transaction);
            return everListed
                ? 0
                : throw new ArgumentException($"Estate {estateId} is not on the list of campaign {campaignId}.", nameof(estateId));
        }, nameof(CampaignEstate.EstateId));
    }

    /// <summary>The list's changes are the campaign's audit: Field "Estates[id]", the reason as the new value.</summary>
    private static Task AuditListChangeAsync(
        IDbConnection connection, IDbTransaction transaction, ChangeContext context, long campaignId, long estateId, string action, string why) =>
        AuditWriter.WriteAsync(connection, transaction, AuditWriter.Entry(
            context, EntityType, campaignId, action, $"Estates[{WriteGuards.Invariant(estateId)}]", newValue: why));

    private static string Reason(string? reason) =>
        WriteGuards.Required(reason, nameof(reason), "Adding or removing an estate needs a reason.");
}
