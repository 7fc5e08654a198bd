using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Core.Tests.Identifiers;

public sealed class CreditCodeTests
{
    private const int Cases = 5_000;

    [Theory]
    [InlineData("91110000600037341L", "110000")]
    [InlineData("91320621MA1MRHG205", "320621")]
    public void Published_examples_are_valid_and_give_their_region(string raw, string region)
    {
        var code = CreditCode.Parse(raw)!;

        Assert.Equal(IdentifierStatus.Valid, code.Status);
        Assert.Equal(region, code.RegionCode);
    }

    [Fact]
    public void Wrong_check_character_is_invalid_with_the_expected_one_named()
    {
        var code = CreditCode.Parse("91110000600037341M")!;

        Assert.Equal(IdentifierStatus.Invalid, code.Status);
        Assert.Contains("expected 'L'", code.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9111000060003734", "16 characters")]
    [InlineData("91110000600O37341L", "character 12 'O' is not in the code's alphabet")]
    public void Malformed_codes_are_invalid_with_the_reason(string raw, string reason)
    {
        var code = CreditCode.Parse(raw)!;

        Assert.Equal(IdentifierStatus.Invalid, code.Status);
        Assert.Contains(reason, code.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Lower_case_and_full_width_codes_are_normalised_before_checking()
    {
        var code = CreditCode.Parse("９１３２０６２１ma1mrhg205")!;

        Assert.True(code.IsValid);
        Assert.Equal("91320621MA1MRHG205", code.Value);
    }

    [Fact]
    public void Masked_code_is_compatible_with_the_full_one()
    {
        var masked = CreditCode.Parse("91320621MA1M****05")!;

        Assert.Equal(IdentifierStatus.Masked, masked.Status);
        Assert.True(masked.IsCompatibleWith(CreditCode.Parse("91320621MA1MRHG205")!));
        Assert.False(masked.IsCompatibleWith(CreditCode.Parse("91110000600037341L")!));
    }

    [Fact]
    public void Every_generated_code_validates()
    {
        var random = new Random(20261128);
        for (var i = 0; i < Cases; i++)
        {
            var code = CreditCode.Create(RandomFirst17(random));

            Assert.True(CreditCode.Parse(code.Value)!.IsValid, code.Value);
        }
    }

    [Fact]
    public void Every_single_character_change_of_a_generated_code_is_caught()
    {
        var random = new Random(11);
        for (var i = 0; i < Cases / 20; i++)
        {
            var valid = CreditCode.Create(RandomFirst17(random)).Value;
            for (var position = 0; position < CreditCode.Length; position++)
            {
                foreach (var replacement in CreditCode.Alphabet)
                {
                    if (replacement == valid[position])
                    {
                        continue;
                    }

                    var changed = string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
                    Assert.Equal(IdentifierStatus.Invalid, CreditCode.Parse(changed)!.Status);
                }
            }
        }
    }

    private static string RandomFirst17(Random random)
    {
        Span<char> chars = stackalloc char[17];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = CreditCode.Alphabet[random.Next(CreditCode.Alphabet.Length)];
        }

        return chars.ToString();
    }
}
