using System.ComponentModel.DataAnnotations;
using DistrictPortal.Core.Common;

namespace DistrictPortal.Web.Infrastructure.Mvc;

/// <summary>
/// A form field that is a name or a label: Core's <see cref="TextRule"/> refuses control and text-direction characters
/// in it (the message names the field, from "Validation.ControlCharacters").
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CleanNameAttribute() : ValidationAttribute("Validation.ControlCharacters")
{
    public override bool IsValid(object? value) => value is not string text || TextRule.IsCleanName(text);
}
