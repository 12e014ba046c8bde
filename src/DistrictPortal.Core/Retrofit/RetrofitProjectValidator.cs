using DistrictPortal.Core.Common;

namespace DistrictPortal.Core.Retrofit;

/// <summary>
/// Rules for a works project; each error names the field. The dates follow the status: in works needs a start,
/// completed a completion too, accepted an acceptance date; none lies before the one it follows, nor in the future.
/// </summary>
public static class RetrofitProjectValidator
{
    public const int MaxNameLength = 100;
    /// <summary>decimal(18,2): more than enough m² for any estate, and what both databases store.</summary>
    public const decimal MaxArea = FieldLimits.SqlDecimal18_2Max;

    public static IReadOnlyList<ValidationError> Validate(RetrofitProject project, DateOnly today)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(project.Name))
            errors.Add(new(nameof(RetrofitProject.Name), ValidationCodes.Required));
        else if (project.Name.Trim().Length > MaxNameLength)
            errors.Add(new(nameof(RetrofitProject.Name), ValidationCodes.TooLong, MaxNameLength));
        TextRule.CheckName(errors, nameof(RetrofitProject.Name), project.Name);

        if (project.EstateId <= 0)
            errors.Add(new(nameof(RetrofitProject.EstateId), ValidationCodes.Required));
        if (project.WorkItems == RetrofitWorkItems.None)
            errors.Add(new(nameof(RetrofitProject.WorkItems), ValidationCodes.Required));
        if (project.Area <= 0)
            errors.Add(new(nameof(RetrofitProject.Area), ValidationCodes.MustBePositive));
        else if (FieldLimits.RetrofitArea.Check(nameof(RetrofitProject.Area), project.Area) is { } area)
            errors.Add(area);

        if (!Enum.IsDefined(project.Status))
        {
            errors.Add(new(nameof(RetrofitProject.Status), ValidationCodes.Required));
            return errors;
        }
        var needsStart = project.Status >= RetrofitStatus.InWorks;
        var needsCompletion = project.Status >= RetrofitStatus.Completed;
        var needsAcceptance = project.Status == RetrofitStatus.Accepted;
        Dated(errors, nameof(RetrofitProject.StartedDate), project.StartedDate, needsStart, null, today);
        Dated(errors, nameof(RetrofitProject.CompletedDate), project.CompletedDate, needsCompletion, project.StartedDate, today);
        Dated(errors, nameof(RetrofitProject.AcceptedDate), project.AcceptedDate, needsAcceptance, project.CompletedDate, today);
        return errors;
    }

    private static void Dated(List<ValidationError> errors, string field, DateOnly? date, bool required, DateOnly? notBefore, DateOnly today)
    {
        if (date is null)
        {
            if (required)
                errors.Add(new(field, ValidationCodes.Required));
            return;
        }
        if (!required)
            errors.Add(new(field, ValidationCodes.NotForStatus));
        else if (date > today)
            errors.Add(new(field, ValidationCodes.NotInFuture));
        else if (notBefore is { } earlier && date < earlier)
            errors.Add(new(field, ValidationCodes.NotBefore, earlier.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
