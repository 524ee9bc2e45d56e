using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using ContentApi.Tests.Infrastructure;
using static ContentApi.Tests.Infrastructure.Arrange;

namespace ContentApi.Tests.Caching;

public sealed class CompressionTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task List_is_compressed_with_the_encoding_the_client_accepts(string encoding)
    {
        await Factory.CreateArticle("Compressed " + new string('x', 150), body: string.Concat(Enumerable.Repeat("Words repeat well. ", 100)));
        var anonymous = Factory.Anonymous();
        // Twice: the second answer comes from the output cache, which must keep the encoding apart.
        foreach (var _ in new[] { 1, 2 })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/articles");
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);

            var response = await anonymous.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Equal(1, (await Decompress(response, encoding))["page"]!["total"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Response_is_not_compressed_for_a_client_that_accepts_no_encoding()
    {
        var article = await Factory.CreateArticle("Plain");
        var compressed = new HttpRequestMessage(HttpMethod.Get, $"{Api}/articles/{article.Str("slug")}");
        compressed.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        await Factory.Anonymous().SendAsync(compressed);

        var response = await Factory.Anonymous().GetAsync($"{Api}/articles/{article.Str("slug")}");

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal("Plain", (await response.ExpectJson(HttpStatusCode.OK)).Str("title"));
    }

    private static async Task<JsonNode> Decompress(HttpResponseMessage response, string encoding)
    {
        await using var raw = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding == "br"
            ? new BrotliStream(raw, CompressionMode.Decompress)
            : new GZipStream(raw, CompressionMode.Decompress);
        return (await JsonNode.ParseAsync(decoded))!;
    }
}
