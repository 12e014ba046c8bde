using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

public sealed partial class SqliteCommitteeRepository
{
    /// <summary>The first consultation row, unless someone else recorded one since the form was read (then nothing: a conflict).</summary>
    private const string InsertConsultation = """
        INSERT INTO EstateConsultation (EstateId, WorksAcceptedOn, StartDate, EndDate, Households, BallotsReturned,
                                        VotesForProfessional, VotesForCommunityBased, Version)
        SELECT @EstateId, @WorksAcceptedOn, @StartDate, @EndDate, @Households, @BallotsReturned,
               @VotesForProfessional, @VotesForCommunityBased, 1
        WHERE NOT EXISTS (SELECT 1 FROM EstateConsultation WHERE EstateId = @EstateId)
        """;

    public Task RecordWorksAcceptedAsync(long estateId, DateOnly acceptedOn, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return Write(async (connection, transaction) =>
        {
            await RecordWorksAcceptedAsync(connection, transaction, estateId, acceptedOn);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        });
    }

    /// <summary>
    /// The works-accepted date inside the caller's transaction (a retrofit project's acceptance writes it with the
    /// project, its audit among the project's): creates the row when missing. An unknown estate is the foreign key's.
    /// </summary>
    internal static Task RecordWorksAcceptedAsync(SqliteConnection connection, SqliteTransaction transaction, long estateId, DateOnly acceptedOn) =>
        connection.ExecuteAsync(
            """
            INSERT INTO EstateConsultation (EstateId, WorksAcceptedOn, Households, BallotsReturned, VotesForProfessional, VotesForCommunityBased, Version)
            VALUES (@estateId, @acceptedOn, 0, 0, 0, 0, 1)
            ON CONFLICT (EstateId) DO UPDATE SET WorksAcceptedOn = excluded.WorksAcceptedOn, Version = Version + 1
            WHERE WorksAcceptedOn IS NOT excluded.WorksAcceptedOn
            """,
            new { estateId, acceptedOn }, transaction);

    public Task SaveConsultationAsync(ResidentConsultation consultation, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(audit);
        var estateId = consultation.EstateId;
        return Write(async (connection, transaction) =>
        {
            var changed = consultation.Version == 0
                ? await connection.ExecuteAsync(InsertConsultation, consultation, transaction)
                : await connection.ExecuteAsync(
                    """
                    UPDATE EstateConsultation
                    SET WorksAcceptedOn = @WorksAcceptedOn, StartDate = @StartDate, EndDate = @EndDate,
                        Households = @Households, BallotsReturned = @BallotsReturned,
                        VotesForProfessional = @VotesForProfessional, VotesForCommunityBased = @VotesForCommunityBased,
                        Version = Version + 1
                    WHERE EstateId = @EstateId AND Version = @Version
                    """,
                    consultation, transaction);
            // A first save where someone else recorded one since, or an edit of a row changed since: the form is stale.
            if (changed != 1)
                throw new ConcurrencyConflictException(CommitteeAudit.ConsultationEntity, estateId);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        });
    }

    public Task<long> CreateCommitteeAsync(OwnersCommittee committee, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(audit);
        return Write((connection, transaction) => InsertCommitteeAsync(connection, transaction, committee, audit));
    }

    public Task UpdateCommitteeAsync(OwnersCommittee committee, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(audit);
        return Write(async (connection, transaction) =>
        {
            var changed = await connection.ExecuteAsync(
                """
                UPDATE OwnersCommittee
                SET MeetingDate = @MeetingDate, FilingDate = @FilingDate, TermEndDate = @TermEndDate, Version = Version + 1
                WHERE Id = @Id AND Version = @Version AND HandedOverOn IS NULL
                """,
                committee, transaction);
            if (changed != 1)
                throw new ConcurrencyConflictException(CommitteeAudit.CommitteeEntity, committee.Id);
            await ReplaceMembersAsync(connection, transaction, committee.Id, committee.Members);
            await AuditWriter.WriteAsync(connection, transaction, audit);
            return 0;
        });
    }

    public Task<long> HandOverAsync(long currentId, long expectedVersion, OwnersCommittee successor, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(successor);
        ArgumentNullException.ThrowIfNull(audit);
        return Write(async (connection, transaction) =>
        {
            var closed = await connection.ExecuteAsync(
                """
                UPDATE OwnersCommittee SET HandedOverOn = @handedOverOn, Version = Version + 1
                WHERE Id = @currentId AND Version = @expectedVersion AND HandedOverOn IS NULL
                """,
                new { currentId, expectedVersion, handedOverOn = successor.MeetingDate }, transaction);
            if (closed != 1)
                throw new ConcurrencyConflictException(CommitteeAudit.CommitteeEntity, currentId);
            return await InsertCommitteeAsync(connection, transaction, successor, audit);
        });
    }

    /// <summary>Inserts a term with its members and writes the audit, the new row's entries under its id; sets the committee's id.</summary>
    private static async Task<long> InsertCommitteeAsync(
        SqliteConnection connection, SqliteTransaction transaction, OwnersCommittee committee, IReadOnlyList<AuditEntry> audit)
    {
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO OwnersCommittee (EstateId, Term, MeetingDate, FilingDate, TermEndDate, Version)
            VALUES (@EstateId, @Term, @MeetingDate, @FilingDate, @TermEndDate, 1)
            RETURNING Id
            """,
            new { committee.EstateId, committee.Term, committee.MeetingDate, committee.FilingDate, committee.TermEndDate }, transaction);
        committee.Id = id;
        committee.Members = await ReplaceMembersAsync(connection, transaction, id, committee.Members);
        await AuditWriter.WriteAsync(connection, transaction, AuditEntry.ForNewRow(audit, id));
        return id;
    }

    private static async Task<List<CommitteeMember>> ReplaceMembersAsync(
        SqliteConnection connection, SqliteTransaction transaction, long committeeId, IEnumerable<CommitteeMember> members)
    {
        var rows = CommitteeMembers.Normalise(members, committeeId);
        await connection.ExecuteAsync("DELETE FROM CommitteeMember WHERE CommitteeId = @committeeId", new { committeeId }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO CommitteeMember (CommitteeId, Position, Name, Role, IsChair) VALUES (@CommitteeId, @Position, @Name, @Role, @IsChair)",
            rows, transaction);
        return rows;
    }

    /// <summary>
    /// One transaction. A unique key refusing a term (someone elected or handed over since Core read the record) is a
    /// stale form, a conflict; a foreign key refusing an unknown estate is a bad request.
    /// </summary>
    private async Task<T> Write<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work)
    {
        try
        {
            return await WriteGuards.ForeignKeysAsArgumentErrors(CommitteeAudit.CommitteeEntity,
                () => connections.InTransactionAsync(work, nameof(OwnersCommittee.Term)));
        }
        catch (DuplicateNameException)
        {
            throw new ConcurrencyConflictException(CommitteeAudit.CommitteeEntity, 0);
        }
    }
}
