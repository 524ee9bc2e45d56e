using ContentApi.Data;
using FluentValidation;

namespace ContentApi.Keys;

public sealed class CreateKeyRequestValidator : AbstractValidator<CreateKeyRequest>
{
    public CreateKeyRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("name is required: say who or what will use the key.")
            .MaximumLength(ContentLimits.NameLength);
        RuleFor(r => r.Role).NotNull().WithMessage("role is required: preview, editor or admin.");
        RuleFor(r => r.ExpiresAt)
            .Must(at => ToUtc(at!.Value) > clock.GetUtcNow().UtcDateTime)
            .When(r => r.ExpiresAt is not null)
            .WithMessage("expiresAt must be in the future.");
    }

    // JSON times with an offset arrive as local DateTimes, and DateTime comparison ignores the kind.
    public static DateTime ToUtc(DateTime time) => time.Kind switch
    {
        DateTimeKind.Local => time.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
        _ => time,
    };
}
