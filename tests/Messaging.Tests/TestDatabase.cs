using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using RenminDaibiao.TestSupport;

namespace RenminDaibiao.Messaging.Tests;

/// <summary>One fresh database per test class (xunit makes a class instance per test, so this is cached by name).</summary>
internal static class TestDatabase
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> Databases = new();

    public static Task<string> GetAsync(InfrastructureFixture fixture, string name) =>
        Databases.GetOrAdd(name, _ => new Lazy<Task<string>>(() => CreateAsync(fixture.PostgresConnectionString(name)))).Value;

    public static TestDbContext Open(string connectionString) =>
        new(new DbContextOptionsBuilder<TestDbContext>().UseNpgsql(connectionString).Options);

    private static async Task<string> CreateAsync(string connectionString)
    {
        await using var db = Open(connectionString);
        await db.Database.EnsureDeletedAsync();
        await db.Database.EnsureCreatedAsync();
        return connectionString;
    }
}
