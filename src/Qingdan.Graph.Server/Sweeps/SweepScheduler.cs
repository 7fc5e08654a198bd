using Cronos;
using Microsoft.Extensions.Options;
using Qingdan.Graph.Core.Rules;
using Qingdan.Graph.Store.Findings;

namespace Qingdan.Graph.Server.Sweeps;

/// <summary>
/// Runs sweeps on the <c>Sweeps:Schedule</c> cron expression, read in <c>Sweeps:TimeZone</c>. Each
/// leaves its digest (per rule: found, new, persisting, resolved, reopened, and which) on its sweep
/// row and in the log; a failure is logged, recorded as a failed sweep, and shown by <see cref="SweepHealth"/>
/// until the next one succeeds. A sweep that another holds the lock for is skipped, not queued.
/// </summary>
public sealed class SweepScheduler : BackgroundService
{
    private readonly SweepRunner _runner;
    private readonly TimeProvider _time;
    private readonly SweepHealth _health;
    private readonly ILogger<SweepScheduler> _logger;
    private readonly CronExpression? _schedule;
    private readonly TimeZoneInfo _zone;
    private readonly SweepRequest _request;
    private readonly Api.Notifications.NotificationPump? _notifications;

    /// <summary>Sweeps with the process's runner, so on the snapshot the server holds, never a second one.</summary>
    public SweepScheduler(
        SweepRunner runner,
        TimeProvider time,
        SweepHealth health,
        IOptions<SweepScheduleOptions> options,
        ILogger<SweepScheduler> logger,
        Api.Notifications.NotificationPump? notifications = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _runner = runner;
        _time = time;
        _health = health;
        _logger = logger;
        _notifications = notifications;
        var settings = options.Value;
        (_schedule, _zone, _request) = Parse(settings);
    }

    /// <summary>Reads the options, with an error naming the setting that is wrong.</summary>
    public static (CronExpression? Schedule, TimeZoneInfo Zone, SweepRequest Request) Parse(SweepScheduleOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        CronExpression? schedule = null;
        if (!string.IsNullOrWhiteSpace(settings.Schedule))
        {
            var text = settings.Schedule.Trim();
            var format = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6
                ? CronFormat.IncludeSeconds
                : CronFormat.Standard;
            if (!CronExpression.TryParse(text, format, out schedule))
            {
                throw new OptionsValidationException(
                    SweepScheduleOptions.Section,
                    typeof(SweepScheduleOptions),
                    [$"Sweeps:Schedule '{text}' is not a cron expression (five fields, e.g. '0 2 * * *' for 02:00 daily)."]);
            }
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out var zone))
        {
            throw new OptionsValidationException(
                SweepScheduleOptions.Section,
                typeof(SweepScheduleOptions),
                [$"Sweeps:TimeZone '{settings.TimeZone}' is not a known time zone (e.g. 'Asia/Shanghai')."]);
        }

        try
        {
            var request = new SweepRequest
            {
                Trigger = SweepTrigger.Schedule,
                RequestedBy = "scheduler",
                Rules = string.IsNullOrWhiteSpace(settings.Rules) ? RuleIds.All : RuleIds.ParseList(settings.Rules),
                Parameters = RuleParameters.Default.With(settings.Set),
                Incremental = !settings.Full,
            };
            return (schedule, zone, request);
        }
        catch (FormatException bad)
        {
            throw new OptionsValidationException(SweepScheduleOptions.Section, typeof(SweepScheduleOptions), [$"Sweeps: {bad.Message}"]);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_schedule is null)
        {
            _logger.LogInformation("No Sweeps:Schedule: sweeps run only on request.");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = _time.GetUtcNow();
            var next = _schedule.GetNextOccurrence(now, _zone);
            _health.Scheduled(next);
            if (next is null)
            {
                _logger.LogWarning("Sweeps:Schedule has no further occurrence; scheduled sweeps stop.");
                return;
            }

            _logger.LogInformation("Next scheduled sweep at {Next:O} ({Zone}).", next.Value, _zone.Id);
            try
            {
                await Task.Delay(next.Value - now, _time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await RunOnceAsync(stoppingToken);
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var report = await _runner.RunAsync(_request, stoppingToken);
            _health.Ran(_time.GetUtcNow(), report.SweepId);
            _notifications?.Poke();
            foreach (var rule in report.Rules)
            {
                _logger.LogInformation(
                    "Scheduled sweep {Sweep} {Rule}: {Found} found, {New} new, {Resolved} resolved, {Reopened} reopened.",
                    report.Name, rule.Rule, rule.Found, rule.New, rule.Resolved, rule.Reopened);
            }

            if (report.FullBecause is { } reason)
            {
                _logger.LogInformation("Scheduled sweep {Sweep} ran every official: {Reason}.", report.Name, reason);
            }
            else if (report.Incremental)
            {
                _logger.LogInformation(
                    "Scheduled sweep {Sweep} was incremental: {Touched} entities changed, {Officials} officials run.",
                    report.Name, report.Touched, report.Officials);
            }
        }
        catch (SweepBusyException busy)
        {
            _logger.LogWarning("Scheduled sweep skipped: {Reason}", busy.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception error)
        {
            _health.Failure(_time.GetUtcNow(), $"{error.GetType().Name}: {error.Message}");
            _logger.LogError(error, "Scheduled sweep failed.");
        }
    }
}
