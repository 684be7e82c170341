using WatchDog.Core.Checks;
using WatchDog.Core.Incidents;
using WatchDog.Core.Targets;

namespace WatchDog.Tests.Incidents;

public sealed class TargetStateMachineTests
{
    private static readonly DateTimeOffset s_start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_FirstGoodCheck_PendingBecomesUp()
    {
        var transition = TargetStateMachine.Apply(TargetStateMachine.Initial, CheckOutcome.Up, s_start, null, 1, 1);

        Assert.Equal(TargetStatus.Up, transition.Health.Status);
        Assert.Equal(IncidentChange.None, transition.Change);
    }

    [Fact]
    public void Apply_OneFailureWithThresholdOne_GoesDownAndOpensIncident()
    {
        var up = TargetStateMachine.Apply(TargetStateMachine.Initial, CheckOutcome.Up, s_start, null, 1, 1).Health;

        var transition = TargetStateMachine.Apply(up, CheckOutcome.Down, s_start.AddMinutes(1), "HTTP 500", 1, 1);

        Assert.Equal(TargetStatus.Down, transition.Health.Status);
        Assert.Equal(IncidentChange.Opened, transition.Change);
        Assert.Equal(s_start.AddMinutes(1), transition.Health.FailingSince);
        Assert.Equal("HTTP 500", transition.Health.FirstError);
    }

    [Fact]
    public void Apply_FewerFailuresThanThreshold_StaysUp()
    {
        var health = Run(TargetStateMachine.Initial, 3, 1, CheckOutcome.Up, CheckOutcome.Down, CheckOutcome.Down, CheckOutcome.Up, CheckOutcome.Down);

        Assert.Equal(TargetStatus.Up, health.Status);
        Assert.Equal(1, health.ConsecutiveFailures);
    }

    [Fact]
    public void Apply_ThirdFailureInARow_OpensIncidentFromFirstFailure()
    {
        var health = Run(TargetStateMachine.Initial, 3, 1, CheckOutcome.Up, CheckOutcome.Down, CheckOutcome.Down);

        var transition = TargetStateMachine.Apply(health, CheckOutcome.Down, s_start.AddMinutes(3), "later error", 3, 1);

        Assert.Equal(IncidentChange.Opened, transition.Change);
        Assert.Equal(s_start.AddMinutes(1), transition.Health.FailingSince);
        Assert.Equal("error 1", transition.Health.FirstError);
    }

    [Fact]
    public void Apply_FailureWhileDown_ExtendsIncident()
    {
        var down = Run(TargetStateMachine.Initial, 1, 1, CheckOutcome.Down);

        var transition = TargetStateMachine.Apply(down, CheckOutcome.Down, s_start.AddMinutes(5), "again", 1, 1);

        Assert.Equal(IncidentChange.Extended, transition.Change);
        Assert.Equal(TargetStatus.Down, transition.Health.Status);
    }

    [Fact]
    public void Apply_RecoveryNeedsTwoGoodChecks_ClosesOnlyOnTheSecond()
    {
        var down = Run(TargetStateMachine.Initial, 1, 2, CheckOutcome.Down);

        var first = TargetStateMachine.Apply(down, CheckOutcome.Up, s_start.AddMinutes(1), null, 1, 2);
        var second = TargetStateMachine.Apply(first.Health, CheckOutcome.Up, s_start.AddMinutes(2), null, 1, 2);

        Assert.Equal((TargetStatus.Down, IncidentChange.None), (first.Health.Status, first.Change));
        Assert.Equal((TargetStatus.Up, IncidentChange.Closed), (second.Health.Status, second.Change));
        Assert.Null(second.Health.FailingSince);
    }

    [Fact]
    public void Apply_FailureDuringRecovery_StaysDownInSameIncident()
    {
        var health = Run(TargetStateMachine.Initial, 1, 2, CheckOutcome.Down, CheckOutcome.Up);

        var transition = TargetStateMachine.Apply(health, CheckOutcome.Down, s_start.AddMinutes(9), "x", 1, 2);

        Assert.Equal(IncidentChange.Extended, transition.Change);
        Assert.Equal(0, transition.Health.ConsecutiveSuccesses);
        Assert.Equal(s_start, transition.Health.FailingSince);
    }

    [Fact]
    public void Apply_DegradedCheck_ShowsDegradedWithoutIncident()
    {
        var up = TargetStateMachine.Apply(TargetStateMachine.Initial, CheckOutcome.Up, s_start, null, 1, 1).Health;

        var transition = TargetStateMachine.Apply(up, CheckOutcome.Degraded, s_start.AddMinutes(1), null, 1, 1);

        Assert.Equal((TargetStatus.Degraded, IncidentChange.None), (transition.Health.Status, transition.Change));
        Assert.Equal(2, transition.Health.ConsecutiveSuccesses);
    }

    [Fact]
    public void Apply_DegradedWhileDown_CountsAsGoodAndClosesAsDegraded()
    {
        var down = Run(TargetStateMachine.Initial, 1, 1, CheckOutcome.Down);

        var transition = TargetStateMachine.Apply(down, CheckOutcome.Degraded, s_start.AddMinutes(1), null, 1, 1);

        Assert.Equal((TargetStatus.Degraded, IncidentChange.Closed), (transition.Health.Status, transition.Change));
        Assert.Null(transition.Health.FailingSince);
    }

    [Fact]
    public void Apply_DegradedBetweenFailures_BreaksTheFailingStreak()
    {
        var health = Run(TargetStateMachine.Initial, 2, 1, CheckOutcome.Down, CheckOutcome.Degraded, CheckOutcome.Down);

        Assert.Equal(TargetStatus.Degraded, health.Status);
        Assert.Equal(1, health.ConsecutiveFailures);
        Assert.Equal(s_start.AddMinutes(2), health.FailingSince);
    }

    [Fact]
    public void Apply_UpAfterDegraded_ShowsUpAgain()
    {
        var health = Run(TargetStateMachine.Initial, 1, 1, CheckOutcome.Degraded, CheckOutcome.Up);

        Assert.Equal(TargetStatus.Up, health.Status);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Apply_ThresholdBelowOne_Throws(int failuresToDown, int successesToUp)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            TargetStateMachine.Apply(TargetStateMachine.Initial, CheckOutcome.Up, s_start, null, failuresToDown, successesToUp));
    }

    // Applies the outcomes one minute apart from s_start; failures carry "error N" with N their minute.
    private static TargetHealth Run(TargetHealth health, int failuresToDown, int successesToUp, params CheckOutcome[] outcomes)
    {
        for (var i = 0; i < outcomes.Length; i++)
        {
            var error = outcomes[i] == CheckOutcome.Down ? $"error {i}" : null;
            health = TargetStateMachine.Apply(health, outcomes[i], s_start.AddMinutes(i), error, failuresToDown, successesToUp).Health;
        }

        return health;
    }
}
