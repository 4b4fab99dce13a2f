using Microsoft.Extensions.Time.Testing;

namespace RenminDaibiao.Primitives.Tests;

public sealed class ChinaTimeTests
{
    [Fact]
    public void Late_evening_UTC_is_already_the_next_day_in_China()
    {
        var instant = new DateTimeOffset(2026, 12, 31, 17, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2027, 1, 1), ChinaTime.DateOf(instant));
        Assert.Equal(new DateOnly(2027, 1, 1), ChinaTime.Today(new FakeTimeProvider(instant)));
        Assert.Equal(1, ChinaTime.ToChina(instant).Hour);
    }

    [Fact]
    public void A_reception_at_nine_in_China_is_one_in_the_morning_UTC()
    {
        var at = ChinaTime.At(new DateOnly(2026, 12, 9), new TimeOnly(9, 0));

        Assert.Equal(new DateTimeOffset(2026, 12, 9, 1, 0, 0, TimeSpan.Zero), at.ToUniversalTime());
        Assert.Equal(ChinaTime.At(new DateOnly(2026, 12, 9), TimeOnly.MinValue), ChinaTime.StartOf(new DateOnly(2026, 12, 9)));
    }
}
