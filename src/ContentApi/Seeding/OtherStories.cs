namespace ContentApi.Seeding;

/// <summary>Neighbouring stories for the sample article: the same war, seen from other desks.</summary>
public static class OtherStories
{
    public sealed record Story(string Title, string Standfirst, string Section, string[] Authors, string[] Tags, string Body);

    /// <summary>The sample page's curated "Related Posts", by title, in order.</summary>
    public static readonly IReadOnlyList<string> RelatedToSample =
    [
        "China Offers to Host Talks as Mediation Efforts Stall",
        "Turkey Steps Up Push to Revive Black Sea Talks",
        "Washington Debates the Cost of Indefinite Support for Kyiv",
    ];

    public static readonly IReadOnlyList<Story> All =
    [
        new("NATO Allies Pledge to Bolster Eastern Flank Air Defences",
            "Defence ministers agreed to speed up deliveries of air-defence systems to frontline members as Russian drone incursions multiply.",
            "europe", ["tomas-ruiz"], ["NATO", "Russia", "Ukraine"],
            """
            Defence ministers meeting in Brussels agreed to accelerate the deployment of air-defence batteries to Poland, the Baltic states and Romania.

            ## A Pattern of Incursions

            Officials pointed to a rising number of Russian drones straying into allied airspace, which they say tests NATO's readiness without crossing the threshold of an armed attack.

            ## Industry Asked to Deliver Faster

            Ministers also pressed manufacturers to expand production lines for interceptors, which have been consumed faster than planned since the start of the war in Ukraine.
            """),
        new("EU Weighs Fresh Sanctions Package Targeting Russian Energy Revenue",
            "Brussels is drafting new measures aimed at the shadow fleet that carries Russian oil around the price cap.",
            "europe", ["tomas-ruiz", "priya-natarajan"], ["Sanctions", "Russia", "Energy"],
            """
            The European Commission is preparing a new round of sanctions that would target tankers and insurers accused of helping Russia evade the oil price cap.

            ## The Shadow Fleet

            Diplomats say hundreds of ageing vessels with opaque ownership now carry a large share of Russia's seaborne crude.

            ## Unanimity Required

            Any package needs the backing of all member states, and at least two governments have signalled concerns about energy prices at home.
            """),
        new("China Offers to Host Talks as Mediation Efforts Stall",
            "Beijing says it is ready to bring Russian and Ukrainian officials together, but neither side has accepted the invitation.",
            "international", ["elena-marsh"], ["China", "Diplomacy", "Ukraine", "Russia"],
            """
            China's foreign ministry said it was prepared to host direct talks between Moscow and Kyiv, presenting itself as a neutral broker.

            ## Scepticism in Kyiv

            Ukrainian officials questioned Beijing's neutrality, citing its deepening trade ties with Russia.

            ## A Crowded Field of Mediators

            Turkey and Brazil have made similar offers, and none has yet produced a meeting at which both parties would sit at the same table.
            """),
        new("Washington Debates the Cost of Indefinite Support for Kyiv",
            "Lawmakers are split over how long the United States should keep funding Ukraine's defence.",
            "politics", ["elena-marsh"], ["United States", "Ukraine"],
            """
            A new aid request has reopened the debate in Congress over the scale and duration of American support for Ukraine.

            ## Strategic Containment

            Supporters argue that sustained aid is the cheapest way to contain Russian ambitions in Europe.

            ## Domestic Pressures

            Opponents point to the domestic political costs of what they describe as a war of attrition with no end in sight.
            """),
        new("European Gas Prices Climb as Winter Storage Draws Down",
            "Traders are watching storage levels closely after a cold start to winter and reduced pipeline flows.",
            "business", ["priya-natarajan"], ["Energy", "Russia"],
            """
            Benchmark European gas prices rose for a third week as a cold snap accelerated withdrawals from storage.

            ## Storage Still Above Average

            Analysts note that storage remains above its five-year average, which should cushion the market through February.

            ## The Russian Factor

            Reduced flows through the last remaining pipeline routes have left the continent more reliant on liquefied natural gas.
            """),
        new("Turkey Steps Up Push to Revive Black Sea Talks",
            "Ankara is lobbying both Moscow and Kyiv to return to negotiations on shipping safety in the Black Sea.",
            "international", ["elena-marsh", "tomas-ruiz"], ["Diplomacy", "Russia", "Ukraine"],
            """
            Turkish officials have held separate meetings with Russian and Ukrainian delegations in an effort to restart talks on commercial shipping.

            ## A Narrow Agenda

            Diplomats describe the effort as deliberately limited, focused on grain exports and the safety of civilian vessels.

            ## Preconditions Remain

            Both sides continue to set preconditions that the other rejects, and observers expect slow progress at best.
            """),
    ];
}
