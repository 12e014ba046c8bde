using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Data.SqlServer.Procedures;
using Microsoft.Data.SqlClient;

namespace DistrictPortal.Data.SqlServer;

/// <summary>
/// Owners' committees on SQL Server: [dbo].[EstateConsultation_*], [dbo].[OwnersCommittee_*], [dbo].[CommitteeMember_*]
/// and [dbo].[CommitteeTrack_ReadByScopePath]. Audit entries come from Core's <see cref="CommitteeAudit"/>, as on SQLite.
/// </summary>
public sealed class SqlServerCommitteeRepository(string connectionString) : ICommitteeRepository
{
    private readonly SqlServerDatabase _db = new(connectionString);

    public Task<CommitteeRecord> GetRecordAsync(long estateId) =>
        _db.ReadAsync(async c =>
        {
            var consultation = (await c.CallAsync(new EstateConsultationReadByEstateId(estateId))).SingleOrDefault();
            var committees = await c.CallAsync(new OwnersCommitteeReadByEstateId(estateId));
            var members = await c.CallAsync(new CommitteeMemberReadByEstateId(estateId));
            foreach (var committee in committees)
                committee.Members = members.Where(m => m.CommitteeId == committee.Id).ToList();
            return new CommitteeRecord(estateId, consultation, committees);
        });

    public Task<IReadOnlyList<CommitteeTrack>> ListTracksAsync(string scopePath) =>
        _db.ReadAsync(c => c.CallAsync(new CommitteeTrackReadByScopePath(scopePath ?? "", RecordedOnly: false)));

    public Task<IReadOnlyList<CommitteeTrack>> ListRecordedTracksAsync(string scopePath) =>
        _db.ReadAsync(c => c.CallAsync(new CommitteeTrackReadRecordedByScopePath(scopePath ?? "")));

    public Task RecordWorksAcceptedAsync(long estateId, DateOnly acceptedOn, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await RecordWorksAcceptedAsync(c, t, estateId, acceptedOn);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => Translate(e, CommitteeAudit.ConsultationEntity, estateId));
    }

    /// <summary>
    /// The works-accepted date inside the caller's transaction (a retrofit project's acceptance writes it with the
    /// project, its audit among the project's). An unknown estate is the foreign key's.
    /// </summary>
    internal static Task RecordWorksAcceptedAsync(SqlConnection c, SqlTransaction t, long estateId, DateOnly acceptedOn) =>
        c.CallAsync(new EstateConsultationUpdateWorksAccepted(estateId, acceptedOn), t);

    public Task SaveConsultationAsync(ResidentConsultation consultation, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(audit);
        var estateId = consultation.EstateId;
        return _db.WriteAsync(
            async (c, t) =>
            {
                // Both procs check the version (a first save where a row exists now, an edit of a changed row: 50409).
                if (consultation.Version == 0)
                    await c.CallAsync(EstateConsultationCreate.From(consultation), t);
                else
                    await c.CallAsync(EstateConsultationUpdate.From(consultation), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => Translate(e, CommitteeAudit.ConsultationEntity, estateId));
    }

    public Task<long> CreateCommitteeAsync(OwnersCommittee committee, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            (c, t) => InsertAsync(c, t, committee, audit),
            e => Translate(e, CommitteeAudit.CommitteeEntity, 0));
    }

    public Task UpdateCommitteeAsync(OwnersCommittee committee, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                // The proc checks the version and that the term is still current (50409).
                await c.CallAsync(new OwnersCommitteeUpdate(
                    committee.Id, committee.MeetingDate, committee.FilingDate, committee.TermEndDate,
                    CommitteeMemberListItem.From(CommitteeMembers.Normalise(committee.Members, committee.Id)), committee.Version), t);
                await AuditWriter.WriteAsync(c, t, audit);
            },
            e => Translate(e, CommitteeAudit.CommitteeEntity, committee.Id));
    }

    public Task<long> HandOverAsync(long currentId, long expectedVersion, OwnersCommittee successor, IReadOnlyList<AuditEntry> audit)
    {
        ArgumentNullException.ThrowIfNull(successor);
        ArgumentNullException.ThrowIfNull(audit);
        return _db.WriteAsync(
            async (c, t) =>
            {
                await c.CallAsync(new OwnersCommitteeUpdateHandedOver(currentId, successor.MeetingDate, expectedVersion), t);
                return await InsertAsync(c, t, successor, audit);
            },
            e => Translate(e, CommitteeAudit.CommitteeEntity, currentId));
    }

    /// <summary>Inserts a term (numbered by Core) with its members and writes the audit, the new row's entries under its id.</summary>
    private static async Task<long> InsertAsync(SqlConnection c, SqlTransaction t, OwnersCommittee committee, IReadOnlyList<AuditEntry> audit)
    {
        var members = CommitteeMembers.Normalise(committee.Members, 0);
        var id = (await c.CallAsync(new OwnersCommitteeCreate(
            committee.EstateId, committee.Term, committee.MeetingDate, committee.FilingDate, committee.TermEndDate,
            CommitteeMemberListItem.From(members)), t)).Single();
        committee.Id = id;
        committee.Members = CommitteeMembers.Normalise(members, id);
        await AuditWriter.WriteAsync(c, t, AuditEntry.ForNewRow(audit, id));
        return id;
    }

    /// <summary>A unique key refusing a term (someone elected or handed over since Core read the record) is a stale form.</summary>
    private static Exception? Translate(SqlException e, string entity, long id) =>
        e.Number is SqlErrors.DuplicateKeyRow or SqlErrors.UniqueConstraint
            ? new ConcurrencyConflictException(entity, id)
            : SqlErrors.Translate(e, entity, id);
}
