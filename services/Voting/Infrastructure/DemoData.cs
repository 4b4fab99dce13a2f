using Microsoft.EntityFrameworkCore;
using RenminDaibiao.Voting.Domain;

namespace RenminDaibiao.Voting.Infrastructure;

/// <summary>
/// Demo commitments (the seat and congress replica comes from the Deputies service's events, so demo
/// votes are created by staff through the API once Deputies has published its congresses).
/// </summary>
internal static class DemoData
{
    public static async Task SeedAsync(VotingContext db, IServiceProvider services, CancellationToken ct)
    {
        if (await db.Commitments.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var commitment = Commitment.Make(
            "411300", "陈志远", "南阳市副市长", now.Year,
            ["完成中心城区 20 条背街小巷改造", "新建城市社区邻里中心 10 个", "新增公办幼儿园学位 3000 个"], now).Value;
        if (commitment is not null)
        {
            db.Commitments.Add(commitment);
            await db.SaveChangesAsync(ct);
        }
    }
}
