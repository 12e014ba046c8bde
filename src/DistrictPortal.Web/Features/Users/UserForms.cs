using System.ComponentModel.DataAnnotations;
using DistrictPortal.Core.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DistrictPortal.Web.Features.Users;

/// <summary>Error messages are resource keys: the data-annotations localizer fills in the field's localised name.</summary>
public sealed class UserCreateForm
{
    /// <summary>Core's <see cref="PasswordRule"/> decides; the form states it and the browser hints at the length.</summary>
    public const int MinPasswordLength = PasswordRule.MinLength;

    [Display(Name = "Field.UserName")]
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(50, ErrorMessage = "Validation.TooLong")]
    [RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "Validation.UserNameChars")]
    public string? UserName { get; set; }

    [Display(Name = "Field.DisplayName")]
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(50, ErrorMessage = "Validation.TooLong")]
    [Infrastructure.Mvc.CleanName]
    public string? DisplayName { get; set; }

    [Display(Name = "Field.Email")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [MaxLength(200, ErrorMessage = "Validation.TooLong")]
    public string? Email { get; set; }

    [Display(Name = "Field.Role")]
    public Role Role { get; set; } = Role.CommunityOfficer;

    [Display(Name = "Field.Scope")]
    public long ScopeNodeId { get; set; }

    [Display(Name = "Field.Password")]
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(PasswordRule.MaxLength, ErrorMessage = "Validation.TooLong")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindNever] public IReadOnlyList<SelectListItem> ScopeOptions { get; set; } = [];
}

public sealed class UserEditForm
{
    public long Version { get; set; }

    [Display(Name = "Field.DisplayName")]
    [Required(ErrorMessage = "Validation.Required")]
    [MaxLength(50, ErrorMessage = "Validation.TooLong")]
    [Infrastructure.Mvc.CleanName]
    public string? DisplayName { get; set; }

    [Display(Name = "Field.Email")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [MaxLength(200, ErrorMessage = "Validation.TooLong")]
    public string? Email { get; set; }

    [Display(Name = "Field.Role")]
    public Role Role { get; set; }

    [Display(Name = "Field.Scope")]
    public long ScopeNodeId { get; set; }

    [Display(Name = "Field.IsDisabled")]
    public bool IsDisabled { get; set; }

    /// <summary>Empty keeps the current password.</summary>
    [Display(Name = "Field.NewPassword")]
    [MaxLength(PasswordRule.MaxLength, ErrorMessage = "Validation.TooLong")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [BindNever] public long UserId { get; set; }
    [BindNever] public string UserName { get; set; } = "";
    [BindNever] public bool IsSelf { get; set; }
    [BindNever] public DateTime? LockedUntilLocal { get; set; }
    [BindNever] public int FailedSignIns { get; set; }
    [BindNever] public IReadOnlyList<SelectListItem> ScopeOptions { get; set; } = [];

    public static UserEditForm From(User user) => new()
    {
        UserId = user.Id,
        UserName = user.UserName,
        Version = user.Version,
        DisplayName = user.DisplayName,
        Email = user.Email,
        Role = user.Role,
        ScopeNodeId = user.ScopeNodeId,
        IsDisabled = user.IsDisabled,
        FailedSignIns = user.FailedSignIns,
    };
}
