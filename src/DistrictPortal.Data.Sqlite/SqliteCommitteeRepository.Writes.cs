using Dapper;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using Microsoft.Data.Sqlite;

namespace DistrictPortal.Data.Sqlite;

public sealed partial class SqliteCommitteeRepository
{
    private const string InsertConsultation = """
        INSERT INTO EstateConsultation (EstateId, WorksAcceptedOn, StartDate, EndDate, Households, BallotsReturned,
                                        VotesForProfessional, VotesForCommunityBased, Version)
        VALUES (@EstateId, @WorksAcceptedOn, @StartDate, @EndDate, @Households, @BallotsReturned,
                @VotesForProfessional, @VotesForCommunityBased, 1)
        """;

    public Task RecordWorksAcceptedAsync(long estateId, DateOnly acceptedOn, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Write(async (connection, transaction) =>
        {
            await RecordWorksAcceptedAsync(connection, transaction, estateId, acceptedOn, context);
            return 0;
        });
    }

    /// <summary>The works-accepted date inside the caller's transaction: a retrofit project's acceptance writes it with the project.</summary>
    internal static async Task RecordWorksAcceptedAsync(
        SqliteConnection connection, SqliteTransaction transaction, long estateId, DateOnly acceptedOn, ChangeContext context)
    {
        await EnsureEstateAsync(connection, transaction, estateId);
        var before = await connection.QuerySingleOrDefaultAsync<ResidentConsultation>(SelectConsultation, new { estateId }, transaction);
        var after = before?.Copy() ?? new ResidentConsultation { EstateId = estateId };
        after.WorksAcceptedOn = acceptedOn;
        if (before is null)
            await connection.ExecuteAsync(InsertConsultation, after, transaction);
        else if (before.WorksAcceptedOn != acceptedOn)
            await connection.ExecuteAsync(
                "UPDATE EstateConsultation SET WorksAcceptedOn = @acceptedOn, Version = Version + 1 WHERE EstateId = @estateId",
                new { estateId, acceptedOn }, transaction);
        await AuditWriter.WriteAsync(connection, transaction, CommitteeAudit.Diff(before, after, context));
    }

    public Task SaveConsultationAsync(ResidentConsultation consultation, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(context);
        var estateId = consultation.EstateId;
        return Write(async (connection, transaction) =>
        {
            await EnsureEstateAsync(connection, transaction, estateId);
            var before = await connection.QuerySingleOrDefaultAsync<ResidentConsultation>(SelectConsultation, new { estateId }, transaction);
            if ((before?.Version ?? 0) != consultation.Version)
                throw new ConcurrencyConflictException(CommitteeAudit.ConsultationEntity, estateId);
            if (before is null)
            {
                await connection.ExecuteAsync(InsertConsultation, consultation, transaction);
            }
            else
            {
                await connection.ExecuteAsync(
                    """
                    UPDATE EstateConsultation
                    SET WorksAcceptedOn = @WorksAcceptedOn, StartDate = @StartDate, EndDate = @EndDate,
                        Households = @Households, BallotsReturned = @BallotsReturned,
                        VotesForProfessional = @VotesForProfessional, VotesForCommunityBased = @VotesForCommunityBased,
                        Version = Version + 1
                    WHERE EstateId = @EstateId AND Version = @Version
                    """,
                    consultation, transaction);
            }
            await AuditWriter.WriteAsync(connection, transaction, CommitteeAudit.Diff(before, consultation, context));
            return 0;
        });
    }

    public async Task<long> CreateCommitteeAsync(OwnersCommittee committee, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(context);
        var id = await Write(async (connection, transaction) =>
        {
            await EnsureEstateAsync(connection, transaction, committee.EstateId);
            var current = await connection.ExecuteScalarAsync<long?>(
                "SELECT Id FROM OwnersCommittee WHERE EstateId = @EstateId AND HandedOverOn IS NULL", new { committee.EstateId }, transaction);
            if (current is not null)
                throw new ArgumentException($"Estate {committee.EstateId} already has a current committee: re-election is a handover.", nameof(committee));
            var term = await connection.ExecuteScalarAsync<int>(
                "SELECT IFNULL(MAX(Term), 0) + 1 FROM OwnersCommittee WHERE EstateId = @EstateId", new { committee.EstateId }, transaction);
            return await InsertCommitteeAsync(connection, transaction, committee, term, context);
        });
        return id;
    }

    public Task UpdateCommitteeAsync(OwnersCommittee committee, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(context);
        return Write(async (connection, transaction) =>
        {
            var before = await CurrentTermAsync(connection, transaction, committee.Id, committee.Version);
            await connection.ExecuteAsync(
                """
                UPDATE OwnersCommittee
                SET MeetingDate = @MeetingDate, FilingDate = @FilingDate, TermEndDate = @TermEndDate, Version = Version + 1
                WHERE Id = @Id AND Version = @Version
                """,
                committee, transaction);
            var members = await ReplaceMembersAsync(connection, transaction, committee.Id, committee.Members);
            var after = new OwnersCommittee
            {
                Id = committee.Id, MeetingDate = committee.MeetingDate, FilingDate = committee.FilingDate,
                TermEndDate = committee.TermEndDate, Members = members,
            };
            await AuditWriter.WriteAsync(connection, transaction, CommitteeAudit.Diff(before, after, context));
            return 0;
        });
    }

    public Task<long> HandOverAsync(long currentId, long expectedVersion, OwnersCommittee successor, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(successor);
        ArgumentNullException.ThrowIfNull(context);
        return Write(async (connection, transaction) =>
        {
            var old = await CurrentTermAsync(connection, transaction, currentId, expectedVersion);
            if (successor.MeetingDate <= old.MeetingDate)
                throw new ArgumentException("The new term's meeting must come after the current term's.", nameof(successor));
            await connection.ExecuteAsync(
                "UPDATE OwnersCommittee SET HandedOverOn = @handedOverOn, Version = Version + 1 WHERE Id = @currentId",
                new { currentId, handedOverOn = successor.MeetingDate }, transaction);
            old.HandedOverOn = successor.MeetingDate;
            successor.EstateId = old.EstateId;
            var newId = await InsertCommitteeAsync(connection, transaction, successor, old.Term + 1, context);
            await AuditWriter.WriteAsync(connection, transaction, CommitteeAudit.HandedOver(old, newId, context));
            return newId;
        });
    }

    /// <summary>Inserts a term with its members and audits it; sets the committee's id and term.</summary>
    private static async Task<long> InsertCommitteeAsync(
        SqliteConnection connection, SqliteTransaction transaction, OwnersCommittee committee, int term, ChangeContext context)
    {
        var id = await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO OwnersCommittee (EstateId, Term, MeetingDate, FilingDate, TermEndDate, Version)
            VALUES (@EstateId, @term, @MeetingDate, @FilingDate, @TermEndDate, 1)
            RETURNING Id
            """,
            new { committee.EstateId, term, committee.MeetingDate, committee.FilingDate, committee.TermEndDate }, transaction);
        committee.Id = id;
        committee.Term = term;
        committee.Members = await ReplaceMembersAsync(connection, transaction, id, committee.Members);
        await AuditWriter.WriteAsync(connection, transaction, CommitteeAudit.Created(committee, context));
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

    /// <summary>The term when <paramref name="version"/> is current (else a conflict) and it has not been handed over (else an ArgumentException).</summary>
    private static async Task<OwnersCommittee> CurrentTermAsync(SqliteConnection connection, SqliteTransaction transaction, long id, long version)
    {
        var term = await ReadCommitteeAsync(connection, transaction, id);
        if (term is null || term.Version != version)
            throw new ConcurrencyConflictException(CommitteeAudit.CommitteeEntity, id);
        if (!term.IsCurrent)
            throw new ArgumentException($"Committee {id} has been handed over and is history.", nameof(id));
        return term;
    }

    private static async Task EnsureEstateAsync(SqliteConnection connection, SqliteTransaction transaction, long estateId)
    {
        if (!await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM Estate WHERE Id = @estateId)", new { estateId }, transaction))
            throw new ArgumentException($"Estate {estateId} does not exist.", nameof(estateId));
    }

    private Task<T> Write<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work) =>
        connections.InTransactionAsync(work, nameof(OwnersCommittee.Term));
}
