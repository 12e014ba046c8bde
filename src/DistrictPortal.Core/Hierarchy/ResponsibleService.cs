using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Hierarchy;

/// <summary>
/// Naming a node's 第一责任人 (issue 16 item 5). The admin sets or clears it on the hierarchy pages; a district,
/// sub-district or community has one (P5 names the sub-district's and community's leaders, the district office its own),
/// the city and estates do not. The rules and the audit entries are here, for both databases.
/// </summary>
public sealed class ResponsibleService(INodeResponsibleRepository responsibles, INodeRepository nodes)
{
    public const int MaxNameLength = 50;
    public const int MaxPostLength = 50;
    /// <summary>The node is not a district, sub-district or community ("Responsible.Validation.WrongLevel").</summary>
    public const string WrongLevel = "WrongLevel";

    public static bool HasResponsible(NodeLevel level) => level is NodeLevel.District or NodeLevel.SubDistrict or NodeLevel.Community;

    public async Task<DomainResult> SetAsync(long nodeId, string? name, string? post, string? phone, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await nodes.GetByIdAsync(nodeId) is not { } node)
            return DomainResult.Refuse(nameof(NodeResponsible.NodeId), ValidationCodes.NotFound);
        if (!HasResponsible(node.Level))
            return DomainResult.Refuse(nameof(NodeResponsible.NodeId), WrongLevel);
        var person = new NodeResponsible
        {
            NodeId = nodeId, Name = name?.Trim() ?? "", Post = post?.Trim() ?? "", Phone = phone?.Trim() ?? "", UpdatedUtc = context.AtUtc,
        };
        var errors = Validate(person);
        if (errors.Count > 0)
            return DomainResult.From(errors);

        var existing = await responsibles.GetAsync(nodeId);
        var audit = new AuditDiff(AuditEntities.NodeResponsible, nodeId, context);
        if (existing is null)
            audit.Action(AuditActions.Create, nameof(NodeResponsible.Name), null, person.Name);
        else
            audit.Field(nameof(NodeResponsible.Name), existing.Name, person.Name);
        audit.Field(nameof(NodeResponsible.Post), existing?.Post, person.Post)
            .Field(nameof(NodeResponsible.Phone), existing?.Phone, person.Phone);
        if (audit.Entries.Count == 0)
            return DomainResult.Ok;
        await responsibles.SaveAsync(person, audit.Entries);
        return DomainResult.Ok;
    }

    /// <summary>Clears the node's responsible person; clearing none changes nothing and is not refused.</summary>
    public async Task<DomainResult> ClearAsync(long nodeId, ChangeContext context)
    {
        if (await responsibles.GetAsync(nodeId) is not { } existing)
            return DomainResult.Ok;
        var audit = new AuditDiff(AuditEntities.NodeResponsible, nodeId, context)
            .Action(AuditActions.Delete, nameof(NodeResponsible.Name), existing.Name, null).Entries;
        await responsibles.DeleteAsync(nodeId, audit);
        return DomainResult.Ok;
    }

    /// <summary>Name and post required and short, clean labels; the phone a number the office can dial.</summary>
    public static IReadOnlyList<ValidationError> Validate(NodeResponsible person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var errors = new List<ValidationError>();
        Label(errors, nameof(NodeResponsible.Name), person.Name, MaxNameLength);
        Label(errors, nameof(NodeResponsible.Post), person.Post, MaxPostLength);
        if (string.IsNullOrEmpty(person.Phone))
            errors.Add(new(nameof(NodeResponsible.Phone), ValidationCodes.Required));
        else if (!PhoneRule.IsValid(person.Phone))
            errors.Add(new(nameof(NodeResponsible.Phone), ValidationCodes.Invalid));
        return errors;
    }

    private static void Label(List<ValidationError> errors, string field, string value, int max)
    {
        if (value.Length == 0)
            errors.Add(new(field, ValidationCodes.Required));
        else if (value.Length > max)
            errors.Add(new(field, ValidationCodes.TooLong, max));
        else
            TextRule.CheckName(errors, field, value);
    }

    /// <summary>The one line pages and briefings print: 第一责任人：姓名（职务） 电话 (the label is the caller's).</summary>
    public static string Line(NodeResponsible person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return $"{person.Name}（{person.Post}） {person.Phone}";
    }
}
