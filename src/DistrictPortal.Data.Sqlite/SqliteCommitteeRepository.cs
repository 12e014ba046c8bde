using Dapper;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Hierarchy;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

/// <summary>
/// Owners' committees on SQLite: reads here, writes in SqliteCommitteeRepository.Writes.cs. The estate's name,
/// community and sub-district are the hierarchy's, joined on reads.
/// </summary>
public sealed partial class SqliteCommitteeRepository(SqliteConnectionFactory connections) : ICommitteeRepository
{
    private const string SelectConsultation = """
        SELECT EstateId, WorksAcceptedOn, StartDate, EndDate, Households, BallotsReturned, VotesForProfessional,
               VotesForCommunityBased, Version
        FROM EstateConsultation
        WHERE EstateId = @estateId
        """;

    private const string SelectCommittees = """
        SELECT Id, EstateId, Term, MeetingDate, FilingDate, TermEndDate, HandedOverOn, Version
        FROM OwnersCommittee
        """;

    private const string SelectMembers = """
        SELECT m.CommitteeId, m.Position, m.Name, m.Role, m.IsChair
        FROM CommitteeMember m
        JOIN OwnersCommittee o ON o.Id = m.CommitteeId
        """;

    public async Task<CommitteeRecord> GetRecordAsync(long estateId)
    {
        await using var connection = await connections.OpenAsync();
        await using var transaction = connection.BeginTransaction(deferred: true);
        var consultation = await connection.QuerySingleOrDefaultAsync<ResidentConsultation>(SelectConsultation, new { estateId }, transaction);
        var committees = await ReadCommitteesAsync(connection, transaction, estateId);
        return new CommitteeRecord(estateId, consultation, committees);
    }

    public Task<IReadOnlyList<CommitteeTrack>> ListTracksAsync(string scopePath) =>
        ReadTracksAsync(scopePath, "Estate e JOIN Node n ON n.Id = e.Id", recordedOnly: false);

    /// <summary>
    /// Over a district or the city this starts from the estates with a consultation or a current committee (a few
    /// thousand in a city of 50,000) and keeps those in scope: walking every estate of a district for them was 63% of a
    /// league week's reads (bench reads, issue 19). CROSS JOIN keeps that order (SQLite never reorders it). Over one
    /// sub-district (a return's prefill, every submission) walking its few hundred estates stays the cheaper way.
    /// </summary>
    public Task<IReadOnlyList<CommitteeTrack>> ListRecordedTracksAsync(string scopePath) =>
        ReadTracksAsync(scopePath, SpansSubDistricts(scopePath)
            ? """
              (SELECT EstateId FROM EstateConsultation
               UNION
               SELECT EstateId FROM OwnersCommittee WHERE HandedOverOn IS NULL) r
              CROSS JOIN Estate e ON e.Id = r.EstateId
              JOIN Node n ON n.Id = e.Id
              """
            : "Estate e JOIN Node n ON n.Id = e.Id", recordedOnly: true);

    /// <summary>A path above the sub-districts ("/1/" the city, "/1/2/" a district): fewer than three ids.</summary>
    private static bool SpansSubDistricts(string? scopePath) => scopePath is not null && scopePath.Count(c => c == '/') - 1 < (int)NodeLevel.SubDistrict;

    /// <param name="estates">The FROM part that yields the estates <c>e</c> and their nodes <c>n</c> (a constant, never input).</param>
    private async Task<IReadOnlyList<CommitteeTrack>> ReadTracksAsync(string scopePath, string estates, bool recordedOnly)
    {
        var (scopeFrom, scopeTo) = SqlFragments.ScopeRange(scopePath);
        await using var connection = await connections.OpenAsync();
        var tracks = await connection.QueryAsync<CommitteeTrack>(
            $"""
            SELECT n.Id AS EstateId, n.Name AS EstateName, c.Id AS CommunityId, c.Name AS CommunityName,
                   IFNULL(s.Id, 0) AS SubDistrictId, IFNULL(s.Name, '') AS SubDistrictName,
                   k.WorksAcceptedOn AS HardwareAcceptedDate, k.EndDate AS ConsultationDate,
                   IFNULL(k.Households, 0) AS Households, IFNULL(k.BallotsReturned, 0) AS BallotsReturned,
                   IFNULL(k.VotesForProfessional, 0) AS VotesForProfessional,
                   o.MeetingDate AS OwnersMeetingDate, o.MeetingDate AS CommitteeElectedDate,
                   (SELECT m.Name FROM CommitteeMember m WHERE m.CommitteeId = o.Id AND m.IsChair = 1
                    ORDER BY m.Position LIMIT 1) AS ChairName,
                   (SELECT COUNT(*) FROM CommitteeMember m WHERE m.CommitteeId = o.Id) AS MemberCount,
                   o.FilingDate, o.TermEndDate, IFNULL(k.Version, 0) AS Version
            FROM {estates}
            JOIN Node c ON c.Id = n.ParentId
            LEFT JOIN Node s ON s.Id = c.ParentId
            LEFT JOIN EstateConsultation k ON k.EstateId = e.Id
            LEFT JOIN OwnersCommittee o ON o.EstateId = e.Id AND o.HandedOverOn IS NULL
            WHERE n.Path >= @scopeFrom AND n.Path < @scopeTo AND n.IsRetired = 0
              AND (@recordedOnly = 0 OR k.EstateId IS NOT NULL OR o.Id IS NOT NULL)
            ORDER BY s.SortOrder, s.Id, c.SortOrder, c.Id, n.Id
            """,
            new { scopeFrom, scopeTo, recordedOnly });
        return tracks.AsList();
    }

    /// <summary>Every term of the estate, newest (the current one) first, each with its members in filed order.</summary>
    private static async Task<IReadOnlyList<OwnersCommittee>> ReadCommitteesAsync(SqliteConnection connection, SqliteTransaction transaction, long estateId)
    {
        var committees = (await connection.QueryAsync<OwnersCommittee>(
            $"{SelectCommittees} WHERE EstateId = @estateId ORDER BY Term DESC", new { estateId }, transaction)).AsList();
        var members = (await connection.QueryAsync<CommitteeMember>(
            $"{SelectMembers} WHERE o.EstateId = @estateId ORDER BY m.CommitteeId, m.Position", new { estateId }, transaction)).AsList();
        foreach (var committee in committees)
            committee.Members = members.Where(m => m.CommitteeId == committee.Id).ToList();
        return committees;
    }
}
