using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Ocop.Web.Features.Accounts;

namespace Ocop.Web.Infrastructure;

/// <summary>
/// Page handlers take the caller's scope as a parameter (<c>UserScope scope</c>), read once from
/// the signed-in user, never from the request's data. (API handlers get it through <see cref="ApiCaller"/>.)
/// </summary>
internal sealed class UserScopeModelBinderProvider : IModelBinderProvider
{
    private static readonly Binder Instance = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) => context.Metadata.ModelType == typeof(UserScope) ? Instance : null;

    private sealed class Binder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var scope = UserScope.From(bindingContext.HttpContext.User);
            bindingContext.Result = ModelBindingResult.Success(scope);
            bindingContext.ValidationState[scope] = new ValidationStateEntry { SuppressValidation = true };
            return Task.CompletedTask;
        }
    }
}
