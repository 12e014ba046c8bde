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
