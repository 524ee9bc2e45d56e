using ContentApi.Tests.Infrastructure;
using ContentApi.Tests.Search;

namespace ContentApi.Tests.Hardening;

/// <summary>Issue #13, item 8: whether the last word is also a prefix is decided over the articles the caller may see,
/// so a draft cannot change (and so reveal itself through) an anonymous search.</summary>
public sealed class SearchPrefixVisibilityTests(SharedApp app) : IClassFixture<SharedApp>
{
    private ContentApiFactory Factory { get; } = app.Fresh();

    [Fact]
    public async Task A_draft_holding_the_whole_word_does_not_change_an_anonymous_search()
    {
        await Factory.CreateStory("Codenames of the old missions");
        var before = await SearchSteps.Search(Factory.Anonymous(), "codename");
        Assert.Equal(["codenames-of-the-old-missions"], before.Slugs());

        await Factory.CreateStory("The codename nobody may know", status: "draft");
        await Factory.CreateStory("A codename for next week", publishedAt: DateTime.UtcNow.AddDays(7));

        var after = await SearchSteps.Search(Factory.Anonymous(), "codename");
        Assert.Equal(before.Slugs(), after.Slugs());
        Assert.Equal(before.Total(), after.Total());
    }

    [Fact]
    public async Task An_editor_who_sees_the_draft_gets_the_whole_word_as_before()
    {
        await Factory.CreateStory("Codenames of the old missions");
        await Factory.CreateStory("The codename nobody may know", status: "draft");

        var list = await SearchSteps.Search(Factory.Editor(), "codename", "&status=draft");

        Assert.Equal(["the-codename-nobody-may-know"], list.Slugs());
    }
}
