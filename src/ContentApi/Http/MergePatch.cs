using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace ContentApi.Http;

/// <summary>
/// JSON Merge Patch (RFC 7396). A PATCH is applied to the resource's current writable shape (the same
/// request record a PUT takes) and the result goes through the PUT path: one set of rules for both.
/// </summary>
public sealed class MergePatch(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> jsonOptions)
{
    public const string ContentType = "application/merge-patch+json";

    private JsonSerializerOptions Json => jsonOptions.Value.SerializerOptions;

    /// <summary>The patched request, validated as a PUT body is; or the 400 that says why it cannot apply.</summary>
    public async Task<(T? Patched, ValidationProblem? Invalid)> ApplyValidatedAsync<T>(
        T current, JsonElement patch, IValidator<T> validator, CancellationToken cancellationToken) where T : class
    {
        var (patched, errors) = Apply(current, patch);
        if (errors is not null) return (null, Problems.Invalid(errors));
        var validation = await validator.ValidateAsync(patched!, cancellationToken);
        return validation.IsValid ? (patched, null) : (null, Problems.Invalid(validation));
    }

    /// <summary>The patched request, or the validation errors that say why the patch cannot apply.</summary>
    public (T? Patched, Dictionary<string, string[]>? Errors) Apply<T>(T current, JsonElement patch) where T : class
    {
        if (patch.ValueKind != JsonValueKind.Object)
        {
            return (null, new() { ["$"] = ["A merge patch must be a JSON object of the fields to change."] });
        }

        var target = JsonSerializer.SerializeToNode(current, Json)!;
        // The body was bound with duplicates refused; parse the same way, so that Merge can never meet one.
        var merged = Merge(target, JsonNode.Parse(patch.GetRawText(), documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }));
        try
        {
            var patched = merged.Deserialize<T>(Json);
            if (patched is null) return (null, new() { ["$"] = ["The patch removed the whole resource."] });
            return ControlCharacters.Find(patched) is { Count: > 0 } controls ? (null, controls) : (patched, null);
        }
        catch (JsonException e)
        {
            var (field, message) = ClientErrorExceptionHandler.DescribeJsonError(e);
            return (null, new() { [field] = [message] });
        }
    }

    private static JsonNode? Merge(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject) return patch?.DeepClone();
        var result = target as JsonObject ?? new JsonObject();
        foreach (var (name, value) in patchObject)
        {
            if (value is null) result.Remove(name);
            else result[name] = Merge(result[name]?.DeepClone(), value);
        }
        return result;
    }
}
