using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Committees;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;
using DistrictPortal.Core.Hierarchy;

namespace DistrictPortal.Core.Management;

/// <summary>
/// Records the detail of modes 2 and 3 (issue 20 items 2 and 3): a self-managed estate's managing body and a community
/// trusteeship. Checked and audited here, written with the audit in one transaction; a refusal writes nothing. A save with
/// <c>expectedVersion</c> 0 records the first; otherwise it replaces the one read at that version
/// (<see cref="ConcurrencyConflictException"/> when stale). The mode itself stays the registry's (<see cref="ManagementCheck"/>).
/// </summary>
public sealed class ManagementService(IManagementRepository store, IEstateRepository estates, INodeRepository nodes, ICommitteeRepository committees)
{
    public const int MaxMembers = 15;
    public const int MaxMemberNameLength = 50;
    public const int MaxRoleLength = 20;
    public const int MaxFundingLength = 200;

    /// <summary>A member row with a name but no role, or a role but no name (args: the row).</summary>
    public const string MemberIncomplete = "MemberIncomplete";
    /// <summary>A member row's name or role is too long (args: the row, the name's and the role's limits).</summary>
    public const string MemberTooLong = "MemberTooLong";
    /// <summary>A member row holds a control character (args: the row).</summary>
    public const string MemberControlCharacters = "MemberControlCharacters";

    public async Task<DomainResult> SaveBodyAsync(
        long estateId, ManagingBodyKind? kind, DateOnly? since, IReadOnlyList<BodyMember> members, long expectedVersion, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(members);
        var errors = new List<ValidationError>();
        if (await estates.GetByIdAsync(estateId) is not { IsRetired: false })
            errors.Add(new(nameof(ManagingBody.EstateId), ValidationCodes.NotAnEstate));
        if (kind is not { } k || !Enum.IsDefined(k))
            errors.Add(new(nameof(ManagingBody.Kind), ValidationCodes.Required));
        Since(errors, nameof(ManagingBody.SinceDate), since, today);
        var typed = members.Where(m => !string.IsNullOrWhiteSpace(m.Name) || !string.IsNullOrWhiteSpace(m.Role))
            .Select((m, i) => new BodyMember { Position = i + 1, Name = m.Name?.Trim() ?? "", Role = m.Role?.Trim() ?? "" }).ToList();
        if (kind == ManagingBodyKind.OwnersCommittee)
        {
            // The committee's members live on its term: the body names the committee, it does not copy it.
            if (errors.Count == 0 && (await committees.GetRecordAsync(estateId)).Current is null)
                errors.Add(new(nameof(ManagingBody.Kind), ValidationCodes.NoCurrentCommittee));
            typed = [];
        }
        else if (kind == ManagingBodyKind.PropertyManagementCommittee)
        {
            Members(errors, typed);
        }
        if (errors.Count > 0)
            return DomainResult.From(errors);

        var before = await store.GetBodyAsync(estateId);
        if ((before?.Version ?? 0) != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.ManagingBody, estateId);
        var body = new ManagingBody
        {
            EstateId = estateId, Kind = kind!.Value, SinceDate = since!.Value, Members = typed,
            RecordedUtc = context.AtUtc, RecordedByName = context.UserName, Version = expectedVersion,
        };
        var audit = new AuditDiff(AuditEntities.ManagingBody, estateId, context)
            .Field(nameof(ManagingBody.Kind), before?.Kind.ToString(), body.Kind.ToString())
            .Field(nameof(ManagingBody.SinceDate), before?.SinceDate, body.SinceDate)
            .Field(nameof(ManagingBody.Members), MemberText(before?.Members), MemberText(body.Members)).Entries;
        if (audit.Count > 0)
            await store.SaveBodyAsync(body, audit);
        return DomainResult.Ok;
    }

    public async Task<DomainResult> SaveTrusteeshipAsync(
        long estateId, long? communityId, TrusteeshipServices services, DateOnly? since, string? funding, long expectedVersion, DateOnly today, ChangeContext context)
    {
        var errors = new List<ValidationError>();
        var estate = await estates.GetByIdAsync(estateId);
        if (estate is not { IsRetired: false })
            errors.Add(new(nameof(Trusteeship.EstateId), ValidationCodes.NotAnEstate));
        var community = communityId is { } id ? await nodes.GetByIdAsync(id) : null;
        if (community is null)
            errors.Add(new(nameof(Trusteeship.CommunityId), ValidationCodes.Required));
        else if (community.Level != NodeLevel.Community || community.IsRetired)
            errors.Add(new(nameof(Trusteeship.CommunityId), ValidationCodes.NotACommunity));
        else if (estate is not null && community.ParentId != estate.SubDistrictId)
            errors.Add(new(nameof(Trusteeship.CommunityId), ValidationCodes.NotInSubDistrict));
        var known = Enum.GetValues<TrusteeshipServices>().Aggregate(TrusteeshipServices.None, (all, s) => all | s);
        if (services == TrusteeshipServices.None || (services & ~known) != 0)
            errors.Add(new(nameof(Trusteeship.Services), ValidationCodes.Required));
        Since(errors, nameof(Trusteeship.SinceDate), since, today);
        var note = TextRule.CleanNarrative(funding?.Trim());
        if (string.IsNullOrEmpty(note))
            note = null;
        else if (note.Length > MaxFundingLength)
            errors.Add(new(nameof(Trusteeship.Funding), ValidationCodes.TooLong, MaxFundingLength));
        if (errors.Count > 0)
            return DomainResult.From(errors);

        var before = await store.GetTrusteeshipAsync(estateId);
        if ((before?.Version ?? 0) != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.Trusteeship, estateId);
        var trusteeship = new Trusteeship
        {
            EstateId = estateId, CommunityId = community!.Id, CommunityName = community.Name, Services = services, SinceDate = since!.Value,
            Funding = note, RecordedUtc = context.AtUtc, RecordedByName = context.UserName, Version = expectedVersion,
        };
        var audit = new AuditDiff(AuditEntities.Trusteeship, estateId, context)
            .Field(nameof(Trusteeship.CommunityId), before?.CommunityName, trusteeship.CommunityName)
            .Field(nameof(Trusteeship.Services), before?.Services.ToString(), services.ToString())
            .Field(nameof(Trusteeship.SinceDate), before?.SinceDate, trusteeship.SinceDate)
            .Field(nameof(Trusteeship.Funding), before?.Funding, note).Entries;
        if (audit.Count > 0)
            await store.SaveTrusteeshipAsync(trusteeship, audit);
        return DomainResult.Ok;
    }

    private static void Since(List<ValidationError> errors, string field, DateOnly? since, DateOnly today)
    {
        if (since is null)
            errors.Add(new(field, ValidationCodes.Required));
        else if (since > today)
            errors.Add(new(field, ValidationCodes.NotInFuture));
    }

    private static void Members(List<ValidationError> errors, List<BodyMember> members)
    {
        if (members.Count == 0)
            errors.Add(new(nameof(ManagingBody.Members), ValidationCodes.NoMembers));
        else if (members.Count > MaxMembers)
            errors.Add(new(nameof(ManagingBody.Members), ValidationCodes.TooManyMembers, MaxMembers));
        foreach (var m in members)
        {
            // One row of the members' table: the message names the row (args: its position).
            var field = nameof(ManagingBody.Members);
            if (m.Name.Length == 0 || m.Role.Length == 0)
                errors.Add(new(field, MemberIncomplete, m.Position));
            else if (m.Name.Length > MaxMemberNameLength || m.Role.Length > MaxRoleLength)
                errors.Add(new(field, MemberTooLong, m.Position, MaxMemberNameLength, MaxRoleLength));
            else if (!TextRule.IsCleanName(m.Name) || !TextRule.IsCleanName(m.Role))
                errors.Add(new(field, MemberControlCharacters, m.Position));
        }
    }

    private static string? MemberText(IReadOnlyList<BodyMember>? members) =>
        members is null || members.Count == 0 ? null : string.Join("、", members.Select(m => $"{m.Name}（{m.Role}）"));
}
