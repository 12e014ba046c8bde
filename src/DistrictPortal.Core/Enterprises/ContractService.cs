using System.Globalization;
using DistrictPortal.Core.Auditing;
using DistrictPortal.Core.Common;
using DistrictPortal.Core.Estates;

namespace DistrictPortal.Core.Enterprises;

/// <summary>
/// An estate's contracts (issue 20 item 1): a new contract (checked: a live estate, an enterprise on the register, a term
/// that ends after it starts, a fee to the fen, a level, a signing day not in the future, and no other contract of the
/// estate covering any of its days) and the early end of one. Audited here, written with the audit in one transaction.
/// The estate's management mode is not written here: it stays the registry's, set by an accepted return, and a
/// disagreement between the two is shown (<see cref="Management.ManagementCheck"/>), never silently resolved.
/// </summary>
public sealed class ContractService(IContractRepository contracts, IEnterpriseRepository enterprises, IEstateRepository estates)
{
    /// <summary>Yuan per m² per month: residential fees run from a few jiao to some tens of yuan; 100 catches a slipped digit.</summary>
    public static readonly NumberLimit Fee = new(0m, 100m, 2);

    public async Task<DomainResult<long>> AddAsync(long estateId, ContractInput input, DateOnly today, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<ValidationError>();
        if (await estates.GetByIdAsync(estateId) is not { IsRetired: false })
            errors.Add(new(nameof(ServiceContract.EstateId), ValidationCodes.NotAnEstate));
        var enterprise = input.EnterpriseId is { } enterpriseId ? await enterprises.GetAsync(enterpriseId) : null;
        if (enterprise is null)
            errors.Add(new(nameof(ServiceContract.EnterpriseId), ValidationCodes.Required));
        if (input.StartDate is null)
            errors.Add(new(nameof(ServiceContract.StartDate), ValidationCodes.Required));
        if (input.EndDate is null)
            errors.Add(new(nameof(ServiceContract.EndDate), ValidationCodes.Required));
        else if (input.StartDate is { } start && input.EndDate <= start)
            errors.Add(new(nameof(ServiceContract.EndDate), ValidationCodes.EndsBeforeStart));
        if (input.FeePerSquareMetre is not { } fee)
            errors.Add(new(nameof(ServiceContract.FeePerSquareMetre), ValidationCodes.Required));
        else if (fee <= 0)
            errors.Add(new(nameof(ServiceContract.FeePerSquareMetre), ValidationCodes.MustBePositive));
        else if (Fee.Check(nameof(ServiceContract.FeePerSquareMetre), fee) is { } feeError)
            errors.Add(feeError);
        if (input.Level is not { } level || !Enum.IsDefined(level))
            errors.Add(new(nameof(ServiceContract.Level), ValidationCodes.Required));
        if (input.SignedOn is not { } signed)
            errors.Add(new(nameof(ServiceContract.SignedOn), ValidationCodes.Required));
        else if (signed > today)
            errors.Add(new(nameof(ServiceContract.SignedOn), ValidationCodes.NotInFuture));
        if (errors.Count > 0)
            return DomainResult<long>.From(errors);

        var contract = new ServiceContract
        {
            EstateId = estateId, EnterpriseId = enterprise!.Id, StartDate = input.StartDate!.Value, EndDate = input.EndDate!.Value,
            FeePerSquareMetre = input.FeePerSquareMetre!.Value, Level = input.Level!.Value, SignedOn = input.SignedOn!.Value,
            CreatedUtc = context.AtUtc, CreatedByName = context.UserName, EnterpriseName = enterprise.Name,
        };
        if ((await contracts.ListForEstateAsync(estateId)).FirstOrDefault(other => ContractRules.Overlap(other, contract)) is { } clash)
            return DomainResult<long>.Refuse(nameof(ServiceContract.StartDate), ValidationCodes.ContractOverlaps,
                clash.EnterpriseName, Day(clash.StartDate), Day(clash.LastDay));

        var audit = new AuditDiff(AuditEntities.ServiceContract, AuditEntry.NewRow, context)
            .Action(AuditActions.Create, nameof(ServiceContract.EstateId), newValue: estateId.ToString(CultureInfo.InvariantCulture))
            .Action(AuditActions.Create, nameof(ServiceContract.EnterpriseId), newValue: $"{enterprise.Name}（{enterprise.CreditCode}）")
            .Action(AuditActions.Create, "Term", newValue: $"{Day(contract.StartDate)}–{Day(contract.EndDate)}")
            .Action(AuditActions.Create, nameof(ServiceContract.FeePerSquareMetre), newValue: contract.FeePerSquareMetre.ToString("0.00", CultureInfo.InvariantCulture))
            .Action(AuditActions.Create, nameof(ServiceContract.Level), newValue: contract.Level.ToString())
            .Action(AuditActions.Create, nameof(ServiceContract.SignedOn), newValue: Day(contract.SignedOn)).Entries;
        return DomainResult<long>.Done(await contracts.CreateAsync(contract, audit));
    }

    /// <summary>
    /// Ends a contract early (解除) on <paramref name="endedOn"/>, a day within its term; the caller found the contract in
    /// its scope. A stale version is a <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    public async Task<DomainResult> EndAsync(long contractId, DateOnly? endedOn, long expectedVersion, ChangeContext context)
    {
        var contract = await contracts.GetAsync(contractId);
        if (contract is null || contract.Version != expectedVersion)
            throw new ConcurrencyConflictException(AuditEntities.ServiceContract, contractId);
        if (contract.EndedOn is not null)
            return DomainResult.Refuse(nameof(ServiceContract.EndedOn), ValidationCodes.AlreadyClosed);
        if (endedOn is not { } day)
            return DomainResult.Refuse(nameof(ServiceContract.EndedOn), ValidationCodes.Required);
        if (day < contract.StartDate)
            return DomainResult.Refuse(nameof(ServiceContract.EndedOn), ValidationCodes.NotBefore, Day(contract.StartDate));
        if (day >= contract.EndDate)
            return DomainResult.Refuse(nameof(ServiceContract.EndedOn), ValidationCodes.AfterTermEnd, Day(contract.EndDate));
        var audit = new AuditDiff(AuditEntities.ServiceContract, contract.Id, context)
            .Field(nameof(ServiceContract.EndedOn), (DateOnly?)null, endedOn).Entries;
        contract.EndedOn = day;
        await contracts.EndAsync(contract, audit);
        return DomainResult.Ok;
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
