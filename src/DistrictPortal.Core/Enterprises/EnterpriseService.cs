using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Enterprises;

/// <summary>
/// The enterprise register's writes (issue 20 item 1): a new enterprise and an edit, each checked here (name, the credit
/// code's form and check character, the code not on the register twice, the contact), audited field by field and written
/// with its audit in one transaction; a refusal writes nothing. Who may call is the caller's (<c>Permissions</c>).
/// </summary>
public sealed class EnterpriseService(IEnterpriseRepository store)
{
    public const int MaxNameLength = 100;
    public const int MaxContactNameLength = 50;
    public const int MaxContactPhoneLength = 30;

    public async Task<DomainResult<long>> CreateAsync(EnterpriseInput input, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (enterprise, errors) = Validate(input);
        if (errors.Count == 0 && await store.GetByCreditCodeAsync(enterprise.CreditCode) is { } other)
            errors.Add(new(nameof(Enterprise.CreditCode), ValidationCodes.CreditCodeInUse, other.Name));
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);
        return DomainResult<long>.Done(await store.CreateAsync(enterprise, EnterpriseAudit.Created(enterprise, context)));
    }

    /// <summary>
    /// Edits an enterprise read at <paramref name="expectedVersion"/>; a stale version or a missing enterprise is a
    /// <see cref="ConcurrencyConflictException"/> (the page reloads it), as everywhere else in the portal.
    /// </summary>
    public async Task<DomainResult> UpdateAsync(long id, EnterpriseInput input, long expectedVersion, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (after, errors) = Validate(input);
        var before = await store.GetAsync(id);
        if (before is null || before.Version != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.Enterprise, id);
        if (errors.Count == 0 && await store.GetByCreditCodeAsync(after.CreditCode) is { } other && other.Id != id)
            errors.Add(new(nameof(Enterprise.CreditCode), ValidationCodes.CreditCodeInUse, other.Name));
        if (errors.Count > 0)
            return DomainResult.From(errors);
        after.Id = id;
        after.Version = expectedVersion;
        var audit = EnterpriseAudit.Diff(before, after, context);
        if (audit.Count > 0)
            await store.UpdateAsync(after, audit);
        return DomainResult.Ok;
    }

    /// <summary>The enterprise the input describes (trimmed, code normalised) and what is wrong with it.</summary>
    public static (Enterprise Enterprise, List<ValidationError> Errors) Validate(EnterpriseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationError>();
        var name = input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            errors.Add(new(nameof(Enterprise.Name), ValidationCodes.Required));
        else if (name.Length > MaxNameLength)
            errors.Add(new(nameof(Enterprise.Name), ValidationCodes.TooLong, MaxNameLength));
        else
            TextRule.CheckName(errors, nameof(Enterprise.Name), name);

        var code = CreditCode.Normalise(input.CreditCode) ?? "";
        if (code.Length == 0)
            errors.Add(new(nameof(Enterprise.CreditCode), ValidationCodes.Required));
        else if (CreditCode.Check(code) is var problem && problem != CreditCodeProblem.None)
            errors.Add(new(nameof(Enterprise.CreditCode), problem switch
            {
                CreditCodeProblem.Length => ValidationCodes.CreditCodeLength,
                CreditCodeProblem.Characters => ValidationCodes.CreditCodeCharacters,
                CreditCodeProblem.Division => ValidationCodes.CreditCodeDivision,
                _ => ValidationCodes.CreditCodeCheckDigit,
            }));

        var contactName = Optional(errors, nameof(Enterprise.ContactName), input.ContactName, MaxContactNameLength);
        var phone = Optional(errors, nameof(Enterprise.ContactPhone), input.ContactPhone, MaxContactPhoneLength);
        // A phone number is digits with the separators people type (+86 571-8765 4321, 0571-87654321转8).
        if (phone is not null && (!phone.Any(char.IsAsciiDigit) || phone.Any(c => !char.IsAsciiDigit(c) && c is not ('+' or '-' or ' ' or '(' or ')' or '转'))))
            errors.Add(new(nameof(Enterprise.ContactPhone), ValidationCodes.Invalid));

        var enterprise = new Enterprise
        {
            Name = name ?? "", CreditCode = code, IsStateOwned = input.IsStateOwned, ContactName = contactName, ContactPhone = phone,
        };
        return (enterprise, errors);
    }

    /// <summary>
    /// One page of the register: <see cref="Filter"/>'s enterprises. Paged in memory: the register is some hundreds of
    /// rows and is read whole anyway for the contract form's choice.
    /// </summary>
    public static PagedResult<Enterprise> Search(IEnumerable<Enterprise> register, string? text, bool stateOwnedOnly, int page, int pageSize)
    {
        var found = Filter(register, text, stateOwnedOnly);
        var size = Paging.PageSize(pageSize);
        var last = Math.Max(1, (found.Count + size - 1) / size);
        var current = Math.Min(Paging.Page(page), last);
        return new PagedResult<Enterprise>(found.Skip((current - 1) * size).Take(size).ToList(), found.Count, current, size);
    }

    /// <summary>Enterprises whose name, code or contact holds <paramref name="text"/> (any case), state-owned ones only when asked, by name.</summary>
    public static IReadOnlyList<Enterprise> Filter(IEnumerable<Enterprise> register, string? text, bool stateOwnedOnly)
    {
        ArgumentNullException.ThrowIfNull(register);
        var needle = text?.Trim();
        return register
            .Where(e => !stateOwnedOnly || e.IsStateOwned)
            .Where(e => string.IsNullOrEmpty(needle)
                || e.Name.Contains(needle, StringComparison.OrdinalIgnoreCase)
                || e.CreditCode.Contains(needle, StringComparison.OrdinalIgnoreCase)
                || (e.ContactName?.Contains(needle, StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id)
            .ToList();
    }

    private static string? Optional(List<ValidationError> errors, string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            return null;
        if (trimmed.Length > maxLength)
            errors.Add(new(field, ValidationCodes.TooLong, maxLength));
        else
            TextRule.CheckName(errors, field, trimmed);
        return trimmed;
    }
}
