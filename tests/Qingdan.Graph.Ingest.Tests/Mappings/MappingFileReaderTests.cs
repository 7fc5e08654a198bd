using Qingdan.Graph.Ingest.Mappings;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Ingest.Tests.Mappings;

/// <summary>A mapping that cannot be used fails before any row is read, naming the mapping file's line (mapping.md "Provenance and bad
/// input").</summary>
public sealed class MappingFileReaderTests : IDisposable
{
    private const string Head = """
        registry: cadre
        as_of: 2026-06-30
        tables:
          - file: 家庭成员.csv
            records:

        """;

    private readonly MappingFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_valid_mapping_gives_its_manifest_and_tables()
    {
        var mapping = Read(Head + """
                  official: { kind: people, ref: [干部身份证号], fields: { name: 干部姓名 } }
            """);

        Assert.Equal(
            ("cadre", "mapping", false, new DateOnly(2026, 6, 30)),
            (mapping.Manifest.Registry, mapping.Manifest.Id, mapping.Manifest.IsSnapshot, mapping.Manifest.AsOf!.Value));
    }

    [Fact]
    public void An_unknown_key_is_named_with_its_line_and_the_keys_there_are()
    {
        var problem = Single("""
            registry: cadre
            tables:
              - file: a.csv
                header_row: 3
                records:
                  official: { kind: people, ref: [号], fields: { name: 名 } }
            """);

        Assert.Equal(
            "mapping.yaml:4: unknown key 'header_row' in a table (its keys are file, sheet, header, encoding, where, records)",
            problem);
    }

    [Fact]
    public void An_unknown_key_in_a_value_is_named()
    {
        var problem = Single(Head + """
                  official: { kind: people, ref: [号], fields: { name: { colum: 名 } } }
            """);

        Assert.StartsWith("mapping.yaml:6: unknown key 'colum' in the value of official.name", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_that_does_not_exist_lists_the_kinds()
    {
        var problem = Single(Head + """
                  official:
                    kind: person
                    ref: [号]
            """);

        Assert.Equal("mapping.yaml:7: kind 'person' does not exist: the kinds are agencies, people, companies, decisions, positions, " +
            "family, associates, shareholdings, company_roles, decision_officials, bidders, transactions, reports, report_items", problem);
    }

    [Fact]
    public void A_field_the_kind_lacks_lists_its_fields()
    {
        var problem = Single(Head + """
                  official:
                    kind: people
                    ref: [号]
                    fields:
                      name: 名
                      birthday: 出生日期
            """);

        Assert.Equal(
            "mapping.yaml:11: kind people has no field 'birthday': its fields are name, id_number, birth_date, gender, phone, address",
            problem);
    }

    [Fact]
    public void A_record_pointer_naming_no_record_of_the_table_is_refused()
    {
        var problem = Single(Head + """
                  official: { kind: people, ref: [号], fields: { name: 名 } }
                  tie:
                    kind: family
                    fields:
                      person_ref: { record: official }
                      relative_ref: { record: relative }
                      relation: 称谓
            """);

        Assert.Equal(
            "mapping.yaml:11: tie.relative_ref: there is no record 'relative' in this table (its records are official, tie)",
            problem);
    }

    [Fact]
    public void A_record_pointer_to_the_wrong_kind_is_refused()
    {
        var problem = Single(Head + """
                  company: { kind: companies, ref: [代码], fields: { name: 企业 } }
                  person: { kind: people, ref: [号], fields: { name: 名 } }
                  post:
                    kind: company_roles
                    fields:
                      person_ref: { record: company }
                      company_ref: { record: company }
                      role: 职务
            """);

        Assert.Equal("mapping.yaml:11: post.person_ref: 'company' is a companies record, and person_ref names people", problem);
    }

    [Fact]
    public void An_invalid_regex_is_refused_with_the_reason()
    {
        var problem = Single(Head + """
                  official: { kind: people, ref: [号], fields: { name: { column: 名, extract: "([a-z" } } }
            """);

        Assert.StartsWith(
            "mapping.yaml:6: official.name: 'extract' '([a-z' is not a valid regular expression: ",
            problem,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "yyyy.MM HH:mm",
        "date pattern 'yyyy.MM HH:mm': 'HH' is not a token (patterns use yyyy, MM, M, dd, d; a time of day is not read)")]
    [InlineData("yy.MM", "date pattern 'yy.MM': 'yy' is not a token (patterns use yyyy, MM, M, dd, d)")]
    [InlineData("yyyy年", "date pattern 'yyyy年' needs a year (yyyy) and a month (MM or M)")]
    public void An_invalid_date_pattern_is_refused(string pattern, string reason)
    {
        var problem = Single(Head + $$"""
                  official: { kind: people, ref: [号], fields: { name: 名, birth_date: { column: 出生年月, date: "{{pattern}}" } } }
            """);

        Assert.Equal($"mapping.yaml:6: official.birth_date: {reason}", problem);
    }

    [Fact]
    public void A_vocabulary_that_does_not_exist_lists_the_built_in_ones()
    {
        var problem = Single(Head + """
                  official: { kind: people, ref: [号], fields: { name: 名, gender: { column: 性别, map: sex } } }
            """);

        Assert.StartsWith("mapping.yaml:6: official.gender: there is no vocabulary 'sex': the built-in ones are relation, role, " +
            "associate_kind, gender, boolean,", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inline_vocabulary_must_map_to_words_the_column_takes()
    {
        var problem = Single(Head + """
                  official: { kind: people, ref: [号], fields: { name: 名 } }
                  relative: { kind: people, ref: [家属], fields: { name: 家属 } }
                  tie:
                    kind: family
                    fields:
                      person_ref: { record: official }
                      relative_ref: { record: relative }
                      relation: { column: 称谓, map: [relation, { 表哥: cousin }] }
            """);

        Assert.StartsWith(
            "mapping.yaml:13: tie.relation: '表哥' maps to 'cousin', which is not a relation of family.csv (",
            problem,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_record_must_map_every_required_field()
    {
        var problem = Single(Head + """
                  official: { kind: people, ref: [号], fields: { name: 名 } }
                  relative: { kind: people, ref: [家属], fields: { name: 家属 } }
                  tie:
                    kind: family
                    fields:
                      person_ref: { record: official }
                      relative_ref: { record: relative }
            """);

        Assert.Equal("mapping.yaml:8: record 'tie' (kind family) does not map 'relation', which every family.csv row needs", problem);
    }

    [Fact]
    public void A_holders_kind_may_be_left_to_the_record_its_ref_comes_from()
    {
        var mapping = Read(Head + """
                  company: { kind: companies, ref: [代码], fields: { name: 企业 } }
                  person: { kind: people, when: { column: 类型, equals: 自然人 }, ref: [号], fields: { name: 股东 } }
                  holder: { kind: companies, when: { column: 类型, equals: 企业 }, ref: [号], fields: { name: 股东 } }
                  stake:
                    kind: shareholdings
                    fields:
                      holder_ref: { when: { column: 类型, equals: 自然人 }, then: { record: person }, else: { record: holder } }
                      company_ref: { record: company }
                      share: 比例
            """);

        Assert.Single(mapping.Tables);
    }

    [Fact]
    public void A_records_kind_with_a_ref_needs_one_and_a_facts_kind_has_none()
    {
        var problems = Problems(Head + """
                  official: { kind: people, fields: { name: 名 } }
                  tie: { kind: family, ref: [号], fields: { person_ref: 号, relative_ref: 号2, relation: 称谓 } }
            """);

        Assert.Equal(
            ["mapping.yaml:6: record 'official' of kind people needs a 'ref': the columns that identify it within the registry", "mapping.yaml:7: kind family has no ref: its records are facts, identified by what they say"],
            problems);
    }

    [Fact]
    public void A_snapshot_needs_its_day()
    {
        var problem = Single("""
            registry: company
            mode: snapshot
            tables:
              - file: a.csv
                records:
                  c: { kind: companies, ref: [代码], fields: { name: 名称 } }
            """);

        Assert.Equal(
            "mapping.yaml:2: a snapshot mapping needs 'as_of': facts the registry no longer states are closed on that day",
            problem);
    }

    [Fact]
    public void Invalid_yaml_names_the_line_the_parser_stopped_at()
    {
        var problem = Single("""
            registry: cadre
            tables:
              - file: a.csv
               records: {}
            """);

        Assert.StartsWith("mapping.yaml:4: not valid YAML: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_the_parser_gives_up_on_is_still_a_mapping_problem()
    {
        var problem = Single("""
            registry: cadre
            tables:
              - file: [a.csv
                records: {}
            """);

        Assert.StartsWith("mapping.yaml: not valid YAML: the parser stopped", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var problems = Problems("""
            registry: cadre
            tabels: []
            """);

        Assert.Equal(["mapping.yaml:2: unknown key 'tabels' in the mapping (its keys are registry, source, as_of, mode, id, tables)", "mapping.yaml:1: 'tables' is required: a list of the delivered files and the records their rows make"], problems);
    }

    [Fact]
    public void A_split_cuts_one_columns_cell()
    {
        var problem = Single(Head + """
                  company: { kind: companies, ref: [代码], fields: { name: 企业 } }
                  person: { kind: people, ref: [号], fields: { name: 名 } }
                  post:
                    kind: company_roles
                    fields:
                      person_ref: { record: person }
                      company_ref: { record: company }
                      role: { columns: [职务, 兼职], split: "、" }
            """);

        Assert.Equal("mapping.yaml:13: post.role: 'split' cuts the cell of one column: give it {column: …}", problem);
    }

    private MappingFile Read(string yaml) => MappingFileReader.Read(_folder.Mapping(yaml));

    private string Single(string yaml) => Assert.Single(Problems(yaml));

    private List<string> Problems(string yaml) =>
        Assert.Throws<MappingException>(() => MappingFileReader.Read(_folder.Mapping(yaml))).Problems.Select(p => p.ToString()).ToList();
}
