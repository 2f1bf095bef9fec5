using System.Text.Json;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Schema;

namespace Prikaz.Tests.Loading;

/// <summary>Binding with System.Text.Json, the last line of defence behind the schema.</summary>
public sealed class BindingTests
{
    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("2021-02-29")]
    [InlineData("2020-13-01")]
    [InlineData("23.06.2020")]
    public void DateOnly_rejects_impossible_dates(string date) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DateOnly>($"\"{date}\"", ModelJson.Options));

    [Fact]
    public void Impossible_date_that_passes_a_lax_schema_is_reported_at_its_position_by_binding()
    {
        var loader = new SchemaBoundLoader<Period>(() => "{}");

        var result = loader.Parse("from: 2020-01-01\nto: 2020-02-30\n", "period.yaml");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Null(result.Value);
        Assert.Equal(
            "period.yaml:2:5: error PRK130: дата 2020-02-30 невозможна: в феврале 2020 года 29 дней",
            diagnostic.ToString());
    }

    [Fact]
    public void Unknown_member_that_passes_a_lax_schema_is_refused_by_binding()
    {
        var loader = new SchemaBoundLoader<Period>(() => "{}");

        var result = loader.Parse("from: 2020-01-01\nto: 2020-02-01\nuntil: 2020-03-01\n", "period.yaml");

        Assert.Equal("period.yaml:3:1: error PRK130: неизвестное поле \"until\"", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Missing_member_that_passes_a_lax_schema_is_reported_by_binding()
    {
        var loader = new SchemaBoundLoader<Period>(() => "{}");

        var result = loader.Parse("from: 2020-01-01\n", "period.yaml");

        Assert.Equal("period.yaml:1:1: error PRK130: не заполнены обязательные поля: \"to\"", Assert.Single(result.Diagnostics).ToString());
    }
}
