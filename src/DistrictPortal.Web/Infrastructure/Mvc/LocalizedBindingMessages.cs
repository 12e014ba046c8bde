using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DistrictPortal.Web.Infrastructure.Mvc;

/// <summary>
/// Model-binding errors ("abc" typed into a number) in the user's language, naming the field. The localizer is
/// asked when the message is made, so it follows the request's culture.
/// </summary>
public sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["Binding.ValueInvalid", value, field]);
        messages.SetValueIsInvalidAccessor(value => l["Binding.ValueInvalidNoField", value]);
        messages.SetValueMustBeANumberAccessor(field => l["Binding.MustBeNumber", field]);
        messages.SetValueMustNotBeNullAccessor(field => l["Binding.Required", field]);
        messages.SetMissingBindRequiredValueAccessor(field => l["Binding.Required", field]);
        messages.SetMissingKeyOrValueAccessor(() => l["Binding.RequiredNoField"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Binding.RequiredNoField"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Binding.ValueInvalidNoField", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Binding.RequiredNoField"]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["Binding.Required", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Binding.MustBeNumberNoField"]);
    }
}
