using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Pixyer.Infrastructure.Persistence;

/// <summary>
/// SQLite has no date-time type: a time is stored as microseconds since the Unix epoch (every time is UTC), so it
/// sorts and compares in SQL and keeps PostgreSQL's <c>timestamptz</c> precision: a time reads back on the embedded
/// store exactly as it does on PostgreSQL (EF's binary converter kept only 100 µs).
/// </summary>
public sealed class UtcMicrosecondsConverter() : ValueConverter<DateTimeOffset, long>(
    time => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond,
    microseconds => new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + (microseconds * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero));
