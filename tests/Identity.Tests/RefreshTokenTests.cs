using System.Buffers.Text;
using RenminDaibiao.Identity.Domain;

namespace RenminDaibiao.Identity.Tests;

public sealed class RefreshTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_refresh_token_is_256_random_bits_stored_only_as_its_sha256_hash_and_lasts_14_days()
    {
        var accountId = Guid.CreateVersion7();
        var (token, secret) = RefreshToken.IssueFor(accountId, Now);
        var (other, otherSecret) = RefreshToken.IssueFor(accountId, Now);

        Assert.Equal(32, Base64Url.DecodeFromChars(secret).Length);
        Assert.NotEqual(secret, otherSecret);
        Assert.Equal(64, token.TokenHash.Length);
        Assert.DoesNotContain(secret, token.TokenHash, StringComparison.Ordinal);
        Assert.Equal(RefreshToken.Hash(secret), token.TokenHash);
        Assert.Equal(Now.AddDays(14), token.ExpiresAt);
        Assert.NotEqual(token.FamilyId, other.FamilyId);
    }

    [Fact]
    public void Rotation_revokes_the_used_token_and_issues_a_successor_of_the_same_family()
    {
        var (token, secret) = RefreshToken.IssueFor(Guid.CreateVersion7(), Now);

        var rotation = token.Rotate(Now.AddHours(1));

        Assert.Equal(RotationOutcome.Rotated, rotation.Outcome);
        Assert.True(token.IsRevoked);
        Assert.Equal(rotation.Successor!.Id, token.ReplacedById);
        Assert.Equal(token.FamilyId, rotation.Successor.FamilyId);
        Assert.NotEqual(secret, rotation.Secret);
        Assert.Equal(Now.AddHours(1).AddDays(14), rotation.Successor.ExpiresAt);
        Assert.True(rotation.Successor.IsActive(Now.AddHours(1)));
    }

    [Fact]
    public void Using_a_rotated_token_again_is_reuse_and_an_expired_one_is_refused()
    {
        var (token, _) = RefreshToken.IssueFor(Guid.CreateVersion7(), Now);
        var successor = token.Rotate(Now).Successor!;

        Assert.Equal(RotationOutcome.Reused, token.Rotate(Now).Outcome);

        RefreshToken.RevokeFamily([token, successor], Now);
        Assert.Equal(RotationOutcome.Reused, successor.Rotate(Now).Outcome);

        var (old, _) = RefreshToken.IssueFor(Guid.CreateVersion7(), Now);
        Assert.Equal(RotationOutcome.Expired, old.Rotate(Now.AddDays(14)).Outcome);
        Assert.False(old.IsRevoked);
    }
}
