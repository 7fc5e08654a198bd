using GraphQL.Types;
using Qingdan.Graph.Core.Model;
using Qingdan.Graph.Server.Api.Entities;
using Qingdan.Graph.Server.Api.Schema;

namespace Qingdan.Graph.Server.Api.Operations;

/// <summary>One of a near match's two source records, every field as its registry row states it.</summary>
public sealed class ResolutionRecordType : ObjectGraphType<ResolutionRecordView>
{
    public ResolutionRecordType()
    {
        Name = "ResolutionRecord";
        Description = "A source record as its registry row states it, with where it came from and the entity resolution put it in.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The record's id (r_ and a number), as decideMatch takes it.")
            .Resolve(c => $"r_{c.Source.Record.Id}");
        Field<NonNullGraphType<EntityKindType>>("kind").Description("Person, company, agency or decision.")
            .Resolve(c => Wire.Name(c.Source.Record.Kind));
        Field<IdGraphType>("entity").Description("The entity resolution assigned the record to (p_12…); null inside an unfinished ingest.")
            .Resolve(c => c.Source.Record.EntityId is { } entity ? new EntityId(c.Source.Record.Kind, entity).ToString() : null);
        Field<StringGraphType>("resolvedBy").Description("The resolution rule that put it with its entity (identifier, name_birth…).")
            .Resolve(c => c.Source.Record.ResolvedBy);
        Field<NonNullGraphType<StringGraphType>>("registry").Description("The registry that stated it.").Resolve(c => c.Source.Record.Registry);
        Field<NonNullGraphType<StringGraphType>>("file").Description("The bundle file of the row.").Resolve(c => c.Source.Record.File);
        Field<NonNullGraphType<IntGraphType>>("line").Description("The row's line in that file.").Resolve(c => c.Source.Record.Line);
        Field<NonNullGraphType<StringGraphType>>("ref").Description("The registry's own key for the record.").Resolve(c => c.Source.Record.Ref);
        Field<NonNullGraphType<IntGraphType>>("links").Description("How many links the registries state from or to this record.")
            .Resolve(c => c.Source.Links);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name as stated.").Resolve(c => c.Source.Record.Name);
        Field<StringGraphType>("identifier").Description("Identity number (people) or credit code (companies, agencies) as stated.")
            .Resolve(c => c.Source.Record.Identifier);
        Field<IdentifierStatusType>("identifierStatus").Description("Whether the identifier checks: valid, masked or invalid.")
            .Resolve(c => c.Source.Record.IdentifierStatus is { } s ? Wire.Name(s) : null);
        Field<DateType>("birthDate").Description("The day of birth as stated.").Resolve(c => c.Source.Record.BirthDate);
        Field<StringGraphType>("birthMonth").Description("A birth month stated without its day (YYYY-MM).").Resolve(c => c.Source.Record.BirthMonth);
        Field<GenderType>("gender").Description("The gender as stated.").Resolve(c => c.Source.Record.Gender is { } g ? Wire.Name(g) : null);
        Field<StringGraphType>("phone").Description("The phone number as stated.").Resolve(c => c.Source.Record.Phone);
        Field<StringGraphType>("address").Description("The address as stated.").Resolve(c => c.Source.Record.Address);
        Field<BooleanGraphType>("listed").Description("Companies: listed on an exchange.").Resolve(c => c.Source.Record.Listed);
        Field<StringGraphType>("regionCode").Description("Companies, agencies: the region code.").Resolve(c => c.Source.Record.RegionCode);
        Field<StringGraphType>("industry").Description("Companies: the industry code.").Resolve(c => c.Source.Record.Industry);
        Field<StringGraphType>("status").Description("Companies: the registration status.").Resolve(c => c.Source.Record.Status);
        Field<DateType>("founded").Description("Companies: the day of founding.").Resolve(c => c.Source.Record.Founded);
        Field<StringGraphType>("sectors").Description("Agencies: the industry codes administered, |-separated.")
            .Resolve(c => c.Source.Record.Sectors);
        Field<StringGraphType>("extra").Description("Columns the format does not define, as a JSON object.").Resolve(c => c.Source.Record.Extra);
    }
}
