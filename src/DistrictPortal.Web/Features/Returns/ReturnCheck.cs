using DistrictPortal.Core.Common;
using DistrictPortal.Core.Returns;

namespace DistrictPortal.Web.Features.Returns;

/// <summary>
/// 校验: the errors a submission of <paramref name="typed"/> would meet, the same rules <see cref="ReturnService.SaveAsync"/>
/// applies on submit (the form's own checks, then Core's <see cref="ReturnValidator"/>), with nothing saved.
/// </summary>
public static class ReturnCheck
{
    public static IReadOnlyList<ValidationError> SubmissionErrors(ReturnContext context, ReturnForm form, WeeklyReturn typed) =>
        [.. form.FormErrors(typed), .. ReturnValidator.Validate(typed, context.StandingStrikeOffs, context.Today)];
}
