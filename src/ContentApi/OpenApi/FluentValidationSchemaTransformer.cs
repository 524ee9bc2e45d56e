using System.Globalization;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ContentApi.OpenApi;

/// <summary>Copies validator rules (required, lengths, patterns, ranges) into the schema, so clients know them and
/// the validators stay the one place they are written.</summary>
internal sealed class FluentValidationSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (schema.Properties is not { Count: > 0 }) return Task.CompletedTask;
        if (context.ApplicationServices.GetService(typeof(IValidator<>).MakeGenericType(type)) is not IValidator validator)
        {
            return Task.CompletedTask;
        }

        var descriptor = validator.CreateDescriptor();
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (property.AttributeProvider is not System.Reflection.MemberInfo member) continue;
            if (!schema.Properties.TryGetValue(property.Name, out var propertySchema)) continue;

            foreach (var rule in descriptor.GetRulesForMember(member.Name))
            {
                // RuleForEach rules constrain the items, not the list.
                var isCollectionRule = rule.GetType().GetInterfaces()
                    .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
                foreach (var component in rule.Components)
                {
                    if (isCollectionRule)
                    {
                        if ((propertySchema as OpenApiSchema)?.Items is OpenApiSchema items)
                        {
                            Apply(new OpenApiSchema(), "", items, component.Validator, conditional: true);
                        }
                        continue;
                    }
                    Apply(schema, property.Name, propertySchema as OpenApiSchema, component.Validator,
                        conditional: component.HasCondition || component.HasAsyncCondition);
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void Apply(OpenApiSchema parent, string name, OpenApiSchema? property, IPropertyValidator validator, bool conditional)
    {
        switch (validator)
        {
            case INotEmptyValidator when conditional && property is not null && IsString(property):
                property.MinLength ??= 1;
                break;
            case INotEmptyValidator or INotNullValidator when !conditional:
                parent.Required ??= new HashSet<string>();
                parent.Required.Add(name);
                if (validator is INotEmptyValidator && property is not null && IsString(property)) property.MinLength ??= 1;
                break;
            case ILengthValidator length when property is not null:
                if (length.Max > 0)
                {
                    if (IsArray(property)) property.MaxItems = length.Max;
                    else property.MaxLength = length.Max;
                }
                if (length.Min > 0 && !IsArray(property)) property.MinLength = length.Min;
                break;
            case IRegularExpressionValidator regex when property is not null:
                property.Pattern = regex.Expression;
                break;
            case IBetweenValidator { From: IConvertible from, To: IConvertible to } when property is not null:
                property.Minimum = Convert.ToString(from, CultureInfo.InvariantCulture);
                property.Maximum = Convert.ToString(to, CultureInfo.InvariantCulture);
                break;
        }
    }

    private static bool IsString(OpenApiSchema schema) => schema.Type is { } t && t.HasFlag(JsonSchemaType.String);

    private static bool IsArray(OpenApiSchema schema) => schema.Type is { } t && t.HasFlag(JsonSchemaType.Array);
}
