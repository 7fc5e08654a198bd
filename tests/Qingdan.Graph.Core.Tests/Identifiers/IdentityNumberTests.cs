using Qingdan.Graph.Core.Identifiers;

namespace Qingdan.Graph.Core.Tests.Identifiers;

public sealed class IdentityNumberTests
{
    private const int Cases = 5_000;

    [Fact]
    public void Published_example_is_valid_and_decodes_region_birth_date_and_sex()
    {
        var number = IdentityNumber.Parse("11010519491231002X")!;

        Assert.Equal(IdentifierStatus.Valid, number.Status);
        Assert.Equal("110105", number.RegionCode);
        Assert.Equal(new DateOnly(1949, 12, 31), number.BirthDate);
        Assert.Equal(Sex.Female, number.Sex);
    }

    [Fact]
    public void Lower_case_x_and_full_width_digits_are_normalised_before_checking()
    {
        var number = IdentityNumber.Parse(" １１０１０５１９４９１２３１００２x ")!;

        Assert.True(number.IsValid);
        Assert.Equal("11010519491231002X", number.Value);
    }

    [Fact]
    public void Wrong_check_character_is_invalid_with_the_expected_one_named()
    {
        var number = IdentityNumber.Parse("110105194912310021")!;

        Assert.Equal(IdentifierStatus.Invalid, number.Status);
        Assert.Contains("expected 'X'", number.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leap_day_is_a_birth_date()
    {
        var number = IdentityNumber.Parse(IdentityNumber.Create("110105", new DateOnly(2000, 2, 29), 1).Value)!;

        Assert.Equal((IdentifierStatus.Valid, new DateOnly(2000, 2, 29)), (number.Status, number.BirthDate));
    }

    [Theory]
    [InlineData("1101051949123100", "16 characters")]
    [InlineData("11010519491331002X", "'19491331' is not a birth date")]
    [InlineData("11010519490229002X", "'19490229' is not a birth date")]
    [InlineData("11010519490100002X", "'19490100' is not a birth date")]
    [InlineData("11010519490012002X", "'19490012' is not a birth date")]
    [InlineData("11010517991231002X", "'17991231' is not a birth date")]
    [InlineData("1101051949A231002X", "character 11 'A' is not a digit")]
    public void Malformed_numbers_are_invalid_with_the_reason(string raw, string reason)
    {
        var number = IdentityNumber.Parse(raw)!;

        Assert.Equal(IdentifierStatus.Invalid, number.Status);
        Assert.Contains(reason, number.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_value_is_no_number(string? raw) => Assert.Null(IdentityNumber.Parse(raw));

    [Fact]
    public void First_generation_fifteen_digit_number_is_upgraded_to_eighteen()
    {
        var number = IdentityNumber.Parse("110105491231002")!;

        Assert.True(number.IsValid);
        Assert.Equal("11010519491231002X", number.Value);
    }

    [Fact]
    public void Masked_number_keeps_its_visible_parts_and_is_compatible_with_the_full_one()
    {
        var full = IdentityNumber.Parse("440802196803150017")!;
        var masked = IdentityNumber.Parse("440802********0017")!;

        Assert.Equal(IdentifierStatus.Masked, masked.Status);
        Assert.Equal("440802", masked.RegionCode);
        Assert.Null(masked.BirthDate);
        Assert.Equal(Sex.Male, masked.Sex);
        Assert.True(masked.IsCompatibleWith(full));
        Assert.True(full.IsCompatibleWith(masked));
        Assert.Equal("440802********0017", full.ToMasked());
    }

    [Fact]
    public void Masked_number_is_incompatible_when_a_visible_character_differs()
    {
        var full = IdentityNumber.Parse("440802196803150017")!;
        var other = IdentityNumber.Parse("440803********0017")!;

        Assert.False(other.IsCompatibleWith(full));
    }

    [Fact]
    public void Invalid_number_is_compatible_with_nothing_not_even_itself()
    {
        var invalid = IdentityNumber.Parse("110105194912310021")!;

        Assert.False(invalid.IsCompatibleWith(invalid));
    }

    [Fact]
    public void Every_generated_number_validates_and_decodes_what_it_was_built_from()
    {
        var random = new Random(20261128);
        for (var i = 0; i < Cases; i++)
        {
            var region = random.Next(110000, 660000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var birth = DateOnly.FromDayNumber(random.Next(new DateOnly(1900, 1, 1).DayNumber, new DateOnly(2025, 12, 31).DayNumber));
            var sequence = random.Next(0, 1000);

            var parsed = IdentityNumber.Parse(IdentityNumber.Create(region, birth, sequence).Value)!;

            Assert.True(parsed.IsValid, parsed.Value);
            Assert.Equal(region, parsed.RegionCode);
            Assert.Equal(birth, parsed.BirthDate);
            Assert.Equal(sequence % 2 == 1 ? Sex.Male : Sex.Female, parsed.Sex);
        }
    }

    [Fact]
    public void Every_single_character_change_of_a_generated_number_is_caught()
    {
        var random = new Random(7);
        const string characters = "0123456789X";
        for (var i = 0; i < Cases / 10; i++)
        {
            var birth = DateOnly.FromDayNumber(random.Next(new DateOnly(1930, 1, 1).DayNumber, new DateOnly(2020, 1, 1).DayNumber));
            var valid = IdentityNumber.Create("440802", birth, random.Next(0, 1000)).Value;
            for (var position = 0; position < IdentityNumber.Length; position++)
            {
                foreach (var replacement in characters)
                {
                    if (replacement == valid[position])
                    {
                        continue;
                    }

                    var changed = string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
                    Assert.Equal(IdentifierStatus.Invalid, IdentityNumber.Parse(changed)!.Status);
                }
            }
        }
    }
}
