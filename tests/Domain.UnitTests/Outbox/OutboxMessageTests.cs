using Pixyer.Domain.Outbox;
using static Pixyer.Domain.UnitTests.TestData;

namespace Pixyer.Domain.UnitTests.Outbox;

public sealed class OutboxMessageTests
{
    private static OutboxMessage NewMessage() => OutboxMessage.Create("email", Guid.CreateVersion7(), "{\"to\":\"a@example.com\"}", Now);

    [Fact]
    public void Create_WhenQueued_ShouldBeDueImmediately()
    {
        var message = NewMessage();

        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal(0, message.Attempts);
        Assert.Equal(Now, message.NextAttemptAt);
        Assert.NotEmpty(message.Payload);
    }

    [Fact]
    public void MarkAttemptFailed_WhenFirstAttemptFails_ShouldRetryAfterThirtySeconds()
    {
        var message = NewMessage();

        message.MarkAttemptFailed("SmtpException", Now);

        Assert.Equal(Now + TimeSpan.FromSeconds(30), message.NextAttemptAt);
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal("SmtpException", message.LastError);
    }

    [Fact]
    public void MarkAttemptFailed_WhenAttemptsKeepFailing_ShouldDoubleTheDelayUntilTheHourCap()
    {
        var delays = RetryDelays(OutboxMessage.MaxAttempts - 1);

        for (var i = 1; i < delays.Count; i++)
        {
            var doubled = delays[i - 1] * 2;
            Assert.Equal(doubled < TimeSpan.FromHours(1) ? doubled : TimeSpan.FromHours(1), delays[i]);
        }

        Assert.Equal(TimeSpan.FromHours(1), delays[^1]);
    }

    [Fact]
    public void MarkAttemptFailed_WhenAttemptsKeepFailing_ShouldNeverWaitLongerThanAnHour()
    {
        var delays = RetryDelays(OutboxMessage.MaxAttempts - 1);

        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.FromSeconds(30), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void MarkAttemptFailed_WhenOneAttemptIsLeft_ShouldStayPendingWithItsPayload()
    {
        var message = NewMessage();

        FailRepeatedly(message, OutboxMessage.MaxAttempts - 1);

        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.NotEmpty(message.Payload);
        Assert.Null(message.CompletedAt);
    }

    [Fact]
    public void MarkAttemptFailed_WhenMaxAttemptsIsReached_ShouldMarkFailedAndClearPayload()
    {
        var message = NewMessage();

        var lastAttemptAt = FailRepeatedly(message, OutboxMessage.MaxAttempts);

        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(OutboxMessage.MaxAttempts, message.Attempts);
        Assert.Equal(lastAttemptAt, message.CompletedAt);
        Assert.Empty(message.Payload);
    }

    [Fact]
    public void MarkSent_WhenDelivered_ShouldClearPayloadAndError()
    {
        var message = NewMessage();
        message.MarkAttemptFailed("SmtpException", Now);

        message.MarkSent(Now.AddMinutes(1));

        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(2, message.Attempts);
        Assert.Equal(Now.AddMinutes(1), message.CompletedAt);
        Assert.Empty(message.Payload);
        Assert.Null(message.LastError);
    }

    [Fact]
    public void Cancel_WhenPending_ShouldClearPayload()
    {
        var message = NewMessage();

        message.Cancel(Now.AddMinutes(1));

        Assert.Equal(OutboxStatus.Cancelled, message.Status);
        Assert.Equal(Now.AddMinutes(1), message.CompletedAt);
        Assert.Empty(message.Payload);
    }

    /// <summary>Fails a message <paramref name="attempts"/> times, each when it falls due; returns the last attempt's time.</summary>
    private static DateTimeOffset FailRepeatedly(OutboxMessage message, int attempts)
    {
        var now = Now;
        for (var i = 0; i < attempts; i++)
        {
            now = message.NextAttemptAt;
            message.MarkAttemptFailed("SmtpException", now);
        }

        return now;
    }

    private static List<TimeSpan> RetryDelays(int attempts)
    {
        var message = NewMessage();
        var delays = new List<TimeSpan>();
        for (var i = 0; i < attempts; i++)
        {
            var now = message.NextAttemptAt;
            message.MarkAttemptFailed("SmtpException", now);
            delays.Add(message.NextAttemptAt - now);
        }

        return delays;
    }
}
