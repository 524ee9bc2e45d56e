using ContentApi.Data;
using ContentApi.Http;
using FluentValidation;

namespace ContentApi.Auth;

public sealed class CreateKeyRequestValidator : AbstractValidator<CreateKeyRequest>
{
    public CreateKeyRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("name is required: say who or what will use the key.")
            .MaximumLength(ContentLimits.NameLength);
        RuleFor(r => r.Role).NotNull().WithMessage("role is required: preview, editor or admin.");
        RuleFor(r => r.ExpiresAt)
            .Must(at => UtcTimes.Normalize(at!.Value) > clock.GetUtcNow().UtcDateTime)
            .When(r => r.ExpiresAt is not null)
            .WithMessage("expiresAt must be in the future.");
    }

}
