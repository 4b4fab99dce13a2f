using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RenminDaibiao.Identity.Domain;

namespace RenminDaibiao.Identity.Infrastructure;

/// <summary>
/// Hashes generated one-time passwords with fewer PBKDF2 rounds than a chosen password needs: they carry ~80 random
/// bits, so stretching adds nothing against guessing, and a roll of hundreds is hashed in seconds. The format is
/// the standard one, so the regular hasher verifies it and, finding fewer rounds than it uses, rehashes the
/// password at full strength on the first log-in (<see cref="Account.SignIn"/>).
/// </summary>
public sealed class OneTimePasswordHasher()
    : PasswordHasher<Account>(Options.Create(new PasswordHasherOptions { IterationCount = Rounds }))
{
    public const int Rounds = 10_000;
}
