namespace ContentApi.Seeding.Synthetic;

/// <summary>Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s: a few tags and authors are everywhere, most are
/// rare, as on a real news site.</summary>
public sealed class Zipf
{
    private readonly double[] cumulative;

    public Zipf(int n, double exponent = 1.0)
    {
        cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += 1.0 / Math.Pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (var i = 0; i < n; i++) cumulative[i] /= sum;
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
