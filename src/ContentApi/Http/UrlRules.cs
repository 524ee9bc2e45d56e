using FluentValidation;

namespace ContentApi.Http;

public static class UrlRules
{
    /// <summary>An absolute http or https URL (or nothing): no javascript:, data: or relative links in stored URLs.</summary>
    public static IRuleBuilderOptions<T, string?> WebUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(url => url is null || (Uri.TryCreate(url, UriKind.Absolute,
            out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            .WithMessage("Must be an absolute http or https URL.");
}
