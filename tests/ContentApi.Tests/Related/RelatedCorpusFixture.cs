namespace ContentApi.Tests.Related;

/// <summary>
/// A labelled corpus for measuring related-posts quality: five news stories of six articles each, in five
/// sections, among look-alikes that share each story's section, generic tags and topic words but not the
/// story. Only a third of a story's articles carry its own tag, and some of its headlines never name it, so
/// that tags alone cannot separate the stories: the names and specifics in the text have to.
/// </summary>
public static class RelatedCorpusFixture
{
    public sealed record Piece(string Story, string Title, string Standfirst, string Body, string Section, string[] Tags, DateTime PublishedAt);

    private sealed record Story(
        string Key, string Section, string[] Tags, string StoryTag, string[] Titles, string[] Facts, string[] Generic,
        (string Title, string[] Sentences)[] LookAlikes);

    private static readonly DateTime Start = new(2026, 5, 4, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>Every article of the corpus; look-alikes have a story of their own ("decoy-…").</summary>
    public static IReadOnlyList<Piece> Pieces => LazyPieces.Value;

    // Lazy: static fields initialise in textual order, and the stories are declared below.
    private static readonly Lazy<List<Piece>> LazyPieces = new(Build);

    public static IEnumerable<string> Sections => Stories.Select(s => s.Section).Distinct();

    private static List<Piece> Build()
    {
        var pieces = new List<Piece>();
        foreach (var (story, s) in Stories.Select((x, i) => (x, i)))
        {
            var day = Start.AddDays(s * 2);
            for (var i = 0; i < story.Titles.Length; i++)
            {
                var facts = story.Facts;
                var body = string.Join(" ", facts[i % facts.Length], story.Generic[i % story.Generic.Length], facts[(i + 2) % facts.Length])
                    + "\n\n" + string.Join(" ", story.Generic[(i + 1) % story.Generic.Length], facts[(i + 4) % facts.Length], story.Generic[(i + 2) % story.Generic.Length]);
                // A third of the articles carry the story's own tag; the others only the section's generic ones.
                string[] tags = i % 3 == 0 ? [.. story.Tags, story.StoryTag] : i % 2 == 0 ? story.Tags : story.Tags[..1];
                pieces.Add(new Piece(story.Key, story.Titles[i], facts[(i + 1) % facts.Length], body, story.Section, tags, day.AddHours(i * 9)));
            }
            foreach (var (lookAlike, d) in story.LookAlikes.Select((x, i) => (x, i)))
            {
                var body = string.Join(" ", lookAlike.Sentences[0], story.Generic[d % story.Generic.Length], lookAlike.Sentences[1])
                    + "\n\n" + string.Join(" ", story.Generic[(d + 1) % story.Generic.Length], lookAlike.Sentences[2], story.Generic[(d + 3) % story.Generic.Length]);
                pieces.Add(new Piece($"decoy-{story.Key}-{d}", lookAlike.Title, lookAlike.Sentences[2], body, story.Section, story.Tags, day.AddHours(d * 11 + 4)));
            }
        }
        return pieces;
    }

    private static readonly Story[] Stories =
    [
        new("port-strike", "business", ["europe", "labour"], "setubal-port-strike",
            [
                "Setúbal dockworkers walk out over crane rota",
                "Tejo Terminals warns of losses as Setúbal strike spreads",
                "Union leader Marta Quintela rejects terminal's offer",
                "Car exports stranded at Setúbal as walkout enters second week",
                "Minister Rui Valadares summons Estivadores Unidos and Tejo Terminals",
                "Setúbal port strike ends with deal on night shifts",
            ],
            [
                "Dockworkers at the port of Setúbal stopped work after Tejo Terminals imposed a new crane rota.",
                "Estivadores Unidos, the dockers' union led by Marta Quintela, says the rota doubles night shifts.",
                "Tejo Terminals says ships are being diverted from Setúbal to Sines and Algeciras.",
                "Thousands of cars from the Palmela assembly plant are waiting on the Setúbal quays for export.",
                "Labour minister Rui Valadares offered to mediate between Quintela's union and Tejo Terminals.",
                "Quintela told dockers in Setúbal that the crane rota breaks the agreement signed in 2019.",
                "The Setúbal deal caps night shifts at two a week and withdraws the disputed crane rota.",
            ],
            [
                "Union officials said members were prepared for a long dispute over pay and working hours.",
                "The company said it regretted the disruption to customers and called for talks.",
                "Employers' groups warned that the walkout was hurting exporters across the region.",
                "Economists said industrial action had become more frequent as inflation eroded wages.",
            ],
            [
                ("Bavarian rail workers vote on pay deal", [
                    "Members of the GDL rail union in Bavaria are voting on a pay offer from Deutsche Bahn.",
                    "The union says the offer fails to make up for two years of inflation.",
                    "Rail workers in Munich and Nuremberg staged warning strikes last month."]),
                ("Cabin crew threaten summer walkout at Aerolinea Sur", [
                    "Cabin crew at the budget airline Aerolinea Sur have threatened a walkout in July.",
                    "Their union wants rest periods restored after the airline added early flights from Málaga.",
                    "The airline says a strike at the height of the season would strand holidaymakers."]),
                ("Hamburg port automation plan draws criticism from dockers", [
                    "The Hamburg port authority plans driverless straddle carriers at the Altenwerder terminal.",
                    "Dockers in Hamburg fear the automation will cut hundreds of jobs on the quays.",
                    "The port operator HHLA says automation will keep Hamburg competitive with Rotterdam."]),
                ("Warehouse staff at Korvex win pay rise after stoppage", [
                    "Warehouse staff at the logistics firm Korvex in Łódź won an eight percent pay rise.",
                    "The Korvex stoppage lasted three days and delayed parcels across Poland.",
                    "Managers at Korvex agreed to talks on shift patterns in the autumn."]),
            ]),
        new("coalition", "politics", ["politics", "europe"], "estonia-coalition",
            [
                "Estonian coalition collapses over defence spending",
                "Prime minister Aino Kask loses her majority in the Riigikogu",
                "Reform and Centre trade blame as Tallinn government falls",
                "Kask asks President Karis for time to form a new coalition",
                "Tallinn coalition talks stall over Narva border funds",
                "Kask returns with minority government backed by Isamaa",
            ],
            [
                "The coalition led by Aino Kask collapsed after Centre refused to back a defence budget of three percent.",
                "Kask lost her majority in the Riigikogu when Centre's ministers resigned on Tuesday.",
                "Centre's leader Jüri Ratas accused Kask of cutting pensions to pay for artillery.",
                "President Alar Karis gave Kask two weeks to find a new coalition partner in Tallinn.",
                "Talks with Isamaa stalled over money for fortifications along the border near Narva.",
                "Kask said Estonia could not wait while Russian troops gathered across the Narva river.",
                "Isamaa agreed to support a Kask minority government in exchange for the Narva border funds.",
            ],
            [
                "Opposition parties accused the government of mishandling the crisis.",
                "Analysts said the outcome of the negotiations remained uncertain.",
                "Ministers met late into the night to discuss the proposals.",
                "Polls suggest voters are weary of political infighting and early elections.",
            ],
            [
                ("Belgian coalition talks drag into fifth month", [
                    "Negotiators in Brussels have failed to agree on a Belgian government for a fifth month.",
                    "Flemish nationalists and francophone socialists remain split over pension reform.",
                    "King Philippe has appointed a new mediator to restart the Belgian talks."]),
                ("Czech president signs contested media law", [
                    "Petr Pavel signed a law reorganising the Czech public broadcaster despite protests in Prague.",
                    "Critics say the Czech law gives parliament too much say over the broadcaster's board.",
                    "The Czech government insists the reform protects the broadcaster's independence."]),
                ("Dutch parliament splits over housing bill", [
                    "A Dutch bill capping rents in the private sector divided the coalition in The Hague.",
                    "Landlords warn the Dutch rent cap will drive investors out of the housing market.",
                    "Tenant groups in Amsterdam and Utrecht rallied in support of the bill."]),
                ("Finnish opposition leader calls for early vote", [
                    "Finland's opposition leader demanded an early election after a row over health-care cuts.",
                    "The Finnish government has cut funding for hospitals in Lapland and Kainuu.",
                    "Helsinki's ruling parties say the Finnish economy leaves no room for new spending."]),
            ]),
        new("ice-core", "science", ["science", "climate"], "dome-fuji-ice-core",
            [
                "Dome Fuji ice core reaches 1.2 million years",
                "Japanese team led by Keiko Amano drills to Antarctic bedrock",
                "What the oldest ice reveals about the mid-Pleistocene transition",
                "Dome Fuji samples arrive in Tachikawa for analysis",
                "Amano: the ice core shows carbon dioxide fell before the ice ages lengthened",
                "Deep Ice Archive project plans second borehole near Dome Fuji",
            ],
            [
                "Drillers at Dome Fuji in Antarctica recovered ice that is 1.2 million years old.",
                "The team from the National Institute of Polar Research was led by the glaciologist Keiko Amano.",
                "The Dome Fuji core spans the mid-Pleistocene transition, when ice ages grew from 41,000 to 100,000 years.",
                "Refrigerated containers carried the Dome Fuji samples to the institute's laboratory in Tachikawa.",
                "Amano's team found that carbon dioxide trapped in the bubbles fell before the ice ages lengthened.",
                "The Deep Ice Archive project will drill a second borehole thirty kilometres from Dome Fuji.",
                "Bedrock was reached at a depth of 3,035 metres beneath the Dome Fuji station.",
            ],
            [
                "Scientists said the findings would help refine climate models.",
                "The research was published in the journal Nature on Wednesday.",
                "Researchers cautioned that more data would be needed to confirm the results.",
                "Global temperatures have risen by about 1.2C since pre-industrial times.",
            ],
            [
                ("Greenland glacier melt accelerates, satellite data show", [
                    "Satellites show the Jakobshavn glacier in Greenland is losing ice twice as fast as in 2010.",
                    "Meltwater from Greenland now adds almost a millimetre a year to sea levels.",
                    "Glaciologists at the Danish meteorological institute tracked the Greenland ice sheet."]),
                ("Coral bleaching spreads across the Great Barrier Reef", [
                    "Aerial surveys found bleaching on two thirds of the Great Barrier Reef's corals.",
                    "Marine heatwaves off Queensland have bleached the reef five times in eight years.",
                    "Reef scientists in Townsville say some corals may recover if waters cool."]),
                ("Arctic sea ice hits record low for March", [
                    "Arctic sea ice covered less ocean in March than in any year since satellite records began.",
                    "The National Snow and Ice Data Center in Boulder measured the sea-ice extent.",
                    "Warm winds over the Barents Sea slowed the freezing of sea ice this winter."]),
                ("Permafrost thaw releases methane in Siberia", [
                    "Craters in the Yamal peninsula point to methane escaping from thawing permafrost.",
                    "Researchers in Yakutsk measured methane over lakes formed by permafrost thaw.",
                    "Thawing Siberian permafrost is damaging roads and pipelines across Yakutia."]),
            ]),
        new("floods", "international", ["asia", "disasters"], "sindh-floods",
            [
                "Indus floods submerge villages across Sindh",
                "Sukkur barrage under strain as the Indus rises",
                "Chief minister Farhan Qureshi appeals for tents and boats",
                "Cholera fears grow in Sindh relief camps",
                "Dadu district cut off as flood embankment gives way",
                "Sindh begins counting the cost as the Indus recedes",
            ],
            [
                "Floodwater from the Indus has submerged hundreds of villages across Sindh province.",
                "Engineers at the Sukkur barrage opened every gate as the Indus rose to a record level.",
                "Sindh's chief minister Farhan Qureshi asked donors for tents, boats and water pumps.",
                "Doctors in the relief camps of Sindh reported cases of cholera and dengue among displaced families.",
                "An embankment near Dadu gave way, cutting the district off from the rest of Sindh.",
                "The Provincial Disaster Management Authority in Karachi says 1.4 million people have left their homes in Sindh.",
                "Cotton and rice crops across Sindh have been destroyed as the Indus floods recede.",
            ],
            [
                "Aid agencies warned that the number of people in need was likely to rise.",
                "Rescue teams used helicopters to reach stranded families.",
                "Officials said it could take months to restore roads and power lines.",
                "Scientists say extreme weather is becoming more frequent as the climate warms.",
            ],
            [
                ("Typhoon lashes northern Philippines", [
                    "Typhoon Kalmaegi brought winds of 180 km/h to the northern Philippine province of Cagayan.",
                    "Thousands of families in Luzon took refuge in evacuation centres.",
                    "Philippine officials closed ports in the Babuyan islands as the typhoon approached."]),
                ("Landslide buries village in Nepal", [
                    "A landslide after heavy rain buried homes in a village in Nepal's Myagdi district.",
                    "Nepal army teams are digging through mud to search for survivors.",
                    "The highway to Pokhara was blocked in several places by landslides."]),
                ("Heatwave grips northern India", [
                    "Temperatures in Delhi passed 47C as a heatwave gripped northern India.",
                    "Hospitals in Uttar Pradesh treated hundreds of people for heatstroke.",
                    "Indian power grids set records for demand as air conditioners ran day and night."]),
                ("Bangladesh cyclone shelters overwhelmed", [
                    "Cyclone Remal forced 800,000 people in Bangladesh's coastal districts into shelters.",
                    "Shelters in Khulna and Barisal were overwhelmed as the storm surge arrived.",
                    "Bangladeshi officials said early warnings had saved many lives on the coast."]),
            ]),
        new("data-fine", "europe", ["europe", "technology"], "vantiq-fine",
            [
                "Vantiq fined €910m over transfers of European user data",
                "Irish regulator orders Vantiq to suspend US data transfers",
                "Vantiq chief executive Owen Marsh vows to appeal",
                "Why the Vantiq ruling worries cloud customers",
                "Commissioner Helena Brandt backs Dublin's Vantiq decision",
                "Vantiq wins stay of data-transfer suspension in Irish High Court",
            ],
            [
                "The Irish Data Protection Commission fined Vantiq €910m for sending European users' data to servers in Virginia.",
                "Regulators in Dublin ordered Vantiq to suspend the data transfers within five months.",
                "Vantiq's chief executive Owen Marsh called the fine unjustified and said the company would appeal.",
                "Businesses that run their payroll on Vantiq's cloud fear their records could be caught by the ruling.",
                "The EU justice commissioner Helena Brandt said the Vantiq decision showed the GDPR had teeth.",
                "The Irish High Court paused the suspension of Vantiq's transfers until the appeal is heard.",
                "Vantiq's lawyers argue the new EU-US data framework makes the transfers lawful.",
            ],
            [
                "Privacy campaigners welcomed the decision as a warning to the industry.",
                "The European Commission has made digital regulation one of its priorities.",
                "Industry groups said the rules created legal uncertainty for companies.",
                "Lawyers expect the case to end up before the European Court of Justice.",
            ],
            [
                ("EU begins enforcing its AI Act", [
                    "The first obligations of the EU AI Act took effect, banning social scoring systems.",
                    "The new AI Office in Brussels will supervise general-purpose AI models.",
                    "Companies face fines of up to seven percent of turnover under the AI Act."]),
                ("French regulator probes cloud pricing", [
                    "France's competition authority opened an inquiry into egress fees charged by cloud providers.",
                    "French firms complain that the fees make it costly to switch cloud providers.",
                    "The Paris regulator will publish its findings on cloud pricing next year."]),
                ("Germany unveils chip factory subsidy", [
                    "Berlin will pay €5bn towards a semiconductor plant near Magdeburg.",
                    "The German chip subsidy needs approval under EU state aid rules.",
                    "Saxony-Anhalt expects the Magdeburg plant to employ 3,000 people."]),
                ("Spanish telecom merger wins approval", [
                    "Regulators in Madrid approved the merger of two Spanish mobile operators.",
                    "The Spanish merger leaves three networks competing for customers.",
                    "Consumer groups in Spain fear higher prices for mobile contracts."]),
            ]),
    ];
}
