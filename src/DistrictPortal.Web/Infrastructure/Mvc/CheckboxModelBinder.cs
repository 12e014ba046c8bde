using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DistrictPortal.Web.Infrastructure.Mvc;

/// <summary>
/// A yes/no field is a checkbox: "true" is ticked, anything else is not. MVC's own binder keeps an unreadable value
/// ("abc", 10,000 characters) as the attempted value, and the checkbox tag helper then throws FormatException while
/// rendering the form again (a 500, found by the fuzz suite of issue 14). The value kept is the one bound.
/// </summary>
public sealed class CheckboxModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
            return Task.CompletedTask;
        var ticked = bool.TryParse(posted.FirstValue, out var value) && value;
        var text = ticked ? "true" : "false";
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, text, text);
        bindingContext.Result = ModelBindingResult.Success(ticked);
        return Task.CompletedTask;
    }
}

public sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) ? new CheckboxModelBinder() : null;
}
