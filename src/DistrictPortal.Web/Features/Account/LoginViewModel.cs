using System.ComponentModel.DataAnnotations;
using DistrictPortal.Web.Infrastructure.DemoData;

namespace DistrictPortal.Web.Features.Account;

public sealed class LoginForm
{
    [Display(Name = "Field.UserName")]
    public string? UserName { get; set; }

    [Display(Name = "Field.Password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class LoginViewModel
{
    public required LoginForm Form { get; init; }

    /// <summary>Shown only while Portal:DemoData is on.</summary>
    public IReadOnlyList<DemoAccount> DemoAccounts { get; init; } = [];

    public string DemoPassword { get; init; } = "";
}

/// <summary>The account page's own-password form; never echoed back (the fields are empty again after a refusal).</summary>
public sealed class ChangePasswordForm
{
    [Display(Name = "Field.CurrentPassword")]
    [DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }

    [Display(Name = "Field.NewPassword")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }
}
