namespace RenminDaibiao.Primitives.Tests;

public sealed class PhoneTests
{
    [Theory]
    [InlineData("13812345678")]
    [InlineData("138 1234 5678")]
    [InlineData("138-1234-5678")]
    [InlineData("+86 138-1234-5678")]
    [InlineData("+8613812345678")]
    [InlineData("008613812345678")]
    [InlineData("8613812345678")]
    public void Every_usual_writing_of_a_mobile_number_is_stored_as_its_eleven_digits(string written)
    {
        var errors = new DomainErrors();

        Assert.Equal("13812345678", Phones.Normalize(written, "phone", errors));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("12812345678")]
    [InlineData("138123456789")]
    [InlineData("1381234567a")]
    [InlineData("+1 415 555 0100")]
    [InlineData("1381234567812345678901234")]
    public void Anything_else_is_refused_naming_the_field(string written)
    {
        var errors = new DomainErrors();

        Assert.Null(Phones.Normalize(written, "phone", errors));
        Assert.Equal(["phone"], errors.ByField.Keys);
    }

    [Fact]
    public void A_blank_phone_is_no_phone()
    {
        var errors = new DomainErrors();

        Assert.Null(Phones.Normalize("  ", "phone", errors));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData(" 13812345678 ", "138****5678")]
    [InlineData("010888899", "*****8899")]
    [InlineData("123", "****")]
    [InlineData(null, "")]
    public void A_phone_is_masked_to_its_first_three_and_last_four_digits(string? phone, string masked) =>
        Assert.Equal(masked, Phones.Mask(phone));
}
