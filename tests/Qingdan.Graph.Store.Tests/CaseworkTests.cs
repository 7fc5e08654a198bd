using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Cases;
using Qingdan.Graph.Store.Findings;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Store.Tests;

/// <summary>Cases on a real store, PostgreSQL and SQLite: history, bulk triage through the findings' own triage, transactions.</summary>
public abstract class CaseworkTests(StoreFixture fixture) : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));
    private long[] _findings = [];

    private Casework Work => new(fixture.Connection, _time);

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        await using var context = fixture.CreateContext();
        var rows = Enumerable.Range(1, 4).Select(i => new FindingRow
        {
            Rule = RuleId.NL5,
            OfficialId = 100 + i,
            CompanyId = 200 + i,
            Variants = "shares",
            Severity = Severity.High,
            Relations = "spouse",
            Active = true,
            TriageStatus = i == 4 ? TriageStatus.Confirmed : TriageStatus.Open,
            FirstSeenAt = _time.GetUtcNow().UtcDateTime,
            LastSeenAt = _time.GetUtcNow().UtcDateTime,
            EvidenceKeys = $"k{i}",
            Body = "{}"
        }).ToList();
        context.Findings.AddRange(rows);
        await context.SaveChangesAsync();
        _findings = [.. rows.Select(r => r.Id)];
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_change_of_a_case_is_an_entry_of_its_history_in_order()
    {
        var opened = await Work.OpenAsync("王建国 配偶持股", "海滨建材", [_findings[0]], ["p_101"], ["张检察"], "zhang", "440802", default);
        _time.Advance(TimeSpan.FromMinutes(1));
        await Work.EditAsync(opened.Id, new CaseEdit("王建国案", "", CaseStatus.InProgress), "zhang", default);
        await Work.AssignAsync(opened.Id, ["李审计"], ["张检察"], "zhang", default);
        await Work.NoteAsync(opened.Id, "已调取工商档案", "li", default);
        await Work.AddAsync(opened.Id, [_findings[1], _findings[0]], ["c_201", "p_101"], "li", default);
        await Work.RemoveAsync(opened.Id, [_findings[1]], ["c_201"], "li", default);

        var history = await Work.HistoryAsync(opened.Id, default);
        Assert.Equal(
            [
                CaseEventKind.Opened, CaseEventKind.FindingAdded, CaseEventKind.EntityAdded, CaseEventKind.Assigned,
                CaseEventKind.Retitled, CaseEventKind.Described, CaseEventKind.Status, CaseEventKind.Unassigned, CaseEventKind.Assigned,
                CaseEventKind.Note, CaseEventKind.FindingAdded, CaseEventKind.EntityAdded, CaseEventKind.FindingRemoved,
                CaseEventKind.EntityRemoved,
            ],
            history.Select(e => e.Kind));
        Assert.Equal("王建国 配偶持股 → 王建国案", history[4].Text);
        Assert.Equal("open → in_progress", history[6].Text);
        Assert.Equal(("li", "已调取工商档案"), (history[9].Actor, history[9].Text));
        Assert.Equal(_findings[1], history[10].FindingId);

        var row = await Work.FindAsync(opened.Id, default);
        Assert.Equal(("王建国案", (string?)null, CaseStatus.InProgress, "440802"), (row!.Title, row.Description, row.Status, row.Scope));
        Assert.Equal(_time.GetUtcNow().UtcDateTime, row.UpdatedAt);
        Assert.Equal(["李审计"], await Work.AssigneesAsync(opened.Id, default));
        Assert.Equal([_findings[0]], (await Work.FindingsAsync(opened.Id, default)).Select(f => f.Id));
        Assert.Equal(["p_101"], await Work.EntitiesAsync(opened.Id, default));
    }

    [Fact]
    public async Task Bulk_triage_writes_each_findings_own_history_and_skips_those_already_so()
    {
        var opened = await Work.OpenAsync("三条线索", null, _findings[..4], [], [], "zhang", null, default);
        var result = await Work.TriageAsync(opened.Id, TriageStatus.Confirmed, null, "证据确凿", "zhang", default);

        Assert.Equal(_findings[..3], result.Changed);
        await using var context = fixture.CreateContext();
        var statuses = await context.Findings.OrderBy(f => f.Id).Select(f => f.TriageStatus).ToListAsync();
        Assert.All(statuses, s => Assert.Equal(TriageStatus.Confirmed, s));
        var events = await context.FindingEvents.OrderBy(e => e.FindingId).ToListAsync();
        Assert.Equal(_findings[..3], events.Select(e => e.FindingId));
        Assert.All(events, e => Assert.Equal(
            (FindingEventKind.Status, "zhang", (TriageStatus?)TriageStatus.Open, (TriageStatus?)TriageStatus.Confirmed, "证据确凿"),
            (e.Kind, e.Actor, e.FromStatus, e.ToStatus, e.Text)));
        var triaged = (await Work.HistoryAsync(opened.Id, default)).Last();
        Assert.Equal((CaseEventKind.Triaged, "confirmed 3/4: 证据确凿"), (triaged.Kind, triaged.Text));

        var some = await Work.TriageAsync(opened.Id, TriageStatus.Dismissed, [_findings[1]], null, "li", default);
        Assert.Equal([_findings[1]], some.Changed);
        var dismissed = await context.Findings.AsNoTracking().SingleAsync(f => f.Id == _findings[1]);
        Assert.Equal((TriageStatus.Dismissed, "k2"), (dismissed.TriageStatus, dismissed.DismissedEvidenceKeys));
    }

    [Fact]
    public async Task A_refused_change_leaves_the_case_its_findings_and_their_history_as_they_were()
    {
        var opened = await Work.OpenAsync("两条", null, [_findings[0], _findings[1]], [], [], "zhang", null, default);
        var outside = await Assert.ThrowsAsync<ArgumentException>(
            () => Work.TriageAsync(opened.Id, TriageStatus.Dismissed, [_findings[0], _findings[2]], null, "zhang", default));
        Assert.Contains($"f_{_findings[2]} is not in k_{opened.Id}", outside.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Work.AddAsync(opened.Id, [_findings[2], 999_999], [], "zhang", default));
        await Assert.ThrowsAsync<ArgumentException>(() => Work.RemoveAsync(opened.Id, [_findings[0]], ["p_7"], "zhang", default));
        await Assert.ThrowsAsync<ArgumentException>(() => Work.AddAsync(opened.Id, [], ["d_3"], "zhang", default));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Work.NoteAsync(opened.Id + 1, "x", "zhang", default));
        await Assert.ThrowsAsync<KeyNotFoundException>(
            () => Work.OpenAsync("错的", null, [_findings[0], 999_999], [], [], "zhang", null, default));
        await Assert.ThrowsAsync<ArgumentException>(() => Work.OpenAsync(" ", null, [], [], [], "zhang", null, default));
        await Assert.ThrowsAsync<ArgumentException>(
            () => Work.EditAsync(opened.Id, new CaseEdit(new string('长', Casework.MaxTitle + 1)), "zhang", default));

        await using var context = fixture.CreateContext();
        Assert.Equal(1, await context.Cases.CountAsync());
        Assert.Equal([_findings[0], _findings[1]], (await Work.FindingsAsync(opened.Id, default)).Select(f => f.Id));
        Assert.Equal(0, await context.FindingEvents.CountAsync());
        Assert.All(await context.Findings.Where(f => f.Id <= _findings[2]).ToListAsync(), f => Assert.Equal(TriageStatus.Open, f.TriageStatus));
        Assert.Equal(3, await context.CaseEvents.CountAsync());
    }

    [Fact]
    public async Task Lists_filter_by_status_assignee_finding_and_entity_and_a_scoped_reader_sees_covered_or_assigned_cases()
    {
        var district = await Work.OpenAsync("区里的", null, [_findings[0]], ["p_101"], ["张检察"], "zhang", "440802", default);
        _time.Advance(TimeSpan.FromMinutes(1));
        var city = await Work.OpenAsync("市里的", null, [_findings[1], _findings[3]], [], ["李审计"], "li", null, default);
        _time.Advance(TimeSpan.FromMinutes(1));
        await Work.EditAsync(district.Id, new CaseEdit(Status: CaseStatus.Referred), "zhang", default);

        await using var context = fixture.CreateContext();
        async Task<long[]> Ids(CaseFilter filter, CaseReader? reader = null) =>
            [.. await Casework.Query(context, filter, reader).Select(c => c.Id).ToListAsync()];
        Assert.Equal([district.Id, city.Id], await Ids(new CaseFilter()));
        Assert.Equal([city.Id], await Ids(new CaseFilter([CaseStatus.Open])));
        Assert.Equal([city.Id], await Ids(new CaseFilter(Assignee: "李审计")));
        Assert.Equal([district.Id], await Ids(new CaseFilter(Finding: _findings[0])));
        Assert.Equal([district.Id], await Ids(new CaseFilter(Entity: "p_101")));
        Assert.Equal([city.Id], await Ids(new CaseFilter(Title: "市里")));
        Assert.Equal([district.Id], await Ids(new CaseFilter(), new CaseReader("wang", s => s == "440802")));
        Assert.Equal([city.Id], await Ids(new CaseFilter(), new CaseReader("李审计", _ => false)));

        var summaries = await Casework.SummariesAsync(
            context,
            await Casework.Query(context, new CaseFilter(), null).ToListAsync(),
            f => f.OfficialId != 104,
            null,
            default);
        Assert.Equal((1, 1), (summaries[0].FindingCount, summaries[0].Entities));
        Assert.Equal(["张检察"], summaries[0].Assignees);
        Assert.Equal((1, 0, 0), (summaries[1].Findings[TriageStatus.Open], summaries[1].Findings[TriageStatus.Confirmed], summaries[1].Entities));
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresCaseworkTests(PostgresFixture fixture) : CaseworkTests(fixture);

[Collection(SqliteCollection.Name)]
public sealed class SqliteCaseworkTests(SqliteFixture fixture) : CaseworkTests(fixture);
