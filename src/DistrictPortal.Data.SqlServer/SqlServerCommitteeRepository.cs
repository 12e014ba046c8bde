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
        _db.ReadAsync(c => c.CallAsync(new CommitteeTrackReadByScopePath(scopePath ?? "", RecordedOnly: true)));

    public Task RecordWorksAcceptedAsync(long estateId, DateOnly acceptedOn, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _db.WriteAsync(
            (c, t) => RecordWorksAcceptedAsync(c, t, estateId, acceptedOn, context),
            e => SqlErrors.Translate(e, CommitteeAudit.ConsultationEntity, estateId));
    }

    /// <summary>The works-accepted date inside the caller's transaction: a retrofit project's acceptance writes it with the project.</summary>
    internal static async Task RecordWorksAcceptedAsync(SqlConnection c, SqlTransaction t, long estateId, DateOnly acceptedOn, ChangeContext context)
    {
        var before = (await c.CallAsync(new EstateConsultationReadByEstateId(estateId), t)).SingleOrDefault();
        await c.CallAsync(new EstateConsultationUpdateWorksAccepted(estateId, acceptedOn), t);
        var after = before?.Copy() ?? new ResidentConsultation { EstateId = estateId };
        after.WorksAcceptedOn = acceptedOn;
        await AuditWriter.WriteAsync(c, t, CommitteeAudit.Diff(before, after, context));
    }

    public Task SaveConsultationAsync(ResidentConsultation consultation, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(context);
        var estateId = consultation.EstateId;
        return _db.WriteAsync(
            async (c, t) =>
            {
                var before = (await c.CallAsync(new EstateConsultationReadByEstateId(estateId), t)).SingleOrDefault();
                if (consultation.Version == 0)
                    await c.CallAsync(EstateConsultationCreate.From(consultation), t);
                else
                    await c.CallAsync(EstateConsultationUpdate.From(consultation), t);
                await AuditWriter.WriteAsync(c, t, CommitteeAudit.Diff(before, consultation, context));
            },
            e => SqlErrors.Translate(e, CommitteeAudit.ConsultationEntity, estateId));
    }

    public Task<long> CreateCommitteeAsync(OwnersCommittee committee, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(context);
        return _db.WriteAsync(
            (c, t) => InsertAsync(c, t, committee, context),
            e => SqlErrors.Translate(e, CommitteeAudit.CommitteeEntity, 0));
    }

    public Task UpdateCommitteeAsync(OwnersCommittee committee, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(context);
        return _db.WriteAsync(
            async (c, t) =>
            {
                var before = await ReadTermAsync(c, t, committee.Id)
                    ?? throw new ConcurrencyConflictException(CommitteeAudit.CommitteeEntity, committee.Id);
                var members = CommitteeMembers.Normalise(committee.Members, committee.Id);
                // The proc checks the version and that the term is current (50409 / 50400).
                await c.CallAsync(new OwnersCommitteeUpdate(
                    committee.Id, committee.MeetingDate, committee.FilingDate, committee.TermEndDate,
                    CommitteeMemberListItem.From(members), committee.Version), t);
                var after = new OwnersCommittee
                {
                    Id = committee.Id, MeetingDate = committee.MeetingDate, FilingDate = committee.FilingDate,
                    TermEndDate = committee.TermEndDate, Members = members,
                };
                await AuditWriter.WriteAsync(c, t, CommitteeAudit.Diff(before, after, context));
            },
            e => SqlErrors.Translate(e, CommitteeAudit.CommitteeEntity, committee.Id));
    }

    public Task<long> HandOverAsync(long currentId, long expectedVersion, OwnersCommittee successor, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(successor);
        ArgumentNullException.ThrowIfNull(context);
        return _db.WriteAsync(
            async (c, t) =>
            {
                var old = await ReadTermAsync(c, t, currentId)
                    ?? throw new ConcurrencyConflictException(CommitteeAudit.CommitteeEntity, currentId);
                if (old.Version == expectedVersion && old.IsCurrent && successor.MeetingDate <= old.MeetingDate)
                    throw new ArgumentException("The new term's meeting must come after the current term's.", nameof(successor));
                await c.CallAsync(new OwnersCommitteeUpdateHandedOver(currentId, successor.MeetingDate, expectedVersion), t);
                old.HandedOverOn = successor.MeetingDate;
                successor.EstateId = old.EstateId;
                var newId = await InsertAsync(c, t, successor, context);
                await AuditWriter.WriteAsync(c, t, CommitteeAudit.HandedOver(old, newId, context));
                return newId;
            },
            e => SqlErrors.Translate(e, CommitteeAudit.CommitteeEntity, currentId));
    }

    /// <summary>Inserts a term with its members and audits it; sets the committee's id, term and normalised members.</summary>
    private static async Task<long> InsertAsync(SqlConnection c, SqlTransaction t, OwnersCommittee committee, ChangeContext context)
    {
        var members = CommitteeMembers.Normalise(committee.Members, 0);
        var id = (await c.CallAsync(new OwnersCommitteeCreate(
            committee.EstateId, committee.MeetingDate, committee.FilingDate, committee.TermEndDate, CommitteeMemberListItem.From(members)), t)).Single();
        var stored = (await c.CallAsync(new OwnersCommitteeReadById(id), t)).Single();
        committee.Id = id;
        committee.Term = stored.Term;
        committee.Members = CommitteeMembers.Normalise(members, id);
        await AuditWriter.WriteAsync(c, t, CommitteeAudit.Created(committee, context));
        return id;
    }

    private static async Task<OwnersCommittee?> ReadTermAsync(SqlConnection c, SqlTransaction t, long id)
    {
        var term = (await c.CallAsync(new OwnersCommitteeReadById(id), t)).SingleOrDefault();
        if (term is not null)
            term.Members = (await c.CallAsync(new CommitteeMemberReadByCommitteeId(id), t)).ToList();
        return term;
    }
}
